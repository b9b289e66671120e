import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsPath, openDatabase, type OpenDb } from '../../db/open.js';
import { definitionsRepo } from '../definitions-repo.js';
import { recordsRepo } from '../records-repo.js';
import { tenancyRepo } from '../tenancy-repo.js';

// A database from before forms declared their report role: the 《退筹动因分析报告》 found the
// shipped forms by key. After the upgrade those forms declare the role they had, so their records
// stay counted; a site's own form counts only when it declares a role.
const temp = mkdtempSync(join(tmpdir(), 'siteflow-report-roles-'));
let opened: OpenDb;

const form = (key: string, role?: string) => ({ key, name: { zh: key, en: key }, ...(role ? { reportRole: role } : {}), schema: { type: 'object', properties: {} } });

function publishForm(projectId: string, key: string, role?: string): void {
  const id = `def_${projectId}_${key}`;
  definitionsRepo.insert(opened.db, { id, projectId, kind: 'form', key, name: { zh: key, en: key }, draft: form(key, role), updatedBy: 'usr_admin', createdAt: 1, updatedAt: 1 });
  definitionsRepo.insertVersion(opened.db, { id: `ver_${projectId}_${key}`, definitionId: id, projectId, kind: 'form', key, version: 1, body: { ...form(key, role), version: 1 }, publishedBy: 'usr_admin', publishedAt: 1 });
}

function addRecord(projectId: string, formKey: string, createdAt: number): void {
  recordsRepo.insert(opened.db, {
    id: `rec_${projectId}_${formKey}_${createdAt}`, projectId, formKey, formVersion: 1, data: { customerPhone: '13900001111' }, searchText: '',
    ownerId: 'usr_admin', createdBy: 'usr_admin', createdAt, updatedAt: createdAt,
  });
}

beforeAll(() => {
  // Given a database migrated up to 0003, before report roles existed (foreign keys off: only forms and records matter here)
  const before = join(temp, 'migrations-0003');
  cpSync(migrationsPath(), before, { recursive: true });
  const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0004');
  writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
  opened = openDatabase(join(temp, 'site.sqlite'), { migrate: false });
  migrate(opened.db, { migrationsFolder: before });
  opened.sqlite.pragma('foreign_keys = OFF');
  for (const id of ['prj_old', 'prj_custom', 'prj_plain', 'prj_empty']) tenancyRepo.insertProject(opened.db, { id, organisationId: 'org', regionId: 'reg', name: id, createdAt: 1 });
  // with the shipped tracking table and work order and a site's own notes form, each with a record
  for (const key of ['cancellation-tracking', 'cancellation-work-order', 'site-notes']) {
    publishForm('prj_old', key);
    addRecord('prj_old', key, 1000);
  }
  // When the server upgrades
  migrate(opened.db, { migrationsFolder: migrationsPath() });
});
afterAll(() => {
  opened.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('report roles of forms published before the property existed', () => {
  it('the shipped forms declare the role the report gave them by key, in the published version and the draft', () => {
    expect(definitionsRepo.formVersionsWithReportRole(opened.db, 'prj_old', 'tracking')).toEqual([{ key: 'cancellation-tracking', version: 1 }]);
    expect(definitionsRepo.formVersionsWithReportRole(opened.db, 'prj_old', 'workOrder')).toEqual([{ key: 'cancellation-work-order', version: 1 }]);
    expect(definitionsRepo.find(opened.db, 'prj_old', 'form', 'cancellation-work-order')?.draft.reportRole).toBe('workOrder');
    expect(definitionsRepo.findVersion(opened.db, 'prj_old', 'form', 'site-notes')?.body).not.toHaveProperty('reportRole');
  });

  it('their records stay in the report; the site form without a role stays out', () => {
    const tracking = recordsRepo.createdBetween(opened.db, 'prj_old', definitionsRepo.formVersionsWithReportRole(opened.db, 'prj_old', 'tracking'), 0, 2000);
    expect(tracking.map((r) => r.id)).toEqual(['rec_prj_old_cancellation-tracking_1000']);
    const orders = recordsRepo.createdBetween(opened.db, 'prj_old', definitionsRepo.formVersionsWithReportRole(opened.db, 'prj_old', 'workOrder'), 0, 2000);
    expect(orders.map((r) => r.id)).toEqual(['rec_prj_old_cancellation-work-order_1000']);
  });
});

describe('projects the monthly report pass covers', () => {
  it('are those holding records of a form version that declares the tracking role, whatever its key', () => {
    publishForm('prj_custom', 'site-cases', 'tracking');
    addRecord('prj_custom', 'site-cases', 1000);
    publishForm('prj_plain', 'site-cases');
    addRecord('prj_plain', 'site-cases', 1000);
    publishForm('prj_empty', 'site-cases', 'tracking');
    expect(recordsRepo.projectsWithRecordsOfReportRole(opened.db, 'tracking')).toEqual([{ id: 'prj_custom', name: 'prj_custom' }, { id: 'prj_old', name: 'prj_old' }]);
  });
});
