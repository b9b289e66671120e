import { form, m } from './_base.js';

/** A sub-table column with a value expression (use a computed column instead). */
export const definition: unknown = form({ payments: { type: 'array', items: { type: 'object', properties: { amount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('金额', 'Amount'), valueExpr: '1' } } } }, 'x-ui': { fieldType: 'subtable', label: m('款项', 'Payments') } } });

export const issues = ['FORM_DEF_VALUE_EXPR_NOT_ALLOWED'];
