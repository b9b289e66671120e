import type { AppContext } from '../context.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { ApiError } from '../http/api-error.js';
import { compileForm, validateSubmission, type CompiledForm, type FormDefinition, type SubmissionOptions } from '@siteflow/runtime';
import { formFields, type ServerField } from './fields.js';

/** A published form version with its fields and compiled validator (compiled once per version). */
export interface FormVersion {
  readonly key: string;
  readonly version: number;
  readonly definition: Record<string, unknown>;
  readonly fields: readonly ServerField[];
  readonly compiled: CompiledForm;
}

// Published versions are immutable, so a process-wide cache by project/key/version is safe.
const cache = new Map<string, FormVersion>();

/** Returns a published form version (latest when `version` is omitted), or throws 409 API_NOT_PUBLISHED. */
export function publishedForm(ctx: AppContext, projectId: string, key: string, version?: number): FormVersion {
  version ??= definitionsRepo.latestVersionNumber(ctx.db, projectId, 'form', key);
  const hit = version !== undefined ? cache.get(`${ctx.sqlite.name}|${projectId}|${key}|${version}`) : undefined;
  if (hit) return hit;
  const row = definitionsRepo.findVersion(ctx.db, projectId, 'form', key, version);
  if (!row) throw new ApiError('API_NOT_PUBLISHED', { what: '表单', whatEn: 'Form', key });
  const cacheKey = `${ctx.sqlite.name}|${projectId}|${key}|${row.version}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const compiled = compileForm(row.body as unknown as FormDefinition);
  const form: FormVersion = { key, version: row.version, definition: row.body, fields: formFields(compiled), compiled };
  cache.set(cacheKey, form);
  return form;
}

/** Result of checking submitted data against a form. */
export type SubmissionResult = { ok: true; data: Record<string, unknown> } | { ok: false; issues: Record<string, unknown> };

/** Validates data with the runtime's `validateSubmission` (per-step permissions in `opts`). */
export function validateData(form: FormVersion, data: Record<string, unknown>, opts?: SubmissionOptions): SubmissionResult {
  return validateSubmission(form.compiled, data, opts) as SubmissionResult;
}

/** Validates data or throws 400 API_SUBMISSION_INVALID with the runtime's issues by path. */
export function requireValidData(form: FormVersion, data: Record<string, unknown>, opts?: SubmissionOptions): Record<string, unknown> {
  const result = validateData(form, data, opts);
  if (!result.ok) throw new ApiError('API_SUBMISSION_INVALID', {}, result.issues as Record<string, never[]>);
  return result.data;
}
