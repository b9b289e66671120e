import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { reportArchive } from '../db/documents-schema.js';

/** One archived 《退筹动因分析报告》: the report JSON and its XLSX and DOCX exports. */
export interface ReportArchiveRow {
  readonly projectId: string;
  readonly month: string;
  readonly report: unknown;
  readonly xlsx: Uint8Array;
  readonly docx: Uint8Array;
  readonly generatedAt: number;
}

const ofMonth = (projectId: string, month: string) => and(eq(reportArchive.projectId, projectId), eq(reportArchive.month, month));

/** The monthly report archive: all its SQL. A project's month is archived once. */
export const reportArchiveRepo = {
  /** Whether the project's month is archived (reads no report body). */
  has(db: Db, projectId: string, month: string): boolean {
    return db.select({ one: sql<number>`1` }).from(reportArchive).where(ofMonth(projectId, month)).get() !== undefined;
  },
  /** Archives a month unless it is archived already; returns whether this call stored it. */
  insertIfAbsent(db: Db, row: ReportArchiveRow): boolean {
    return db.insert(reportArchive).values({
      projectId: row.projectId, month: row.month, reportJson: JSON.stringify(row.report),
      xlsx: Buffer.from(row.xlsx), docx: Buffer.from(row.docx), generatedAt: row.generatedAt,
    }).onConflictDoNothing().run().changes === 1;
  },
};
