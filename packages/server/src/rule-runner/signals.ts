import {
  analyzeText, noReplyWorkingDays, refundRiskDictionary, sentimentIndex, toInstant,
  type BusinessCalendar, type EpochMs, type FollowUpEntry, type KeywordDictionary, type LogMessage, type Rule,
} from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { recordsRepo } from '../repos/records-repo.js';

/** Width of the sentiment window (近7天). */
export const SENTIMENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const MESSAGE_LIMIT = 500;

/** What a rule sees besides the stored record: computed signals and computed fields. */
export interface ComputedSignals {
  readonly signals: Record<string, boolean | number>;
  /** The record data with computed fields filled where the record has none (e.g. `sentimentScore`). */
  readonly data: Record<string, unknown>;
}

type RecordLike = { readonly id: string; readonly formKey: string; readonly data: Record<string, unknown>; readonly createdAt: number };

/**
 * Returns the follow-up log 跟进日志 of a record: the rows of its `followups` sub-table (or of the
 * first sub-table whose rows carry `at` + `direction`), as runtime `FollowUpEntry`s. Pure.
 */
export function followUpLog(data: Record<string, unknown>, calendar: BusinessCalendar): FollowUpEntry[] | null {
  const isLog = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.some((r) => r && typeof r === 'object' && 'direction' in r && 'at' in r);
  const rows = isLog(data.followups) ? data.followups : Object.values(data).find(isLog);
  if (!rows) return null;
  const out: FollowUpEntry[] = [];
  for (const r of rows) {
    const at = toInstant(calendar, r.at as string | number);
    if (at === null || (r.direction !== 'inbound' && r.direction !== 'outbound')) continue;
    out.push({ at, direction: r.direction, ...(typeof r.channel === 'string' ? { channel: r.channel } : {}) });
  }
  return out;
}

/**
 * Returns the signals a rule may use for a record at `now`: `noReplyWorkingDays` and
 * `noReplyTwoWorkingDays` from the follow-up log with the business calendar (only when the record
 * has a log, so a hand-entered count is not overridden by an empty one), and for rules that use
 * sentiment, the customer's 7-day `sentimentIndex`, the same window's index without this message
 * (`previousSentimentIndex`, so a rule can fire only when the index crosses its threshold), plus
 * the message's own `sentimentScore` / `sentimentTerms` when the record lacks them. Reads the
 * database (the customer's other messages).
 */
export function computeSignals(ctx: AppContext, projectId: string, rule: Rule & { dictionary?: KeywordDictionary }, record: RecordLike | null, calendar: BusinessCalendar, now: EpochMs): ComputedSignals {
  const signals: Record<string, boolean | number> = {};
  if (!record) return { signals, data: {} };
  const data = { ...record.data };
  const log = followUpLog(record.data, calendar);
  if (log && log.length > 0) {
    const { days } = noReplyWorkingDays(calendar, log, now);
    signals.noReplyWorkingDays = days;
    signals.noReplyTwoWorkingDays = days >= 2;
  }
  const text = JSON.stringify(rule);
  if (typeof record.data.text === 'string' && /sentiment(Index|Score|Terms)/i.test(text)) {
    const dictionary = rule.dictionary ?? installedDictionary(ctx, projectId) ?? refundRiskDictionary;
    const own = analyzeText(dictionary, record.data.text);
    if (typeof data.sentimentScore !== 'number') data.sentimentScore = own.score;
    if (typeof data.sentimentTerms !== 'string' || data.sentimentTerms === '') {
      data.sentimentTerms = [...new Set(own.hits.filter((h) => !h.negated).map((h) => h.term))].join('、');
    }
    const at = messageTime(record, calendar);
    const earlier = customerMessages(ctx, projectId, record, calendar);
    const window = { from: at - SENTIMENT_WINDOW_MS, to: at + 1 };
    const message: LogMessage = { at, text: record.data.text, from: record.data.from === 'staff' ? 'staff' : 'customer' };
    signals.sentimentIndex = sentimentIndex(dictionary, [...earlier, message], window).index;
    signals.previousSentimentIndex = sentimentIndex(dictionary, earlier, window).index;
  }
  return { signals, data };
}

function messageTime(record: RecordLike, calendar: BusinessCalendar): EpochMs {
  const at = record.data.at;
  return (typeof at === 'string' || typeof at === 'number' ? toInstant(calendar, at) : null) ?? record.createdAt;
}

/** The customer's other messages: records of the same form with the same `customerId`, the record itself left out. */
function customerMessages(ctx: AppContext, projectId: string, record: RecordLike, calendar: BusinessCalendar): LogMessage[] {
  const customerId = record.data.customerId;
  const rows = typeof customerId === 'string' && customerId !== ''
    ? recordsRepo.query(ctx.db, { projectId, formKey: record.formKey, filters: [{ field: 'customerId', op: 'eq', value: customerId }], sort: { field: 'createdAt', desc: true }, page: 1, pageSize: MESSAGE_LIMIT }).items
    : [];
  return rows.filter((r) => r.id !== record.id && typeof r.data.text === 'string').map((r) => ({
    at: messageTime(r, calendar), text: r.data.text as string, from: r.data.from === 'staff' ? 'staff' as const : 'customer' as const,
  }));
}

/** The project's installed keyword dictionary (latest published `keywordDictionary`), or null. */
function installedDictionary(ctx: AppContext, projectId: string): KeywordDictionary | null {
  const kind = 'keywordDictionary' as DefinitionKind;
  const first = definitionsRepo.list(ctx.db, projectId, kind).find((d) => d.latestVersion);
  if (!first) return null;
  const body = definitionsRepo.findVersion(ctx.db, projectId, kind, first.key, first.latestVersion!)?.body;
  return (body as unknown as KeywordDictionary | undefined) ?? null;
}
