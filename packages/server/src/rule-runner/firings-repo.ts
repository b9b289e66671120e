import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { definitions } from '../db/schema.js';
import { ruleFirings, ruleSchedule } from './schema.js';

/** Rule firings and rule schedules: all their SQL. */
export const firingsRepo = {
  /** Claims a firing; false when this rule already fired for the subject in the window (unique key). */
  claim(db: Db, row: typeof ruleFirings.$inferInsert): boolean {
    return db.insert(ruleFirings).values(row).onConflictDoNothing().run().changes === 1;
  },
  /** Stores what a claimed firing did. */
  setActions(db: Db, id: string, actions: (typeof ruleFirings.$inferInsert)['actions']): void {
    db.update(ruleFirings).set({ actions }).where(eq(ruleFirings.id, id)).run();
  },
  ofSubject(db: Db, projectId: string, subjectId: string) {
    return db.select().from(ruleFirings).where(and(eq(ruleFirings.projectId, projectId), eq(ruleFirings.subjectId, subjectId))).orderBy(asc(ruleFirings.firedAt)).all();
  },
  ofRule(db: Db, projectId: string, ruleKey: string) {
    return db.select().from(ruleFirings).where(and(eq(ruleFirings.projectId, projectId), eq(ruleFirings.ruleKey, ruleKey))).orderBy(asc(ruleFirings.firedAt)).all();
  },

  schedule(db: Db, projectId: string, ruleKey: string) {
    return db.select().from(ruleSchedule).where(and(eq(ruleSchedule.projectId, projectId), eq(ruleSchedule.ruleKey, ruleKey))).get();
  },
  /** Writes a rule's next run (insert or replace). */
  saveSchedule(db: Db, row: typeof ruleSchedule.$inferInsert): void {
    db.insert(ruleSchedule).values(row).onConflictDoUpdate({
      target: [ruleSchedule.projectId, ruleSchedule.ruleKey],
      set: { ruleVersion: row.ruleVersion, nextAt: row.nextAt ?? null, lastAt: row.lastAt ?? null, updatedAt: row.updatedAt },
    }).run();
  },
};

/** Reads over the server's tables the runner needs and no server repository offers. */
export const ruleSourcesRepo = {
  /** Projects that have at least one published rule (the scheduler's work list). */
  projectsWithRules(db: Db): string[] {
    return db.selectDistinct({ projectId: definitions.projectId }).from(definitions)
      .where(and(eq(definitions.kind, 'rule'), isNotNull(definitions.latestVersion))).all().map((r) => r.projectId);
  },
};
