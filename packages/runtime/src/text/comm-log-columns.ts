/**
 * Columns of a communication-log import file (CRM or WeChat export), in template order, with
 * their bilingual names: the server accepts either as a header, the web app builds its example
 * file from them.
 */
export const commLogColumns = {
  externalId: { zh: '消息编号', en: 'externalId', required: true },
  customerId: { zh: '客户编号', en: 'customerId', required: true },
  customerName: { zh: '客户姓名', en: 'customerName', required: false },
  consultant: { zh: '置业顾问', en: 'consultant', required: false },
  channel: { zh: '渠道', en: 'channel', required: false },
  from: { zh: '发言方', en: 'from', required: true },
  text: { zh: '沟通内容', en: 'text', required: true },
  at: { zh: '沟通时间', en: 'at', required: true },
} as const;

/** A column key. */
export type CommLogColumn = keyof typeof commLogColumns;
