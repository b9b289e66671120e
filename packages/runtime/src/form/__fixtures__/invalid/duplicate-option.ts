import { form, m } from './_base.js';

/** Option values are unique. */
export const definition: unknown = form({ method: { type: 'string', 'x-ui': { fieldType: 'select', label: m('支付方式', 'Payment method'), options: [{ value: 'cash', label: m('现金', 'Cash') }, { value: 'cash', label: m('现金2', 'Cash 2') }] } } });

export const issues = ['FORM_DEF_DUPLICATE_OPTION'];
