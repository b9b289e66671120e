import type { Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { eventsRepo } from '../repos/events-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { timelineEntry, userNames } from './user-names.js';

/** Every user id an event names besides its actor: who was replaced or took over, the people a step was given to. Pure. */
function peopleOfEvent(data: Record<string, unknown>): string[] {
  const ids = [data.from, data.to, ...(Array.isArray(data.users) ? data.users : [])];
  return ids.filter((id): id is string => typeof id === 'string' && id.startsWith('usr_'));
}

/**
 * Returns what the record page shows under the record: each flow started on it, newest first, with
 * its name, its steps' names and the steps still open (who holds them, by when), and every event of
 * the record and its flows, oldest first; `people` names each user the events mention, also those
 * who have since left the project. Reads the database; the caller has checked the record is visible.
 */
export function recordHistory(ctx: AppContext, projectId: string, recordId: string, ownerId: string) {
  const names = userNames(ctx);
  const { nameOf } = names;
  const now = ctx.clock.now();
  const rows = eventsRepo.ofRecord(ctx.db, recordId);
  const instances = instancesRepo.ofRecord(ctx.db, recordId).reverse().map((i) => {
    const flow = publishedFlow(ctx, projectId, i.flowKey, i.flowVersion);
    // A case moved from older versions (迁移) names the steps it passed there by those versions' names.
    const earlier = rows.filter((e) => e.instanceId === i.id && e.type === 'flow.migrated' && typeof e.data.from === 'number').map((e) => publishedFlow(ctx, projectId, i.flowKey, e.data.from as number));
    const openTasks = instancesRepo.tasksOfInstanceWithPeople(ctx.db, i.id).filter((t) => t.status === 'open').map((t) => ({
      id: t.id, nodeId: t.nodeId, name: (t.name ?? { zh: t.nodeId, en: t.nodeId }) as Message, createdAt: t.createdAt, dueAt: t.dueAt,
      breached: t.dueAt !== null && t.dueAt <= now, escalationLevel: t.escalationLevel,
      people: t.people.filter((p) => p.kind === 'pending').map((p) => ({ userId: p.userId, displayName: nameOf(p.userId) })),
    }));
    return {
      id: i.id, flowKey: i.flowKey, flowVersion: i.flowVersion, flowName: flow.name, status: i.status,
      startedBy: i.startedBy, startedByName: nameOf(i.startedBy), createdAt: i.createdAt, updatedAt: i.updatedAt,
      nodeNames: Object.fromEntries([...earlier, flow].flatMap((f) => f.nodes.map((n) => [n.id, n.name]))) as Record<string, Message>,
      openTasks,
    };
  });
  const events = rows.map((e) => {
    for (const id of peopleOfEvent(e.data)) nameOf(id);
    return timelineEntry(e, names);
  });
  nameOf(ownerId);
  return { instances, events, people: names.seen() };
}
