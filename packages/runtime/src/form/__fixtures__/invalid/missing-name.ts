import { text } from './_base.js';

/** The form has no name. */
export const definition: unknown = { key: 'fixture', schema: { type: 'object', properties: { a: text('甲', 'A') } } };

export const issues = ['FORM_DEF_MISSING'];
