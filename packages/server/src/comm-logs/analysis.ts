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

/** Returns the message's score and hits, and the customer's 7-day index ending at the message. Pure. */
export function analyseMessage(dictionary: KeywordDictionary, message: { text: string; at: number; from: string }, history: readonly { text: string; at: number; from: string }[]) {
  const analysis = analyzeText(dictionary, message.text);
  const window = sentimentIndex(dictionary, [...history, message].map((m) => ({ at: m.at, text: m.text, from: m.from === 'staff' ? 'staff' : 'customer' })), { from: message.at - WINDOW_MS, to: message.at + 1 });
  const terms = [...new Set(analysis.hits.filter((h) => !h.negated).map((h) => h.term))];
  return { score: analysis.score, hits: analysis.hits, terms, index: window.index };
}

/** Returns the rules' resolved actions for a stored message (runtime `evaluateRule`). Pure. */
export function rulesFor(rules: readonly Rule[], record: Record<string, unknown>, now: number, windowIndex: number) {
  return rules.flatMap((rule) => evaluateRule(rule, { kind: 'recordCreated', record }, { now, signals: { sentimentIndex: windowIndex } }).map((action) => ({ rule, action })));
}

export { WINDOW_MS };
