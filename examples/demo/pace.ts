// How fast the demo site's people handle their tasks: most steps well inside their SLA, some late
// (the step breaches), a few so late that the escalation ladder hands them to the 区域总监. People
// act during site hours (09:00–21:00 China time). Pure given the random source.

/** How punctual one step is: inside its SLA, late (breached) or very late (24 h past the breach). */
export type Punctuality = 'onTime' | 'late' | 'veryLate';

/** A task's SLA as the flow definitions state it. */
export interface StepSla {
  readonly amount: number;
  readonly unit: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Returns the punctuality of a step: a careful team (`loose` false) is seldom late, a stretched one often. Pure given `rnd`. */
export function punctuality(rnd: () => number, loose: boolean): Punctuality {
  const r = rnd();
  if (loose) return r < 0.07 ? 'veryLate' : r < 0.25 ? 'late' : 'onTime';
  return r < 0.03 ? 'late' : 'onTime';
}

/** Returns the SLA length in ms (working days counted as whole days; the engine's calendar decides the real due time). Pure. */
export function slaMs(sla: StepSla | undefined): number {
  if (!sla) return 24 * HOUR;
  const unit = sla.unit === 'minutes' ? MINUTE : sla.unit === 'hours' ? HOUR : 24 * HOUR;
  return sla.amount * unit;
}

/** Returns true when `at` falls in site hours, 09:00–21:00 China time. Pure. */
export function inSiteHours(at: number): boolean {
  const hour = new Date(at + 8 * HOUR).getUTCHours();
  return hour >= 9 && hour < 21;
}

/**
 * Returns when someone acts on a step opened at `openedAt` (pure given `rnd`): on time somewhere in
 * the first 5–80% of the SLA, late at 105–180% of it, very late 25–38 hours past it (the ladder's
 * "+24 h → 区域总监" step fires first).
 */
export function actAt(openedAt: number, sla: StepSla | undefined, p: Punctuality, rnd: () => number): number {
  const ms = slaMs(sla);
  const [from, to] = p === 'onTime' ? [0.05 * ms, 0.8 * ms] : p === 'late' ? [1.05 * ms, 1.8 * ms] : [ms + 25 * HOUR, ms + 38 * HOUR];
  return inSiteHoursBetween(openedAt + from, openedAt + to, rnd);
}

/** Returns a moment `minHours`–`maxHours` after `from` (follow-up notes, callbacks). Pure given `rnd`. */
export function soonAfter(from: number, minHours: number, maxHours: number, rnd: () => number): number {
  return inSiteHoursBetween(from + minHours * HOUR, from + maxHours * HOUR, rnd);
}

/** Returns a moment in site hours between `lo` and `hi`, or the next morning 09:00–10:30 after `lo` when the window is all night. Pure given `rnd`. */
function inSiteHoursBetween(lo: number, hi: number, rnd: () => number): number {
  for (let i = 0; i < 8; i++) {
    const at = Math.round(lo + rnd() * (hi - lo));
    if (inSiteHours(at)) return at;
  }
  let at = lo;
  while (!inSiteHours(at)) at += 15 * MINUTE;
  return at + Math.round(rnd() * 90) * MINUTE;
}
