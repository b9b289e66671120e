import { form, text } from './_base.js';

/** A builder condition naming a field that does not exist. */
export const definition: unknown = form({ a: text('甲', 'A'), b: text('乙', 'B', { requiredWhen: { all: [{ field: 'a', op: 'isNotEmpty' }, { field: 'c', op: 'eq', value: 1 }] } }) });

export const issues = ['EXPR_UNKNOWN_FIELD'];
