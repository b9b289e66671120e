import { queryOptions } from '@tanstack/react-query';
import { api, toPage } from '../../api/index.js';
import type { Text } from '../../i18n/types.js';

/** Which kind of project definition an endpoint serves. */
export type DefinitionKind = 'flows' | 'rules' | 'forms';

/** One definition as the studio edits it: the draft body plus its optimistic version. */
export interface DefinitionDraft<B> {
  readonly key: string;
  readonly name: Text;
  readonly draft: B;
  /** Row version to send back on save (409 when stale). */
  readonly version: number;
  /** Highest published version, or null before the first publish. */
  readonly latestVersion: number | null;
  readonly updatedAt?: number;
}

/** One published version in the history. */
export interface PublishedVersion {
  readonly version: number;
  readonly note: string;
  readonly publishedBy: string;
  readonly publishedAt: number;
}

const base = (projectId: string, kind: DefinitionKind) => `/projects/${encodeURIComponent(projectId)}/${kind}`;

/** Returns the draft normalised from the server's row (`draft`, `definition` or `body`). Pure. */
export function toDraft<B>(raw: unknown): DefinitionDraft<B> {
  const r = (raw ?? {}) as Record<string, unknown>;
  const body = (r.draft ?? r.definition ?? r.body) as B;
  const name = (r.name ?? (body as { name?: Text } | undefined)?.name ?? { zh: String(r.key ?? ''), en: String(r.key ?? '') }) as Text;
  return {
    key: String(r.key ?? (body as { key?: string } | undefined)?.key ?? ''),
    name,
    draft: body,
    version: Number(r.version ?? 1),
    latestVersion: r.latestVersion == null ? null : Number(r.latestVersion),
    ...(typeof r.updatedAt === 'number' ? { updatedAt: r.updatedAt } : {}),
  };
}

/** Query keys of project definitions, for invalidation. */
export const definitionKeys = {
  list: (projectId: string, kind: DefinitionKind) => ['definitions', projectId, kind] as const,
  one: (projectId: string, kind: DefinitionKind, key: string) => ['definitions', projectId, kind, key] as const,
  versions: (projectId: string, kind: DefinitionKind, key: string) => ['definitions', projectId, kind, key, 'versions'] as const,
};

/** Returns query options for the definitions of one kind in a project. */
export function definitionListQuery<B>(projectId: string, kind: DefinitionKind) {
  return queryOptions({
    queryKey: definitionKeys.list(projectId, kind),
    queryFn: async () => toPage<unknown>(await api.get<unknown>(base(projectId, kind))).items.map((row) => toDraft<B>(row)),
  });
}

/** Returns query options for one definition's draft. */
export function definitionQuery<B>(projectId: string, kind: DefinitionKind, key: string) {
  return queryOptions({
    queryKey: definitionKeys.one(projectId, kind, key),
    queryFn: async () => toDraft<B>(await api.get<unknown>(`${base(projectId, kind)}/${encodeURIComponent(key)}`)),
    staleTime: Infinity, // the editor owns the draft once loaded; reload explicitly after a conflict
    refetchOnWindowFocus: false,
  });
}

/** Returns query options for the published versions of one definition, newest first. */
export function versionsQuery(projectId: string, kind: DefinitionKind, key: string) {
  return queryOptions({
    queryKey: definitionKeys.versions(projectId, kind, key),
    queryFn: async () => toPage<PublishedVersion>(await api.get<unknown>(`${base(projectId, kind)}/${encodeURIComponent(key)}/versions`)).items
      .slice().sort((a, b) => b.version - a.version),
  });
}

/** Creates a definition (its key and name travel inside the body); resolves to its first draft. */
export async function createDefinition<B extends { key: string }>(projectId: string, kind: DefinitionKind, draft: B): Promise<DefinitionDraft<B>> {
  return toDraft<B>(await api.post<unknown>(base(projectId, kind), { definition: draft }));
}

/**
 * Saves a draft with optimistic concurrency (the name travels inside the body); rejects with a
 * 409 ApiError when `version` is stale. Resolves to the stored draft with its new version.
 */
export async function saveDraft<B>(projectId: string, kind: DefinitionKind, key: string, draft: B, version: number): Promise<DefinitionDraft<B>> {
  const raw = await api.put<unknown>(`${base(projectId, kind)}/${encodeURIComponent(key)}`, { definition: draft, version });
  return toDraft<B>(raw);
}

/**
 * Publishes the saved draft (at row `version`) as the next immutable version; the server refuses
 * with 400 and the issues when the runtime would reject it. Resolves to the new version number.
 */
export async function publishDefinition(projectId: string, kind: DefinitionKind, key: string, note: string, version?: number): Promise<number> {
  const body = version === undefined ? { note } : { note, version };
  const raw = (await api.post<unknown>(`${base(projectId, kind)}/${encodeURIComponent(key)}/publish`, body)) as Record<string, unknown> | null;
  return Number(raw?.version ?? raw?.latestVersion ?? 0);
}

/** Returns the server's validation issues of a loaded draft (the GET answer carries them). Pure. */
export function draftIssues(raw: unknown): unknown[] {
  const issues = (raw as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? issues : [];
}

/** A form as the flow designer needs it: the latest published body (what the server validates against) and the draft. */
export interface FlowFormSource<B> {
  readonly published: B | null;
  readonly draft: B | null;
}

/**
 * Returns query options for a flow's form: its latest published version (the server validates
 * flows against it) and its draft (fields not yet published still show in pickers).
 */
export function flowFormQuery<B>(projectId: string, formKey: string) {
  return queryOptions({
    queryKey: [...definitionKeys.one(projectId, 'forms', formKey), 'for-flow'] as const,
    queryFn: async (): Promise<FlowFormSource<B>> => {
      const draft = toDraft<B>(await api.get<unknown>(`${base(projectId, 'forms')}/${encodeURIComponent(formKey)}`));
      if (!draft.latestVersion) return { published: null, draft: draft.draft ?? null };
      const raw = (await api.get<unknown>(`${base(projectId, 'forms')}/${encodeURIComponent(formKey)}/versions/${draft.latestVersion}`)) as { definition?: B } | null;
      return { published: raw?.definition ?? null, draft: draft.draft ?? null };
    },
    staleTime: 60_000,
    retry: false,
  });
}
