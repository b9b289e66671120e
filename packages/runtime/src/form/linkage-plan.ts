import { evaluateCondition } from '../expr/condition.js';
import { conditionFields } from '../expr/condition.js';
import { evaluateExpression, referencedFields } from '../expr/evaluate.js';
import { parseExpression } from '../expr/parse.js';
import type { Condition, ExpressionEnv, ParsedExpression, Scope } from '../expr/types.js';
import { truthy } from '../expr/values.js';
import { flattenTree, type FieldNode } from './field-tree.js';
import type { LinkageRule } from './types.js';

/** A rule ready to run: a predicate or a value over the record's scope. */
export type Predicate = (scope: Scope, env: ExpressionEnv) => boolean;
export type ValueFn = (scope: Scope, env: ExpressionEnv) => unknown;

/** The linkage of one field, compiled. */
export interface NodeRules {
  readonly visible?: Predicate;
  readonly required?: Predicate;
  readonly readOnly?: Predicate;
  /** `valueExpr` or, for computed fields, `formula`. */
  readonly value?: ValueFn;
}

/** One field of the plan, with what the hot path needs precomputed. */
export interface PlanStep {
  readonly node: FieldNode;
  readonly rules: NodeRules;
  /** Index in `steps` of the parent section and of the multi-select a companion belongs to; -1 if none. */
  readonly parent: number;
  readonly companionOf: number;
  /** Sections and sub-tables: children by key; sub-tables: input and computed columns. */
  readonly children: ReadonlyMap<string, FieldNode>;
  readonly inputColumns: readonly FieldNode[];
  readonly formulaColumns: readonly FieldNode[];
}

/** Everything linkage needs, computed once per form. */
export interface LinkagePlan {
  /** Non-column nodes, each after every node it depends on (parents, referenced fields). */
  readonly order: readonly FieldNode[];
  /** `order` with precomputed lookups; `parent`/`companionOf` indices point backwards. */
  readonly steps: readonly PlanStep[];
  /** Top-level fields by key. */
  readonly top: ReadonlyMap<string, FieldNode>;
  readonly rules: ReadonlyMap<FieldNode, NodeRules>;
  /** Paths forming a dependency cycle, when there is one (the order is then declaration order). */
  readonly cycle: readonly string[] | null;
}

const RULE_KEYS = ['visibleWhen', 'requiredWhen', 'readOnlyWhen'] as const;

function parsed(source: string): ParsedExpression | null {
  const result = parseExpression(source);
  return result.ok ? result.expression : null;
}

function predicateOf(rule: LinkageRule | undefined): Predicate | undefined {
  if (rule === undefined) return undefined;
  if (typeof rule === 'string') {
    const expression = parsed(rule);
    return expression ? (scope, env) => truthy(evaluateExpression(expression, scope, env)) : () => false;
  }
  const condition: Condition = rule;
  return (scope, env) => evaluateCondition(condition, scope, env);
}

function valueOf(source: string | undefined): ValueFn | undefined {
  if (typeof source !== 'string') return undefined;
  const expression = parsed(source);
  return expression ? (scope, env) => evaluateExpression(expression, scope, env) : () => null;
}

/** Returns the field paths a linkage rule or expression reads. Pure. */
export function ruleFields(rule: LinkageRule | undefined): string[] {
  if (rule === undefined) return [];
  if (typeof rule === 'string') {
    const expression = parsed(rule);
    return expression ? referencedFields(expression) : [];
  }
  try {
    return conditionFields(rule);
  } catch {
    return [];
  }
}

/** Returns every field path a node's linkage reads. Pure. */
export function nodeReferences(node: FieldNode): string[] {
  const ui = node.ui;
  return [
    ...RULE_KEYS.flatMap((k) => ruleFields(ui[k])),
    ...ruleFields(ui.valueExpr),
    ...(node.type === 'computed' ? ruleFields(ui.formula) : []),
  ];
}

