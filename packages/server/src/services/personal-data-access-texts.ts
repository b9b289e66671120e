import type { Message } from '@siteflow/runtime';

/** Audit event types that hand personal data to a user in clear (the 个人信息访问记录). */
export const personalDataAccessTypes = ['record.unmasked', 'commLog.unmasked', 'records.exported', 'documents.generated', 'documents.downloaded'] as const;

/** One access type. */
export type PersonalDataAccessType = (typeof personalDataAccessTypes)[number];

/** What each access type means, zh-CN first. */
export const accessTypeLabels: Record<PersonalDataAccessType, Message> = {
  'record.unmasked': { zh: '查看明文（记录字段）', en: 'Unmasked a record field' },
  'commLog.unmasked': { zh: '查看明文（沟通记录）', en: 'Unmasked a communication log' },
  'records.exported': { zh: '明文导出追踪表', en: 'Exported a tracking table in clear' },
  'documents.generated': { zh: '生成含明文的文书', en: 'Generated documents in clear' },
  'documents.downloaded': { zh: '下载含明文的文书', en: 'Downloaded a document in clear' },
};

/** Fields of a communication log that can be unmasked. */
export const commLogFieldLabels: Record<string, Message> = {
  customerName: { zh: '客户姓名', en: 'Customer name' },
  text: { zh: '沟通内容', en: 'Message text' },
};

/** Kinds of personal data a document shows in clear. */
export const sensitivityLabels: Record<string, Message> = {
  name: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号', en: 'Phone' },
  idCard: { zh: '身份证号', en: 'ID number' },
  bankCard: { zh: '银行卡号', en: 'Bank card' },
  address: { zh: '地址', en: 'Address' },
};

/** Column headers and words of the XLSX access log. */
export const accessLogWords = {
  zh: { sheet: '个人信息访问记录', at: '时间', who: '人员', project: '项目', type: '操作', what: '内容', record: '记录', rows: '{n} 行含明文', documents: '文书' },
  en: { sheet: 'Personal data access', at: 'When', who: 'Who', project: 'Project', type: 'Action', what: 'What', record: 'Record', rows: '{n} rows in clear', documents: 'Documents' },
} as const;
