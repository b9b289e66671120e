import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { SiteflowError, type AssigneeRule, type Notice } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { projectCalendar } from '../engine/directory.js';
import { recordEvent } from '../services/audit.js';
import { newId } from '../db/ids.js';
import { ApiError } from '../http/api-error.js';
import { commLogs, type StoredAlert } from './schema.js';
import { validateRows, type CommLogInput, type RowRef } from './rows.js';
import { analyseMessage, rulesFor, sentimentSetup, termWeights, WINDOW_MS, type TermWeight } from './analysis.js';
import { commLogViewer, logForViewer, readableLogs } from './visibility.js';

/** Roles that may push or import communication logs (besides organisation admins and API tokens of such users). */
export const commLogWriterRoles = ['admin', 'siteManager', 'salesSupervisor', 'customerService', 'customerServiceLead', 'consultant'] as const;
/** Most logs in one push or import. */
export const MAX_BATCH = 2000;

/** The outcome of one stored (or already known) message. */
export interface IngestItem {
  readonly externalId: string;
  readonly status: 'inserted' | 'duplicate';
  readonly id: string;
  readonly score: number;
  readonly terms: readonly string[];
  /** `terms` with their dictionary weights: above 0 a worry, below 0 reassuring. */
  readonly termWeights: readonly TermWeight[];
  readonly windowIndex: number;
  readonly alerts: readonly StoredAlert[];
}

type Row = typeof commLogs.$inferSelect;

function view(row: Row) {
  const weighted = termWeights(row.hits);
  const terms = weighted.map((t) => t.term);
  return {
    id: row.id, externalId: row.externalId, customerId: row.customerId, customerName: row.customerName, consultant: row.consultant,
    channel: row.channel, from: row.fromParty, text: row.text, at: row.at, source: row.source, score: row.score, terms, termWeights: weighted, hits: row.hits,
    windowIndex: row.windowIndex, alerts: row.alerts, createdAt: row.createdAt,
  };
}

function requireWriter(user: AuthUser, projectId: string): void {
  rolesOn(user.access, projectId);
  if (!user.access.isAdmin && !hasAnyRole(user.access, projectId, commLogWriterRoles)) throw new ApiError('AUTH_FORBIDDEN');
}

/** CRM communication logs 沟通记录: idempotent ingest with sentiment analysis and rule alerts. */
export const commLogService = {
  /**
   * Validates every raw row (issues name the row and column; nothing is stored when any is wrong),
   * stores new messages (a known external id is reported as `duplicate` and left alone), analyses
   * each with the project's keyword dictionary, and runs the communication-sentiment rules: their
   * notify / alert actions go to the outbox (e.g. 销售主管 told the terms that fired). Runs inside
   * the caller's transaction.
   */
  ingest(ctx: AppContext, user: AuthUser, projectId: string, rows: readonly { raw: Record<string, unknown>; ref: RowRef }[], source: 'crmPush' | 'import') {
    requireWriter(user, projectId);
    if (rows.length > MAX_BATCH) throw new SiteflowError('COMMLOG_TOO_MANY', { max: MAX_BATCH, count: rows.length });
    const calendar = projectCalendar(ctx, projectId);
    const checked = validateRows(rows, calendar);
    if (!checked.ok) throw new SiteflowError('COMMLOG_IMPORT_INVALID', { count: checked.issues.length }, checked.issues);
    const setup = sentimentSetup(ctx, projectId);
    const project = tenancyRepo.findProject(ctx.db, projectId)!;
    const byRole = tenancyRepo.usersByRole(ctx.db, project);
    // Oldest first, so each message's 7-day window sees the earlier ones of the same batch.
    const ordered = [...checked.logs].sort((a, b) => a.at - b.at);
    const items: IngestItem[] = ordered.map((log) => ingestOne(ctx, user, projectId, log, source, setup, byRole));
    const inserted = items.filter((i) => i.status === 'inserted').length;
    if (inserted > 0) recordEvent(ctx, { projectId, type: 'commLogs.ingested', actorId: user.id, data: { source, inserted, duplicates: items.length - inserted, alerts: items.reduce((n, i) => n + i.alerts.length, 0) } });
    return { inserted, duplicates: items.length - inserted, items };
  },

  /**
   * Lists the project's logs the user may read, newest first (optionally one customer's, or only
   * those that raised an alert), masked as `visibility.ts` says: a 置业顾问 reads only their own
   * customers' logs; names and personal numbers are masked unless the user sees them in clear.
   */
  list(ctx: AppContext, user: AuthUser, projectId: string, q: { customerId?: string; alerted?: boolean; limit?: number }) {
    rolesOn(user.access, projectId);
    const viewer = commLogViewer(user, projectId);
    const where = [eq(commLogs.projectId, projectId)];
    if (q.customerId) where.push(eq(commLogs.customerId, q.customerId));
    const scope = readableLogs(viewer);
    if (scope) where.push(scope);
    const rows = ctx.db.select().from(commLogs).where(and(...where)).orderBy(desc(commLogs.at)).limit(Math.min(q.limit ?? 200, 1000)).all();
    const items = rows.map((row) => logForViewer(viewer, row, view(row))).filter((r) => !q.alerted || r.alerts.length > 0);
    return { items };
  },

  /**
   * Returns one masked field of a log the user may read (`customerName` or `text`) in clear and
   * writes an audit event (who, which log, which field; never the value), as records are unmasked.
   * A log the user may not read answers 404.
   */
  unmask(ctx: AppContext, user: AuthUser, projectId: string, id: string, field: 'customerName' | 'text') {
    rolesOn(user.access, projectId);
    const scope = readableLogs(commLogViewer(user, projectId));
    const row = ctx.db.select().from(commLogs).where(and(eq(commLogs.projectId, projectId), eq(commLogs.id, id), ...(scope ? [scope] : []))).get();
    if (!row) throw new ApiError('API_NOT_FOUND', { what: '沟通记录', whatEn: 'Communication log' });
    recordEvent(ctx, { projectId, type: 'commLog.unmasked', actorId: user.id, data: { logId: id, field } });
    return { field, value: field === 'customerName' ? row.customerName : row.text };
  },
};

