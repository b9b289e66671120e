import { form, m } from './_base.js';

/** Money is a number. */
export const definition: unknown = form({ deposit: { type: 'string', 'x-ui': { fieldType: 'money', label: m('定金', 'Deposit') } } });

export const issues = ['FORM_DEF_TYPE_MISMATCH'];
