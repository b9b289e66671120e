import type { KeywordDictionary, KeywordEntry, KeywordHit, TextAnalysis } from './types.js';

/** Negation cues used when a dictionary does not list its own. */
export const DEFAULT_NEGATIONS: readonly string[] = ['不', '没', '没有', '别', '无', '未', '并非', '毫不', '从不', '从没'];
const DEFAULT_WINDOW = 3;
const CLAUSE_BREAK = /[，。！？；：、,.!?;:\n\r]/;

let segmenter: Intl.Segmenter | undefined;
const words = (text: string) => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
};

/** Returns text normalised for matching: NFKC (full-width → half-width) and lower case. Pure. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Form { readonly text: string; readonly entry: KeywordEntry; readonly singleWord: boolean }
const compiled = new WeakMap<KeywordDictionary, readonly Form[]>();

function formsOf(dictionary: KeywordDictionary): readonly Form[] {
  const hit = compiled.get(dictionary);
  if (hit) return hit;
  const forms: Form[] = [];
  for (const entry of dictionary.entries) {
    for (const raw of [entry.term, ...(entry.synonyms ?? [])]) {
      const text = normalizeText(raw.trim());
      if (text === '') continue;
      const segments = [...words(text)].filter((s) => s.isWordLike);
      forms.push({ text, entry, singleWord: segments.length <= 1 });
    }
  }
  // Longest forms first, so 不想买了 claims its characters before 想买 could.
  forms.sort((a, b) => b.text.length - a.text.length);
  compiled.set(dictionary, forms);
  return forms;
}

/**
 * Returns the keyword hits of one text and its score (sum of weights of non-negated hits). Pure.
 * Text is segmented with `Intl.Segmenter('zh', { granularity: 'word' })`: a single-word term must
 * match whole words (退 does not fire inside 退休), while multi-word terms (再比较一下) match as
 * substrings, since segmenters split phrases unpredictably. A term preceded by a negation cue in
 * the same clause (不后悔, 没有后悔, 一点也不后悔) is reported as `negated` and scores 0.
 */
export function analyzeText(dictionary: KeywordDictionary, text: string): TextAnalysis {
  const normalized = normalizeText(text);
  if (normalized.trim() === '') return { score: 0, hits: [] };
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const s of words(normalized)) { starts.add(s.index); ends.add(s.index + s.segment.length); }
  const taken = new Uint8Array(normalized.length);
  const negations = (dictionary.negations ?? DEFAULT_NEGATIONS).map(normalizeText).filter(Boolean);
  const window = dictionary.negationWindow ?? DEFAULT_WINDOW;
  const hits: KeywordHit[] = [];
  for (const form of formsOf(dictionary)) {
    for (let at = normalized.indexOf(form.text); at >= 0; at = normalized.indexOf(form.text, at + 1)) {
      const end = at + form.text.length;
      if (form.singleWord && !(starts.has(at) && ends.has(end))) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      const negated = isNegated(normalized, at, negations, window);
      hits.push({
        term: form.entry.term, matched: form.text, weight: form.entry.weight, negated, index: at,
        ...(form.entry.category ? { category: form.entry.category } : {}),
      });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  const score = hits.reduce((sum, h) => sum + (h.negated ? 0 : h.weight), 0);
  return { score, hits };
}

function isNegated(text: string, at: number, negations: readonly string[], window: number): boolean {
  let from = Math.max(0, at - window);
  for (let i = at - 1; i >= from; i -= 1) {
    if (CLAUSE_BREAK.test(text[i] ?? '')) { from = i + 1; break; }
  }
  for (const cue of negations) {
    for (let i = text.indexOf(cue, from); i >= 0 && i + cue.length <= at; i = text.indexOf(cue, i + 1)) {
      // 能不能 / 是不是 / 有没有 ask a question (A-not-A); they do not negate what follows.
      const aNotA = i > 0 && text[i - 1] === text[i + cue.length] && text[i - 1] !== undefined;
      if (!aNotA) return true;
    }
  }
  return false;
}
