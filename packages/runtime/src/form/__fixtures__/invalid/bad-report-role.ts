import { form, text } from './_base.js';

/** Report roles are workOrder and tracking; the role is left out when the form is not in the report. */
export const definition: unknown = { ...(form({ a: text('甲', 'A') }) as object), reportRole: 'refund' };

export const issues = ['FORM_DEF_BAD_REPORT_ROLE'];
