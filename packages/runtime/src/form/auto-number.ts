import { civilFromDays, splitLocal } from '../calendar/civil-date.js';
import type { EpochMs } from '../common/time.js';
import type { CompiledForm } from './compile.js';
import type { AutoNumber } from './types.js';

// 流水号: a text field with `x-ui.autoNumber`, left empty, is numbered when its record is created,
// e.g. WO-202611-001. The server keeps the counters; these functions only name and format.

/** A field numbered automatically: its data path and how. */
export interface AutoNumberField {
  readonly path: string;
  readonly autoNumber: AutoNumber;
}

/** Returns the automatically numbered fields of a form (text fields outside sub-tables), in field order. Pure. */
export function autoNumberFields(form: CompiledForm): AutoNumberField[] {
  return form.fields.filter((f) => f.fieldType === 'text' && f.ui.autoNumber && !f.path.includes('*'))
    .map((f) => ({ path: f.path, autoNumber: f.ui.autoNumber! }));
}

/** Returns the date part of a number created at `at` in a place `offsetMinutes` from UTC: 202611, 20261124, 2026 or ''. Pure. */
export function autoNumberPeriod(spec: AutoNumber, at: EpochMs, offsetMinutes: number): string {
  if (spec.date === 'none') return '';
  const [year, month, day] = civilFromDays(splitLocal(at, offsetMinutes).day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return spec.date === 'yyyy' ? String(year) : spec.date === 'yyyyMM' ? `${year}${pad(month)}` : `${year}${pad(month)}${pad(day)}`;
}

/** Returns the `sequence`-th number of a period: prefix, date part and a dash, then the sequence padded to `digits` (WO-202611-001). Pure. */
export function formatAutoNumber(spec: AutoNumber, period: string, sequence: number): string {
  return `${spec.prefix}${period}${period ? '-' : ''}${String(sequence).padStart(spec.digits, '0')}`;
}