function ingestOne(ctx: AppContext, user: AuthUser, projectId: string, log: CommLogInput, source: 'crmPush' | 'import', setup: ReturnType<typeof sentimentSetup>, byRole: Record<string, string[]>): IngestItem {
  const existing = ctx.db.select().from(commLogs).where(and(eq(commLogs.projectId, projectId), eq(commLogs.externalId, log.externalId))).get();
  if (existing) {
    const v = view(existing);
    return { externalId: log.externalId, status: 'duplicate', id: existing.id, score: v.score, terms: v.terms, termWeights: v.termWeights, windowIndex: v.windowIndex, alerts: v.alerts };
  }
  const history = ctx.db.select({ text: commLogs.text, at: commLogs.at, from: commLogs.fromParty }).from(commLogs)
    .where(and(eq(commLogs.projectId, projectId), eq(commLogs.customerId, log.customerId), gte(commLogs.at, log.at - WINDOW_MS), lte(commLogs.at, log.at))).all();
  const analysis = analyseMessage(setup.dictionary, log, history);
  const now = ctx.clock.now();
  const id = newId('cml');
  const record: Record<string, unknown> = {
    customerId: log.customerId, customerName: log.customerName ?? log.customerId, consultant: log.consultant ?? undefined, at: new Date(log.at).toISOString(),
    channel: log.channel ?? undefined, from: log.from, text: log.text, source, sentimentScore: analysis.score, sentimentTerms: analysis.terms.join('、'),
  };
  const alerts: StoredAlert[] = [];
  rulesFor(setup.rules, record, now, analysis).forEach(({ rule, action }, i) => {
    const dedupeKey = `commlog:${projectId}:${log.externalId}:${rule.key}:${i}`;
    switch (action.kind) {
      case 'notify': {
        const users = resolve(action.to, byRole, log);
        outboxRepo.insert(ctx.db, { id: newId('obx'), projectId, kind: 'notify', dedupeKey, payload: { to: { users, robots: action.robots ?? [] }, message: action.message, ...personalNotice(action.notice, log) }, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now });
        alerts.push({ ruleKey: rule.key, level: null, users, terms: analysis.terms, index: analysis.index });
        return;
      }
      case 'alert':
        outboxRepo.insert(ctx.db, { id: newId('obx'), projectId, kind: 'alert', dedupeKey, payload: { level: action.level, message: action.message, customerId: log.customerId, ...personalNotice(action.notice, log) }, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now });
        alerts.push({ ruleKey: rule.key, level: action.level, users: byRole.siteManager ?? [], terms: analysis.terms, index: analysis.index });
        return;
      case 'createTask':
      case 'startFlow':
      case 'setFields':
        // Communication logs are not flow records; these rule actions do not apply to them.
        return;
      default: {
        const never: never = action;
        throw new Error(`unknown rule action ${String(never)}`);
      }
    }
  });
  ctx.db.insert(commLogs).values({
    id, projectId, externalId: log.externalId, customerId: log.customerId, customerName: log.customerName, consultant: log.consultant, channel: log.channel,
    fromParty: log.from, text: log.text, at: log.at, source, score: analysis.score,
    hits: analysis.hits.map((h) => ({ term: h.term, matched: h.matched, weight: h.weight, negated: h.negated, ...(h.category ? { category: h.category } : {}) })),
    windowIndex: analysis.index, alerts, createdBy: user.id, createdAt: now,
  }).run();
  return { externalId: log.externalId, status: 'inserted', id, score: analysis.score, terms: analysis.terms, termWeights: analysis.termWeights, windowIndex: analysis.index, alerts };
}

/**
 * The notice of a message's notification, its customer name marked personal so that readers who do
 * not own the log (and robots) get it masked, with the log's consultant as owner. Pure.
 */
function personalNotice(notice: Notice, log: CommLogInput): { notice: Notice; owners: string[] } {
  return { notice: { ...notice, personal: { customerName: 'name' } }, owners: log.consultant ? [log.consultant] : [] };
}

function resolve(to: readonly AssigneeRule[], byRole: Record<string, string[]>, log: CommLogInput): string[] {
  const out = new Set<string>();
  for (const rule of to) {
    switch (rule.kind) {
      case 'role': for (const u of byRole[rule.role] ?? []) out.add(u); break;
      case 'users': for (const u of rule.userIds) out.add(u); break;
      case 'regionalDirector': for (const u of byRole.regionalDirector ?? []) out.add(u); break;
      case 'expression': if (rule.expr === 'record.consultant' && log.consultant) out.add(log.consultant); break;
      case 'initiator': break;
      default: {
        const never: never = rule;
        throw new Error(`unknown assignee rule ${String(never)}`);
      }
    }
  }
  return [...out];
}
