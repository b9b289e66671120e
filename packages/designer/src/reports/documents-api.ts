import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, newIdempotencyKey } from '../api/index.js';
import { reportsMessages } from './messages.js';

/** One legal template as the server lists it. */
export interface TemplateInfo {
  readonly key: string;
  readonly name: { zh: string; en: string };
  readonly fileName: string;
  readonly replaced: boolean;
  readonly uploadedBy?: string;
  readonly uploadedAt?: number;
}

/** A placeholder legal may use in Word. */
export interface TemplateField {
  readonly name: string;
  readonly type: string;
  readonly label?: { zh: string; en: string };
  readonly sensitivity?: string;
  readonly from?: string;
}

/** `GET /projects/:p/document-templates`. */
export interface TemplateList {
  readonly templates: readonly TemplateInfo[];
  readonly fields: readonly TemplateField[];
  readonly derived: readonly TemplateField[];
  readonly loops: readonly { name: string; fields: readonly string[] }[];
}

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/document-templates`;

/** Returns the query options of a project's legal templates and field catalogue. */
export function documentTemplatesQuery(projectId: string) {
  return queryOptions({
    queryKey: ['document-templates', projectId] as const,
    queryFn: ({ signal }) => api.get<TemplateList>(base(projectId), { signal }),
  });
}

/** Returns the download URL of a template's current .docx. Pure. */
export function templateFileUrl(projectId: string, key: string): string {
  return `/api${base(projectId)}/${encodeURIComponent(key)}`;
}

async function csrfToken(): Promise<string | null> {
  const res = await fetch('/api/auth/session', { credentials: 'include', headers: { Accept: 'application/json' } });
  return res.ok ? ((await res.json()) as { csrfToken?: string }).csrfToken ?? null : null;
}

/**
 * Uploads a replacement .docx (raw body; the JSON client cannot send files). Resolves with the
 * stored template or rejects with an ApiError carrying every validation issue.
 */
export async function uploadTemplate(projectId: string, key: string, file: Blob): Promise<TemplateInfo> {
  const token = await csrfToken();
  const res = await fetch(`/api${base(projectId)}/${encodeURIComponent(key)}`, {
    method: 'PUT',
    credentials: 'include',
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      Accept: 'application/json',
      'Idempotency-Key': newIdempotencyKey(),
      ...(token ? { 'X-CSRF-Token': token } : {}),
    },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { template?: TemplateInfo; code?: string; message?: { zh: string; en: string }; issues?: [] };
  if (!res.ok || !body.template) {
    throw new ApiError(res.status, { code: body.code ?? 'NETWORK', message: body.message ?? reportsMessages['docs.uploadFailed'], issues: body.issues });
  }
  return body.template;
}

/** Goes back to the shipped template. */
export function resetTemplate(projectId: string, key: string): Promise<unknown> {
  return api.delete(`${base(projectId)}/${encodeURIComponent(key)}`);
}
