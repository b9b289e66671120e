import { form, text } from './_base.js';

/** Keys differing only in case would collide in exports. */
export const definition: unknown = form({ phone: text('手机', 'Phone'), Phone: text('电话', 'Telephone') });

export const issues = ['FORM_DEF_DUPLICATE_KEY'];
