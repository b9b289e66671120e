import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.js';
import { definitionsRepo, type DefinitionKind } from '../definitions-repo.js';
import { tenancyRepo } from '../tenancy-repo.js';

const temp = mkdtempSync(join(tmpdir(), 'siteflow-latest-versions-'));
const opened = openDatabase(join(temp, 'definitions.sqlite'));
const db = opened.db;
afterAll(() => {
  opened.close();
  rmSync(temp, { recursive: true, force: true });
});

function publish(projectId: string, kind: DefinitionKind, key: string, versions: number): void {
  const id = `def_${projectId}_${kind}_${key}`;
  definitionsRepo.insert(db, { id, projectId, kind, key, name: { zh: key, en: key }, draft: {}, updatedBy: 'usr_admin', createdAt: 1, updatedAt: 1 });
  for (let version = 1; version <= versions; version++) {
    definitionsRepo.insertVersion(db, { id: `${id}_v${version}`, definitionId: id, projectId, kind, key, version, body: { key, version }, publishedBy: 'usr_admin', publishedAt: version });
  }
}

describe('definitionsRepo.latestVersions', () => {
  it('gives the newest published version of each form, flow and rule of every project', () => {
    tenancyRepo.insertOrganisation(db, { id: 'org', name: '集团', createdAt: 1 });
    tenancyRepo.insertRegion(db, { id: 'reg', organisationId: 'org', name: '杭州', createdAt: 1 });
    for (const id of ['prj_a', 'prj_b']) tenancyRepo.insertProject(db, { id, organisationId: 'org', regionId: 'reg', name: id, createdAt: 1 });
    publish('prj_a', 'form', 'refund', 3);
    publish('prj_a', 'flow', 'refund', 12);
    publish('prj_b', 'form', 'refund', 1);
    publish('prj_b', 'rule', 'followup', 2);

    const latest = definitionsRepo.latestVersions(db);
    expect(latest.sort((x, y) => `${x.projectId}${x.kind}`.localeCompare(`${y.projectId}${y.kind}`))).toEqual([
      { projectId: 'prj_a', kind: 'flow', key: 'refund', version: 12 },
      { projectId: 'prj_a', kind: 'form', key: 'refund', version: 3 },
      { projectId: 'prj_b', kind: 'form', key: 'refund', version: 1 },
      { projectId: 'prj_b', kind: 'rule', key: 'followup', version: 2 },
    ]);
  });
});
