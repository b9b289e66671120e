import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@siteflow/runtime';
import request from 'supertest';
import { startTestServer, type TestServer } from '../../testing/index.js';
import { driver } from './helpers.js';

// Head office shortens the 退订工单's classification step to 12 h for 云栖府 and, this time, moves the
// cases already running there to the new version (迁移) as it publishes.
const P = 'prj_yunqi';
let ts: TestServer;
const d = driver(() => ts, P);
const caseData = { customerName: '张先生', customerPhone: '13812341234', building: '3', unit: '1', room: '1502', requestedAt: '2025-12-22T09:00:00+08:00' };
const interview = {
  interviewAt: '2025-12-22T09:10:00+08:00', reasons: ['familyDispute'], reasonDetail: '家人不同意买郊区',
  depositAmount: 800000, paymentMethod: 'bankTransfer', thirdPartyInfluence: false, expectedResolution: 'within3d',
};
const twelveHours = { slas: { classification: { amount: 12, unit: 'hours' } } };
type Result = { status: string; definitions: { kind: string; version: number; changed: boolean }[]; migrations: { flowKey: string; from: number; to: number; migrated: number; kept: unknown[] }[] };

beforeAll(async () => {
  ts = await startTestServer({ demo: true, templatePackages: false, startAt: Date.parse('2025-12-22T09:00:00+08:00') });
});
afterAll(async () => { await ts?.close(); });

describe('publishing a template package with 迁移运行中的工单', () => {
  let running: string;
  let v1: number;

  it('leaves running cases on their version unless asked', async () => {
    // Given the package installed and a case running on it
    const installed = (await d.publish('cancellation-work-order', { version: '1.0.0', projectIds: [P] })).body.results[0] as Result;
    v1 = installed.definitions.find((x) => x.kind === 'flow')!.version;
    running = await d.start('consultant', 'cancellation-work-order', caseData);
    // When the 12-hour classification is published without moving cases
    const res = await d.publish('cancellation-work-order', { version: '1.0.0', projectIds: [P], overrides: twelveHours });
    const result = res.body.results[0] as Result;
    expect([result.status, result.definitions.find((x) => x.kind === 'flow')!.changed, result.migrations]).toEqual(['reinstalled', true, []]);
    // Then the case stays on its version
    expect((await d.instance(running)).flowVersion).toBe(v1);
  });

  it('moves them when asked, even when nothing new is installed, and the moved case follows the new time limit', async () => {
    // When the same version and overrides are published again, asking to move running cases
    const res = await d.publish('cancellation-work-order', { version: '1.0.0', projectIds: [P], overrides: twelveHours, migrateRunning: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const result = res.body.results[0] as Result;
    // Then nothing new is installed, and the case moved from v1 to the 12-hour version
    expect(result.status).toBe('unchanged');
    expect(result.migrations).toEqual([{ flowKey: 'cancellation-work-order', from: v1, to: v1 + 1, migrated: 1, kept: [] }]);
    const moved = await d.instance(running);
    expect([moved.flowVersion, moved.status]).toEqual([v1 + 1, 'running']);
    // And its classification, the next step, is due in 12 hours, as the new version says
    await d.submit('consultant', running, 'interview', interview);
    const classify = await d.openTask('siteManager', running);
    const now = (await request(ts.baseUrl).get('/api/test/clock')).body.now as number;
    expect(classify!.nodeId).toBe('classify');
    expect(classify!.dueAt! - now).toBeLessThanOrEqual(12 * HOUR_MS + MINUTE_MS);
    // And the audit names the move
    const audit = ts.server.ctx.sqlite.prepare("select data from events where type = 'template.casesMigrated' and project_id = ?").all(P) as { data: string }[];
    expect(audit.map((a) => JSON.parse(a.data).migrations)).toEqual([[{ flowKey: 'cancellation-work-order', from: v1, to: v1 + 1, migrated: 1, kept: 0 }]]);
  });

  it('refuses a migrateRunning that is not a boolean, naming it, and publishes nothing', async () => {
    const res = await d.publish('cancellation-work-order', { version: '1.0.0', projectIds: [P], migrateRunning: 'yes' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.issues)).toContain('migrateRunning');
  });
});
