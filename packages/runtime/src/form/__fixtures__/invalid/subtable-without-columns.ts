import { form, m } from './_base.js';

/** A sub-table needs columns. */
export const definition: unknown = form({ payments: { type: 'array', items: { type: 'object', properties: {} }, 'x-ui': { fieldType: 'subtable', label: m('款项', 'Payments') } } });

export const issues = ['FORM_DEF_SUBTABLE_NO_COLUMNS'];
