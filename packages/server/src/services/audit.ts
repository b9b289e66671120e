import type { AppContext } from '../context.js';
import { eventsRepo } from '../repos/events-repo.js';
import { newId } from '../db/ids.js';

/** Appends one audit event (no personal data in `data`: ids, keys, field names only). */
export function recordEvent(ctx: AppContext, e: { projectId?: string | null; instanceId?: string; recordId?: string; taskId?: string; type: string; actorId?: string | null; data?: Record<string, unknown>; at?: number }): void {
  eventsRepo.insert(ctx.db, {
    id: newId('evt'), projectId: e.projectId ?? null, instanceId: e.instanceId ?? null, recordId: e.recordId ?? null, taskId: e.taskId ?? null,
    type: e.type, actorId: e.actorId ?? null, at: e.at ?? ctx.clock.now(), data: e.data ?? {},
  });
}
