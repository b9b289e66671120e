import { autoNumberFields, autoNumberPeriod, formatAutoNumber } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { autoNumbersRepo } from '../repos/auto-numbers-repo.js';
import { projectCalendar } from '../engine/directory.js';
import { getPath, setPath } from './fields.js';
import type { FormVersion } from './form-versions.js';

/**
 * Returns `data` with each empty automatically numbered field (流水号) given the next number of its
 * counter, dated in the project's local time (WO-202611-001); a number a record of the form already
 * holds (typed in by hand) is skipped. Runs in the caller's transaction, so two records created at
 * once never share a number. Values typed in are kept.
 */
export function withAutoNumbers(ctx: AppContext, projectId: string, form: FormVersion, data: Record<string, unknown>, now: number): Record<string, unknown> {
  const fields = autoNumberFields(form.compiled).filter((f) => { const v = getPath(data, f.path); return v === undefined || v === null || v === ''; });
  if (fields.length === 0) return data;
  const offset = projectCalendar(ctx, projectId).utcOffsetMinutes;
  const out = structuredClone(data);
  for (const { path, autoNumber } of fields) {
    const period = autoNumberPeriod(autoNumber, now, offset);
    let value: string;
    do value = formatAutoNumber(autoNumber, period, autoNumbersRepo.next(ctx.db, { projectId, formKey: form.key, path, period }));
    while (autoNumbersRepo.taken(ctx.db, projectId, form.key, path, value));
    setPath(out, path, value);
  }
  return out;
}
