import { form, m } from './_base.js';

/** A phone field cannot use radio buttons. */
export const definition: unknown = form({ a: { type: 'string', 'x-ui': { fieldType: 'phone', widget: 'radio', label: m('手机号', 'Mobile') } } });

export const issues = ['FORM_DEF_WIDGET_MISMATCH'];
