import { form, text } from './_base.js';

/** Field keys start with a letter. */
export const definition: unknown = form({ '1phone': text('手机', 'Phone') });

export const issues = ['FORM_DEF_BAD_KEY'];
