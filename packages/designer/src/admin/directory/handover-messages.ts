import type { Catalogue } from '../../i18n/index.js';

/** Every user-facing text of 工作交接 (hand-over) and of the warning before disabling a user, zh-CN first. */
export const handoverMessages = {
  'hdo.action': { zh: '交接工作', en: 'Hand over work' },
  'hdo.title': { zh: '交接「{name}」的工作', en: 'Hand over the work of "{name}"' },
  'hdo.intro': { zh: '把该用户在所选项目中的待办转交给接收人（时间线记为「转交 · 工作交接」，接收人会收到通知），并把其名下未结案的客户改由接收人负责。全部移交或全部不动。', en: 'Transfers this user\'s open tasks in the chosen project to the receiver (the timeline shows "Transferred · work handover" and the receiver is notified), and makes the receiver the owner of their open customers. Everything moves, or nothing does.' },
  'hdo.project': { zh: '项目', en: 'Project' },
  'hdo.to': { zh: '接收人', en: 'Receiver' },
  'hdo.toPlaceholder': { zh: '搜索本项目成员姓名', en: 'Search project members by name' },
  'hdo.pickTo': { zh: '请选择接收人', en: 'Choose the receiver' },
  'hdo.preview': { zh: '将移交 {tasks} 个待办、{records} 个客户', en: '{tasks} open tasks and {records} customers will move' },
  'hdo.skipped': { zh: '另有 {n} 个待办所在步骤不允许转交（或接收人已在其中），将留在原处：{names}', en: '{n} more tasks stay where they are (their step does not allow transfer, or the receiver is already on them): {names}' },
  'hdo.nothing': { zh: '该用户在此项目没有待办或未结案的客户', en: 'This user has no open tasks or open customers in this project' },
  'hdo.confirm': { zh: '确认交接', en: 'Confirm hand-over' },
  'hdo.done': { zh: '已交接：{tasks} 个待办、{records} 个客户移交给 {name}', en: 'Handed over: {tasks} tasks and {records} customers to {name}' },
  'hdo.disable.title': { zh: '停用用户', en: 'Disable user' },
  'hdo.disable.warning': { zh: '该用户还有未完成的工作，停用后这些待办无人处理、客户电话别人只能看到脱敏号码。建议先交接工作。', en: 'This user still has open work: once disabled, nobody can act on these tasks and colleagues only see masked phone numbers of these customers. Hand the work over first.' },
  'hdo.disable.row': { zh: '{project}：{tasks} 个待办、{records} 个客户', en: '{project}: {tasks} open tasks, {records} customers' },
  'hdo.disable.handover': { zh: '先交接工作', en: 'Hand over first' },
  'hdo.disable.ok': { zh: '仍然停用', en: 'Disable anyway' },
  'hdo.disable.okClean': { zh: '停用', en: 'Disable' },
} as const satisfies Catalogue;
