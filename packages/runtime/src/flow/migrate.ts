import { issue, SiteflowError, type Issue } from '../errors/siteflow-error.js';
import type { ErrorCode } from '../i18n/catalogue.js';
import { instanceStatusLabels, migrateLabel } from '../i18n/messages/flow.js';
import type { DecideContext, Decision, InstanceState, Token } from './instance-types.js';
import type { FlowDefinition } from './types.js';
import { beginWork, emit, endWork, nodeMessage } from './engine/work.js';

/**
 * Returns why a running case on `from` cannot move to `to`, another published version of the same
 * flow: empty when it can. A case moves when every place it waits exists in `to` as the same kind
 * of step (a step renamed, re-permissioned, re-timed or with steps added or removed elsewhere is
 * fine); it stays when a step it waits on is gone or changed kind, when it is inside a parallel
 * section (its branches are tied to `from`'s split), or while an automatic action is running.
 * Each problem names the step in both languages. Pure.
 */
export function migrationProblems(from: FlowDefinition, to: FlowDefinition, state: InstanceState): Issue[] {
  if (from.key !== to.key || (from.version ?? 0) === (to.version ?? 0) || state.flowVersion !== (from.version ?? 0)) {
    return [issue('FLOW_MIGRATE_VERSIONS', { from: state.flowVersion, to: to.version ?? 0 })];
  }
  if (state.status !== 'running') {
    const label = instanceStatusLabels[state.status];
    return [issue('FLOW_INSTANCE_CLOSED', { status: label.zh, statusEn: label.en.toLowerCase(), command: migrateLabel })];
  }
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  const problems: Issue[] = [];
  const seen = new Set<string>();
  const add = (code: ErrorCode, nodeId: string) => {
    if (seen.has(`${code}:${nodeId}`)) return;
    seen.add(`${code}:${nodeId}`);
    problems.push({ code, message: nodeMessage(code, before.get(nodeId), { version: to.version ?? 0 }), nodeId });
  };
  for (const token of state.tokens) {
    const old = before.get(token.nodeId);
    const next = after.get(token.nodeId);
    if (!next) add('FLOW_MIGRATE_STEP_GONE', token.nodeId);
    else if (next.kind !== old?.kind) add('FLOW_MIGRATE_STEP_CHANGED', token.nodeId);
    if (token.forks.length > 0) add('FLOW_MIGRATE_IN_PARALLEL', token.nodeId);
    if (token.wait === 'effect' && old?.kind === 'action') add('FLOW_MIGRATE_ACTION_RUNNING', token.nodeId);
  }
  return problems;
}

/**
 * Moves a running case from `from` to `to` (see migrationProblems; throws FLOW_MIGRATE_REFUSED
 * with the problems as issues when it cannot). Its open steps keep their people, deadlines,
 * reminders and escalation level, and the case keeps its 72-hour clock; from then on the case
 * follows `to`: its links, field permissions, time limits of the next steps, and names. A 退回
 * can still reach the steps passed that `to` still has. The timeline records the move
 * (`migrated`, from and to the versions). Pure.
 */
export function migrate(from: FlowDefinition, to: FlowDefinition, state: InstanceState, ctx: DecideContext): Decision {
  const problems = migrationProblems(from, to, state);
  if (problems.length > 0) throw new SiteflowError('FLOW_MIGRATE_REFUSED', { count: problems.length, version: to.version ?? 0 }, problems);
  const taskNodes = new Set(to.nodes.filter((n) => n.kind === 'task').map((n) => n.id));
  const work = beginWork(to, { ...state, flowVersion: to.version ?? 0 }, ctx);
  work.tokens = work.tokens.map((token): Token => ({ ...token, trail: token.trail.filter((id) => taskNodes.has(id)) }));
  emit(work, { type: 'migrated', ...(ctx.actor ? { by: ctx.actor.userId } : {}), from: state.flowVersion, to: to.version ?? 0 });
  return endWork(work);
}
