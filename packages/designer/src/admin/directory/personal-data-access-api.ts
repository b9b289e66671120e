import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';
import type { Text } from '../../i18n/index.js';

/** Kinds of access the log lists (server audit event types). */
export const accessTypes = ['record.unmasked', 'commLog.unmasked', 'records.exported', 'documents.generated', 'documents.downloaded'] as const;
export type AccessType = (typeof accessTypes)[number];

/** One entry of `GET /api/admin/personal-data-access`: never a personal value (record titles come masked). */
export interface AccessEntry {
  readonly id: string;
  readonly at: number;
  readonly type: AccessType;
  readonly actor: { readonly id: string | null; readonly name: string; readonly roles: readonly string[] };
  readonly project: { readonly id: string; readonly name: string };
  readonly form: { readonly key: string; readonly name: Text | null } | null;
  readonly record: { readonly id: string; readonly title: string; readonly link: string } | null;
  readonly fields: readonly { readonly key: string; readonly label: Text }[];
  readonly documents: readonly string[];
  readonly rows: number | null;
  readonly commLogId: string | null;
}

/** Filters of the log; days are YYYY-MM-DD (China time), inclusive. */
export interface AccessFilters {
  readonly projectId?: string;
  readonly userId?: string;
  readonly type?: AccessType;
  readonly from?: string;
  readonly to?: string;
}

/** Returns the query string of filters (empty ones left out) plus `extra`. Pure. */
export function accessQueryString(filters: AccessFilters, extra: Record<string, string | number> = {}): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value !== undefined && value !== '') qs.set(key, String(value));
  return qs.toString();
}

/** Returns query options of one page of the organisation's personal-data access log. */
export function personalDataAccessQuery(filters: AccessFilters, page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['admin', 'personal-data-access', filters, page, pageSize],
    queryFn: () => api.get<{ items: AccessEntry[]; total: number; page: number; pageSize: number }>(`/api/admin/personal-data-access?${accessQueryString(filters, { page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** Returns the address of the XLSX download of the log with the same filters. Pure. */
export function personalDataAccessXlsxHref(filters: AccessFilters, lang: 'zh' | 'en'): string {
  return `/api/admin/personal-data-access.xlsx?${accessQueryString(filters, { lang })}`;
}
