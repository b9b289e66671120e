import { form, m, text } from './_base.js';

/** The companion text of "other" would collide with an existing field. */
export const definition: unknown = form({ reasons: { type: 'array', 'x-ui': { fieldType: 'multiselect', allowOther: true, label: m('原因', 'Reasons'), options: [{ value: 'school', label: m('学区', 'School') }] } }, reasonsOther: text('其他', 'Other') });

export const issues = ['FORM_DEF_DUPLICATE_KEY'];
