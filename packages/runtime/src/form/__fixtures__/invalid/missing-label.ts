import { form } from './_base.js';

/** Every field needs a label. */
export const definition: unknown = form({ a: { type: 'string', 'x-ui': { fieldType: 'text' } } });

export const issues = ['FORM_DEF_FIELD_SETTING_MISSING'];
