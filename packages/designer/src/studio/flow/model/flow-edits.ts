import type { FlowDefinition, FlowEdge, FlowNode } from '@siteflow/runtime';
import type { Edit } from './history.js';

type XY = { readonly x: number; readonly y: number };

/** Returns an edit adding nodes and edges (paste, drop from the palette). Pure. */
export function addElements(label: string, nodes: readonly FlowNode[], edges: readonly FlowEdge[] = []): Edit<FlowDefinition> {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set(edges.map((e) => e.id));
  return {
    label,
    apply: (f) => ({ ...f, nodes: [...f.nodes, ...nodes], edges: [...f.edges, ...edges] }),
    revert: (f) => ({ ...f, nodes: f.nodes.filter((n) => !nodeIds.has(n.id)), edges: f.edges.filter((e) => !edgeIds.has(e.id)) }),
  };
}

/**
 * Returns an edit removing the given nodes (with every edge touching them) and edges; revert puts
 * each back at its original index so the order of branches is kept. Pure.
 */
export function removeElements(flow: FlowDefinition, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Edit<FlowDefinition> {
  const removedNodes = flow.nodes.map((n, i) => [i, n] as const).filter(([, n]) => nodeIds.has(n.id));
  const removedEdges = flow.edges.map((e, i) => [i, e] as const)
    .filter(([, e]) => edgeIds.has(e.id) || nodeIds.has(e.source) || nodeIds.has(e.target));
  const goneNodes = new Set(removedNodes.map(([, n]) => n.id));
  const goneEdges = new Set(removedEdges.map(([, e]) => e.id));
  return {
    label: 'remove',
    apply: (f) => ({ ...f, nodes: f.nodes.filter((n) => !goneNodes.has(n.id)), edges: f.edges.filter((e) => !goneEdges.has(e.id)) }),
    revert: (f) => ({ ...f, nodes: reinsert(f.nodes, removedNodes), edges: reinsert(f.edges, removedEdges) }),
  };
}

function reinsert<T>(list: readonly T[], removed: readonly (readonly [number, T])[]): T[] {
  const out = [...list];
  for (const [index, item] of removed) out.splice(Math.min(index, out.length), 0, item);
  return out;
}

/** Returns an edit replacing one node by `after` (property panel changes); `before` is what it was. Pure. */
export function replaceNode(before: FlowNode, after: FlowNode): Edit<FlowDefinition> {
  const swap = (from: FlowNode, to: FlowNode) => (f: FlowDefinition) => ({ ...f, nodes: f.nodes.map((n) => (n.id === from.id ? to : n)) });
  return { label: 'node', apply: swap(before, after), revert: swap(after, before) };
}

/** Returns an edit replacing one edge by `after` (branch label, condition, default). Pure. */
export function replaceEdge(before: FlowEdge, after: FlowEdge): Edit<FlowDefinition> {
  const swap = (to: FlowEdge) => (f: FlowDefinition) => ({ ...f, edges: f.edges.map((e) => (e.id === before.id ? to : e)) });
  return { label: 'edge', apply: swap(after), revert: swap(before) };
}

/** Returns an edit replacing several edges at once (e.g. moving the default flag). Pure. */
export function replaceEdges(before: readonly FlowEdge[], after: readonly FlowEdge[]): Edit<FlowDefinition> {
  const swap = (to: readonly FlowEdge[]) => (f: FlowDefinition) => {
    const byId = new Map(to.map((e) => [e.id, e]));
    return { ...f, edges: f.edges.map((e) => byId.get(e.id) ?? e) };
  };
  return { label: 'edges', apply: swap(after), revert: swap(before) };
}

/** Returns an edit moving nodes from their old to their new positions (drag stop, auto-layout). Pure. */
export function moveNodes(label: string, from: ReadonlyMap<string, XY | undefined>, to: ReadonlyMap<string, XY>): Edit<FlowDefinition> {
  const place = (positions: ReadonlyMap<string, XY | undefined>) => (f: FlowDefinition): FlowDefinition => ({
    ...f,
    nodes: f.nodes.map((n) => {
      if (!positions.has(n.id)) return n;
      const position = positions.get(n.id);
      return position ? { ...n, position } : withoutPosition(n);
    }),
  });
  return { label, apply: place(to), revert: place(from) };
}

function withoutPosition(n: FlowNode): FlowNode {
  const { position: _omit, ...rest } = n;
  return rest as FlowNode;
}

/** Returns an edit changing flow-level settings (name, form, deadline, supervisors). Pure. */
export function replaceFlowProps(before: FlowDefinition, after: FlowDefinition): Edit<FlowDefinition> {
  const pick = (src: FlowDefinition) => (f: FlowDefinition): FlowDefinition => {
    const { nodes: _n, edges: _e, ...props } = src;
    const { nodes, edges } = f;
    return { ...props, nodes, edges } as FlowDefinition;
  };
  return { label: 'flow', apply: pick(after), revert: pick(before) };
}
