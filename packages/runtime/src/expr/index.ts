// Public surface of the expression language; re-exported by the package index.
export type {
  Condition, ExprNode, ExpressionEnv, ExpressionIssue, LiteralValue, ParseResult, ParsedExpression, Scope,
} from './types.js';
export { BinaryOp, ConditionOp } from './types.js';
export { parseExpression, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './parse.js';
export { evaluateExpression, evaluateSource, parseCached, referencedFields } from './evaluate.js';
export { conditionFields, conditionToExpression, evaluateCondition, validateCondition } from './condition.js';
export { FUNCTION_NAMES } from './functions.js';
export { isEmptyValue, truthy, valuesEqual } from './values.js';
