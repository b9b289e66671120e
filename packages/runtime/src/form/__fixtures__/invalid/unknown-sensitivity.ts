import { form, text } from './_base.js';

/** Sensitivity kinds are name, phone, idCard, bankCard, address. */
export const definition: unknown = form({ a: text('甲', 'A', { sensitivity: 'email' }) });

export const issues = ['FORM_DEF_INVALID'];
