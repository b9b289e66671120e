import { evaluateSource, type AssigneeRule, type Directory, type Message, type Notice, type ResolvedRuleAction, type Rule } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { recordsRepo } from '../repos/records-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { newId } from '../db/ids.js';
import { versionConflict } from '../http/api-error.js';
import { recordEvent } from '../services/audit.js';
import { publishedForm, requireValidData } from '../services/form-versions.js';
import { recordSearchText } from '../services/record-view.js';
import { engineService } from '../engine/engine-service.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { ruleText } from './messages.js';
import { ensureTaskFlow, taskFlowDefinition } from './task-flow.js';
import type { FiredAction } from './schema.js';

/** Who is told of an alert, by level (一级预警 → 案场经理 and 销售主管, as seed 000 has the site manager organise the response). */
export const ALERT_ROLES = {
  level1: ['siteManager', 'salesSupervisor'],
  level2: ['salesSupervisor'],
  level3: ['salesSupervisor'],
} as const satisfies Record<string, readonly string[]>;

/** Everything an action needs: where it runs, for which record, as whom, and the firing's id (dedupe prefix). */
export interface ActionScope {
  readonly ctx: AppContext;
  readonly projectId: string;
  readonly ruleKey: string;
  /** The rule as published (unfilled templates). */
  readonly rule: Rule;
  readonly firingId: string;
  /** The record the rule ran on (re-read before each action), or null for record-less rules. */
  readonly recordId: string | null;
  readonly actor: AuthUser;
  readonly directory: Directory;
}

/** Returns the user ids an assignee list names (roles through the project directory). Pure. */
export function resolveUsers(to: readonly AssigneeRule[], directory: Directory, data: Record<string, unknown>, actorId: string): string[] {
  const out = new Set<string>();
  for (const r of to) {
    switch (r.kind) {
      case 'role': for (const u of directory.roles[r.role] ?? []) out.add(u); break;
      case 'users': for (const u of r.userIds) out.add(u); break;
      case 'expression': {
        const v = evaluateSource(r.expr, { ...data, record: data });
        for (const u of Array.isArray(v) ? v : [v]) if (typeof u === 'string' && u !== '') out.add(u);
        break;
      }
      case 'initiator': out.add(actorId); break;
      case 'regionalDirector': if (directory.regionalDirector) out.add(directory.regionalDirector); break;
      default: {
        const never: never = r;
        throw new Error(`unknown assignee rule ${JSON.stringify(never)}`);
      }
    }
  }
  const active = directory.activeUsers ? new Set(directory.activeUsers) : null;
  return [...out].filter((u) => !active || active.has(u) || to.some((r) => r.kind === 'users'));
}

/**
 * Carries out one resolved rule action inside the caller's transaction and returns what it did,
 * with its dedupe key `rule:<firing>:<index>`: start a flow (engine service), create a task (a
 * one-task flow on the record), notify (outbox → in-app notifications and robots), set fields
 * (validated record patch, version bumped, audited), raise an alert (outbox notification to the
 * level's roles + audit event). Throws on failure (the caller's savepoint rolls the firing back).
 */
