import { SiteflowError } from '../../errors/siteflow-error.js';
import type { Token } from '../instance-types.js';
import type { ActionNode, FlowNode } from '../types.js';
import { followNext } from './advance.js';
import { resolveAssignees } from './assignees.js';
import { evaluateValues, fillNotice, fillTemplate, noticeOf, patchRecord, readJsonPath } from './values.js';
import { effect, emit, finish, nodeMessage, type Work } from './work.js';

/**
 * Runs the steps of an action node from `from` in order, emitting their effects. An `http` step
 * parks the token until the server reports the result with `actionResult`; then the remaining
 * steps run and the token moves on.
 */
export function runSteps(work: Work, node: ActionNode, token: Token, from: number): void {
  for (let i = from; i < node.steps.length; i += 1) {
    const step = node.steps[i];
    if (!step) continue;
    switch (step.kind) {
      case 'setFields':
        patchRecord(work, evaluateValues(work, step.values));
        break;
      case 'notify': {
        const users = resolveAssignees(work, step.to);
        if (users.length > 0 || (step.robots ?? []).length > 0) {
          // The notice lets the server fill the text per recipient, masking personal data they may not see.
          effect(work, {
            kind: 'notify', reason: 'action', to: { users, ...(step.robots?.length ? { robots: step.robots } : {}) },
            message: fillNotice(step.template, work.record), notice: noticeOf(step.template, work.record),
          });
        }
        break;
      }
      case 'generateDocuments':
        effect(work, { kind: 'generateDocuments', packageKey: step.packageKey });
        break;
      case 'http': {
        const body = step.body ? evaluateValues(work, step.body) : undefined;
        const effectId = effect(work, {
          kind: 'http', method: step.method, url: fillTemplate(step.url, work.record), headers: { ...(step.headers ?? {}) },
          ...(body ? { body } : {}), awaitResult: true,
        });
        emit(work, { type: 'effectRequested', nodeId: node.id, action: 'http' });
        work.tokens.push({ ...token, wait: 'effect', step: i, effectId });
        return;
      }
      case 'startFlow':
        effect(work, { kind: 'startFlow', flowKey: step.flowKey, data: evaluateValues(work, step.data ?? {}), awaitResult: false, nodeId: node.id });
        break;
      default: {
        const never: never = step;
        throw new Error(`unhandled step ${JSON.stringify(never)}`);
      }
    }
  }
  followNext(work, token);
}

/**
 * Continues the token waiting for `effectId`: maps an HTTP response (or a sub-flow's result
 * given as a response, as the designer's simulator does; the server sends `childEnded`)
 * into the record and goes on; a failure either continues (`onError: 'continue'`) or fails
 * the instance with a critical alert.
 */
export function resumeEffect(work: Work, effectId: string, ok: boolean, response: unknown, error: string | undefined): void {
  const token = work.tokens.find((t) => t.wait === 'effect' && t.effectId === effectId);
  if (!token) throw new SiteflowError('FLOW_EFFECT_UNKNOWN', { effect: effectId });
  const node = work.graph.nodes.get(token.nodeId) as FlowNode;
  work.tokens = work.tokens.filter((t) => t.id !== token.id);
  const { wait: _w, effectId: _e, step: _s, ...rest } = token;
  emit(work, { type: 'effectResult', nodeId: node.id, action: ok ? 'ok' : 'failed', ...(error ? { comment: error.slice(0, 200) } : {}) });
  const mapping = node.kind === 'action'
    ? (node.steps[token.step ?? 0] as { responseMapping?: Record<string, string> } | undefined)?.responseMapping
    : node.kind === 'subflow' ? node.resultMapping : undefined;
  const onError = node.kind === 'action'
    ? (node.steps[token.step ?? 0] as { onError?: 'fail' | 'continue' } | undefined)?.onError ?? 'fail'
    : 'fail';
  if (ok) {
    const patch: Record<string, unknown> = {};
    for (const [field, path] of Object.entries(mapping ?? {})) {
      const value = readJsonPath(response, path);
      if (value !== undefined) patch[field] = value;
    }
    patchRecord(work, patch);
  } else if (onError === 'fail') {
    effect(work, { kind: 'alert', level: 'critical', message: nodeMessage('FLOW_ALERT_HTTP_FAILED', node, { error: error ?? '-' }), nodeId: node.id });
    finish(work, 'failed');
    emit(work, { type: 'failed', nodeId: node.id });
    return;
  }
  if (node.kind === 'action') runSteps(work, node, rest, (token.step ?? 0) + 1);
  else followNext(work, rest);
}
