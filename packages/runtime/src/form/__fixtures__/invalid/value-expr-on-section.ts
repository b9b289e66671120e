import { form, m, text } from './_base.js';

/** A section has no value of its own. */
export const definition: unknown = form({ customer: { type: 'object', properties: { name: text('姓名', 'Name') }, 'x-ui': { fieldType: 'section', label: m('客户', 'Customer'), valueExpr: '1' } } });

export const issues = ['FORM_DEF_VALUE_EXPR_NOT_ALLOWED'];
