import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsPath, openDatabase, type OpenDb } from '../../db/open.js';
import { instancesRepo } from '../instances-repo.js';
import { recordsRepo } from '../records-repo.js';
import { tenancyRepo } from '../tenancy-repo.js';

// A database from before record statuses followed the flows: every record stayed 'open'. After the
// upgrade (0005) the records whose flows have all ended show how their case ended.
const temp = mkdtempSync(join(tmpdir(), 'siteflow-record-status-'));
let opened: OpenDb;

function addRecord(id: string, instanceStatuses: readonly string[]): void {
  recordsRepo.insert(opened.db, { id, projectId: 'prj_old', formKey: 'cancellation-work-order', formVersion: 1, data: {}, searchText: '', ownerId: 'usr_admin', createdBy: 'usr_admin', createdAt: 1, updatedAt: 1 });
  instanceStatuses.forEach((status, i) => instancesRepo.insert(opened.db, {
    id: `${id}_ins${i}`, projectId: 'prj_old', recordId: id, flowKey: 'work-order', flowVersion: 1, state: {}, status, startedBy: 'usr_admin', version: 1, createdAt: 10 + i, updatedAt: 100 + i,
  }));
}

beforeAll(() => {
  // Given a database migrated up to 0004 (foreign keys off: only records and instances matter here)
  const before = join(temp, 'migrations-0004');
  cpSync(migrationsPath(), before, { recursive: true });
  const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0005');
  writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
  opened = openDatabase(join(temp, 'site.sqlite'), { migrate: false });
  migrate(opened.db, { migrationsFolder: before });
  opened.sqlite.pragma('foreign_keys = OFF');
  tenancyRepo.insertProject(opened.db, { id: 'prj_old', organisationId: 'org', regionId: 'reg', name: 'prj_old', createdAt: 1 });
  // with 朱先生's archived work order, a case still running, one withdrawn, one whose last flow was cancelled after a completion, and a record with no flow
  addRecord('rec_archived', ['completed']);
  addRecord('rec_running', ['completed', 'running']);
  addRecord('rec_withdrawn', ['withdrawn']);
  addRecord('rec_completed_then_cancelled', ['completed', 'cancelled']);
  addRecord('rec_no_flow', []);
  // When the server upgrades
  migrate(opened.db, { migrationsFolder: migrationsPath() });
});
afterAll(() => {
  opened.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('0005: records whose flows have all ended get their status', () => {
  const status = (id: string) => recordsRepo.findById(opened.db, id)?.status;
  it('closed when a flow completed, open while one runs or none started', () => {
    expect(status('rec_archived')).toBe('closed');
    expect(status('rec_completed_then_cancelled')).toBe('closed');
    expect(status('rec_running')).toBe('open');
    expect(status('rec_no_flow')).toBe('open');
  });
  it('the end of its flow otherwise', () => {
    expect(status('rec_withdrawn')).toBe('withdrawn');
  });
});
