import type { Catalogue } from '../i18n/index.js';

/** Texts of the project settings page (卖方信息 for the legal document packages, 成员 with their open work). */
export const settingsMessages = {
  'settings.title': { zh: '项目设置', en: 'Project settings' },
  'settings.seller.title': { zh: '卖方信息', en: 'Seller profile' },
  'settings.seller.intro': {
    zh: '《解约协议》《退款申请书》《风险告知函》等法律文书中的出卖人信息取自这里，请与营业执照保持一致。',
    en: 'The termination agreement, refund application, risk notice and other legal documents print the seller from here; keep it identical to the business licence.',
  },
  'settings.seller.notConfigured': { zh: '尚未填写卖方信息', en: 'The seller profile is not filled in yet' },
  'settings.seller.notConfiguredHint': {
    zh: '保存卖方信息之前，本项目无法生成解约协议等法律文书。',
    en: 'Until it is saved, this project cannot generate the termination agreement or any other legal document.',
  },
  'settings.seller.askManager': { zh: '请联系案场经理或管理员填写。', en: 'Ask the site manager or an administrator to fill it in.' },
  'settings.seller.readOnly': {
    zh: '只有本项目的案场经理或管理员可以修改卖方信息。',
    en: 'Only the site manager of this project or an administrator may change the seller profile.',
  },
  'settings.seller.projectName': { zh: '项目名称', en: 'Project' },
  'settings.seller.sellerName': { zh: '出卖人名称', en: 'Seller name' },
  'settings.seller.sellerNameHint': { zh: '开发商全称，与营业执照一致', en: 'The developer’s full legal name, as on the business licence' },
  'settings.seller.sellerCreditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
  'settings.seller.sellerCreditCodeHint': { zh: '18 位，见营业执照', en: '18 characters, printed on the business licence' },
  'settings.seller.sellerAddress': { zh: '出卖人地址', en: 'Seller address' },
  'settings.seller.sellerRepresentative': { zh: '法定代表人', en: 'Legal representative' },
  'settings.seller.refundDays': { zh: '退款时限（工作日）', en: 'Refund within (working days)' },
  'settings.seller.refundDaysHint': { zh: '解约后退还定金的期限，1–90 个工作日', en: 'How soon the deposit is returned after termination: 1–90 working days' },
  'settings.seller.days': { zh: '{days} 个工作日', en: '{days} working days' },
  'settings.seller.empty': { zh: '未填写', en: 'Not set' },
  'settings.seller.required': { zh: '请填写{field}', en: 'Enter the {field}' },
  'settings.seller.creditCode.length': { zh: '统一社会信用代码应为 18 位', en: 'The unified social credit code has 18 characters' },
  'settings.seller.creditCode.charset': {
    zh: '统一社会信用代码只含数字和大写字母（不含 I、O、Z、S、V）',
    en: 'The unified social credit code has only digits and capitals (no I, O, Z, S or V)',
  },
  'settings.seller.creditCode.checkChar': {
    zh: '统一社会信用代码校验位不符，请对照营业执照逐位核对',
    en: 'The check character of the unified social credit code does not match; compare it with the licence character by character',
  },
  'settings.seller.refundDaysRange': { zh: '退款时限须为 1–90 之间的整数', en: 'The refund period must be a whole number from 1 to 90' },
  'settings.seller.save': { zh: '保存', en: 'Save' },
  'settings.seller.saved': { zh: '卖方信息已保存', en: 'Seller profile saved' },
  'settings.seller.conflict': {
    zh: '其他人刚刚修改了卖方信息，已为您重新加载最新内容，请核对后再保存。',
    en: 'Someone else just changed the seller profile; the latest values were reloaded — check them and save again.',
  },
  'settings.seller.invalid': { zh: '请按提示修改后再保存', en: 'Fix the fields marked below, then save' },
  'settings.team.title': { zh: '成员', en: 'Members' },
  'settings.team.intro': {
    zh: '本项目的成员及其未完成的工作。有人请假或离职时，可把其待办和客户交接给同事。',
    en: 'The people of this project and their open work. When someone goes on leave or leaves, hand their tasks and customers to a colleague.',
  },
  'settings.team.name': { zh: '姓名', en: 'Name' },
  'settings.team.roles': { zh: '角色', en: 'Roles' },
  'settings.team.status': { zh: '状态', en: 'Status' },
  'settings.team.tasks': { zh: '待办', en: 'Open tasks' },
  'settings.team.records': { zh: '客户', en: 'Customers' },
  'settings.team.actions': { zh: '操作', en: 'Actions' },
  'settings.team.active': { zh: '正常', en: 'Active' },
  'settings.team.disabled': { zh: '已停用', en: 'Disabled' },
  'settings.team.left': { zh: '已离开本项目', en: 'Left the project' },
  'settings.team.counts': { zh: '{tasks} 个待办 · {records} 个客户', en: '{tasks} open tasks · {records} customers' },
  'settings.team.viewTasks': { zh: '查看待办', en: 'View tasks' },
  'settings.team.viewTasksOf': { zh: '查看{name}的待办', en: 'View the open tasks of {name}' },
  'settings.team.empty': { zh: '本项目还没有成员', en: 'This project has no members yet' },
} as const satisfies Catalogue;

/** Every key of the settings catalogue. */
export type SettingsMessageKey = keyof typeof settingsMessages & string;
