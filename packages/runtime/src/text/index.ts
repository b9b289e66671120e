export type { KeywordDictionary, KeywordEntry, KeywordHit, LogMessage, SentimentHit, SentimentResult, TextAnalysis } from './types.js';
export { analyzeText, normalizeText, DEFAULT_NEGATIONS } from './analyze-text.js';
export { sentimentIndex, sentimentByCustomer, type TimeWindow } from './sentiment.js';
export { validateDictionary } from './validate-dictionary.js';
export { refundRiskDictionary } from './refund-dictionary.js';
export { commLogColumns, type CommLogColumn } from './comm-log-columns.js';
