import { form, text } from './_base.js';

/** Two fields whose visibility depends on each other. */
export const definition: unknown = form({ a: text('甲', 'A', { visibleWhen: 'not isEmpty(b)' }), b: text('乙', 'B', { visibleWhen: 'not isEmpty(a)' }) });

export const issues = ['FORM_DEF_LINKAGE_CYCLE'];
