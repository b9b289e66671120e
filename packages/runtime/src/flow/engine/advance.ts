import { addDuration, toInstant } from '../../calendar/business-calendar.js';
import { evaluateCondition } from '../../expr/index.js';
import { SiteflowError } from '../../errors/siteflow-error.js';
import { formatMessage } from '../../i18n/catalogue.js';
import { nodeLabel, orderedBranches } from '../graph.js';
import type { Token } from '../instance-types.js';
import type { FlowEdge, FlowNode } from '../types.js';
import { runSteps } from './actions.js';
import { expressionScope } from './assignees.js';
import { addTimer, openTask } from './tasks.js';
import { effect, emit, finish, notify, type Work } from './work.js';
import { evaluateValues } from './values.js';

/** Automatic steps one command may take before we call it a loop. */
const STEP_LIMIT = 10_000;

/** Moves a token along `edge` (queued; `drain` processes it). */
export function follow(work: Work, token: Token, edge: FlowEdge): void {
  const { wait: _w, step: _s, effectId: _e, ...rest } = token;
  work.queue.push({ ...rest, nodeId: edge.target });
}

/** Moves a token along the single normal (non-rejection) outgoing edge of its node. */
export function followNext(work: Work, token: Token): void {
  const edge = (work.graph.outgoing.get(token.nodeId) ?? []).find((e) => e.on !== 'rejected');
  if (!edge) throw new SiteflowError('FLOW_NO_BRANCH', { node: nodeLabel(work.graph.nodes.get(token.nodeId), token.nodeId) });
  follow(work, token, edge);
}

/** Processes queued tokens until every one rests (task, timer, join, awaited effect) or the instance ends. */
export function drain(work: Work): void {
  while (work.queue.length > 0 && work.state.status === 'running') {
    const token = work.queue.shift() as Token;
    if (++work.steps > STEP_LIMIT) throw new SiteflowError('FLOW_LOOP_LIMIT', { node: token.nodeId });
    const node = work.graph.nodes.get(token.nodeId);
    if (!node) throw new SiteflowError('FLOW_NO_BRANCH', { node: token.nodeId });
    enter(work, node, token);
  }
}

function enter(work: Work, node: FlowNode, token: Token): void {
  switch (node.kind) {
    case 'start':
      followNext(work, token);
      return;
    case 'task':
      openTask(work, node, token);
      return;
    case 'condition': {
      const scope = expressionScope(work);
      const env = { now: work.ctx.now, calendar: work.ctx.calendar };
      const branches = orderedBranches(work.graph, node.id);
      const chosen = branches.find((e) => !e.default && e.condition && evaluateCondition(e.condition, scope, env))
        ?? branches.find((e) => e.default);
      if (!chosen) throw new SiteflowError('FLOW_NO_BRANCH', { node: nodeLabel(node) });
      follow(work, token, chosen);
      return;
    }
    case 'parallelSplit': {
      const group = work.ctx.ids.next('fork');
      const floors = [...(token.floors ?? []), token.floor ?? 0];
      for (const edge of work.graph.outgoing.get(node.id) ?? []) {
        work.queue.push({
          id: work.ctx.ids.next('tok'), nodeId: edge.target, forks: [...token.forks, group],
          trail: [...token.trail], floor: token.trail.length, floors,
        });
      }
      return;
    }
    case 'parallelJoin':
      join(work, node, token);
      return;
    case 'action':
      runSteps(work, node, token, 0);
      return;
    case 'timer': {
      const { calendar, now } = work.ctx;
      let at: number;
      if ('duration' in node.wait) {
        at = addDuration(calendar, now, node.wait.duration);
      } else {
        const base = toInstant(calendar, work.record[node.wait.untilField]);
        // A missing date does not block the case: the timer fires at once and the timeline shows it.
        at = base === null ? now : node.wait.offset ? addDuration(calendar, base, node.wait.offset) : base;
      }
      work.tokens.push({ ...token, wait: 'timer' });
      addTimer(work, { at: Math.max(at, now), kind: 'wait', tokenId: token.id });
      emit(work, { type: 'nodeEntered', nodeId: node.id });
      return;
    }
    case 'subflow': {
      const data = evaluateValues(work, node.data ?? {});
      const effectId = effect(work, { kind: 'startFlow', flowKey: node.flowKey, data, awaitResult: node.wait, nodeId: node.id });
      emit(work, { type: 'effectRequested', nodeId: node.id, action: 'startFlow' });
      if (node.wait) work.tokens.push({ ...token, wait: 'effect', effectId });
      else followNext(work, token);
      return;
    }
    case 'end': {
      const outcome = node.outcome?.key;
      finish(work, 'completed', outcome);
      emit(work, { type: 'completed', nodeId: node.id, ...(outcome ? { outcome } : {}) });
      const label = node.outcome?.label ?? node.name;
      notify(work, [work.state.initiator], 'finished', {
        zh: formatMessage('FLOW_NOTIFY_FINISHED', { outcome: label.zh }).zh,
        en: formatMessage('FLOW_NOTIFY_FINISHED', { outcome: label.en || label.zh }).en,
      });
      return;
    }
    default: {
      const never: never = node;
      throw new Error(`unhandled node ${JSON.stringify(never)}`);
    }
  }
}

/** Rests the token at the join; when every live token of its parallel group is here, merges them and moves on. */
function join(work: Work, node: FlowNode, token: Token): void {
  const group = token.forks[token.forks.length - 1];
  if (group === undefined) { followNext(work, token); return; }
  work.tokens.push({ ...token, wait: 'join' });
  const live = [...work.tokens, ...work.queue].filter((t) => t.forks.includes(group));
  const arrived = live.every((t) => t.nodeId === node.id && t.wait === 'join' && t.forks[t.forks.length - 1] === group);
  if (!arrived) return;
  work.tokens = work.tokens.filter((t) => !live.includes(t));
  emit(work, { type: 'nodeEntered', nodeId: node.id, action: 'joined' });
  // The merged token continues the path from before the split (so a later 退回 can reach it).
  const floors = token.floors ?? [];
  const floor = floors[floors.length - 1] ?? 0;
  const merged: Token = {
    id: work.ctx.ids.next('tok'), nodeId: node.id, forks: token.forks.slice(0, -1), trail: token.trail.slice(0, token.floor ?? 0),
    ...(floor > 0 ? { floor } : {}), ...(floors.length > 1 ? { floors: floors.slice(0, -1) } : {}),
  };
  followNext(work, merged);
}
