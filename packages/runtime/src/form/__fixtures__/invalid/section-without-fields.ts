import { form, m } from './_base.js';

/** An empty section. */
export const definition: unknown = form({ customer: { type: 'object', properties: {}, 'x-ui': { fieldType: 'section', label: m('客户', 'Customer') } } });

export const issues = ['FORM_DEF_SECTION_EMPTY'];
