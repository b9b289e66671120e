import { and, eq, isNull, sql } from 'drizzle-orm';
import { prepared, updateRow } from './prepared.js';
import type { Db } from '../db/open.js';
import { apiTokens, sessions, users } from '../db/schema.js';
import { invalidateReadCache } from '../db/read-cache.js';

/** A user row without the password hash. */
export interface UserRow {
  readonly id: string;
  readonly organisationId: string;
  readonly username: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly version: number;
}

const publicColumns = {
  id: users.id,
  organisationId: users.organisationId,
  username: users.username,
  displayName: users.displayName,
  disabled: users.disabled,
  version: users.version,
};

/** Users, sessions and API tokens: all their SQL. */
export const usersRepo = {
  findByUsername(db: Db, username: string) {
    return db.select().from(users).where(eq(users.username, username)).get();
  },
  findById(db: Db, id: string): UserRow | undefined {
    return prepared(db, 'users.findById', () => db.select(publicColumns).from(users).where(eq(users.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  listByOrganisation(db: Db, organisationId: string): UserRow[] {
    return db.select(publicColumns).from(users).where(eq(users.organisationId, organisationId)).orderBy(users.username).all();
  },
  insert(db: Db, row: typeof users.$inferInsert): void {
    invalidateReadCache();
    db.insert(users).values(row).run();
  },
  /** Updates display name / disabled / password with a version check; returns false when stale. */
  update(db: Db, id: string, version: number, patch: Partial<Pick<typeof users.$inferInsert, 'displayName' | 'disabled' | 'passwordHash'>>): boolean {
    invalidateReadCache();
    const result = db.update(users).set({ ...patch, version: version + 1 }).where(and(eq(users.id, id), eq(users.version, version))).run();
    return result.changes === 1;
  },

  // Sessions are read through the read cache on every request: every session write invalidates it.
  insertSession(db: Db, row: typeof sessions.$inferInsert): void {
    invalidateReadCache();
    db.insert(sessions).values(row).run();
  },
  findSession(db: Db, id: string) {
    return prepared(db, 'sessions.find', () => db.select().from(sessions).where(eq(sessions.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  touchSession(db: Db, id: string, at: number): void {
    invalidateReadCache();
    updateRow(db, sessions, sessions.id, id, { lastSeenAt: at });
  },
  deleteSession(db: Db, id: string): void {
    invalidateReadCache();
    db.delete(sessions).where(eq(sessions.id, id)).run();
  },
  deleteSessionsOfUser(db: Db, userId: string): void {
    invalidateReadCache();
    db.delete(sessions).where(eq(sessions.userId, userId)).run();
  },

  insertToken(db: Db, row: typeof apiTokens.$inferInsert): void {
    db.insert(apiTokens).values(row).run();
  },
  findActiveTokenByHash(db: Db, tokenHash: string) {
    return db.select().from(apiTokens).where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt))).get();
  },
  listTokens(db: Db, userIds: readonly string[]) {
    if (userIds.length === 0) return [];
    return db.select({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
      .from(apiTokens).all().filter((t) => userIds.includes(t.userId));
  },
  findToken(db: Db, id: string) {
    return db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
  },
  revokeToken(db: Db, id: string, at: number): void {
    db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).run();
  },
  touchToken(db: Db, id: string, at: number): void {
    db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run();
  },
};
