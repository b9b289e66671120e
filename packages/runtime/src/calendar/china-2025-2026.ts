import type { BusinessCalendar } from './types.js';

/** Expands an inclusive range of dates within one month, e.g. range('2025-10', 1, 8). */
const range = (month: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);

/**
 * Mainland China public holidays and make-up working days (调休), as published by the General
 * Office of the State Council 国务院办公厅:
 * - 2025: 《国务院办公厅关于2025年部分节假日安排的通知》 (国办发明电〔2024〕12号, 2024-11-12).
 * - 2026: 《国务院办公厅关于2026年部分节假日安排的通知》 (2025-11-04, Xinhua; e.g.
 *   https://politics.gmw.cn/2025-11/04/content_38391083.htm).
 * Editable data: an admin can copy this calendar and add later years through the calendar API.
 */
export const chinaHolidays2025_2026 = {
  holidays: [
    // 2025
    '2025-01-01', // 元旦
    ...range('2025-01', 28, 31), ...range('2025-02', 1, 4), // 春节 1.28–2.4
    ...range('2025-04', 4, 6), // 清明节
    ...range('2025-05', 1, 5), // 劳动节
    '2025-05-31', '2025-06-01', '2025-06-02', // 端午节
    ...range('2025-10', 1, 8), // 国庆节、中秋节
    // 2026
    ...range('2026-01', 1, 3), // 元旦
    ...range('2026-02', 15, 23), // 春节
    ...range('2026-04', 4, 6), // 清明节
    ...range('2026-05', 1, 5), // 劳动节
    ...range('2026-06', 19, 21), // 端午节
    ...range('2026-09', 25, 27), // 中秋节
    ...range('2026-10', 1, 7), // 国庆节
  ],
  workdays: [
    // 2025
    '2025-01-26', '2025-02-08', // 春节调休
    '2025-04-27', // 劳动节调休
    '2025-09-28', '2025-10-11', // 国庆节调休
    // 2026
    '2026-01-04', // 元旦调休
    '2026-02-14', '2026-02-28', // 春节调休
    '2026-05-09', // 劳动节调休
    '2026-09-20', '2026-10-10', // 国庆节调休
  ],
} as const;

/**
 * The default calendar of a mainland China site: UTC+8, Saturday and Sunday off, the official
 * 2025 and 2026 holiday schedules, and no working hours (a working day counts whole).
 */
export const chinaCalendar2025_2026: BusinessCalendar = {
  id: 'cn-2025-2026',
  name: '中国大陆法定节假日 2025–2026',
  utcOffsetMinutes: 480,
  weekendDays: [0, 6],
  holidays: chinaHolidays2025_2026.holidays,
  workdays: chinaHolidays2025_2026.workdays,
};
