export type { BusinessCalendar, Duration, LocalDateTime } from './types.js';
export { DurationUnit } from './types.js';
export {
  addDuration, addWorkingMs, isValidDuration, isWorkingDay, isWorkingTime, localDateKey, localDateTimeText, nextWorkingMoment,
  toInstant, toLocal, workingDaysBetween, workingMsBetween,
} from './business-calendar.js';
export { validateCalendar } from './validate-calendar.js';
export { chinaCalendar2025_2026, chinaHolidays2025_2026 } from './china-2025-2026.js';
export { durationUnitLabels } from '../i18n/messages/calendar.js';
