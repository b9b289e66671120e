import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';
import type { TestServer } from '../../testing/index.js';
import { count, demoServer, signIn, type Client } from '../../__tests__/helpers.js';
import { docxText } from '../../documents/__tests__/helpers.js';

const path = '/api/projects/prj_yunqi/seller-profile';
const profile = {
  sellerName: '杭州云栖府置业有限公司', sellerCreditCode: '91330106MA2H3K7Q5U', sellerAddress: '浙江省杭州市西湖区云栖路88号',
  sellerRepresentative: '陈建国', refundDays: 10,
};
const workOrder = {
  caseNo: 'TD-2025-0101', customerName: '张先生', customerPhone: '13812341234', customerIdCard: '330106198001011235',
  building: '3幢', unit: '1单元', room: '1201', area: 98.5, requestedAt: '2025-12-22T01:00:00.000Z', depositAmount: 50000,
  cancellationType: 'familyDispute', subscriptionNo: 'RG-2025-001', subscriptionDate: '2025-10-01', paymentMethod: 'bankTransfer',
  refundBankName: '中国银行杭州分行', refundAccountName: '张先生', refundAccountNo: '6217001234567890123',
};

function binary(res: request.Response, done: (err: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('seller profile 卖方信息 of a project', () => {
  let ts: TestServer;
  let manager: Client;
  let consultant: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [manager, consultant] = await Promise.all([signIn(ts, 'siteManager'), signIn(ts, 'consultant')]);
  });
  afterAll(() => ts.close());

  it('shows every member the seeded demo profile of the project', async () => {
    const res = await consultant.get(path);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ configured: true, version: 1, profile: { projectName: '杭州·云栖府', ...profile, sellerAddress: '浙江省杭州市西湖区转塘街道云栖路88号' } });
  });

  it('lets the site manager and organisation admins change it; other members get 403, other projects 404', async () => {
    const current = (await manager.get(path)).body.version as number;
    const byConsultant = await consultant.put(path, { ...profile, version: current });
    expect([byConsultant.status, byConsultant.body.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const supervisor = await signIn(ts, 'salesSupervisor');
    expect((await supervisor.put(path, { ...profile, version: current })).status).toBe(403);
    for (const username of ['sz.manager', 'xixi.consultant']) {
      const outsider = await signIn(ts, username);
      const read = await outsider.get(path);
      const write = await outsider.put(path, { ...profile, sellerName: '别家公司', version: current });
      expect([read.status, read.body.code, write.status, write.body.code]).toEqual([404, 'API_NOT_FOUND', 404, 'API_NOT_FOUND']);
      expect(read.text).not.toContain('云栖府置业');
    }
    const byManager = await manager.put(path, { ...profile, sellerAddress: '浙江省杭州市西湖区云栖路88号', version: current });
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200);
    expect(byManager.body).toEqual({ configured: true, version: current + 1, profile: { projectName: '杭州·云栖府', ...profile } });
    const admin = await signIn(ts, 'admin');
    const byAdmin = await admin.put(path, { ...profile, refundDays: 15, version: current + 1 });
    expect([byAdmin.status, byAdmin.body.profile?.refundDays]).toEqual([200, 15]);
    expect((await consultant.get(path)).body.profile.refundDays).toBe(15);
  });

  it('refuses a credit code with a wrong check character or shape, naming the field in Chinese and English', async () => {
    const before = (await manager.get(path)).body;
    const typo = await manager.put(path, { ...profile, sellerCreditCode: '91330106MA2H3K7Q5T', version: before.version });
    expect(typo.status).toBe(400);
    expect(typo.body.issues).toEqual([expect.objectContaining({ code: 'SELLER_CREDIT_CODE_CHECKSUM', path: 'sellerCreditCode' })]);
    expect(typo.body.issues[0].message.zh).toContain('统一社会信用代码（sellerCreditCode）的校验位');
    expect(typo.body.issues[0].message.en).toContain('check character');
    const short = await manager.put(path, { ...profile, sellerCreditCode: '9133010MA2H3K7Q5U', sellerName: '   ', version: before.version });
    expect(short.body.issues.map((i: { code: string; path: string }) => [i.path, i.code])).toEqual([['sellerName', 'API_FIELD_BLANK'], ['sellerCreditCode', 'SELLER_CREDIT_CODE_FORMAT']]);
    const days = await manager.put(path, { ...profile, refundDays: 91, version: before.version });
    expect(days.body.issues.map((i: { path: string }) => i.path)).toEqual(['refundDays']);
    const extra = await manager.put(path, { ...profile, projectName: '改名', version: before.version });
    expect(extra.body.issues.map((i: { code: string }) => i.code)).toEqual(['API_FIELD_UNKNOWN']);
    // Nothing was stored by the refused saves.
    expect((await manager.get(path)).body).toEqual(before);
    // A code typed in lower case with spaces around it is stored as printed on the licence.
    const lower = await manager.put(path, { ...profile, sellerCreditCode: ' 91330106ma2h3k7q5u ', version: before.version });
    expect(lower.body.profile.sellerCreditCode).toBe('91330106MA2H3K7Q5U');
  });

  it('answers 409 to a save based on a version someone else already changed', async () => {
    const { version } = (await manager.get(path)).body;
    const admin = await signIn(ts, 'admin');
    expect((await admin.put(path, { ...profile, sellerName: '杭州云栖府置业有限公司（更名）', version })).status).toBe(200);
    const stale = await manager.put(path, { ...profile, version });
    expect([stale.status, stale.body.code]).toEqual([409, 'API_VERSION_CONFLICT']);
    expect(stale.body.message.zh).toContain(`当前版本 ${version + 1}`);
    expect((await manager.get(path)).body.profile.sellerName).toBe('杭州云栖府置业有限公司（更名）');
  });

  it('audits every change with who, the new version and the changed field names (no values)', async () => {
    const { version } = (await manager.get(path)).body;
    const before = count(ts, 'events', "type = 'project.sellerProfileChanged'");
    expect((await manager.put(path, { ...profile, sellerRepresentative: '李明', version })).status).toBe(200);
    const event = ts.server.ctx.sqlite.prepare("select project_id, actor_id, data from events where type = 'project.sellerProfileChanged' order by seq desc limit 1").get() as { project_id: string; actor_id: string; data: string };
    expect(count(ts, 'events', "type = 'project.sellerProfileChanged'")).toBe(before + 1);
    expect(event.project_id).toBe('prj_yunqi');
    expect(event.actor_id).toBe(manager.userId);
    expect(JSON.parse(event.data)).toEqual({ version: version + 1, changed: expect.arrayContaining(['sellerRepresentative']) });
    expect(event.data).not.toContain('李明');
  });

  it('refuses to generate documents until the project saved a seller, then prints the saved seller', async () => {
    // Given 杭州·西溪云庐 without a saved seller profile (as a project created after the demo)
    ts.server.ctx.sqlite.prepare("delete from seller_profiles where project_id = 'prj_xixi'").run();
    const [xixiConsultant, xixiManager] = await Promise.all([signIn(ts, 'xixi.consultant'), signIn(ts, 'xixi.manager')]);
    // The case's record already holds the later steps' fields (the start form only takes the intake).
    const record = await xixiConsultant.post('/api/projects/prj_xixi/records', { formKey: 'cancellation-work-order', data: workOrder });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    const started = await xixiConsultant.post('/api/projects/prj_xixi/instances', { flowKey: 'cancellation-work-order', recordId: record.body.id });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const documents = `/api/projects/prj_xixi/records/${started.body.recordId}/documents`;
    // When documents are generated, the answer says what to do instead of inventing a company
    const refused = await xixiManager.post(documents);
    expect([refused.status, refused.body.code]).toEqual([409, 'SELLER_PROFILE_MISSING']);
    expect(refused.body.message.zh).toContain('请先在项目设置中填写卖方信息');
    expect(count(ts, 'document_attachments', 'record_id = ?', started.body.recordId)).toBe(0);
    const empty = await xixiConsultant.get('/api/projects/prj_xixi/seller-profile');
    expect(empty.body).toEqual({ configured: false, version: 0, profile: { projectName: '杭州·西溪云庐', sellerName: '', sellerCreditCode: '', sellerAddress: '', sellerRepresentative: '', refundDays: 10 } });
    // Then once the site manager saved the seller, the 解约协议 carries it
    const seller = { sellerName: '杭州西溪云庐房地产开发有限公司', sellerCreditCode: '91330110MA2J6W4L8K', sellerAddress: '浙江省杭州市余杭区五常街道西溪路1号', sellerRepresentative: '刘志远', refundDays: 20 };
    const saved = await xixiManager.put('/api/projects/prj_xixi/seller-profile', { ...seller, version: 0 });
    expect([saved.status, saved.body.configured, saved.body.version]).toEqual([200, true, 1]);
    const generated = await xixiManager.post(documents);
    expect(generated.status, JSON.stringify(generated.body)).toBe(201);
    const agreement = generated.body.documents.find((d: { key: string }) => d.key === 'termination-agreement');
    const file = await xixiManager.get(`/api/projects/prj_xixi/records/${started.body.recordId}/document-files/${agreement.id}`).buffer(true).parse(binary);
    const text = docxText(file.body as Buffer);
    expect(text).toContain('杭州西溪云庐房地产开发有限公司');
    expect(text).toContain('91330110MA2J6W4L8K');
    expect(text).not.toContain('示例置业');
  });
});

describe('demo seller profiles on a demo database made before profiles existed', () => {
  it('are filled in at the next start, so its documents keep generating', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siteflow-seller-'));
    try {
      // Given a demo database without seller profiles
      const dbPath = join(dir, 'siteflow.sqlite');
      const first = await demoServer({ dbPath, templatePackages: false });
      first.server.ctx.sqlite.prepare('delete from seller_profiles').run();
      await first.close();
      // When the server starts on it again
      const again = await demoServer({ dbPath, templatePackages: false });
      try {
        // Then every demo project has its seller back
        const manager = await signIn(again, 'sz.manager');
        const res = await manager.get('/api/projects/prj_shenzhen/seller-profile');
        expect([res.body.configured, res.body.profile.sellerName]).toEqual([true, '深圳湾畔府置业有限公司']);
        expect(count(again, 'seller_profiles')).toBe(3);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
