import { form, m } from './_base.js';

/** Per-cell visibility rules are not supported. */
export const definition: unknown = form({ payments: { type: 'array', items: { type: 'object', properties: { amount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('金额', 'Amount'), visibleWhen: 'true' } } } }, 'x-ui': { fieldType: 'subtable', label: m('款项', 'Payments') } } });

export const issues = ['FORM_DEF_COLUMN_LINKAGE'];
