import { form, text } from './_base.js';

/** A builder condition with an unknown operator. */
export const definition: unknown = form({ a: text('甲', 'A'), b: text('乙', 'B', { visibleWhen: { field: 'a', op: 'like', value: 'x' } }) });

export const issues = ['EXPR_CONDITION_INVALID'];
