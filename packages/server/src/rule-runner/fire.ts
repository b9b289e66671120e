import { evaluateRule, type Directory, type EpochMs, type Rule, type RuleEvent } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { loadAccess } from '../auth/access.js';
import { usersRepo } from '../repos/users-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { newId } from '../db/ids.js';
import { ApiError } from '../http/api-error.js';
import { recordEvent } from '../services/audit.js';
import { projectCalendar } from '../engine/directory.js';
import { computeSignals } from './signals.js';
import { runAction } from './actions.js';
import { firingsRepo } from './firings-repo.js';
import type { FiredAction } from './schema.js';
import type { StoredRule } from './rules-store.js';

/** The outcome of one rule for one subject: fired (with what it did), already fired in this window, or failed (rolled back). */
export interface FiringResult {
  readonly projectId: string;
  readonly ruleKey: string;
  readonly subjectId: string;
  readonly status: 'fired' | 'duplicate' | 'failed';
  readonly firingId?: string;
  readonly actions: readonly FiredAction[];
  /** Fields the firing changed on the record (a `recordChanged` cascade follows). */
  readonly changedFields: readonly string[];
  readonly error?: string;
}

/** Most rule firings that may be nested inside one another (a firing's action creating a record whose rules fire). */
export const MAX_NESTING = 4;
// Firings run synchronously inside one transaction, so a module counter is the call-stack depth.
let nesting = 0;

/** One rule to try on one subject. */
export interface FireInput {
  readonly ctx: AppContext;
  readonly projectId: string;
  readonly stored: StoredRule;
  /** The record the rule runs on (re-read here), or null for a record-less scheduled rule. */
  readonly recordId: string | null;
  readonly event: (record: Record<string, unknown>) => RuleEvent;
  readonly windowKey: string;
  /** Business time the rule is evaluated at (a catch-up occurrence may be earlier than the clock). */
  readonly at: EpochMs;
  readonly actor: AuthUser;
  readonly directory: Directory;
}

/** Returns an AuthUser for the first of `candidates` that still belongs to the project, or null. Reads the database. */
export function actorFor(ctx: AppContext, projectId: string, candidates: readonly (string | null | undefined)[]): AuthUser | null {
  for (const id of candidates) {
    if (!id) continue;
    const row = usersRepo.findById(ctx.db, id);
    if (!row || (row as { disabled?: boolean }).disabled) continue;
    const access = loadAccess(ctx.db, row.id, row.organisationId);
    if (!access.projects.has(projectId)) continue;
    return { id: row.id, username: row.username, displayName: row.displayName, organisationId: row.organisationId, access, via: 'token' };
  }
  return null;
}

/**
 * Evaluates one rule for one subject and, when it fires, claims the firing (unique per rule,
 * subject and window) and carries out its actions in one savepoint of the caller's transaction
 * (its own transaction when none is open); audits `rule.fired`. A failing action rolls the whole
 * firing back and is audited as `rule.failed`; the caller's write stands. Returns null when the
 * rule did not fire. Writes the database.
 */
export function fireRule(input: FireInput): FiringResult | null {
  const { ctx, projectId, stored } = input;
  const rule: Rule = stored.rule;
  const subjectId = input.recordId ?? 'project';
  const record = input.recordId ? recordsRepo.findById(ctx.db, input.recordId) ?? null : null;
  if (input.recordId && !record) return null;
  const calendar = projectCalendar(ctx, projectId);
  const computed = computeSignals(ctx, projectId, rule, record, calendar, input.at);
  const actions = evaluateRule(rule, input.event(computed.data), { now: input.at, calendar, signals: computed.signals });
  if (actions.length === 0) return null;
  const firingId = newId('rfr');
  // A rule's action may create a record whose own rules fire (startFlow with data): bound the chain.
  if (nesting >= MAX_NESTING) {
    ctx.logger.warn({ projectId, ruleKey: rule.key, subjectId }, 'rule firing skipped: nested too deep');
    recordEvent(ctx, { projectId, ...(input.recordId ? { recordId: input.recordId } : {}), type: 'rule.failed', actorId: null, data: { ruleKey: rule.key, ruleVersion: stored.version, window: input.windowKey, error: `nested rule firings deeper than ${MAX_NESTING}` } });
    return { projectId, ruleKey: rule.key, subjectId, status: 'failed', actions: [], changedFields: [], error: 'nested too deep' };
  }
  nesting += 1;
  try {
    return ctx.sqlite.transaction((): FiringResult => {
      const claimed = firingsRepo.claim(ctx.db, {
        id: firingId, projectId, ruleKey: rule.key, ruleVersion: stored.version, subjectId, windowKey: input.windowKey,
        trigger: rule.trigger.kind, actorId: input.actor.id, actions: [], firedAt: ctx.clock.now(),
      });
      if (!claimed) return { projectId, ruleKey: rule.key, subjectId, status: 'duplicate', actions: [], changedFields: [] };
      const scope = { ctx, projectId, ruleKey: rule.key, rule, firingId, recordId: input.recordId, actor: input.actor, directory: input.directory };
      const done = actions.map((a, i) => runAction(scope, a, i));
      firingsRepo.setActions(ctx.db, firingId, done);
      const changedFields = [...new Set(done.flatMap((d) => (d.kind === 'setFields' ? d.fields ?? [] : [])))];
      recordEvent(ctx, {
        projectId, ...(input.recordId ? { recordId: input.recordId } : {}), type: 'rule.fired', actorId: null,
        data: { ruleKey: rule.key, ruleVersion: stored.version, firingId, trigger: rule.trigger.kind, window: input.windowKey, actions: done.map((d) => ({ kind: d.kind, dedupeKey: d.dedupeKey, instanceId: d.instanceId ?? null, level: d.level ?? null })) },
      });
      return { projectId, ruleKey: rule.key, subjectId, status: 'fired', firingId, actions: done, changedFields };
    })();
  } catch (err) {
    const issues = err instanceof ApiError && err.issues ? ` ${JSON.stringify(Array.isArray(err.issues) ? err.issues.map((i) => [i.path, i.code]) : Object.entries(err.issues).map(([path, list]) => [path, (list as readonly { code: string }[]).map((i) => i.code)]))}` : '';
    const message = `${err instanceof Error ? err.message : String(err)}${issues}`;
    ctx.logger.warn({ err, projectId, ruleKey: rule.key, subjectId }, 'rule firing failed');
    recordEvent(ctx, { projectId, ...(input.recordId ? { recordId: input.recordId } : {}), type: 'rule.failed', actorId: null, data: { ruleKey: rule.key, ruleVersion: stored.version, window: input.windowKey, error: message.slice(0, 300) } });
    return { projectId, ruleKey: rule.key, subjectId, status: 'failed', actions: [], changedFields: [], error: message };
  } finally {
    nesting -= 1;
  }
}
