import type { FlowDefinition, FlowEdge, FlowNode } from './types.js';

/** Indexed view of a flow's graph, cached per definition object. */
export interface FlowGraph {
  readonly nodes: ReadonlyMap<string, FlowNode>;
  readonly outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly start: FlowNode | undefined;
}

const cache = new WeakMap<FlowDefinition, FlowGraph>();

/** Returns the indexed graph of a flow (edges whose ends exist only). Pure (memoised per object). */
export function flowGraph(flow: FlowDefinition): FlowGraph {
  const hit = cache.get(flow);
  if (hit) return hit;
  const nodes = new Map<string, FlowNode>();
  for (const n of flow.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const e of flow.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source))?.push(e);
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target))?.push(e);
  }
  const graph: FlowGraph = { nodes, outgoing, incoming, start: flow.nodes.find((n) => n.kind === 'start') };
  cache.set(flow, graph);
  return graph;
}

/** Returns the ids reachable from `from` following edges forward (or backward). Pure. */
export function reachable(graph: FlowGraph, from: readonly string[], direction: 'forward' | 'backward' = 'forward'): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  const links = direction === 'forward' ? graph.outgoing : graph.incoming;
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const e of links.get(id) ?? []) {
      const next = direction === 'forward' ? e.target : e.source;
      if (!seen.has(next)) { seen.add(next); queue.push(next); }
    }
  }
  return seen;
}

/** Returns the outgoing edges of a condition node in evaluation order (`order`, then array order). Pure. */
export function orderedBranches(graph: FlowGraph, nodeId: string): FlowEdge[] {
  const edges = graph.outgoing.get(nodeId) ?? [];
  return edges
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.order ?? Number.MAX_SAFE_INTEGER) - (b.e.order ?? Number.MAX_SAFE_INTEGER) || a.i - b.i)
    .map((x) => x.e);
}

/** Returns the label used for a node in messages: its Chinese name, or its id. Pure. */
export function nodeLabel(node: FlowNode | undefined, fallback = ''): string {
  return node?.name.zh || node?.id || fallback;
}
