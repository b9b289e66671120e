import { join } from 'node:path';
import { analyzeText, evaluateRule, refundRiskDictionary, sentimentIndex, validateDictionary, type KeywordDictionary, type Rule } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { defaultTemplatesDir, loadTemplatePackage } from '../templates/index.js';

/** Form key of communication logs in the communication-sentiment template (rules target it). */
export const COMM_LOG_FORM = 'communication-log';
const PACKAGE = 'communication-sentiment';
const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

let shipped: { dictionary: KeywordDictionary | null; rules: Rule[] } | null = null;

/** Returns the shipped communication-sentiment package's dictionary and rules (read once). */
function shippedPackage() {
  if (!shipped) {
    const { pkg } = loadTemplatePackage(join(defaultTemplatesDir(), PACKAGE));
    shipped = {
      dictionary: (pkg?.keywordDictionaries[0]?.body as unknown as KeywordDictionary | undefined) ?? null,
      rules: (pkg?.rules ?? []).map((r) => r.body as unknown as Rule).filter((r) => r.formKey === COMM_LOG_FORM),
    };
  }
  return shipped;
}

/**
 * Returns the keyword dictionary and sentiment rules in force for a project: the ones published
 * to it (communication-sentiment template installed, possibly edited), else the shipped package's,
 * else the runtime's starter dictionary with no rules. Reads the database.
 */
export function sentimentSetup(ctx: AppContext, projectId: string): { dictionary: KeywordDictionary; rules: Rule[] } {
  // Template installs store dictionaries as definitions of kind `keywordDictionary` (see templates/publish-service).
  const latest = (installed: 'keywordDictionary' | 'rule') => {
    const kind = installed as DefinitionKind;
    return definitionsRepo.list(ctx.db, projectId, kind)
    .filter((d) => d.latestVersion)
    .map((d) => definitionsRepo.findVersion(ctx.db, projectId, kind, d.key, d.latestVersion!)?.body)
    .filter((b): b is Record<string, unknown> => !!b);
  };
  const dictionaries = latest('keywordDictionary') as unknown as KeywordDictionary[];
  const installed = dictionaries.find((d) => d.key === 'refund-risk-words') ?? dictionaries.find((d) => validateDictionary(d).length === 0);
  const rules = (latest('rule') as unknown as Rule[]).filter((r) => r.formKey === COMM_LOG_FORM);
  const fallback = shippedPackage();
  return {
    dictionary: installed ?? fallback.dictionary ?? refundRiskDictionary,
    rules: rules.length > 0 ? rules : fallback.rules,
  };
}

/** A term that fired in a message with its dictionary weight: above 0 a worry (负面词), below 0 reassuring (正面词). */
export interface TermWeight {
  readonly term: string;
  readonly weight: number;
}

/** Returns the distinct terms of the hits that are not negated, in text order, each with its weight. Pure. */
export function termWeights(hits: readonly { readonly term: string; readonly weight: number; readonly negated: boolean }[]): TermWeight[] {
  const weights = new Map<string, number>();
  for (const h of hits) if (!h.negated && !weights.has(h.term)) weights.set(h.term, h.weight);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** The customer's 7-day index with the message (`index`) and just before it (`previousIndex`, the earlier messages of the same window). */
export interface WindowIndexes {
  readonly index: number;
  readonly previousIndex: number;
}

/**
 * Returns the message's score, hits and weighted terms, and the customer's 7-day index ending at
 * the message with and without it, so a rule can tell the message that crossed a threshold. Pure.
 */
export function analyseMessage(dictionary: KeywordDictionary, message: { text: string; at: number; from: string }, history: readonly { text: string; at: number; from: string }[]) {
  const analysis = analyzeText(dictionary, message.text);
  const logMessage = (m: { text: string; at: number; from: string }) => ({ at: m.at, text: m.text, from: m.from === 'staff' ? 'staff' as const : 'customer' as const });
  const window = { from: message.at - WINDOW_MS, to: message.at + 1 };
  const earlier = history.map(logMessage);
  const weighted = termWeights(analysis.hits);
  return {
    score: analysis.score, hits: analysis.hits, terms: weighted.map((t) => t.term), termWeights: weighted,
    index: sentimentIndex(dictionary, [...earlier, logMessage(message)], window).index,
    previousIndex: sentimentIndex(dictionary, earlier, window).index,
  };
}

/**
 * Returns the rules' resolved actions for a stored message (runtime `evaluateRule`); the rules see
 * the signals `sentimentIndex` and `previousSentimentIndex` (the 7-day index before the message). Pure.
 */
export function rulesFor(rules: readonly Rule[], record: Record<string, unknown>, now: number, window: WindowIndexes) {
  const signals = { sentimentIndex: window.index, previousSentimentIndex: window.previousIndex };
  return rules.flatMap((rule) => evaluateRule(rule, { kind: 'recordCreated', record }, { now, signals }).map((action) => ({ rule, action })));
}

export { WINDOW_MS };
