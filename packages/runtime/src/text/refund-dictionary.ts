import type { KeywordDictionary } from './types.js';

/**
 * A starter dictionary of refund-risk words from the seed articles (后悔 / 再想想 / 别人说, 再比较一下,
 * 定金能不能退 …). Editable data: a site copies it and tunes terms and weights.
 */
export const refundRiskDictionary: KeywordDictionary = {
  key: 'refund-risk',
  name: { zh: '退订风险词库', en: 'Refund risk words' },
  entries: [
    { term: '后悔', synonyms: ['反悔', '懊悔'], weight: 3, category: '退意' },
    { term: '再想想', synonyms: ['考虑考虑', '再考虑'], weight: 2, category: '犹豫' },
    { term: '别人说', synonyms: ['听说', '网上说'], weight: 1, category: '外部干扰' },
    { term: '再比较一下', synonyms: ['其他盘', '别的楼盘', '货比三家'], weight: 2, category: '比较竞品' },
    { term: '定金能不能退', synonyms: ['退定金', '退定', '退筹', '退订'], weight: 4, category: '退意' },
    { term: '不想买了', synonyms: ['不买了'], weight: 4, category: '退意' },
    { term: '家人不同意', synonyms: ['老婆不同意', '老公不同意', '父母不同意'], weight: 3, category: '家庭分歧' },
    { term: '停工', synonyms: ['烂尾', '延期交付'], weight: 3, category: '工程疑虑' },
    { term: '贷款批不下来', synonyms: ['流水不够', '征信'], weight: 2, category: '资金' },
    { term: '太贵', synonyms: ['降价'], weight: 1, category: '价格' },
    { term: '满意', synonyms: ['放心'], weight: -1, category: '积极' },
  ],
};
