/** How urgent a task is: on time, amber (< 25 % of its time left), red (deadline passed), or no deadline. */
export const SlaLevel = { none: 'none', ok: 'ok', warning: 'warning', breached: 'breached', closed: 'closed' } as const;
export type SlaLevel = (typeof SlaLevel)[keyof typeof SlaLevel];

/** The SLA state of one task at `now`. */
export interface SlaState {
  readonly level: SlaLevel;
  /** Milliseconds left (negative when overdue); null without a deadline. */
  readonly remainingMs: number | null;
  /** Share of the allowed time still left, 0..1 (0 when overdue). */
  readonly fractionLeft: number | null;
}

/** Share of time left below which a countdown turns amber. */
export const WARNING_FRACTION = 0.25;

/**
 * Returns the SLA state of a task from its creation and due times at `now`; `breachedFlag` is the
 * server's verdict (its business clock wins when the two disagree). Pure.
 */
export function slaState(task: { createdAt: number; dueAt: number | null; status: string; breached?: boolean }, now: number): SlaState {
  if (task.status !== 'open') return { level: SlaLevel.closed, remainingMs: null, fractionLeft: null };
  if (task.dueAt === null) return { level: SlaLevel.none, remainingMs: null, fractionLeft: null };
  const remainingMs = task.dueAt - now;
  const total = Math.max(1, task.dueAt - task.createdAt);
  const fractionLeft = Math.max(0, Math.min(1, remainingMs / total));
  if (remainingMs <= 0 || task.breached) return { level: SlaLevel.breached, remainingMs: Math.min(remainingMs, 0), fractionLeft: 0 };
  return { level: fractionLeft < WARNING_FRACTION ? SlaLevel.warning : SlaLevel.ok, remainingMs, fractionLeft };
}

/** Returns the parts of a duration for a countdown: days, hours, minutes, seconds (absolute value). Pure. */
export function durationParts(ms: number): { d: number; h: number; m: number; s: number } {
  const total = Math.floor(Math.abs(ms) / 1000);
  return { d: Math.floor(total / 86400), h: Math.floor((total % 86400) / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** Returns the sort key of the inbox: open tasks by due time (no deadline last), then closed ones newest first. Pure. */
export function compareByDue(a: { dueAt: number | null; status: string; createdAt: number; closedAt?: number | null }, b: typeof a): number {
  const openA = a.status === 'open' ? 0 : 1;
  const openB = b.status === 'open' ? 0 : 1;
  if (openA !== openB) return openA - openB;
  if (openA === 1) return (b.closedAt ?? b.createdAt) - (a.closedAt ?? a.createdAt);
  const da = a.dueAt ?? Number.POSITIVE_INFINITY;
  const db = b.dueAt ?? Number.POSITIVE_INFINITY;
  return da === db ? a.createdAt - b.createdAt : da - db;
}
