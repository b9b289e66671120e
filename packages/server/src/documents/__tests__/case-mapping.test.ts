import { describe, expect, it } from 'vitest';
import { documentCaseFromWorkOrder, loadTemplateSet, renderDocumentPackage } from '../index.js';
import { maskedViewer } from './fixtures.js';
import { docxText } from './helpers.js';

describe('documentCaseFromWorkOrder (退订工单 record -> document case)', () => {
  it('renders the package straight from a work-order record and the project seller profile', async () => {
    // Given 李女士's work order: the bank refused her loan
    const c = documentCaseFromWorkOrder({
      data: {
        caseNo: 'TD-2025-0003', customerName: '李晓梅', customerPhone: '13900001111', customerIdCard: '330102199003034321',
        building: '3', unit: '1', room: '602', area: 96.5, subscriptionNo: 'RG-YQW-0902', subscriptionDate: '2025-12-01',
        requestedAt: '2025-12-10', depositAmount: 200000, cancellationType: 'loanRejected',
        refundBankName: '招商银行杭州分行', refundAccountName: '李晓梅', refundAccountNo: '6225880112345678',
      },
      seller: { projectName: '杭州·云栖府', sellerName: '杭州云栖置业有限公司', sellerCreditCode: '91330100MA2XXXXX1A', sellerAddress: '杭州市西湖区云栖路 1 号', sellerRepresentative: '王建' },
      handlerName: '周律师',
      now: Date.parse('2025-12-11T10:00:00+08:00'),
    });
    expect(c.reason).toBe('loanRejected');
    const docs = await renderDocumentPackage({ ...c, templates: await loadTemplateSet(), mask: maskedViewer });
    const text = docxText(docs[0]!.bytes);
    expect(text).toContain('人民币贰拾万元整');
    expect(text).toContain('2025年12月10日向甲方提出解除');
    expect(text).toContain('日期：2025年12月11日');
    expect(text).toContain('李**');
  });
});
