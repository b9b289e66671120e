import { form, text } from './_base.js';

/** A 追踪表 default column must be a field of the form (here a typo of `a`). */
export const definition: unknown = { ...(form({ a: text('甲', 'A') }) as object), tableColumns: ['a', 'b'] };

export const issues = ['FORM_DEF_UNKNOWN_COLUMN'];
