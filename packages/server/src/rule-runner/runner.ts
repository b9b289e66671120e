import { localDateKey, nextScheduleAt, type EpochMs, type Rule, type RuleEvent } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole } from '../auth/access.js';
import { designerRoles } from '../auth/roles.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { ApiError, apiIssue, notFound } from '../http/api-error.js';
import { projectCalendar, projectDirectory } from '../engine/directory.js';
import { actorFor, fireRule, type FiringResult } from './fire.js';
import { firingsRepo, ruleSourcesRepo } from './firings-repo.js';
import { publishedRule, publishedRules, type StoredRule } from './rules-store.js';

/** How deep rule-made field changes may trigger further `recordChanged` rules. */
export const MAX_CASCADE = 3;
/** Most missed occurrences a record-less scheduled rule catches up (one per occurrence, newest kept). */
export const MAX_CATCH_UP = 31;
const PAGE = 200;

/**
 * What a scheduled rule does about occurrences missed while the server was down: `each` fires
 * every missed occurrence once (record-less rules such as the daily patrol: one checklist per
 * day, dated that day); `latest` fires only the newest (record rules recompute state such as
 * working days without a reply, so older runs would only repeat it).
 */
export const CatchUpPolicy = { each: 'each', latest: 'latest' } as const;
export type CatchUpPolicy = (typeof CatchUpPolicy)[keyof typeof CatchUpPolicy];

/** Returns a scheduled rule's catch-up policy. Pure. */
export function catchUpPolicy(rule: Rule): CatchUpPolicy {
  return rule.formKey ? CatchUpPolicy.latest : CatchUpPolicy.each;
}

/** A record as the hooks receive it (a `records` row or the fields that matter). */
export interface RecordSnapshot {
  readonly id: string;
  readonly formKey: string;
  readonly data: Record<string, unknown>;
}

/** Options of a hook call: the caller's transactional context and who made the write. */
export interface HookOptions {
  /** The context whose connection holds the caller's open transaction (default: the runner's). */
  readonly ctx?: AppContext;
  /** The user whose write triggered the rules: rule actions act on their behalf. */
  readonly actorId?: string;
  /** Internal: cascade depth of rule-made changes. */
  readonly depth?: number;
}

/** What the runner needs. */
export interface RuleRunnerDeps {
  readonly ctx: AppContext;
}

/** Summary of one `runDue` pass. */
export interface DueResult {
  readonly occurrences: number;
  readonly firings: readonly FiringResult[];
}

/**
 * Returns the rule execution service of a server: record hooks (created / changed, to call
 * inside the writing transaction), the schedule pass (`runDue`, from the scheduler loop) and
 * manual runs.
 */
