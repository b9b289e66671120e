import type { WorkspaceMessageKey } from '../messages.js';

/** Task actions that need more input than one click: what each one asks for. */
export const actionNeeds = {
  submit: { comment: true, target: false, to: false, users: false, position: false, commentRequired: false },
  approve: { comment: true, target: false, to: false, users: false, position: false, commentRequired: false },
  reject: { comment: true, target: false, to: false, users: false, position: false, commentRequired: true },
  return: { comment: true, target: true, to: false, users: false, position: false, commentRequired: false },
  transfer: { comment: true, target: false, to: true, users: false, position: false, commentRequired: false },
  addSigner: { comment: true, target: false, to: false, users: true, position: true, commentRequired: false },
  cc: { comment: true, target: false, to: false, users: true, position: false, commentRequired: false },
  comment: { comment: true, target: false, to: false, users: false, position: false, commentRequired: true },
  urge: { comment: true, target: false, to: false, users: false, position: false, commentRequired: false },
} as const;

/** A task action the workspace knows. */
export type TaskActionName = keyof typeof actionNeeds;

/** The texts of an action's comment box: its placeholder, and the error shown when a required comment is left empty. */
export interface CommentPrompt {
  readonly placeholder: WorkspaceMessageKey;
  /** Null when the comment is optional. */
  readonly requiredMessage: WorkspaceMessageKey | null;
}

/**
 * Returns the catalogue keys of an action's comment box. Pure. An optional comment says so in its
 * placeholder; a required one never does, and its error asks for what is missing (驳回 asks for a
 * reason, 评论 for the comment itself).
 */
export function commentPrompt(action: TaskActionName): CommentPrompt {
  if (!actionNeeds[action].commentRequired) return { placeholder: 'ws.task.commentPlaceholder', requiredMessage: null };
  if (action === 'reject') return { placeholder: 'ws.action.rejectReasonPlaceholder', requiredMessage: 'ws.action.rejectReason' };
  return { placeholder: 'ws.action.commentRequiredPlaceholder', requiredMessage: 'ws.action.commentRequired' };
}

/** Returns true for a known action name. Pure. */
export function isTaskAction(name: string): name is TaskActionName {
  return Object.hasOwn(actionNeeds, name);
}

/** Actions that carry the form data (and so go through the offline outbox). */
export const DATA_ACTIONS: ReadonlySet<TaskActionName> = new Set(['submit', 'approve']);

/**
 * Returns the earlier steps a task may be returned to, most recent first: every task node the
 * instance went through before this one (`any`), or only the last one (`previous`); when `known`
 * (the node ids of the version the case runs on) is given, only those, since a case moved to a
 * newer version cannot return to a step it no longer has. Pure.
 */
export function returnTargets(
  timeline: readonly { type: string; data: Readonly<Record<string, unknown>> }[], currentNodeId: string, mode: string, known?: ReadonlySet<string>,
): string[] {
  const seen: string[] = [];
  for (const e of timeline) {
    const nodeId = e.data.nodeId;
    if (e.type !== 'flow.taskCreated' || typeof nodeId !== 'string' || nodeId === currentNodeId || (known && !known.has(nodeId))) continue;
    const i = seen.indexOf(nodeId);
    if (i >= 0) seen.splice(i, 1);
    seen.push(nodeId);
  }
  const ordered = seen.reverse();
  return mode === 'any' ? ordered : ordered.slice(0, 1);
}

/** Returns the flow versions a case ran on before it was moved to its current one (its `flow.migrated` events), oldest first. Pure. */
export function migratedFrom(timeline: readonly { type: string; data: Readonly<Record<string, unknown>> }[]): number[] {
  const versions: number[] = [];
  for (const e of timeline) if (e.type === 'flow.migrated' && typeof e.data.from === 'number' && !versions.includes(e.data.from)) versions.push(e.data.from);
  return versions;
}
