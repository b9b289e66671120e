import { form, text } from './_base.js';

/** A visibility expression naming a field that does not exist. */
export const definition: unknown = form({ school: text('学校名称', 'School', { visibleWhen: "contains(reason, '学区')" }) });

export const issues = ['EXPR_UNKNOWN_FIELD'];
