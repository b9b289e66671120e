import { form, m, text } from './_base.js';

/** A field placed in two sections. */
export const definition: unknown = form({ a: text('甲', 'A') }, { 'x-ui': { layout: { sections: [{ key: 's1', title: m('一', 'One'), fields: ['a'] }, { key: 's2', title: m('二', 'Two'), fields: ['a'] }] } } });

export const issues = ['FORM_DEF_LAYOUT_DUPLICATE_FIELD'];
