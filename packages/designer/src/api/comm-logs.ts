import { queryOptions } from '@tanstack/react-query';
import { api, newIdempotencyKey } from './client.js';
import { ApiError, toErrorBody, type ApiErrorBody } from './api-error.js';

/** One rule effect a message raised: a notification (`level` null) or an alert of a level. */
export interface CommLogAlert {
  readonly ruleKey: string;
  readonly level: string | null;
  readonly users: readonly string[];
  readonly terms: readonly string[];
  readonly index: number;
}

/** A keyword that fired with its dictionary weight: above 0 a worry (负面词), below 0 reassuring (正面词, e.g. 满意). */
export interface CommLogTerm {
  readonly term: string;
  readonly weight: number;
}

/** One stored communication log as `GET /api/projects/:p/comm-logs` returns it. */
export interface CommLog {
  readonly id: string;
  readonly externalId: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly consultant: string | null;
  readonly channel: string | null;
  readonly from: 'customer' | 'staff';
  readonly text: string;
  readonly at: number;
  readonly source: string;
  readonly score: number;
  /** Keywords found and not negated. */
  readonly terms: readonly string[];
  /** `terms` with their dictionary weights. */
  readonly termWeights: readonly CommLogTerm[];
  /** The customer's 7-day sentiment index ending at this message. */
  readonly windowIndex: number;
  readonly alerts: readonly CommLogAlert[];
  readonly createdAt: number;
}

/** Filters of the list: one customer, only messages that raised an alert, how many (1–1000). */
export interface CommLogQuery {
  readonly customerId?: string;
  readonly alerted?: boolean;
  readonly limit?: number;
}

/** The outcome of one message of a push or import. */
export interface CommLogIngestItem {
  readonly externalId: string;
  readonly status: 'inserted' | 'duplicate';
  readonly id: string;
  readonly score: number;
  readonly terms: readonly string[];
  readonly termWeights: readonly CommLogTerm[];
  readonly windowIndex: number;
  readonly alerts: readonly CommLogAlert[];
}

/** The answer of an import: new messages, already known ones, and each message's analysis. */
export interface CommLogImportResult {
  readonly inserted: number;
  readonly duplicates: number;
  readonly items: readonly CommLogIngestItem[];
}

/** Query keys of communication logs, for invalidation. */
export const commLogKeys = {
  all: (projectId: string) => ['comm-logs', projectId] as const,
  list: (projectId: string, query: CommLogQuery) => ['comm-logs', projectId, query] as const,
};

/** Returns query options for a project's communication logs, newest first. */
export function commLogsQuery(projectId: string, query: CommLogQuery) {
  return queryOptions({
    queryKey: commLogKeys.list(projectId, query),
    queryFn: async () => (await api.get<{ items: CommLog[] }>(`/projects/${encodeURIComponent(projectId)}/comm-logs`, { query: { ...query } })).items,
    placeholderData: (prev) => prev,
  });
}

/** A refused import: the server's error plus how many data rows the file holds (its X-Import-Rows), or null when the file could not be read. */
export class CommLogImportError extends ApiError {
  readonly fileRows: number | null;

  constructor(status: number, body: ApiErrorBody, fileRows: number | null) {
    super(status, body);
    this.fileRows = fileRows;
  }
}

/**
 * Uploads a CSV or XLSX file as the raw body of `POST /api/projects/:p/comm-logs/import` (with the
 * session cookie, the CSRF header and an Idempotency-Key), leaving out the file rows `skipRows`
 * names; resolves to the import result, or rejects with a CommLogImportError (400
 * `COMMLOG_IMPORT_INVALID` lists every bad row; nothing is stored then).
 */
export async function importCommLogs(projectId: string, body: Blob, contentType: string, skipRows: readonly number[] = []): Promise<CommLogImportResult> {
  // The JSON client cannot send a raw body; the session endpoint hands out the CSRF token.
  const { csrfToken } = await api.get<{ csrfToken?: string | null }>('/auth/session');
  const query = skipRows.length ? `?skipRows=${skipRows.join(',')}` : '';
  let res: Response;
  try {
    res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/comm-logs/import${query}`, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': contentType, 'X-CSRF-Token': csrfToken ?? '', 'Idempotency-Key': newIdempotencyKey() },
      body,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: { zh: '网络连接失败，请检查网络后重试', en: 'Network error; check your connection and retry' } });
  }
  const parsed: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const rows = res.headers.get('X-Import-Rows');
    throw new CommLogImportError(res.status, toErrorBody(res.status, parsed), rows === null ? null : Number(rows));
  }
  return parsed as CommLogImportResult;
}
