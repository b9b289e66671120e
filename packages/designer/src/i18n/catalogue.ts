import { commonMessages } from './messages/common.js';
import { conditionMessages } from './messages/condition.js';
import { designerMessages } from './messages/designer.js';
import { fieldMessages } from './messages/fields.js';
import { rendererMessages } from './messages/renderer.js';
import { shellMessages } from './messages/shell.js';
import type { Catalogue } from './types.js';

/**
 * The web app's message catalogue: every user-facing string in zh-CN and English. Feature
 * folders owned by other helpers (studio/flow, studio/rules, workspace) may keep their own
 * catalogue and call `useT(theirCatalogue)`.
 */
export const appMessages = {
  ...commonMessages,
  ...shellMessages,
  ...fieldMessages,
  ...rendererMessages,
  ...designerMessages,
  ...conditionMessages,
} as const satisfies Catalogue;

/** Every key of the app catalogue. */
export type AppMessageKey = keyof typeof appMessages & string;