export function createRuleRunner(deps: RuleRunnerDeps) {
  const matching = (ctx: AppContext, projectId: string, kind: Rule['trigger']['kind'], formKey: string | null) =>
    publishedRules(ctx, projectId)
      .filter((s) => s.rule.enabled !== false && s.rule.trigger.kind === kind && (formKey === null ? !s.rule.formKey : !s.rule.formKey || s.rule.formKey === formKey))
      .sort((a, b) => a.rule.key.localeCompare(b.rule.key));

  const projectOf = (ctx: AppContext, projectId: string) => {
    const project = tenancyRepo.findProject(ctx.db, projectId);
    if (!project) throw notFound('project');
    return project;
  };

  const recordActor = (ctx: AppContext, projectId: string, stored: StoredRule, recordId: string | null, actorId?: string): AuthUser | null => {
    const row = recordId ? recordsRepo.findById(ctx.db, recordId) : undefined;
    return actorFor(ctx, projectId, [actorId, row?.ownerId, row?.createdBy, stored.publishedBy]);
  };

  function afterChanges(ctx: AppContext, projectId: string, before: RecordSnapshot, results: readonly FiringResult[], opts: HookOptions): FiringResult[] {
    const fields = [...new Set(results.flatMap((r) => r.changedFields))];
    if (fields.length === 0 || (opts.depth ?? 0) >= MAX_CASCADE) return [];
    const after = recordsRepo.findById(ctx.db, before.id);
    if (!after) return [];
    return runner.onRecordChanged(projectId, before, after, fields, { ...opts, ctx, depth: (opts.depth ?? 0) + 1 });
  }

  const runner = {
    /**
     * Runs the project's `recordCreated` rules for a new record (call right after inserting it, in
     * the same transaction: pass that context as `opts.ctx`). Each rule fires once per record.
     * Returns every firing (cascaded `recordChanged` firings included). Writes the database.
     */
    onRecordCreated(projectId: string, record: RecordSnapshot, opts: HookOptions = {}): FiringResult[] {
      const ctx = opts.ctx ?? deps.ctx;
      const now = ctx.clock.now();
      const directory = projectDirectory(ctx, projectOf(ctx, projectId));
      const results: FiringResult[] = [];
      for (const stored of matching(ctx, projectId, 'recordCreated', record.formKey)) {
        const actor = recordActor(ctx, projectId, stored, record.id, opts.actorId);
        if (!actor) continue;
        const r = fireRule({ ctx, projectId, stored, recordId: record.id, event: (data) => ({ kind: 'recordCreated', record: data }), windowKey: 'created', at: now, actor, directory });
        if (r) results.push(r);
      }
      return [...results, ...afterChanges(ctx, projectId, record, results, opts)];
    },

    /**
     * Runs the project's `recordChanged` rules whose field filter meets `changedFields` (call after
     * the patch, in the same transaction). A rule fires at most once per record per local business
     * day, so saving the same change twice (or a retry) does not act twice. Writes the database.
     */
    onRecordChanged(projectId: string, before: RecordSnapshot, after: RecordSnapshot, changedFields: readonly string[], opts: HookOptions = {}): FiringResult[] {
      const ctx = opts.ctx ?? deps.ctx;
      if (changedFields.length === 0) return [];
      const touched = (f: string) => changedFields.includes(f) || changedFields.includes(f.split('.')[0] ?? '');
      const candidates = matching(ctx, projectId, 'recordChanged', after.formKey).filter((stored) => {
        const t = stored.rule.trigger;
        return !(t.kind === 'recordChanged' && t.fields && t.fields.length > 0 && !t.fields.some(touched));
      });
      // Every flow step that writes fields calls this hook: without a rule to run, read nothing more.
      if (candidates.length === 0) return [];
      const now = ctx.clock.now();
      const directory = projectDirectory(ctx, projectOf(ctx, projectId));
      const window = `changed:${localDateKey(projectCalendar(ctx, projectId), now)}`;
      const results: FiringResult[] = [];
      for (const stored of candidates) {
        const actor = recordActor(ctx, projectId, stored, after.id, opts.actorId);
        if (!actor) continue;
        const r = fireRule({ ctx, projectId, stored, recordId: after.id, event: (data) => ({ kind: 'recordChanged', previous: before.data, record: data }), windowKey: window, at: now, actor, directory });
        if (r) results.push(r);
      }
      return [...results, ...afterChanges(ctx, projectId, after, results, opts)];
    },

    /**
     * Runs every scheduled rule occurrence due at `now` (cron read in the project calendar's local
     * time, working days only when the rule says so), catching up after downtime per
     * `catchUpPolicy` without firing any occurrence twice (firing key = rule, subject, occurrence).
     * Each firing is its own transaction. Writes the database.
     */
    runDue(now: EpochMs = deps.ctx.clock.now()): DueResult {
      const ctx = deps.ctx;
      let occurrences = 0;
      const firings: FiringResult[] = [];
      for (const projectId of ruleSourcesRepo.projectsWithRules(ctx.db)) {
        const project = tenancyRepo.findProject(ctx.db, projectId);
        if (!project) continue;
        const calendar = projectCalendar(ctx, projectId);
        const directory = projectDirectory(ctx, project);
        const scheduled = publishedRules(ctx, projectId).filter((s) => s.rule.enabled !== false && s.rule.trigger.kind === 'schedule').sort((a, b) => a.rule.key.localeCompare(b.rule.key));
        for (const stored of scheduled) {
          const t = stored.rule.trigger;
          if (t.kind !== 'schedule') continue;
          const row = firingsRepo.schedule(ctx.db, projectId, stored.rule.key);
          const from = row && row.ruleVersion === stored.version ? row.nextAt : nextScheduleAt(t.cron, row?.lastAt ?? stored.publishedAt, calendar, t.workingDaysOnly ?? false);
          const due: EpochMs[] = [];
          let next = from ?? null;
          while (next !== null && next <= now && due.length < 1000) {
            due.push(next);
            next = nextScheduleAt(t.cron, next, calendar, t.workingDaysOnly ?? false);
          }
          const run = catchUpPolicy(stored.rule) === CatchUpPolicy.each ? due.slice(-MAX_CATCH_UP) : due.slice(-1);
          for (const at of run) {
            occurrences += 1;
            firings.push(...runOccurrence(ctx, projectId, stored, at, directory));
          }
          ctx.sqlite.transaction(() => firingsRepo.saveSchedule(ctx.db, {
            projectId, ruleKey: stored.rule.key, ruleVersion: stored.version, nextAt: next, lastAt: due.at(-1) ?? row?.lastAt ?? null, updatedAt: ctx.clock.now(),
          }))();
        }
      }
      return { occurrences, firings };
    },

    /**
     * Runs one rule now, by hand (POST /api/projects/:p/rules/:key/run): on `recordId` for rules of
     * a form, on the project for record-less ones; the rule's condition still applies. Only
     * designer roles may. Runs inside the caller's transaction. Returns the firing, or null when
     * the condition did not hold. Writes the database.
     */
    runManual(projectId: string, ruleKey: string, recordId: string | null, opts: HookOptions & { user?: AuthUser } = {}): FiringResult | null {
      const ctx = opts.ctx ?? deps.ctx;
      if (opts.user && !opts.user.access.isAdmin && !hasAnyRole(opts.user.access, projectId, designerRoles)) throw new ApiError('AUTH_FORBIDDEN');
      const project = projectOf(ctx, projectId);
      const stored = publishedRule(ctx, projectId, ruleKey);
      if (!stored) throw notFound('rule');
      const rule = stored.rule;
      if (rule.formKey && !recordId) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_REQUIRED', { field: 'recordId' }, 'recordId')]);
      const record = recordId ? recordsRepo.find(ctx.db, projectId, recordId) : undefined;
      if (recordId && !record) throw notFound('record');
      if (record && rule.formKey && record.formKey !== rule.formKey) {
        throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'recordId', detail: `form ${rule.formKey}` }, 'recordId')]);
      }
      const now = ctx.clock.now();
      const actor = actorFor(ctx, projectId, [opts.user?.id, opts.actorId, record?.ownerId, stored.publishedBy]);
      if (!actor) throw new ApiError('AUTH_FORBIDDEN');
      const event = (data: Record<string, unknown>): RuleEvent => {
        const t = rule.trigger;
        switch (t.kind) {
          case 'manual': return { kind: 'manual', record: data, by: actor.id };
          case 'schedule': return { kind: 'schedule', at: now, record: data };
          case 'recordCreated': return { kind: 'recordCreated', record: data };
          case 'recordChanged': return { kind: 'recordChanged', previous: {}, record: data };
          default: {
            const never: never = t;
            throw new Error(`unknown trigger ${JSON.stringify(never)}`);
          }
        }
      };
      const result = fireRule({ ctx, projectId, stored, recordId: record?.id ?? null, event, windowKey: `manual:${now}`, at: now, actor, directory: projectDirectory(ctx, project) });
      if (result && record) afterChanges(ctx, projectId, record, [result], opts);
      return result;
    },
  };

  /** One occurrence of a scheduled rule: the project once (record-less) or every record of its form. */
  function runOccurrence(ctx: AppContext, projectId: string, stored: StoredRule, at: EpochMs, directory: ReturnType<typeof projectDirectory>): FiringResult[] {
    const out: FiringResult[] = [];
    const windowKey = `schedule:${at}`;
    const event = (data: Record<string, unknown>): RuleEvent => ({ kind: 'schedule', at, record: data });
    if (!stored.rule.formKey) {
      const actor = actorFor(ctx, projectId, [stored.publishedBy]);
      const r = actor ? fireRule({ ctx, projectId, stored, recordId: null, event, windowKey, at, actor, directory }) : null;
      return r ? [r] : [];
    }
    for (let page = 1; ; page++) {
      const { items } = recordsRepo.query(ctx.db, { projectId, formKey: stored.rule.formKey, filters: [{ field: 'status', op: 'eq', value: 'open' }], sort: { field: 'createdAt', desc: false }, page, pageSize: PAGE });
      for (const row of items) {
        const actor = actorFor(ctx, projectId, [row.ownerId, row.createdBy, stored.publishedBy]);
        const r = actor ? fireRule({ ctx, projectId, stored, recordId: row.id, event, windowKey, at, actor, directory }) : null;
        if (!r) continue;
        out.push(r);
        out.push(...afterChanges(ctx, projectId, row, [r], {}));
      }
      if (items.length < PAGE) break;
    }
    return out;
  }

  return runner;
}

/** The rule execution service returned by `createRuleRunner`. */
export type RuleRunner = ReturnType<typeof createRuleRunner>;
