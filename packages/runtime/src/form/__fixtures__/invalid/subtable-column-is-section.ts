import { form, m, text } from './_base.js';

/** Columns hold values, not sections. */
export const definition: unknown = form({ payments: { type: 'array', items: { type: 'object', properties: { inner: { type: 'object', properties: { x: text('x', 'x') }, 'x-ui': { fieldType: 'section', label: m('组', 'Group') } } } }, 'x-ui': { fieldType: 'subtable', label: m('款项', 'Payments') } } });

export const issues = ['FORM_DEF_BAD_COLUMN'];
