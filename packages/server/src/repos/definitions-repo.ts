import { and, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { FormReportRole } from '@siteflow/runtime';
import type { Db } from '../db/open.js';
import { definitionVersions, definitions } from '../db/schema.js';

/** Kinds of definitions kept per project. */
export const DefinitionKind = { form: 'form', flow: 'flow', rule: 'rule' } as const;
export type DefinitionKind = (typeof DefinitionKind)[keyof typeof DefinitionKind];

/** A published form version: its key and version number. */
export interface FormVersionRef {
  readonly key: string;
  readonly version: number;
}

/** The `reportRole` a published form version declares (SQLite json_extract; PostgreSQL: body ->> 'reportRole'). */
export const declaredReportRole = sql<string | null>`json_extract(${definitionVersions.body}, '$.reportRole')`;

/** Forms, flows and rules (drafts and published versions): all their SQL. */
export const definitionsRepo = {
  list(db: Db, projectId: string, kind: DefinitionKind) {
    return db.select().from(definitions).where(and(eq(definitions.projectId, projectId), eq(definitions.kind, kind))).orderBy(definitions.key).all();
  },
  find(db: Db, projectId: string, kind: DefinitionKind, key: string) {
    return db.select().from(definitions).where(and(eq(definitions.projectId, projectId), eq(definitions.kind, kind), eq(definitions.key, key))).get();
  },
  insert(db: Db, row: typeof definitions.$inferInsert): void {
    db.insert(definitions).values(row).run();
  },
  /** Saves a draft if `version` is current; returns false when stale. */
  updateDraft(db: Db, id: string, version: number, patch: { name: { zh: string; en: string }; draft: Record<string, unknown>; updatedBy: string; updatedAt: number }): boolean {
    return db.update(definitions).set({ ...patch, version: version + 1 }).where(and(eq(definitions.id, id), eq(definitions.version, version))).run().changes === 1;
  },
  /** Deletes a never-published draft if `version` is current; returns false when stale or published meanwhile. */
  removeDraft(db: Db, id: string, version: number): boolean {
    return db.delete(definitions).where(and(eq(definitions.id, id), eq(definitions.version, version), isNull(definitions.latestVersion))).run().changes === 1;
  },
  setLatestVersion(db: Db, id: string, latestVersion: number): void {
    db.update(definitions).set({ latestVersion }).where(eq(definitions.id, id)).run();
  },
  insertVersion(db: Db, row: typeof definitionVersions.$inferInsert): void {
    db.insert(definitionVersions).values(row).run();
  },
  listVersions(db: Db, definitionId: string) {
    return db.select({ version: definitionVersions.version, note: definitionVersions.note, publishedBy: definitionVersions.publishedBy, publishedAt: definitionVersions.publishedAt })
      .from(definitionVersions).where(eq(definitionVersions.definitionId, definitionId)).orderBy(desc(definitionVersions.version)).all();
  },
  /** The latest published version number, or undefined (a cheap query: no body). */
  latestVersionNumber(db: Db, projectId: string, kind: DefinitionKind, key: string): number | undefined {
    return db.select({ version: definitionVersions.version }).from(definitionVersions)
      .where(and(eq(definitionVersions.projectId, projectId), eq(definitionVersions.kind, kind), eq(definitionVersions.key, key)))
      .orderBy(desc(definitionVersions.version)).limit(1).get()?.version;
  },
  /** The latest published version number of every (project, kind, key) (cache warm-up at start). */
  latestVersions(db: Db): { projectId: string; kind: string; key: string; version: number }[] {
    return db.select({ projectId: definitionVersions.projectId, kind: definitionVersions.kind, key: definitionVersions.key, version: max(definitionVersions.version).mapWith(Number) })
      .from(definitionVersions).groupBy(definitionVersions.projectId, definitionVersions.kind, definitionVersions.key).all();
  },
  /** The project's published form versions that declare `role` (reports select their records by these). */
  formVersionsWithReportRole(db: Db, projectId: string, role: FormReportRole): FormVersionRef[] {
    return db.select({ key: definitionVersions.key, version: definitionVersions.version }).from(definitionVersions)
      .where(and(eq(definitionVersions.projectId, projectId), eq(definitionVersions.kind, 'form'), eq(declaredReportRole, role))).all();
  },
  /** A published version by project/kind/key; the latest when `version` is omitted. */
  findVersion(db: Db, projectId: string, kind: DefinitionKind, key: string, version?: number) {
    const where = [eq(definitionVersions.projectId, projectId), eq(definitionVersions.kind, kind), eq(definitionVersions.key, key)];
    if (version !== undefined) where.push(eq(definitionVersions.version, version));
    return db.select().from(definitionVersions).where(and(...where)).orderBy(desc(definitionVersions.version)).limit(1).get();
  },
};
