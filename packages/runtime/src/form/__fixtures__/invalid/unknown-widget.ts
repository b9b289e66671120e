import { form, text } from './_base.js';

/** The widget is not one of the registry. */
export const definition: unknown = form({ a: text('甲', 'A', { widget: 'slider' }) });

export const issues = ['FORM_DEF_INVALID'];
