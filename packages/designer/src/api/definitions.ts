import { queryOptions } from '@tanstack/react-query';
import type { Text } from '../i18n/index.js';
import { api, type RequestOptions } from './client.js';
import { flattenIssues, type ApiIssue } from './api-error.js';
import { keptOffline } from './offline-meta.js';
import { toPage } from './types.js';

/** Which kind of project definition an endpoint serves (the URL segment). */
export type DefinitionPlural = 'forms' | 'flows' | 'rules';

/** A definition in a project's list: key, name and version numbers. */
export interface DefinitionSummary {
  readonly key: string;
  readonly name: Text;
  /** Draft row version (send back on save). */
  readonly version: number;
  /** Highest published version, or null before the first publish. */
  readonly latestVersion: number | null;
  readonly updatedAt: number;
  /** Flows: the form their latest published version starts. */
  readonly formKey?: string;
  /** Flows: the roles that may start the latest published version by hand (absent: every member). */
  readonly starterRoles?: readonly string[];
}

/** One draft as the studio edits it (server row of `GET …/:key`). */
export interface DefinitionDraft<D> extends DefinitionSummary {
  readonly definition: D;
  readonly updatedBy?: string;
  /** The runtime's validation issues of the draft; publishing refuses while any. */
  readonly issues: readonly ApiIssue[];
}

/** One published version in the history, newest first. */
export interface PublishedVersion {
  readonly version: number;
  readonly note: string;
  readonly publishedBy: string;
  /** Who published it, by name (in the version list; the id when the user is gone). */
  readonly publishedByName?: string;
  readonly publishedAt: number;
}

const base = (projectId: string, kind: DefinitionPlural) => `/projects/${encodeURIComponent(projectId)}/${kind}`;
const one = (projectId: string, kind: DefinitionPlural, key: string) => `${base(projectId, kind)}/${encodeURIComponent(key)}`;

/** Forms and flows (lists, published versions) are kept on the device: the 发起 page opens without network. Rules are not needed there. */
const keptOfflineIf = (kind: DefinitionPlural) => (kind === 'rules' ? {} : { meta: keptOffline });

function toDraft<D>(raw: unknown): DefinitionDraft<D> {
  const r = raw as DefinitionDraft<D> & { issues?: unknown };
  return { ...r, issues: flattenIssues(r.issues as never) };
}

/** Query keys of project definitions, for invalidation. */
export const definitionKeys = {
  all: (projectId: string, kind: DefinitionPlural) => ['definitions', projectId, kind] as const,
  list: (projectId: string, kind: DefinitionPlural) => ['definitions', projectId, kind, 'list'] as const,
  one: (projectId: string, kind: DefinitionPlural, key: string) => ['definitions', projectId, kind, 'one', key] as const,
  versions: (projectId: string, kind: DefinitionPlural, key: string) => ['definitions', projectId, kind, 'versions', key] as const,
  version: (projectId: string, kind: DefinitionPlural, key: string, v: number) => ['definitions', projectId, kind, 'version', key, v] as const,
  formSource: (projectId: string, formKey: string) => ['definitions', projectId, 'forms', 'source', formKey] as const,
};

/** Returns query options for the definitions of one kind in a project. */
export function definitionListQuery(projectId: string, kind: DefinitionPlural) {
  return queryOptions({
    queryKey: definitionKeys.list(projectId, kind),
    queryFn: async () => toPage<DefinitionSummary>(await api.get<unknown>(base(projectId, kind))).items,
    ...keptOfflineIf(kind),
  });
}

