import { form, m } from './_base.js';

/** A select needs options. */
export const definition: unknown = form({ method: { type: 'string', 'x-ui': { fieldType: 'select', label: m('支付方式', 'Payment method') } } });

export const issues = ['FORM_DEF_OPTIONS_MISSING'];
