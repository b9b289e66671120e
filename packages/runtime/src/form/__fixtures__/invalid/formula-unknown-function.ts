import { form, m } from './_base.js';

/** Formulas may call whitelisted functions only. */
export const definition: unknown = form({ a: { type: 'number', 'x-ui': { fieldType: 'number', label: m('甲', 'A') } }, total: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('合计', 'Total'), formula: 'exec(a)' } } });

export const issues = ['EXPR_UNKNOWN_FUNCTION'];
