import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prescreen, startMockBank, type MockBank } from '../mock-bank/index.js';

let bank: MockBank;
beforeAll(async () => { bank = await startMockBank({ port: 0 }); });
afterAll(async () => { await bank?.close(); });

const post = (body: string) => fetch(bank.prescreenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => ({ status: r.status, body: await r.json() }));

describe('mock bank pre-screening API', () => {
  it('refuses a freelancer whose statements fall short and suggests 公积金贷款, 组合贷, 过桥服务', async () => {
    const res = await post(JSON.stringify({ amount: 1800000, monthlyIncome: 26000, monthlyDebt: 0, incomeProofMonths: 4, employment: 'freelancer' }));
    expect(res.status).toBe(200);
    expect(res.body.approved).toBe(false);
    expect(res.body.suggestions).toEqual(['公积金贷款', '组合贷', '过桥服务']);
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['INCOME_PROOF', 'FREELANCE_STATEMENTS']));
    expect(res.body.reasons[0].zh).toMatch(/流水|月供/);
  });

  it('approves an employee with a year of payroll and a moderate instalment', async () => {
    const res = await post(JSON.stringify({ loanAmount: 1200000, monthlyIncome: 30000, monthlyDebt: 2000, incomeProofMonths: 24, employmentType: 'employee', loanYears: 30 }));
    expect(res.body).toMatchObject({ approved: true, suggestions: [] });
    expect(res.body.score).toBeGreaterThan(60);
  });

  it('answers bad input with a bilingual 400 naming the field', async () => {
    const broken = await post('{not json');
    expect(broken.status).toBe(400);
    expect(broken.body.message.zh).toContain('JSON');
    const missing = await post(JSON.stringify({ monthlyIncome: 1000 }));
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('amount');
    expect(prescreen({ amount: 1, monthlyIncome: -5 })).toHaveProperty('error.field', 'monthlyIncome');
  });
});
