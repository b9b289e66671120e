import { DAY_MS, MINUTE_MS, type EpochMs } from '../common/time.js';

/** Returns the day number (days since 1970-01-01) of a proleptic Gregorian date. Pure. */
export function daysFromCivil(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Returns `[year, month, day]` of a day number (Hinnant's algorithm; no Date objects). Pure. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Returns the weekday (0 = Sunday) of a day number; 1970-01-01 was a Thursday. Pure. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the day number of a `YYYY-MM-DD` string, or null when it is not a real date. Pure. */
export function parseDateKey(key: string): number | null {
  const m = DATE_RE.exec(key);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const n = daysFromCivil(y, mo, d);
  const [y2, mo2, d2] = civilFromDays(n);
  return y2 === y && mo2 === mo && d2 === d ? n : null;
}

/** Returns `YYYY-MM-DD` for a day number. Pure. */
export function formatDateKey(dayNumber: number): string {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Returns minutes since midnight of an `HH:mm` string (24:00 allowed), or null. Pure. */
export function parseTimeOfDay(value: string): number | null {
  const m = TIME_RE.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/** Splits an instant into its local day number and ms since local midnight. Pure. */
export function splitLocal(at: EpochMs, offsetMinutes: number): { day: number; msOfDay: number } {
  const local = at + offsetMinutes * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, msOfDay: local - day * DAY_MS };
}

/** Returns the instant of local midnight of a day number plus `msOfDay`. Pure. */
export function joinLocal(day: number, msOfDay: number, offsetMinutes: number): EpochMs {
  return day * DAY_MS + msOfDay - offsetMinutes * MINUTE_MS;
}
