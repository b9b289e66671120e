/** The definition is a string, not an object. */
export const definition: unknown = '退订表单';

export const issues = ['FORM_DEF_INVALID'];
