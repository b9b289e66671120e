import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';
import { wsKeys } from '../shared/api.js';

/** One filter of a tracking view (the records API's `filter` items). */
export interface ViewFilter {
  readonly field: string;
  readonly op: 'eq' | 'ne' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte';
  readonly value: string | number | boolean;
}

/** The saved part of a tracking view: columns, filters and sort. */
export interface ViewSpec {
  readonly columns: readonly string[];
  readonly filters: readonly ViewFilter[];
  /** `field` or `-field`. */
  readonly sort: string;
}

/** A saved tracking view (`/api/projects/:p/views`). */
export interface SavedView extends ViewSpec {
  readonly id: string;
  readonly projectId: string;
  readonly formKey: string;
  readonly name: string;
  readonly shared: boolean;
  readonly ownerId: string;
  readonly version: number;
}

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/views`;

/** Returns query options for the views of a form (mine and shared ones). */
export function viewsQuery(projectId: string, formKey: string) {
  return queryOptions({
    queryKey: wsKeys.views(projectId, formKey),
    queryFn: async () => (await api.get<{ items: SavedView[] }>(base(projectId), { query: { form: formKey } })).items,
    retry: false,
  });
}

/** Creates a saved view. */
export function createView(projectId: string, input: { formKey: string; name: string; shared: boolean } & ViewSpec): Promise<SavedView> {
  return api.post<SavedView>(base(projectId), input);
}

/** Replaces a saved view's spec (409 when `version` is stale). */
export function updateView(projectId: string, view: SavedView, spec: ViewSpec): Promise<SavedView> {
  return api.put<SavedView>(`${base(projectId)}/${encodeURIComponent(view.id)}`, { name: view.name, shared: view.shared, ...spec, version: view.version });
}

/** Deletes a saved view. */
export async function deleteView(projectId: string, id: string): Promise<void> {
  await api.delete(`${base(projectId)}/${encodeURIComponent(id)}`);
}

/** Returns the export URL of the current view (same filters, sort, columns and masking as the table). Pure. */
export function exportUrl(projectId: string, params: { form: string; q?: string; filters: readonly ViewFilter[]; sort: string; columns: readonly string[]; lang: string }): string {
  const qs = new URLSearchParams({ form: params.form, sort: params.sort, columns: params.columns.join(','), lang: params.lang });
  if (params.q) qs.set('q', params.q);
  if (params.filters.length) qs.set('filter', JSON.stringify(params.filters));
  return `/api/projects/${encodeURIComponent(projectId)}/exports/records.xlsx?${qs.toString()}`;
}
