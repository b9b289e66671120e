import type { EpochMs } from '../common/time.js';
import { analyzeText } from './analyze-text.js';
import type { KeywordDictionary, LogMessage, SentimentHit, SentimentResult } from './types.js';

/** A half-open time window `[from, to)`. */
export interface TimeWindow {
  readonly from: EpochMs;
  readonly to: EpochMs;
}

/**
 * Returns the negative-sentiment index of the customer's messages inside the window (the sum
 * of their scores) with every hit and the message it came from, so an alert can say which
 * words fired. Staff messages are ignored. Pure.
 */
export function sentimentIndex(dictionary: KeywordDictionary, messages: readonly LogMessage[], window: TimeWindow): SentimentResult {
  let index = 0;
  let count = 0;
  const hits: SentimentHit[] = [];
  messages.forEach((message, messageIndex) => {
    if (message.from === 'staff' || message.at < window.from || message.at >= window.to) return;
    count += 1;
    const result = analyzeText(dictionary, message.text);
    index += result.score;
    for (const h of result.hits) hits.push({ ...h, at: message.at, messageIndex });
  });
  return { index, messages: count, hits };
}

/** Returns `sentimentIndex` per customer id (messages without one are grouped under ''). Pure. */
export function sentimentByCustomer(dictionary: KeywordDictionary, messages: readonly LogMessage[], window: TimeWindow): Map<string, SentimentResult> {
  const groups = new Map<string, LogMessage[]>();
  for (const m of messages) {
    const key = m.customerId ?? '';
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(m);
  }
  return new Map([...groups].map(([key, list]) => [key, sentimentIndex(dictionary, list, window)]));
}
