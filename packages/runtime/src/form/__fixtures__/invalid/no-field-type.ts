import { form, m } from './_base.js';

/** Neither fieldType nor widget says what the field is. */
export const definition: unknown = form({ a: { type: 'string', 'x-ui': { label: m('甲', 'A') } } });

export const issues = ['FORM_DEF_UNKNOWN_FIELD_TYPE'];
