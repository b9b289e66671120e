import type { CatalogueEntry } from '../types.js';

/** Codes of text signals (`src/text`). */
export const textMessages = {
  TEXT_EMPTY_TERM: { kind: 'user', zh: '关键词词典第 {index} 项的词语为空，请填写或删除该项', en: 'Keyword dictionary entry {index} has an empty term; fill it in or remove it' },
  TEXT_DUPLICATE_TERM: { kind: 'user', zh: '词语“{term}”已在第 {first} 项出现，请删除重复项', en: 'Term "{term}" already appears in entry {first}; remove the duplicate' },
  TEXT_BAD_WEIGHT: { kind: 'user', zh: '词语“{term}”的权重必须是数字', en: 'The weight of "{term}" must be a number' },
  TEXT_BAD_WINDOW: { kind: 'user', zh: '否定词检查范围 {value} 无效，应为 0 到 20 之间的整数', en: 'Negation window {value} is invalid; use an integer from 0 to 20' },
} as const satisfies Record<string, CatalogueEntry>;
