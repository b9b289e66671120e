import { api } from './client.js';

/** What a draft is of: a flow's start form (`flow`, keyed by the flow) or a record form (`form`, 登记记录, keyed by the form). */
export interface DraftTarget {
  readonly kind: 'flow' | 'form';
  readonly key: string;
}

/** A draft kept on the server, so it follows the user to another device. */
export interface ServerDraft {
  /** The flow's or the form's key (see DraftTarget). */
  readonly key: string;
  readonly data: Record<string, unknown>;
  /** Row version; send it back on save (409 when another device saved first). */
  readonly version: number;
  /** When the server stored it (server clock, EpochMs). */
  readonly updatedAt: number;
}

/** The server's drafts API of each kind: its path segment and the field naming the key. */
const apis = {
  flow: { segment: 'drafts', keyField: 'flowKey' },
  form: { segment: 'record-drafts', keyField: 'formKey' },
} as const;

type Wire = Omit<ServerDraft, 'key'> & Partial<Record<'flowKey' | 'formKey', string>>;

const base = (projectId: string, kind: DraftTarget['kind']) => `/projects/${encodeURIComponent(projectId)}/${apis[kind].segment}`;
const one = (projectId: string, target: DraftTarget) => `${base(projectId, target.kind)}/${encodeURIComponent(target.key)}`;
const fromWire = (kind: DraftTarget['kind'], d: Wire): ServerDraft =>
  ({ key: d[apis[kind].keyField] ?? '', data: d.data, version: d.version, updatedAt: d.updatedAt });

/** Returns the caller's own drafts of one kind (start forms or record forms) in a project. */
export async function listServerDrafts(projectId: string, kind: DraftTarget['kind']): Promise<ServerDraft[]> {
  const body = await api.get<{ items?: Wire[] }>(base(projectId, kind));
  return (body?.items ?? []).map((d) => fromWire(kind, d));
}

/** Stores a draft at row `version` (0 = new); rejects with a 409 ApiError when stale. */
export async function putServerDraft(projectId: string, target: DraftTarget, data: Record<string, unknown>, version: number): Promise<ServerDraft> {
  return fromWire(target.kind, await api.put<Wire>(one(projectId, target), { data, version }));
}

/** Deletes a draft (discarded by the user). */
export async function deleteServerDraft(projectId: string, target: DraftTarget): Promise<void> {
  await api.delete<unknown>(one(projectId, target));
}
