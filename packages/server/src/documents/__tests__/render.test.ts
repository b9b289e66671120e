import { beforeAll, describe, expect, it } from 'vitest';
import { isSiteflowError, type SiteflowError } from '@siteflow/runtime';
import { loadTemplateSet, renderDocumentPackage, type TemplateSet } from '../index.js';
import { legalViewer, maskedViewer, zhangCase } from './fixtures.js';
import { docxText } from './helpers.js';

let templates: TemplateSet;
beforeAll(async () => { templates = await loadTemplateSet(); });

async function renderTexts(reason: string, data: Record<string, unknown> = zhangCase, mask = maskedViewer) {
  const docs = await renderDocumentPackage({ reason, data, templates, mask });
  return Object.fromEntries(docs.map((d) => [d.key, { ...d, text: docxText(d.bytes) }]));
}

async function failure(promise: Promise<unknown>): Promise<SiteflowError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isSiteflowError(error)) throw new Error(`expected a SiteflowError, got ${String(error)}`);
  return error;
}

describe('renderDocumentPackage', () => {
  it('gives a loan refusal the no-fault clause and a full refund, with no liquidated damages', async () => {
    // Given 李女士's case: the bank refused the mortgage
    const docs = await renderTexts('loanRejected');
    // Then all three documents are generated, named by case number
    expect(Object.keys(docs)).toEqual(['termination-agreement', 'refund-application', 'risk-notice']);
    expect(docs['termination-agreement']!.fileName).toBe('解约协议-TD-2025-1220-001.docx');
    const agreement = docs['termination-agreement']!.text;
    expect(agreement).toContain('本次解约属无过错解约，双方均不承担违约责任');
    expect(agreement).toContain('全额无息退还乙方已支付的定金人民币捌拾万元整（¥800,000.00元）');
    expect(agreement).not.toContain('违约责任第'); // no breach clause
    expect(agreement).toContain('第一条　解约性质'); // clauses numbered in Chinese, reason-specific ones first
    expect(docs['risk-notice']!.text).toContain('公积金贷款、组合贷款或过桥资金');
    expect(docs['refund-application']!.text).toContain('人民币捌拾万元整');
  });

  it('applies the contract penalty to a buyer who changed their mind and refunds the rest', async () => {
    const docs = await renderTexts('noReason', { ...zhangCase, penaltyAmount: 160000 });
    const agreement = docs['termination-agreement']!.text;
    expect(agreement).toContain('依据《认购书》第七条第二款的约定，乙方应向甲方支付违约金人民币壹拾陆万元整（¥160,000.00元）');
    expect(agreement).toContain('甲方应退还乙方的款项为人民币陆拾肆万元整（¥640,000.00元）');
    expect(docs['risk-notice']!.text).toContain('第五百八十七条');
    expect(docs['refund-application']!.text).toContain('人民币陆拾肆万元整');
  });

  it('drops the refund application and refund clauses when the penalty takes the whole deposit', async () => {
    const docs = await renderTexts('noReason', { ...zhangCase, penaltyAmount: 800000, refundBankName: undefined, refundAccountNo: undefined });
    expect(Object.keys(docs)).toEqual(['termination-agreement', 'risk-notice']);
    expect(docs['termination-agreement']!.text).not.toContain('退款方式与期限');
  });

  it('uses negotiated clauses for family disagreements and construction doubts', async () => {
    const family = await renderTexts('familyDispute', { ...zhangCase, penaltyAmount: 20000 });
    expect(family['termination-agreement']!.text).toContain('与其家庭成员充分协商后作出的决定');
    expect(family['termination-agreement']!.text).toContain('乙方承担的违约金为人民币贰万元整');
    const construction = await renderTexts('constructionDoubt');
    expect(construction['termination-agreement']!.text).toContain('监理报告');
    expect(construction['termination-agreement']!.text).toContain('乙方承担的违约金为人民币零元整');
    expect(construction['risk-notice']!.text).toContain('工地开放日');
  });

  it('masks personal data for a viewer without rights and shows it to legal', async () => {
    const masked = await renderTexts('loanRejected');
    const text = Object.values(masked).map((d) => d.text).join('\n');
    expect(text).toContain('张**');
    expect(text).toContain('138****1234');
    expect(text).toContain('330106********1234');
    expect(text).not.toContain('13812341234');
    expect(text).not.toContain('330106198705121234');
    expect(text).not.toContain('6222021202001234567');
    const clear = await renderTexts('loanRejected', zhangCase, legalViewer);
    expect(clear['termination-agreement']!.text).toContain('张伟明');
    expect(clear['termination-agreement']!.text).toContain('330106198705121234');
  });

  it('leaves no placeholder in any document', async () => {
    for (const reason of ['loanRejected', 'noReason', 'familyDispute', 'constructionDoubt']) {
      const docs = await renderTexts(reason, { ...zhangCase, penaltyAmount: reason === 'noReason' ? 100000 : undefined });
      for (const d of Object.values(docs)) expect(d.text, `${reason}/${d.key}`).not.toMatch(/[{}]/);
    }
  });

  it('fails loudly, in Chinese and English, naming each missing field', async () => {
    const { customerIdCard: _drop, ...withoutId } = zhangCase;
    const error = await failure(renderDocumentPackage({ reason: 'loanRejected', data: withoutId, templates, mask: maskedViewer }));
    expect(error.code).toBe('DOC_FIELD_MISSING');
    expect(error.kind).toBe('user');
    expect(error.text.zh).toContain('customerIdCard');
    expect(error.text.zh).toContain('买受人身份证号码');
    expect(error.text.zh).toContain('解约协议');
    expect(error.text.en).toContain('Buyer ID card number');
    expect(error.issues.map((i) => i.path)).toContain('customerIdCard');
  });

  it('requires the penalty for a no-reason cancellation and refuses one for a loan refusal', async () => {
    const missing = await failure(renderDocumentPackage({ reason: 'noReason', data: zhangCase, templates, mask: maskedViewer }));
    expect(missing.code).toBe('DOC_FIELD_MISSING');
    expect(missing.text.zh).toContain('违约金');
    const refused = await failure(renderDocumentPackage({ reason: 'loanRejected', data: { ...zhangCase, penaltyAmount: 1000 }, templates, mask: maskedViewer }));
    expect(refused.code).toBe('DOC_DATA_INVALID');
    expect(refused.issues[0]).toMatchObject({ code: 'DOC_FIELD_INVALID', path: 'penaltyAmount' });
    expect(refused.text.zh).toContain('无过错解约');
  });

  it('rejects bad values and an unknown reason with the field named', async () => {
    const bad = await failure(renderDocumentPackage({ reason: 'familyDispute', data: { ...zhangCase, depositAmount: -5, signDate: '2025-13-01', penaltyAmount: 900000 }, templates, mask: maskedViewer }));
    expect(bad.code).toBe('DOC_DATA_INVALID');
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['depositAmount', 'signDate']);
    const tooMuch = await failure(renderDocumentPackage({ reason: 'familyDispute', data: { ...zhangCase, penaltyAmount: 900000 }, templates, mask: maskedViewer }));
    expect(tooMuch.issues[0]).toMatchObject({ path: 'penaltyAmount' });
    expect(tooMuch.text.zh).toContain('违约金不能超过已付定金');
    const unknown = await failure(renderDocumentPackage({ reason: 'school', data: zhangCase, templates, mask: maskedViewer }));
    expect(unknown.code).toBe('DOC_REASON_UNKNOWN');
    expect(unknown.text.zh).toContain('loanRejected');
  });
});
