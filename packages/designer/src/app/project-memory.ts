const KEY = 'siteflow.project';

/** Returns the project the user last worked in (localStorage), or null. */
export function rememberedProject(): string | null {
  try { return globalThis.localStorage?.getItem(KEY) ?? null; } catch { return null; }
}

/** Stores the project the user is working in so the next visit opens it. */
export function rememberProject(projectId: string): void {
  try { globalThis.localStorage?.setItem(KEY, projectId); } catch { /* storage blocked */ }
}
