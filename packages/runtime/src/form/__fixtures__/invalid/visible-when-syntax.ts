import { form, text } from './_base.js';

/** A visibility expression that does not parse. */
export const definition: unknown = form({ reasons: text('原因', 'Reasons'), school: text('学校名称', 'School', { visibleWhen: "contains(reasons, '学区'" }) });

export const issues = ['EXPR_SYNTAX'];
