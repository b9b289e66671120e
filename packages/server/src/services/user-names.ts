import type { AppContext } from '../context.js';
import { usersRepo } from '../repos/users-repo.js';

/** A lookup of users' display names for one response: each user is read once; `seen` gives the names read so far. */
export interface UserNames {
  /** The user's display name, '' when there is no such user. */
  nameOf(userId: string): string;
  seen(): Record<string, string>;
}

/** Returns a display-name lookup that reads each user once (timelines, histories, audit pages name the same people again and again). Reads the database. */
export function userNames(ctx: AppContext): UserNames {
  const names = new Map<string, string>();
  return {
    nameOf(userId) {
      let name = names.get(userId);
      if (name === undefined) {
        name = usersRepo.findById(ctx.db, userId)?.displayName ?? '';
        names.set(userId, name);
      }
      return name;
    },
    seen: () => Object.fromEntries(names),
  };
}

/** An audit event as timelines show it: who acted, by name (the id when the user is gone; null for the system). */
export function timelineEntry(e: { seq: number; at: number; type: string; actorId: string | null; instanceId: string | null; taskId: string | null; data: Record<string, unknown> }, names: UserNames) {
  return { seq: e.seq, at: e.at, type: e.type, actorId: e.actorId, actorName: e.actorId ? names.nameOf(e.actorId) || e.actorId : null, instanceId: e.instanceId, taskId: e.taskId, data: e.data };
}
