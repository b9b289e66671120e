import { validateSubmission, type FormDefinition, type Issue, type SubmissionOptions } from './runtime-form.js';
import { getAt, setAt } from './value-path.js';

// Masked fields: the server sends `masked` (paths of sensitive fields it replaced with 138****1234
// for this viewer). The user cannot see or fix those values, so every form shows them read-only,
// never validates them and never sends them back.

/** Returns true when `path` is a masked path or lies inside one (`customer` covers `customer.idCard`). Pure. */
export function isMaskedPath(path: string, masked: readonly string[] | undefined): boolean {
  return Boolean(masked?.some((m) => path === m || path.startsWith(`${m}.`)));
}

/** Returns the issues without those about masked fields. Pure. */
export function dropMaskedIssues<T>(issues: Readonly<Record<string, T>>, masked: readonly string[] | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(issues).filter(([path]) => !isMaskedPath(path, masked)));
}

/** Returns the data without the masked values (they must never overwrite what the server keeps). Pure. */
export function withoutMasked(data: Readonly<Record<string, unknown>>, masked: readonly string[] | undefined): Record<string, unknown> {
  let out = { ...data };
  for (const path of masked ?? []) if (getAt(out, path) !== undefined) out = setAt(out, path, undefined);
  return out;
}

/** What validateForm returns: ok, the issues by path, and the cleaned data without masked values. */
export interface FormCheck {
  readonly ok: boolean;
  readonly issues: Record<string, readonly Issue[]>;
  readonly data: Record<string, unknown>;
}

/**
 * Validates a form the way every host (start, task, record edit) should: the runtime's
 * validateSubmission, minus issues on masked fields; `data` is the cleaned submission without
 * masked values. Pure.
 */
export function validateForm(definition: FormDefinition, value: Readonly<Record<string, unknown>>, options: SubmissionOptions & { masked?: readonly string[] } = {}): FormCheck {
  const { masked, ...rest } = options;
  const result = validateSubmission(definition, value, rest);
  const issues = result.ok ? {} : dropMaskedIssues(result.issues as Record<string, readonly Issue[]>, masked);
  const data = withoutMasked((result.ok ? result.data : value) as Record<string, unknown>, masked);
  return { ok: Object.keys(issues).length === 0, issues, data };
}
