// Public API of the visual condition builder, shared by the form, flow and rule designers.
export { ConditionBuilder, type ConditionBuilderProps } from './ConditionBuilder.js';
export { ConditionFieldKind, opsByKind, type Condition, type ConditionField, type ConditionOp } from './types.js';
export { countLeaves, toGroupView, fromGroupView } from './condition-model.js';
