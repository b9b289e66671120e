import { form, text } from './_base.js';

/** required names a field that does not exist. */
export const definition: unknown = form({ a: text('甲', 'A') }, { required: ['a', 'b'] });

export const issues = ['FORM_DEF_REQUIRED_UNKNOWN'];
