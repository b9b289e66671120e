import type { Decision } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { recordsRepo } from '../repos/records-repo.js';
import { versionConflict } from '../http/api-error.js';

/** Statuses of a record: open while a flow of it runs (or none started), then how its case ended. */
export const RECORD_STATUSES = ['open', 'closed', 'rejected', 'cancelled', 'withdrawn', 'failed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

const INSTANCE_ENDS: ReadonlySet<string> = new Set(['completed', 'rejected', 'cancelled', 'withdrawn', 'failed']);

/**
 * Returns the status of a record from its flow instances: 'open' while one runs or none exists;
 * 'closed' once all ended and one completed; else the end of the latest one. Pure.
 */
export function recordStatusOf(instances: readonly { status: string; updatedAt: number }[]): RecordStatus {
  if (instances.length === 0 || instances.some((i) => i.status === 'running')) return 'open';
  if (instances.some((i) => i.status === 'completed')) return 'closed';
  const latest = instances.reduce((a, b) => (b.updatedAt >= a.updatedAt ? b : a));
  return (RECORD_STATUSES as readonly string[]).includes(latest.status) ? latest.status as RecordStatus : 'closed';
}

/**
 * Makes the record's status follow its flows after a decision on one of its instances, inside the
 * caller's transaction: reads the record only when the decision started or ended the instance, and its other instances only when it ended one.
 */
export function syncRecordStatus(ctx: AppContext, recordId: string, decision: Decision, startedNow: boolean, now: number): void {
  const ended = decision.events.some((e) => INSTANCE_ENDS.has(e.type));
  if (!startedNow && !ended) return;
  const rec = recordsRepo.findById(ctx.db, recordId);
  if (!rec) return;
  // A start that did not end at once leaves an instance running: the record is open, no need to read the others.
  const status = ended ? recordStatusOf(recordsRepo.instanceEnds(ctx.db, recordId)) : 'open';
  if (status !== rec.status && !recordsRepo.setStatus(ctx.db, rec.id, rec.version, status, now)) throw versionConflict(rec.version);
}
