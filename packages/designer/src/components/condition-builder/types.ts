import type { Condition, ConditionOp } from '@siteflow/runtime';

export type { Condition, ConditionOp };

/** How a field compares in a condition; decides the operators and the value input offered. */
export const ConditionFieldKind = {
  text: 'text', number: 'number', date: 'date', boolean: 'boolean', option: 'option', options: 'options',
} as const;
export type ConditionFieldKind = (typeof ConditionFieldKind)[keyof typeof ConditionFieldKind];

/** A field the builder may compare: key, label in the current language, kind and choices. */
export interface ConditionField {
  readonly key: string;
  readonly label: string;
  readonly kind: ConditionFieldKind;
  readonly options?: readonly { readonly value: string | number | boolean; readonly label: string }[];
}

/** Operators offered per field kind, most used first. */
export const opsByKind: Readonly<Record<ConditionFieldKind, readonly ConditionOp[]>> = {
  text: ['eq', 'ne', 'contains', 'notContains', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  boolean: ['eq', 'ne'],
  option: ['eq', 'ne', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  options: ['contains', 'notContains', 'isEmpty', 'isNotEmpty'],
};

/** Returns true when `op` needs no value (isEmpty / isNotEmpty). Pure. */
export function opTakesNoValue(op: ConditionOp): boolean {
  return op === 'isEmpty' || op === 'isNotEmpty';
}

/** Returns true when `op` takes a list value (in / notIn / between). Pure. */
export function opTakesList(op: ConditionOp): boolean {
  return op === 'in' || op === 'notIn' || op === 'between';
}
