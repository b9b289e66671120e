import { m } from './_base.js';

/** The data schema must be of type object. */
export const definition: unknown = { key: 'fixture', name: m('表', 'Form'), schema: { type: 'array', properties: {} } };

export const issues = ['FORM_DEF_INVALID'];
