import { form, m } from './_base.js';

/** A computed field needs a formula. */
export const definition: unknown = form({ total: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('合计', 'Total') } } });

export const issues = ['FORM_DEF_COMPUTED_NO_FORMULA'];
