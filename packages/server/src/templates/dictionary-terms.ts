import type { KeywordDictionary, KeywordEntry } from '@siteflow/runtime';
import { validateDictionary } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { designerRoles } from '../auth/roles.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { ApiError } from '../http/api-error.js';
import { recordEvent } from '../services/audit.js';
import { InstalledKind, upsertVersion } from './publish-service.js';
import { templateMessage } from './messages.js';

/** A term to add, as the 24-hour review's 新增风险词 sub-table holds it (synonyms as a list or comma text). */
export interface NewTerm {
  readonly term: string;
  readonly weight: number;
  readonly synonyms?: readonly string[] | string;
  readonly category?: string;
}

function splitSynonyms(value: NewTerm['synonyms']): string[] {
  const list = typeof value === 'string' ? value.split(/[,，、;；]/) : [...(value ?? [])];
  return list.map((s) => s.trim()).filter((s) => s !== '');
}

/** Returns the dictionary with `terms` merged in: new terms appended, known terms get the new weight and the union of synonyms. Pure. */
export function mergeTerms(dictionary: KeywordDictionary, terms: readonly NewTerm[]): KeywordDictionary {
  const entries: KeywordEntry[] = dictionary.entries.map((e) => ({ ...e }));
  for (const t of terms) {
    const term = t.term.trim();
    const at = entries.findIndex((e) => e.term === term);
    const synonyms = splitSynonyms(t.synonyms);
    if (at >= 0) {
      const old = entries[at]!;
      entries[at] = { ...old, weight: t.weight, synonyms: [...new Set([...(old.synonyms ?? []), ...synonyms])], ...(t.category ? { category: t.category } : {}) };
    } else {
      entries.push({ term, weight: t.weight, ...(synonyms.length ? { synonyms } : {}), ...(t.category ? { category: t.category } : {}) });
    }
  }
  return { ...dictionary, entries };
}

/** Returns the latest published version of a project's keyword dictionary, or 404. Reads the database. */
export function projectDictionary(ctx: AppContext, user: AuthUser, projectId: string, key: string) {
  rolesOn(user.access, projectId);
  const found = definitionsRepo.findVersion(ctx.db, projectId, InstalledKind.keywordDictionary as DefinitionKind, key);
  if (!found) {
    const name = templateMessage('TPL_THING_DICTIONARY', { key });
    throw new ApiError('API_NOT_FOUND', { what: name.zh, whatEn: name.en });
  }
  const { version, ...body } = found.body as Record<string, unknown>;
  return { key, version: found.version, publishedAt: found.publishedAt, dictionary: body as unknown as KeywordDictionary };
}

/**
 * Adds reviewed terms (退筹复盘新增风险词) to a project's keyword dictionary as its next immutable
 * version and audits it; the dictionary must stay valid. Designer roles only. Writes the database.
 */
export function addDictionaryTerms(ctx: AppContext, user: AuthUser, projectId: string, key: string, terms: readonly NewTerm[]) {
  const current = projectDictionary(ctx, user, projectId, key);
  if (!hasAnyRole(user.access, projectId, designerRoles)) throw new ApiError('AUTH_FORBIDDEN');
  const next = mergeTerms(current.dictionary, terms);
  const issues = validateDictionary(next);
  const name = templateMessage('TPL_THING_DICTIONARY', { key });
  if (issues.length > 0) throw new ApiError('API_DEFINITION_INVALID', { what: name.zh, whatEn: name.en, count: issues.length }, issues.map((i) => ({ code: i.code, message: i.message, ...(i.path ? { path: i.path } : {}) })));
  const written = upsertVersion(ctx, projectId, 'keywordDictionary', key, next as unknown as Record<string, unknown>, `+${terms.length} terms`, user.id);
  recordEvent(ctx, { projectId, type: 'dictionary.termsAdded', actorId: user.id, data: { key, version: written.version, terms: terms.map((t) => t.term.trim()) } });
  return { key, version: written.version, changed: written.changed, entries: next.entries.length };
}
