import { api } from './client.js';

/** A start-form draft kept on the server, so it follows the user to another device. */
export interface ServerDraft {
  readonly flowKey: string;
  readonly data: Record<string, unknown>;
  /** Row version; send it back on save (409 when another device saved first). */
  readonly version: number;
  /** When the server stored it (server clock, EpochMs). */
  readonly updatedAt: number;
}

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/drafts`;

/** Returns the caller's own start-form drafts in a project. */
export async function listServerDrafts(projectId: string): Promise<ServerDraft[]> {
  const body = await api.get<{ items?: ServerDraft[] }>(base(projectId));
  return body?.items ?? [];
}

/** Stores a draft at row `version` (0 = new); rejects with a 409 ApiError when stale. */
export function putServerDraft(projectId: string, flowKey: string, data: Record<string, unknown>, version: number): Promise<ServerDraft> {
  return api.put<ServerDraft>(`${base(projectId)}/${encodeURIComponent(flowKey)}`, { data, version });
}

/** Deletes a draft (discarded by the user). */
export async function deleteServerDraft(projectId: string, flowKey: string): Promise<void> {
  await api.delete<unknown>(`${base(projectId)}/${encodeURIComponent(flowKey)}`);
}