/** Returns query options for one definition's draft (with its validation issues; `request`: options of its HTTP call). */
export function definitionDraftQuery<D>(projectId: string, kind: DefinitionPlural, key: string, request?: RequestOptions) {
  return queryOptions({
    queryKey: definitionKeys.one(projectId, kind, key),
    queryFn: async () => toDraft<D>(await api.get<unknown>(one(projectId, kind, key), request)),
    // The editor owns the draft once loaded; it reloads explicitly (e.g. after a conflict).
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** Returns query options for the published versions of one definition, newest first. */
export function definitionVersionsQuery(projectId: string, kind: DefinitionPlural, key: string) {
  return queryOptions({
    queryKey: definitionKeys.versions(projectId, kind, key),
    queryFn: async () => [...toPage<PublishedVersion>(await api.get<unknown>(`${one(projectId, kind, key)}/versions`)).items]
      .sort((a, b) => b.version - a.version),
    ...keptOfflineIf(kind),
  });
}

/** How many cases of a flow are running, per version (`GET …/flows/:key/running`). */
export interface FlowRunning {
  readonly total: number;
  readonly byVersion: readonly { readonly version: number; readonly running: number }[];
}

/** Returns query options for a flow's running cases per version (read when about to publish; never cached for long). */
export function flowRunningQuery(projectId: string, key: string) {
  return queryOptions({
    queryKey: [...definitionKeys.one(projectId, 'flows', key), 'running'] as const,
    queryFn: () => api.get<FlowRunning>(`${one(projectId, 'flows', key)}/running`),
    staleTime: 0,
  });
}

/** A running case left on its version by a migration, with why (each problem names the step). */
export interface KeptCase {
  readonly instanceId: string;
  readonly recordId: string;
  /** The customer, masked unless the reader sees the record in clear ('' when the form names none). */
  readonly title: string;
  readonly problems: readonly Text[];
}

/** What moving a flow's running cases to its latest version did (`POST …/flows/:key/migrate`). */
export interface FlowMigration {
  readonly from: number;
  readonly to: number;
  readonly migrated: number;
  readonly kept: readonly KeptCase[];
}

/** Moves the running cases of version `from` of a flow to its latest published version; the ones that cannot move are returned with why. */
export async function migrateFlowCases(projectId: string, key: string, from: number): Promise<FlowMigration> {
  return api.post<FlowMigration>(`${one(projectId, 'flows', key)}/migrate`, { from });
}

/** Returns query options for one published version's body. */
export function definitionVersionQuery<D>(projectId: string, kind: DefinitionPlural, key: string, version: number) {
  return queryOptions({
    queryKey: definitionKeys.version(projectId, kind, key, version),
    queryFn: () => api.get<PublishedVersion & { definition: D }>(`${one(projectId, kind, key)}/versions/${version}`),
    staleTime: Infinity, // published versions are immutable
    ...keptOfflineIf(kind),
  });
}

/** Creates a definition (its key is `definition.key`); resolves to the first draft. */
export async function createDefinition<D extends { key: string }>(projectId: string, kind: DefinitionPlural, definition: D): Promise<DefinitionDraft<D>> {
  return toDraft<D>(await api.post<unknown>(base(projectId, kind), { definition }));
}

/** Saves a draft; rejects with a 409 ApiError when `version` is stale (someone saved first). */
export async function saveDefinitionDraft<D extends { key: string }>(projectId: string, kind: DefinitionPlural, definition: D, version: number): Promise<DefinitionDraft<D>> {
  return toDraft<D>(await api.put<unknown>(one(projectId, kind, definition.key), { definition, version }));
}

/** Deletes a draft that was never published; rejects with a 409 ApiError when it is published, used by another draft, or `version` is stale. */
export async function deleteDefinition(projectId: string, kind: DefinitionPlural, key: string, version: number): Promise<void> {
  await api.delete<unknown>(one(projectId, kind, key), { query: { version } });
}

/** Publishes the saved draft as the next immutable version; rejects with issues when invalid. */
export async function publishDefinition(projectId: string, kind: DefinitionPlural, key: string, note: string, version?: number): Promise<PublishedVersion> {
  return api.post<PublishedVersion>(`${one(projectId, kind, key)}/publish`, { note, ...(version !== undefined ? { version } : {}) });
}

/** A form as the flow and rule designers need it: the latest published body and the draft. */
export interface FormSource<F> {
  /** What the server validates flows and rules against; null before the form's first publish. */
  readonly published: F | null;
  /** The draft, so fields not yet published still show in pickers. */
  readonly draft: F | null;
}

/** Returns query options for a form's latest published body and its draft (see FormSource). */
export function formSourceQuery<F>(projectId: string, formKey: string) {
  return queryOptions({
    queryKey: definitionKeys.formSource(projectId, formKey),
    queryFn: async (): Promise<FormSource<F>> => {
      const draft = toDraft<F>(await api.get<unknown>(one(projectId, 'forms', formKey)));
      if (!draft.latestVersion) return { published: null, draft: draft.definition ?? null };
      const published = await api.get<{ definition?: F } | null>(`${one(projectId, 'forms', formKey)}/versions/${draft.latestVersion}`);
      return { published: published?.definition ?? null, draft: draft.definition ?? null };
    },
    staleTime: 60_000,
    retry: false,
  });
}
