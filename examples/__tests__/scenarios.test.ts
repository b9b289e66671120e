import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@siteflow/server/testing';
// Until the coordinator mounts the template, link and comm-log endpoints in createApp, the
// harness serves them in front of the test server (it returns the server's own URL once mounted).
import { startMockBank, type MockBank } from '../mock-bank/index.js';
import { zhangScenario } from '../scenarios/zhang-school-district.js';
import { liScenario } from '../scenarios/li-loan-rejected.js';
import { wangScenario } from '../scenarios/wang-construction-rumour.js';

let ts: TestServer;
let bank: MockBank;
const lines: string[] = [];
const print = (l: string) => lines.push(l);

beforeAll(async () => {
  bank = await startMockBank({ port: 0 });
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-20T08:17:00Z') });
});

afterAll(async () => {
  await ts?.close();
  await bank?.close();
});

describe('the three seed stories, replayed through the HTTP API', () => {
  it('张先生: school-district doubts, bureau confirms by one-time link, ends 挽回成功 with the down payment paid', async () => {
    const result = await zhangScenario({ baseUrl: ts.baseUrl, print });
    expect(result.outcome).toMatchObject({ key: 'retained', label: { zh: '挽回成功' } });
    expect(result.record).toMatchObject({ depositAmount: 800000, policyStatus: 'confirmed', confirmedBy: 'bureauLink', resolution: 'retained' });
    expect(String(result.record.writtenReply)).toContain('补交剩余首付款');
    expect(result.steps.join('\n')).toContain('15分钟');
  });

  it('李女士: the mock bank refuses her statements, the 金融专员 proposes 组合贷, ends 挽回成功', async () => {
    const result = await liScenario({ baseUrl: ts.baseUrl, bankUrl: bank.prescreenUrl, print });
    expect(bank.requests.at(-1)).toMatchObject({ employmentType: 'freelancer', loanAmount: 1800000 });
    const prescreen = result.record.prescreen as Record<string, unknown>;
    expect(prescreen.bankApproved).toBe(false);
    expect(String(prescreen.bankMessage)).toContain('流水');
    expect(result.record).toMatchObject({ cancellationType: 'loanRejected', loanOption: 'combined', resolution: 'retained' });
    expect(result.outcome).toMatchObject({ key: 'retained', label: { zh: '挽回成功' } });
  });

  it('王先生: the daily patrol finds the rumour, open day + supervision report screenshot, ends 挽回成功', async () => {
    const result = await wangScenario({ baseUrl: ts.baseUrl, print });
    expect(result.record).toMatchObject({ cancellationType: 'constructionDoubt', resolution: 'retained' });
    expect((result.record.supervisionReport as { type: string }[])[0]!.type).toBe('image/png');
    expect(result.steps.join('\n')).toContain('舆情巡检');
    expect(result.outcome).toMatchObject({ key: 'retained', label: { zh: '挽回成功' } });
  });
});
