import type { CatalogueEntry } from '../types.js';

/** Codes shared by every part of the runtime. */
export const commonMessages = {
  INTERNAL: { kind: 'unexpected', zh: '系统内部错误，请稍后重试或联系管理员', en: 'Internal error; try again later or contact an administrator' },
  INVALID_INPUT: { kind: 'user', zh: '输入不正确：{detail}', en: 'Invalid input: {detail}' },
} as const satisfies Record<string, CatalogueEntry>;
