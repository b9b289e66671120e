import { autoNumberPeriod, formatAutoNumber, type AutoNumber } from '../../../renderer/runtime-form.js';

/** Returns the first number of `now`'s period as the designer's example: NO-202611-001 (device date; the server uses the project's). Pure. */
export function autoNumberExample(spec: AutoNumber, now: Date): string {
  return formatAutoNumber(spec, autoNumberPeriod(spec, now.getTime(), -now.getTimezoneOffset()), 1);
}
