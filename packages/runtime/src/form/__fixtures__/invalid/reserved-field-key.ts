import { form, text } from './_base.js';

/** Keys that collide with JavaScript internals are refused. */
export const definition: unknown = form({ constructor: text('构造', 'Constructor') });

export const issues = ['FORM_DEF_BAD_KEY'];
