import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { outboxRepo } from '../repos/outbox-repo.js';

/** In-app notifications of the signed-in user. */
export const notificationService = {
  list(ctx: AppContext, user: AuthUser, unreadOnly: boolean) {
    const items = outboxRepo.notificationsOf(ctx.db, user.id, unreadOnly, 100)
      .filter((n) => n.projectId === null || user.access.projects.has(n.projectId))
      .map((n) => ({ id: n.id, projectId: n.projectId, title: n.title, body: n.body ?? null, link: n.link ?? null, readAt: n.readAt ?? null, createdAt: n.createdAt }));
    return { items, unread: outboxRepo.unreadCount(ctx.db, user.id) };
  },
  markRead(ctx: AppContext, user: AuthUser, ids: readonly string[] | undefined) {
    const changed = outboxRepo.markRead(ctx.db, user.id, ids ?? 'all', ctx.clock.now());
    return { changed, unread: outboxRepo.unreadCount(ctx.db, user.id) };
  },
};
