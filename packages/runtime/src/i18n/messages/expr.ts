import type { CatalogueEntry } from '../types.js';

/** Codes of the expression language (`src/expr`). */
export const exprMessages = {
  EXPR_EMPTY: { kind: 'user', zh: '表达式为空', en: 'The expression is empty' },
  EXPR_TOO_LONG: { kind: 'user', zh: '表达式过长（最多 {max} 个字符）', en: 'The expression is too long (at most {max} characters)' },
  EXPR_TOO_DEEP: { kind: 'user', zh: '表达式嵌套层数过多（最多 {max} 层）', en: 'The expression is nested too deeply (at most {max} levels)' },
  EXPR_SYNTAX: { kind: 'user', zh: '表达式第 {column} 个字符附近有语法错误：{detailZh}', en: 'Syntax error near character {column}: {detailEn}' },
  EXPR_UNKNOWN_FUNCTION: { kind: 'user', zh: '第 {column} 个字符处的函数「{name}」不存在；可用函数：{available}', en: 'Unknown function "{name}" at character {column}; available: {available}' },
  EXPR_FUNCTION_ARITY: { kind: 'user', zh: '函数「{name}」需要 {expected} 个参数，实际为 {actual} 个', en: 'Function "{name}" takes {expected} argument(s), got {actual}' },
  EXPR_FORBIDDEN: { kind: 'user', zh: '第 {column} 个字符处不允许使用「{name}」', en: '"{name}" is not allowed (character {column})' },
  EXPR_UNSUPPORTED_OPERATOR: { kind: 'user', zh: '第 {column} 个字符处的运算符「{op}」不受支持', en: 'Operator "{op}" at character {column} is not supported' },
  EXPR_UNKNOWN_FIELD: { kind: 'user', zh: '表达式引用了不存在的字段「{field}」', en: 'The expression refers to an unknown field "{field}"' },
  EXPR_CONDITION_INVALID: { kind: 'user', zh: '条件在「{where}」处设置不完整或不正确', en: 'The condition is incomplete or invalid at "{where}"' },
} as const satisfies Record<string, CatalogueEntry>;
