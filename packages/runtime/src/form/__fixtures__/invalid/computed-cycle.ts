import { form, m } from './_base.js';

/** Two formulas reading each other. */
export const definition: unknown = form({ a: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('甲', 'A'), formula: 'b + 1' } }, b: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('乙', 'B'), formula: 'a + 1' } } });

export const issues = ['FORM_DEF_LINKAGE_CYCLE'];
