import type { Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { tasks } from '../db/schema.js';
import { publishedForm } from './form-versions.js';
import { maskData, recordTitle, seesClear } from './record-view.js';

type TaskRow = typeof tasks.$inferSelect;
type RecordBits = { formKey: string; formVersion: number; data: Record<string, unknown>; ownerId: string; createdBy: string; projectId: string };

/** Returns a record's title (the customer) as `reader` may see it: masked unless they see the record in clear; masked for no reader. Reads the form version. */
export function readerTitle(ctx: AppContext, reader: AuthUser | null, record: RecordBits): string {
  const form = publishedForm(ctx, record.projectId, record.formKey, record.formVersion);
  return recordTitle(form, reader && seesClear(reader, record) ? record.data : maskData(form, record.data).data);
}

/** Returns a task as list items show it: name, due time, level, record title (masked per viewer). */
export function taskSummary(ctx: AppContext, user: AuthUser, task: TaskRow, instance: { id: string; flowKey: string; status: string; recordId: string; startedBy: string }, record: RecordBits) {
  return {
    id: task.id, projectId: task.projectId, instanceId: instance.id, recordId: instance.recordId, flowKey: instance.flowKey, instanceStatus: instance.status,
    nodeId: task.nodeId, name: (task.name ?? { zh: task.nodeId, en: task.nodeId }) as Message, status: task.status, dueAt: task.dueAt,
    escalationLevel: task.escalationLevel, breached: task.dueAt !== null && task.status === 'open' && task.dueAt <= ctx.clock.now(),
    title: readerTitle(ctx, user, record), formKey: record.formKey, startedBy: instance.startedBy, createdAt: task.createdAt, updatedAt: task.updatedAt, closedAt: task.closedAt, version: task.version,
  };
}
