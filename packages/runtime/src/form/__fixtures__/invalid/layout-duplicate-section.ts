import { form, m, text } from './_base.js';

/** Two tabs with the same key. */
export const definition: unknown = form({ a: text('甲', 'A'), b: text('乙', 'B') }, { 'x-ui': { layout: { tabs: [{ key: 'x', title: m('一', 'One'), fields: ['a'] }, { key: 'x', title: m('二', 'Two'), fields: ['b'] }] } } });

export const issues = ['FORM_DEF_LAYOUT_DUPLICATE_SECTION'];
