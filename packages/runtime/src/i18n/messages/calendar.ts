import type { CatalogueEntry } from '../types.js';

/** Codes of the business calendar (`src/calendar`). */
export const calendarMessages = {
  CAL_BAD_DATE: { kind: 'user', zh: '日期“{value}”格式不正确，应为 YYYY-MM-DD 的有效日期', en: 'Date "{value}" is invalid; use a real date as YYYY-MM-DD' },
  CAL_BAD_TIME: { kind: 'user', zh: '时间“{value}”格式不正确，应为 HH:mm（00:00–24:00）', en: 'Time "{value}" is invalid; use HH:mm between 00:00 and 24:00' },
  CAL_BAD_HOURS: { kind: 'user', zh: '工作时间的开始（{start}）必须早于结束（{end}）', en: 'Working hours must start ({start}) before they end ({end})' },
  CAL_BAD_WEEKDAY: { kind: 'user', zh: '休息日“{value}”无效，应为 0（周日）到 6（周六）', en: 'Weekend day "{value}" is invalid; use 0 (Sunday) to 6 (Saturday)' },
  CAL_BAD_OFFSET: { kind: 'user', zh: '时区偏移 {value} 分钟无效，应在 -720 到 840 之间的整数', en: 'UTC offset {value} minutes is invalid; use an integer from -720 to 840' },
  CAL_DAY_CONFLICT: { kind: 'user', zh: '{date} 同时被设为节假日和调休工作日，请只保留一个', en: '{date} is both a holiday and a make-up working day; keep only one' },
  CAL_NO_WORKING_DAYS: { kind: 'user', zh: '日历“{name}”一年内没有任何工作日，无法计算工作日时限', en: 'Calendar "{name}" has no working day within a year, so working-time limits cannot be computed' },
  CAL_NO_WORKING_HOURS: { kind: 'user', zh: '时限以“工作小时”计，但日历“{name}”未设置工作时间；请在日历中设置上下班时间或改用“小时”', en: 'The limit is in working hours but calendar "{name}" has no working hours; set them or use hours' },
  CAL_BAD_DURATION: { kind: 'user', zh: '时长 {amount} {unit} 无效：数量须为非负数，工作日须为整数', en: 'Duration {amount} {unit} is invalid: the amount must be non-negative, and whole for working days' },
} as const satisfies Record<string, CatalogueEntry>;

/** Names of duration units (SLA editors, countdowns). */
export const durationUnitLabels = {
  minutes: { zh: '分钟', en: 'minutes' },
  hours: { zh: '小时', en: 'hours' },
  workingHours: { zh: '工作小时', en: 'working hours' },
  days: { zh: '天', en: 'days' },
  workingDays: { zh: '工作日', en: 'working days' },
} as const;
