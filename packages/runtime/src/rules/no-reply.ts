import { isWorkingDay, workingDaysBetween } from '../calendar/business-calendar.js';
import type { BusinessCalendar } from '../calendar/types.js';
import type { EpochMs } from '../common/time.js';
import type { FollowUpEntry } from './types.js';

/**
 * Returns how many whole working days the customer has left our messages unanswered: counted
 * from the first outbound message after the customer's last reply, over complete working days
 * only (holidays and weekends do not count; today counts once it is over), and the time that
 * silence started. 0 when the customer replied last or we never wrote. Pure.
 */
export function noReplyWorkingDays(calendar: BusinessCalendar, log: readonly FollowUpEntry[], now: EpochMs): { days: number; since: EpochMs | null } {
  const sorted = [...log].filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
  let lastReply = -Infinity;
  for (const e of sorted) if (e.direction === 'inbound') lastReply = e.at;
  const firstUnanswered = sorted.find((e) => e.direction === 'outbound' && e.at > lastReply);
  if (!firstUnanswered) return { days: 0, since: null };
  const between = workingDaysBetween(calendar, firstUnanswered.at, now);
  const days = Math.max(0, between - (isWorkingDay(calendar, now) ? 1 : 0));
  return { days, since: firstUnanswered.at };
}

/** Returns whether the customer has not replied for at least `days` consecutive working days (连续 N 个工作日未回复). Pure. */
export function noCustomerReply(calendar: BusinessCalendar, log: readonly FollowUpEntry[], now: EpochMs, days: number): boolean {
  return noReplyWorkingDays(calendar, log, now).days >= days;
}
