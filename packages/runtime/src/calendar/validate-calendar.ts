import { issue, type Issue } from '../errors/siteflow-error.js';
import { parseDateKey, parseTimeOfDay } from './civil-date.js';
import type { BusinessCalendar } from './types.js';

/**
 * Returns every problem of a calendar (bad dates or times, a day both holiday and 调休, no
 * working day at all) as Issues with a `path`; empty when it is usable. Pure.
 */
export function validateCalendar(calendar: BusinessCalendar): Issue[] {
  const issues: Issue[] = [];
  const off = calendar.utcOffsetMinutes;
  if (!Number.isInteger(off) || off < -720 || off > 840) issues.push(issue('CAL_BAD_OFFSET', { value: off }, { path: 'utcOffsetMinutes' }));
  calendar.weekendDays.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0 || d > 6) issues.push(issue('CAL_BAD_WEEKDAY', { value: d }, { path: `weekendDays.${i}` }));
  });
  const holidays = new Set<string>();
  calendar.holidays.forEach((key, i) => {
    if (parseDateKey(key) === null) issues.push(issue('CAL_BAD_DATE', { value: key }, { path: `holidays.${i}` }));
    holidays.add(key);
  });
  calendar.workdays.forEach((key, i) => {
    if (parseDateKey(key) === null) issues.push(issue('CAL_BAD_DATE', { value: key }, { path: `workdays.${i}` }));
    else if (holidays.has(key)) issues.push(issue('CAL_DAY_CONFLICT', { date: key }, { path: `workdays.${i}` }));
  });
  if (calendar.workingHours) {
    const { start, end } = calendar.workingHours;
    const s = parseTimeOfDay(start);
    const e = parseTimeOfDay(end);
    if (s === null) issues.push(issue('CAL_BAD_TIME', { value: start }, { path: 'workingHours.start' }));
    if (e === null) issues.push(issue('CAL_BAD_TIME', { value: end }, { path: 'workingHours.end' }));
    if (s !== null && e !== null && s >= e) issues.push(issue('CAL_BAD_HOURS', { start, end }, { path: 'workingHours' }));
  }
  if (new Set(calendar.weekendDays).size >= 7 && calendar.workdays.length === 0) {
    issues.push(issue('CAL_NO_WORKING_DAYS', { name: calendar.name }, { path: 'weekendDays' }));
  }
  return issues;
}
