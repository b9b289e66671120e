import type { Catalogue } from '../i18n/index.js';

/** Texts of the regional overview 区域看板. */
export const overviewMessages = {
  'ov.title': { zh: '区域看板', en: 'Regional overview' },
  'ov.subtitle': { zh: '各项目实时数据，每分钟自动刷新；风险高的项目排在前面。', en: 'Live figures of each project, refreshed every minute; the riskiest projects come first.' },
  'ov.asOf': { zh: '数据时间 {time}', en: 'As of {time}' },
  'ov.project': { zh: '项目', en: 'Project' },
  'ov.running': { zh: '进行中工单', en: 'Running cases' },
  'ov.overdue': { zh: '超时未办', en: 'Overdue tasks' },
  'ov.escalated': { zh: '已升级', en: 'Escalated' },
  'ov.level1Open': { zh: '一级预警待处理', en: 'Open level-1 alerts' },
  'ov.newCancellations': { zh: '本月新增退订', en: 'New cancellations this month' },
  'ov.closureRate': { zh: '本月 72 小时闭环率', en: '72-hour closure rate this month' },
  'ov.noClosure': { zh: '暂无', en: 'None' },
  'ov.needsAttention': { zh: '需关注', en: 'Needs attention' },
  'ov.open': { zh: '进入项目', en: 'Open project' },
  'ov.empty': { zh: '您还没有可查看的项目，请联系管理员。', en: 'There is no project for you to see yet; ask an administrator.' },
} as const satisfies Catalogue;
