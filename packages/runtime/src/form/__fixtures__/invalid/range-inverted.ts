import { form, m } from './_base.js';

/** The lower limit is above the upper one. */
export const definition: unknown = form({ area: { type: 'number', minimum: 200, maximum: 50, 'x-ui': { fieldType: 'number', label: m('面积', 'Area') } } });

export const issues = ['FORM_DEF_RANGE'];
