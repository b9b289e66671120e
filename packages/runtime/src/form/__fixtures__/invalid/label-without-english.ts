import { form } from './_base.js';

/** Labels are bilingual. */
export const definition: unknown = form({ a: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '客户姓名' } } } });

export const issues = ['FORM_DEF_FIELD_TEXT_EMPTY'];
