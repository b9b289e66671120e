import type { Catalogue } from '../../i18n/index.js';

/** Every user-facing text of 更换置业顾问 on the record page, zh-CN first. */
export const ownerMessages = {
  'own.label': { zh: '置业顾问', en: 'Consultant' },
  'own.none': { zh: '未知（{id}）', en: 'Unknown ({id})' },
  'own.action': { zh: '更换置业顾问', en: 'Change consultant' },
  'own.intro': { zh: '把这位客户交给本项目的另一位同事。新的置业顾问可以看到客户的明文信息，原置业顾问此后只能看到脱敏信息。', en: 'Gives this customer to another colleague of the project. The new consultant sees the customer\'s personal data in clear; the previous one sees it masked from now on.' },
  'own.to': { zh: '新的置业顾问', en: 'New consultant' },
  'own.toPlaceholder': { zh: '搜索本项目成员姓名', en: 'Search project members by name' },
  'own.toRequired': { zh: '请选择新的置业顾问', en: 'Choose the new consultant' },
  'own.reason': { zh: '原因（可选）', en: 'Reason (optional)' },
  'own.reasonPlaceholder': { zh: '例如：撞单，经案场经理确认归属', en: 'e.g. two consultants claimed the customer; the site manager decided' },
  'own.confirm': { zh: '确认更换', en: 'Confirm' },
  'own.cancel': { zh: '取消', en: 'Cancel' },
  'own.done': { zh: '已将客户交给 {name}', en: 'The customer now belongs to {name}' },
  'own.conflict': { zh: '这位客户的信息刚被他人修改，已刷新，请重新操作', en: 'Someone else just changed this customer; the page was refreshed, try again' },
} as const satisfies Catalogue;
