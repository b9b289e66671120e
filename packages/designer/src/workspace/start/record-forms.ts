import { mayStartFlow } from '@siteflow/runtime';
import type { Session } from '../../api/index.js';

/** A form or flow as the definition list shows it (only what these helpers read). */
interface Listed {
  readonly key: string;
  readonly latestVersion: number | null;
}

/**
 * Returns the published forms that no published flow starts, in list order: the forms a user logs
 * records of directly (客户跟进记录), since nothing else creates them. `starters` maps a form key to
 * the flows that start it (see useFormStarters). Pure.
 */
export function loggableForms<F extends Listed>(forms: readonly F[], starters: ReadonlyMap<string, readonly string[]>): F[] {
  return forms.filter((f) => f.latestVersion !== null && !(starters.get(f.key)?.length));
}

/**
 * Returns the workspace path (relative to `/p/:projectId/workspace`) where a new record of a form
 * is made: the record form when no flow starts it, the flow's start form when one the user may start
 * does (a work order must run its flow), the 发起 list when several do; null when flows start the form
 * but the user may start none of them (the 一级预警协调会 is for managers), so 新建 is not offered.
 * `starters` and `startable` as useFormStarters returns them. Pure.
 */
export function newRecordPath(formKey: string, starters: ReadonlyMap<string, readonly string[]>, startable: ReadonlyMap<string, readonly string[]>): string | null {
  if (!starters.get(formKey)?.length) return `start/forms/${encodeURIComponent(formKey)}`;
  const mine = startable.get(formKey) ?? [];
  if (mine.length === 0) return null;
  if (mine.length === 1) return `start/${encodeURIComponent(mine[0]!)}`;
  return 'start';
}

/**
 * Returns the write that logs a record of `formKey` (`POST /api/projects/:projectId/records`), as the
 * offline outbox sends it: stored on the device first, then sent with one Idempotency-Key. Pure.
 */
export function recordRequest(projectId: string, formKey: string, data: Record<string, unknown>) {
  return { method: 'POST' as const, path: `/projects/${encodeURIComponent(projectId)}/records`, body: { formKey, data } };
}

/**
 * Returns true when the user may create records in the project. Pure. Mirrors the server's
 * `recordService.create` (packages/server/src/services/record-service.ts): any role held on the
 * project (direct, via region or organisation) may create a record of any published form.
 */
export function canCreateRecords(session: Session | undefined, projectId: string): boolean {
  return (session?.projectRoles[projectId]?.length ?? 0) > 0;
}

/**
 * Returns true when the user may start a published flow by hand on the project: it names no starter
 * roles, or the user holds one there, or is an organisation admin. Pure. Mirrors the server's
 * `requireStarter` (packages/server/src/engine/engine-service.ts).
 */
export function mayStart(flow: { readonly starterRoles?: readonly string[] }, session: Session | undefined, projectId: string): boolean {
  return !!session?.user?.isAdmin || mayStartFlow(flow, session?.projectRoles[projectId] ?? []);
}
