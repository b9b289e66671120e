import { issue, type Issue } from '../errors/siteflow-error.js';
import type { KeywordDictionary } from './types.js';

/** Returns the problems of a keyword dictionary (empty terms, non-numeric weights, duplicates), each with a path. Pure. */
export function validateDictionary(dictionary: KeywordDictionary): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  dictionary.entries.forEach((entry, i) => {
    const forms = [entry.term, ...(entry.synonyms ?? [])];
    forms.forEach((form, j) => {
      const path = j === 0 ? `entries.${i}.term` : `entries.${i}.synonyms.${j - 1}`;
      const text = typeof form === 'string' ? form.trim() : '';
      if (text === '') { issues.push(issue('TEXT_EMPTY_TERM', { index: i + 1 }, { path })); return; }
      const first = seen.get(text);
      if (first !== undefined && first !== i) issues.push(issue('TEXT_DUPLICATE_TERM', { term: text, first: first + 1 }, { path }));
      else seen.set(text, i);
    });
    if (typeof entry.weight !== 'number' || !Number.isFinite(entry.weight)) issues.push(issue('TEXT_BAD_WEIGHT', { term: entry.term }, { path: `entries.${i}.weight` }));
  });
  const window = dictionary.negationWindow;
  if (window !== undefined && (!Number.isInteger(window) || window < 0 || window > 20)) {
    issues.push(issue('TEXT_BAD_WINDOW', { value: window }, { path: 'negationWindow' }));
  }
  return issues;
}