export function runAction(scope: ActionScope, action: ResolvedRuleAction, index: number): FiredAction {
  const { ctx, projectId, firingId } = scope;
  const dedupeKey = `rule:${firingId}:${index}`;
  const record = scope.recordId ? recordsRepo.findById(ctx.db, scope.recordId) ?? null : null;
  switch (action.kind) {
    case 'setFields': {
      if (!record) return { kind: 'setFields', dedupeKey, fields: [] };
      const fields = Object.keys(action.values).filter((k) => JSON.stringify(record.data[k]) !== JSON.stringify(action.values[k]));
      if (fields.length === 0) return { kind: 'setFields', dedupeKey, fields };
      const form = publishedForm(ctx, projectId, record.formKey, record.formVersion);
      // Rules are the system: they may set read-only fields (风险指数, 预警等级), so the merged data is also
      // `previous` (read-only fields keep it); types, options and required fields are still checked.
      const merged = { ...record.data, ...action.values };
      const data = requireValidData(form, merged, { previous: merged });
      if (!recordsRepo.update(ctx.db, record.id, record.version, { data, searchText: recordSearchText(form, data), updatedAt: ctx.clock.now() })) throw versionConflict(record.version);
      recordEvent(ctx, { projectId, recordId: record.id, type: 'record.updated', actorId: null, data: { fields, ruleKey: scope.ruleKey, firingId } });
      return { kind: 'setFields', dedupeKey, recordId: record.id, fields };
    }
    case 'startFlow': {
      const flow = publishedFlow(ctx, projectId, action.flowKey);
      const data = Object.fromEntries(Object.entries(action.data).filter(([, v]) => v !== undefined && v !== null && v !== ''));
      const onRecord = record && flow.formKey === record.formKey && Object.keys(data).length === 0;
      const started = engineService.start(ctx, scope.actor, projectId, onRecord ? { flowKey: flow.key, recordId: record.id } : { flowKey: flow.key, data });
      return { kind: 'startFlow', dedupeKey, instanceId: started.instanceId, recordId: started.recordId };
    }
    case 'createTask': {
      if (!record) throw new Error(ruleText('taskNeedsRecord', { rule: scope.ruleKey }).en);
      // The flow carries the rule's own (unfilled) title: one flow version per rule action, not per record.
      const raw = scope.rule.actions[index];
      const flow = taskFlowDefinition(scope.ruleKey, index, record.formKey, raw?.kind === 'createTask' ? raw : action);
      ensureTaskFlow(ctx, projectId, flow, scope.actor.id);
      const started = engineService.start(ctx, scope.actor, projectId, { flowKey: flow.key, recordId: record.id });
      return { kind: 'createTask', dedupeKey, instanceId: started.instanceId, recordId: record.id };
    }
    case 'notify': {
      const users = resolveUsers(action.to, scope.directory, record?.data ?? {}, scope.actor.id);
      enqueueNotify(scope, dedupeKey, users, action.robots ?? [], action.message, action.notice);
      return { kind: 'notify', dedupeKey, users };
    }
    case 'alert': {
      const users = resolveUsers(ALERT_ROLES[action.level].map((role) => ({ kind: 'role' as const, role })), scope.directory, {}, scope.actor.id);
      const label = ruleText(action.level);
      const signals = action.risk?.fired ?? [];
      const zhList = ruleText('signalsLine', { list: signals.map((s) => s.label.zh).join('、') }).zh;
      const enList = ruleText('signalsLine', { list: signals.map((s) => s.label.en).join('; ') }).en;
      // The level goes in front unless the rule's own text already names it (一级预警：…).
      const named = action.message.zh.includes(label.zh);
      const message: Message = {
        zh: `${named ? '' : `【${label.zh}】`}${action.message.zh}${signals.length ? `\n${zhList}` : ''}`,
        en: `${named ? '' : `[${label.en}] `}${action.message.en}${signals.length ? `\n${enList}` : ''}`,
      };
      // The same text still to fill, so each reader sees the customer as they may (clear or masked).
      const { title, body } = action.notice;
      const signalsLine = signals.length ? { zh: zhList, en: enList } : undefined;
      const notice: Notice = {
        title: { zh: `${named ? '' : `【${label.zh}】`}${title.zh}`, en: `${named ? '' : `[${label.en}] `}${title.en || title.zh}` },
        ...(body || signalsLine ? { body: joinLines(body, signalsLine) } : {}),
        values: action.notice.values,
      };
      enqueueNotify(scope, dedupeKey, users, [], message, notice);
      recordEvent(ctx, {
        projectId, ...(record ? { recordId: record.id } : {}), type: 'rule.alert', actorId: null,
        data: { ruleKey: scope.ruleKey, firingId, level: action.level, index: action.risk?.index ?? null, signals: signals.map((s) => s.key), users },
      });
      return { kind: 'alert', dedupeKey, users, level: action.level };
    }
    default: {
      const never: never = action;
      throw new Error(`unknown rule action ${JSON.stringify(never)}`);
    }
  }
}

/** Returns two optional texts on separate lines (English falls back to Chinese). Pure. */
function joinLines(a: Message | undefined, b: Message | undefined): Message {
  const zh = [a?.zh, b?.zh].filter((t) => t !== undefined);
  const en = [a ? a.en || a.zh : undefined, b ? b.en || b.zh : undefined].filter((t) => t !== undefined);
  return { zh: zh.join('\n'), en: en.join('\n') };
}

/**
 * Queues an in-app notification (and robot messages) exactly as flow effects do: one outbox row per
 * action, with the notice the dispatcher fills per recipient (`message` is it filled in clear).
 */
function enqueueNotify(scope: ActionScope, dedupeKey: string, users: readonly string[], robots: readonly string[], message: Message, notice: Notice): void {
  if (users.length === 0 && robots.length === 0) return;
  const now = scope.ctx.clock.now();
  outboxRepo.insert(scope.ctx.db, {
    id: newId('obx'), projectId: scope.projectId, kind: 'notify', dedupeKey,
    payload: { id: dedupeKey, reason: 'rule', to: { users: [...users], ...(robots.length ? { robots: [...robots] } : {}) }, message, notice, recordId: scope.recordId, ruleKey: scope.ruleKey },
    status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
  });
}
