import { ALL_SENSITIVITIES, maskPolicyFor } from '../index.js';

/** The 张先生 case of seed 000 (Hangzhou, 80万 deposit) as a document package input. */
export const zhangCase = {
  caseNo: 'TD-2025-1220-001',
  projectName: '杭州云栖湾',
  sellerName: '杭州云栖湾置业有限公司',
  sellerCreditCode: '91330106MA2KXXXX8Q',
  sellerAddress: '浙江省杭州市西湖区云栖路 88 号',
  sellerRepresentative: '陈建国',
  customerName: '张伟明',
  customerIdCard: '330106198705121234',
  customerPhone: '13812341234',
  building: '7',
  unit: '2',
  room: '1801',
  area: 128.6,
  subscriptionNo: 'RG-YQW-0815',
  subscriptionDate: '2025-11-02',
  requestDate: Date.parse('2025-12-20T16:17:00+08:00'),
  signDate: '2025-12-22',
  depositAmount: 800000,
  refundDays: 10,
  refundBankName: '中国工商银行杭州西湖支行',
  refundAccountName: '张伟明',
  refundAccountNo: '6222021202001234567',
  handlerName: '李静',
  penaltyClauseRef: '第七条第二款',
} as const;

/** A viewer who may see no personal data in clear (e.g. 置业顾问 without unmask rights). */
export const maskedViewer = maskPolicyFor([]);
/** A viewer who may see everything (法务). */
export const legalViewer = maskPolicyFor(ALL_SENSITIVITIES);
