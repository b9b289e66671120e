import type { EpochMs } from '../common/time.js';
import type { Message } from '../i18n/types.js';

/** One keyword of a dictionary: the term, its synonyms, and how much it weighs (negative = reassuring). */
export interface KeywordEntry {
  readonly term: string;
  readonly synonyms?: readonly string[];
  readonly weight: number;
  /** Optional grouping shown in explanations, e.g. 退意 / 比较竞品 / 资金. */
  readonly category?: string;
  readonly label?: Message;
}

/**
 * A keyword dictionary for communication-log text. `negations` are cues (不, 没有 …) that cancel
 * a term when they appear within `negationWindow` characters before it in the same clause, so
 * 不后悔 does not count as 后悔.
 */
export interface KeywordDictionary {
  readonly key: string;
  readonly name: Message;
  readonly entries: readonly KeywordEntry[];
  readonly negations?: readonly string[];
  readonly negationWindow?: number;
}

/** One keyword occurrence found in a text. */
export interface KeywordHit {
  /** The dictionary term (the canonical form). */
  readonly term: string;
  /** The text actually found (the term or a synonym). */
  readonly matched: string;
  readonly weight: number;
  readonly negated: boolean;
  /** Character offset in the (normalised) text. */
  readonly index: number;
  readonly category?: string;
}

/** Result of analysing one text: the sum of the weights of non-negated hits, and every hit. */
export interface TextAnalysis {
  readonly score: number;
  readonly hits: readonly KeywordHit[];
}

/** One message of a communication log 沟通记录. */
export interface LogMessage {
  readonly at: EpochMs;
  readonly text: string;
  /** Who wrote it; staff messages are ignored by the sentiment index. */
  readonly from?: 'customer' | 'staff';
  readonly customerId?: string;
}

/** A hit with the message it came from. */
export interface SentimentHit extends KeywordHit {
  readonly at: EpochMs;
  readonly messageIndex: number;
}

/** Negative-sentiment index of a time window with the hits that made it (explainable alerts). */
export interface SentimentResult {
  readonly index: number;
  readonly messages: number;
  readonly hits: readonly SentimentHit[];
}
