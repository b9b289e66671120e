import type { CatalogueEntry } from '../types.js';

/**
 * Codes of the server's integration endpoints: signed one-time links for people without an
 * account (`LINK_*`, e.g. the 教育局 contact) and CRM communication logs (`COMMLOG_*`).
 */
export const integrationMessages = {
  LINK_INVALID: { kind: 'user', zh: '链接无效或已被篡改，请向案场索取新的链接', en: 'This link is invalid or has been altered; ask the sales site for a new one' },
  LINK_EXPIRED: { kind: 'state', zh: '链接已于 {expiredAt} 过期，请向案场索取新的链接', en: 'This link expired at {expiredAt}; ask the sales site for a new one' },
  LINK_USED: { kind: 'state', zh: '该链接已使用过（{usedAt}），每个链接只能提交一次', en: 'This link was already used ({usedAt}); a link can be submitted only once' },
  LINK_TASK_CLOSED: { kind: 'state', zh: '该事项已由案场处理完毕，无需再提交', en: 'The sales site has already completed this step; nothing to submit' },
  LINK_FIELD_NOT_EDITABLE: { kind: 'user', zh: '字段“{field}”在此环节不可由对接人填写', en: 'Field "{field}" cannot be filled by the contact at this step' },
  LINK_VALUE_REQUIRED: { kind: 'user', zh: '请填写“{label}”', en: 'Please fill in "{labelEn}"' },
  LINK_VALUE_INVALID: { kind: 'user', zh: '“{label}”的值无效：{detail}', en: '"{labelEn}" has an invalid value: {detailEn}' },
  COMMLOG_ROW_INVALID: { kind: 'user', zh: '第 {row} 行“{column}”列：{detail}', en: 'Row {row}, column "{column}": {detailEn}' },
  COMMLOG_IMPORT_INVALID: { kind: 'user', zh: '导入文件有 {count} 处错误，未导入任何记录', en: 'The import file has {count} problem(s); nothing was imported' },
  COMMLOG_FILE_UNREADABLE: { kind: 'user', zh: '无法读取导入文件：{detail}（支持 UTF-8 CSV 或 .xlsx）', en: 'Cannot read the import file: {detailEn} (UTF-8 CSV or .xlsx)' },
  COMMLOG_COLUMN_MISSING: { kind: 'user', zh: '导入文件缺少“{column}”列', en: 'The import file has no "{column}" column' },
  COMMLOG_TOO_MANY: { kind: 'user', zh: '一次最多 {max} 条沟通记录，本次 {count} 条', en: 'At most {max} messages at a time; got {count}' },
  COMMLOG_DUPLICATE_IN_BATCH: { kind: 'user', zh: '第 {row} 行的消息编号“{externalId}”在本批中重复', en: 'Row {row}: message id "{externalId}" appears twice in this batch' },
} as const satisfies Record<string, CatalogueEntry>;
