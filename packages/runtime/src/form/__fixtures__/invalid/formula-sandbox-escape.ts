import { form, m } from './_base.js';

/** Formulas cannot reach JavaScript internals. */
export const definition: unknown = form({ total: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('合计', 'Total'), formula: 'constructor.constructor' } } });

export const issues = ['EXPR_FORBIDDEN'];
