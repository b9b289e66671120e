import { form, m } from './_base.js';

/** An author-written pattern would look enforced but is not; it is refused. */
export const definition: unknown = form({ phone: { type: 'string', pattern: '^1', 'x-ui': { fieldType: 'phone', label: m('手机号', 'Mobile') } } });

export const issues = ['FORM_DEF_UNEXPECTED'];
