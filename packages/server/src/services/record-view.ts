import type { AuthUser } from '../auth/auth-user.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { hasAnyRole } from '../auth/access.js';
import type { records } from '../db/schema.js';
import { maskRecord } from '@siteflow/runtime';
import { getPath } from './fields.js';
import type { FormVersion } from './form-versions.js';
import { searchText } from './search-text.js';

type RecordRow = typeof records.$inferSelect;

/**
 * Returns true when the user sees this record's personal data in clear (privileged role, or own customer). Pure.
 * The owner, not the creator: a customer moved to a colleague (更换置业顾问, 工作交接) is masked for the
 * consultant who filed it — after 撞单 the losing side must not keep the phone number.
 */
export function seesClear(user: AuthUser, row: Pick<RecordRow, 'projectId' | 'ownerId'>): boolean {
  return row.ownerId === user.id || hasAnyRole(user.access, row.projectId, clearPersonalDataRoles);
}

/** Returns the data with every sensitive field masked, and the masked paths. Pure. */
export function maskData(form: FormVersion, data: Record<string, unknown>): { data: Record<string, unknown>; masked: string[] } {
  // The runtime masks sections and sub-table rows too; `masked` lists the top-level paths it touched.
  const out = maskRecord(form.compiled, data, () => false);
  const masked = form.fields.filter((f) => f.sensitivity && !f.key.includes('*')).map((f) => f.key)
    .filter((path) => { const v = getPath(data, path); return v !== undefined && v !== null && v !== ''; });
  return { data: out, masked };
}

/** Returns the display title of a record: the first name-like or text field. Pure. */
export function recordTitle(form: FormVersion, data: Record<string, unknown>): string {
  const pick = form.fields.find((f) => f.sensitivity === 'name') ?? form.fields.find((f) => f.widget === 'text' || f.type === 'string');
  const value = pick ? getPath(data, pick.key) : undefined;
  return typeof value === 'string' ? value : '';
}

/** Returns the search text of record data; numbers-like personal data (phone, id, bank card, address) is left out. Pure. */
export function recordSearchText(form: FormVersion, data: Record<string, unknown>): string {
  const values: string[] = [];
  for (const f of form.fields) {
    if (f.sensitivity && f.sensitivity !== 'name') continue;
    const v = getPath(data, f.key);
    if (typeof v === 'string') values.push(v);
    else if (typeof v === 'number') values.push(String(v));
  }
  return searchText(values);
}

/**
 * Returns `data` without the values that only repeat what `user` was shown of a masked field (the
 * mask itself, e.g. 138****1234): a form sends back every field it displayed. Other values stay:
 * a real new value (after an audited unmask) is an edit. Pure.
 */
export function withoutMaskedEchoes(user: AuthUser, form: FormVersion, row: RecordRow, data: Record<string, unknown>): Record<string, unknown> {
  if (seesClear(user, row)) return data;
  const shown = maskData(form, row.data);
  const out = { ...data };
  for (const key of shown.masked) {
    if (key in out && JSON.stringify(out[key]) === JSON.stringify(shown.data[key])) delete out[key];
  }
  return out;
}

/** Returns a record as the user may see it (masked unless they see it clear). Pure. */
export function recordView(user: AuthUser, form: FormVersion, row: RecordRow) {
  const clear = seesClear(user, row);
  const { data, masked } = clear ? { data: row.data, masked: [] as string[] } : maskData(form, row.data);
  const title = recordTitle(form, data);
  return {
    id: row.id, projectId: row.projectId, formKey: row.formKey, formVersion: row.formVersion, title, data, masked,
    status: row.status, ownerId: row.ownerId, createdBy: row.createdBy, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version,
  };
}
