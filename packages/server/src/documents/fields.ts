import type { DocumentField } from './types.js';

/**
 * The fields a legal template may use, with their Chinese and English labels. Templates name them
 * as `{key}`; money fields also offer `{keyCapitals}`; `{reasonLabel}` prints the cancellation
 * type; `{#clauses}{no}{title}{text}{/clauses}` prints the clauses chosen for the reason.
 */
export const documentFields = {
  caseNo: { type: 'text', label: { zh: '工单编号', en: 'Case number' } },
  projectName: { type: 'text', label: { zh: '项目名称', en: 'Project name' } },
  sellerName: { type: 'text', label: { zh: '出卖人名称', en: 'Seller' } },
  sellerCreditCode: { type: 'text', label: { zh: '出卖人统一社会信用代码', en: 'Seller credit code' } },
  sellerAddress: { type: 'text', label: { zh: '出卖人住所', en: 'Seller address' } },
  sellerRepresentative: { type: 'text', label: { zh: '法定代表人', en: 'Legal representative' } },
  customerName: { type: 'text', label: { zh: '买受人姓名', en: 'Buyer name' }, sensitivity: 'name' },
  customerIdCard: { type: 'text', label: { zh: '买受人身份证号码', en: 'Buyer ID card number' }, sensitivity: 'idCard' },
  customerPhone: { type: 'text', label: { zh: '买受人联系电话', en: 'Buyer phone' }, sensitivity: 'phone' },
  building: { type: 'text', label: { zh: '楼栋', en: 'Building' } },
  unit: { type: 'text', label: { zh: '单元', en: 'Unit' } },
  room: { type: 'text', label: { zh: '房号', en: 'Room' } },
  area: { type: 'number', label: { zh: '建筑面积（平方米）', en: 'Floor area (m²)' } },
  subscriptionNo: { type: 'text', label: { zh: '认购书编号', en: 'Subscription number' } },
  subscriptionDate: { type: 'date', label: { zh: '认购日期', en: 'Subscription date' } },
  requestDate: { type: 'date', label: { zh: '解约申请日期', en: 'Cancellation request date' } },
  signDate: { type: 'date', label: { zh: '签署日期', en: 'Signing date' } },
  depositAmount: { type: 'money', label: { zh: '已付定金', en: 'Deposit paid' } },
  penaltyAmount: { type: 'money', label: { zh: '违约金', en: 'Liquidated damages' } },
  refundAmount: { type: 'money', label: { zh: '应退金额', en: 'Refund amount' } },
  penaltyClauseRef: { type: 'text', label: { zh: '认购书违约条款', en: 'Penalty clause of the subscription' } },
  refundDays: { type: 'integer', label: { zh: '退款期限（工作日）', en: 'Refund period (working days)' } },
  refundBankName: { type: 'text', label: { zh: '收款开户银行', en: 'Refund bank' } },
  refundAccountName: { type: 'text', label: { zh: '收款账户名称', en: 'Refund account holder' }, sensitivity: 'name' },
  refundAccountNo: { type: 'text', label: { zh: '收款银行账号', en: 'Refund account number' }, sensitivity: 'bankCard' },
  handlerName: { type: 'text', label: { zh: '经办人', en: 'Case handler' } },
} as const satisfies Record<string, DocumentField>;

/** A field name of `documentFields`. */
export type DocumentFieldKey = keyof typeof documentFields;

/** Placeholders computed from other fields, with the field they come from. */
export const derivedPlaceholders: Readonly<Record<string, DocumentFieldKey | 'reason'>> = {
  depositAmountCapitals: 'depositAmount',
  penaltyAmountCapitals: 'penaltyAmount',
  refundAmountCapitals: 'refundAmount',
  reasonLabel: 'reason',
};

/** The loop printing the chosen clauses, and the names usable inside it. */
export const CLAUSE_LOOP = 'clauses';
export const CLAUSE_ITEM_FIELDS: ReadonlySet<string> = new Set(['no', 'title', 'text']);

/** Returns true when `name` is a field or derived placeholder a template may use. Pure. */
export function isKnownPlaceholder(name: string): boolean {
  return name in documentFields || name in derivedPlaceholders;
}

/** Returns the input field a placeholder reads (`depositAmountCapitals` -> `depositAmount`). Pure. */
export function sourceField(placeholder: string): DocumentFieldKey | 'reason' | null {
  if (placeholder in documentFields) return placeholder as DocumentFieldKey;
  return derivedPlaceholders[placeholder] ?? null;
}
