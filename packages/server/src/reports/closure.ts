import { HOUR_MS, type EpochMs } from '@siteflow/runtime';

/** The 72小时闭环制: a 退订工单 is closed within 72 hours (3 working days) of being reported. */
export const CLOSURE_TARGET_HOURS = 72;

/** What the report reads of one flow instance of a 退订工单 (its stored state). */
export interface ClosureInstance {
  readonly status: string;
  readonly startedAt: EpochMs;
  readonly endedAt?: EpochMs | null;
  /** The flow's whole-case deadline 整体时限（闭环）, set when the flow declares one. */
  readonly deadlineAt?: EpochMs | null;
}

/** When a case's work orders started, were due and (all) ended. */
export interface CaseClosure {
  readonly startedAt: EpochMs;
  readonly dueAt: EpochMs;
  /** When its last work order ended; null while any is still running. */
  readonly endedAt: EpochMs | null;
}

/** The 72-hour closure figures of the cases of a period, judged as of `asOf`. */
export interface ClosureFigures {
  /** Cases judged: closed, or open past their deadline. */
  readonly measured: number;
  readonly closedOnTime: number;
  readonly closedLate: number;
  /** Still open past their deadline. */
  readonly openOverdue: number;
  /** Still open, deadline not reached yet (not judged). */
  readonly pending: number;
  /** Cases without a 退订工单 (nothing to judge). */
  readonly withoutWorkOrder: number;
  /** closedOnTime / measured, 0..1 rounded to 4 places; null when nothing was judged. */
  readonly rate: number | null;
}

/** Work orders that were withdrawn, cancelled or failed did not close a case: they are left out. */
const DROPPED = new Set(['cancelled', 'withdrawn', 'failed']);

/**
 * Returns when a case's work orders started, were due and ended (pure): the due time is the
 * deadline of the earliest work order (its flow's whole-case deadline, else start + 72 h); the case
 * is closed when every work order ended. Null without a work order that counts.
 */
export function caseClosure(instances: readonly ClosureInstance[]): CaseClosure | null {
  const live = instances.filter((i) => !DROPPED.has(i.status)).sort((a, b) => a.startedAt - b.startedAt);
  const first = live[0];
  if (!first) return null;
  const ends = live.map((i) => i.endedAt ?? null);
  return {
    startedAt: first.startedAt,
    dueAt: first.deadlineAt ?? first.startedAt + CLOSURE_TARGET_HOURS * HOUR_MS,
    endedAt: ends.every((e): e is number => e !== null) ? Math.max(...ends) : null,
  };
}

/**
 * Returns the 72-hour closure figures of `cases` as they stood at `asOf` (pure): a case ended after
 * `asOf` counts as still open, so a period to date can be compared with the same days of the
 * month before.
 */
export function closureFigures(cases: readonly { readonly closure?: CaseClosure | null }[], asOf: EpochMs): ClosureFigures {
  let closedOnTime = 0;
  let closedLate = 0;
  let openOverdue = 0;
  let pending = 0;
  let withoutWorkOrder = 0;
  for (const { closure } of cases) {
    if (!closure) withoutWorkOrder += 1;
    else if (closure.endedAt !== null && closure.endedAt <= asOf) closure.endedAt <= closure.dueAt ? closedOnTime += 1 : closedLate += 1;
    else if (asOf > closure.dueAt) openOverdue += 1;
    else pending += 1;
  }
  const measured = closedOnTime + closedLate + openOverdue;
  return {
    measured, closedOnTime, closedLate, openOverdue, pending, withoutWorkOrder,
    rate: measured === 0 ? null : Math.round((closedOnTime / measured) * 10_000) / 10_000,
  };
}