/**
 * Returns the node that owns a data path (`customer.phone` → the phone field, `items.0.amount`
 * → the sub-table), or null. `index` maps absolute paths of non-column nodes. Pure.
 */
export function owningNode(index: ReadonlyMap<string, FieldNode>, path: string): FieldNode | null {
  const segments = path.split('.');
  let best: FieldNode | null = null;
  let prefix = '';
  for (const segment of segments) {
    prefix = prefix ? `${prefix}.${segment}` : segment;
    const node = index.get(prefix);
    if (!node) break;
    best = node;
    if (node.type !== 'section') break;
  }
  return best;
}

/** Returns the compiled linkage of a field tree. Pure. */
export function buildLinkagePlan(tree: readonly FieldNode[]): LinkagePlan {
  const all = flattenTree(tree);
  const nodes = all.filter((n) => !n.isColumn);
  const index = new Map(nodes.map((n) => [n.path, n] as const));
  const rules = new Map<FieldNode, NodeRules>();
  for (const node of all) {
    const ui = node.ui;
    const value = valueOf(node.type === 'computed' ? ui.formula : ui.valueExpr);
    const entry: NodeRules = {
      ...(ui.visibleWhen !== undefined ? { visible: predicateOf(ui.visibleWhen) } : {}),
      ...(ui.requiredWhen !== undefined ? { required: predicateOf(ui.requiredWhen) } : {}),
      ...(ui.readOnlyWhen !== undefined ? { readOnly: predicateOf(ui.readOnlyWhen) } : {}),
      ...(value ? { value } : {}),
    };
    rules.set(node, entry);
  }
  const deps = new Map<FieldNode, FieldNode[]>();
  for (const node of nodes) {
    const list: FieldNode[] = [];
    if (node.parent) list.push(node.parent);
    if (node.companionOf) list.push(node.companionOf);
    // A sub-table's computed columns read other fields of the form too.
    const refs = node.type === 'subtable' ? node.children.flatMap(nodeReferences) : nodeReferences(node);
    for (const ref of refs) {
      const owner = owningNode(index, ref);
      if (owner && owner !== node.parent) list.push(owner);
    }
    deps.set(node, list);
  }
  const { order, cycle } = topologicalOrder(nodes, deps);
  const position = new Map(order.map((n, i) => [n, i] as const));
  order.forEach((n, i) => { n.planIndex = i; });
  const steps: PlanStep[] = order.map((node) => ({
    node,
    rules: rules.get(node) ?? {},
    parent: node.parent ? position.get(node.parent) ?? -1 : -1,
    companionOf: node.companionOf ? position.get(node.companionOf) ?? -1 : -1,
    children: new Map(node.children.map((c) => [c.key, c] as const)),
    inputColumns: node.type === 'subtable' ? node.children.filter((c) => c.type !== 'computed') : [],
    formulaColumns: node.type === 'subtable' ? node.children.filter((c) => c.type === 'computed') : [],
  }));
  const top = new Map(tree.map((n) => [n.key, n] as const));
  return { order, steps, top, rules, cycle };
}

function topologicalOrder(nodes: readonly FieldNode[], deps: ReadonlyMap<FieldNode, FieldNode[]>): { order: FieldNode[]; cycle: string[] | null } {
  const order: FieldNode[] = [];
  const state = new Map<FieldNode, 'visiting' | 'done'>();
  let cycle: string[] | null = null;
  const stack: FieldNode[] = [];
  const visit = (node: FieldNode): void => {
    const s = state.get(node);
    if (s === 'done') return;
    if (s === 'visiting') {
      if (!cycle) cycle = [...stack.slice(stack.indexOf(node)), node].map((n) => n.path);
      return;
    }
    state.set(node, 'visiting');
    stack.push(node);
    for (const dep of deps.get(node) ?? []) visit(dep);
    stack.pop();
    state.set(node, 'done');
    order.push(node);
  };
  for (const node of nodes) visit(node);
  return cycle ? { order: [...nodes], cycle } : { order, cycle: null };
}
