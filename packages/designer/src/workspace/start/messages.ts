import type { Catalogue } from '../../i18n/index.js';

/**
 * Texts of drafts that follow the user across devices (start forms and record forms), and of logging a
 * record of a form no flow starts (登记记录, the tracking table's 新建); the rest of the start page uses the
 * workspace catalogue.
 */
export const startMessages = {
  'start.draft.otherDevice': { zh: '其他设备', en: 'Other device' },
  'start.draft.restored': { zh: '已恢复您在其他设备上保存的草稿', en: 'Restored the draft you saved on another device' },
  'start.draft.replaced': { zh: '另一台设备上有更新的草稿，已替换当前表单内容', en: 'A newer draft from another device replaced this form' },
  'start.draft.synced': { zh: '已同步', en: 'synced' },
  'start.draft.syncedHint': { zh: '草稿已保存到您的账号，换一台设备也能继续填写', en: 'The draft is saved to your account; continue on any device' },
  'start.draft.deviceOnly': { zh: '仅存本机', en: 'on this device only' },
  'start.draft.deviceOnlyHint': { zh: '草稿只保存在这台设备上，联网后自动同步', en: 'The draft is only on this device; it syncs when you are back online' },
  'start.draft.serverDeleteFailed': {
    zh: '已清空本机草稿，但服务器上的草稿未能删除，请联网后再清空一次',
    en: 'The draft on this device was discarded, but the one on the server could not be deleted; discard again when online',
  },
  'record.log.title': { zh: '登记记录', en: 'Log a record' },
  'record.log.intro': {
    zh: '这些表单没有流程：填写后直接保存为记录，项目规则随即评估（如风险预警）。',
    en: 'These forms have no flow: what you fill in is saved as a record, and the project\'s rules check it at once (e.g. risk alerts).',
  },
  'record.new': { zh: '新建', en: 'New record' },
  'record.save': { zh: '保存', en: 'Save' },
  'record.cancel': { zh: '取消', en: 'Cancel' },
  'record.saved': { zh: '记录已保存', en: 'Record saved' },
  'record.queued': {
    zh: '网络不可用：记录已保存在本机，网络恢复后自动发送',
    en: 'Network unavailable: the record is saved on this device and will be sent when the network returns',
  },
  'record.noForm': { zh: '表单不存在或尚未发布', en: 'The form does not exist or is not published' },
} as const satisfies Catalogue;
