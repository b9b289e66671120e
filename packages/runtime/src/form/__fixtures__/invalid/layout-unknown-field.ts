import { form, m, text } from './_base.js';

/** The layout places a field that does not exist. */
export const definition: unknown = form({ a: text('甲', 'A') }, { 'x-ui': { layout: { sections: [{ key: 'main', title: m('主要', 'Main'), fields: ['a', 'b'] }] } } });

export const issues = ['FORM_DEF_LAYOUT_UNKNOWN_FIELD'];
