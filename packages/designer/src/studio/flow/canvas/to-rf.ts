import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { FlowEdge, FlowNode, Issue } from '@siteflow/runtime';
import type { EdgeCaption } from '../model/describe.js';

/** How the simulator marks a node: waiting on it now, passed, overdue, escalated. */
export type SimMark = 'active' | 'done' | 'breached' | 'escalated';

/** Data of one canvas node: the flow node itself, its problems and the simulator's mark. */
export interface FlowNodeData extends Record<string, unknown> {
  readonly node: FlowNode;
  readonly problems: readonly Issue[];
  readonly sim?: SimMark;
}

/** Data of one canvas edge: the flow edge, whether it leaves a condition, its caption and problems. */
export interface FlowEdgeData extends Record<string, unknown> {
  readonly edge: FlowEdge;
  readonly fromCondition: boolean;
  readonly caption: EdgeCaption;
  readonly problems: readonly Issue[];
  readonly sim?: boolean;
}

export type FlowRfNode = Node<FlowNodeData, 'flow'>;
export type FlowRfEdge = Edge<FlowEdgeData>;

interface NodeEntry {
  node: FlowNode; x: number; y: number; selected: boolean; problems: readonly Issue[]; problemKey: string;
  width?: number; height?: number; sim?: SimMark; rf: FlowRfNode;
}

const issueKey = (list: readonly Issue[]) => list.map((i) => `${i.code}:${i.message.zh}`).join('|');

/**
 * Returns a function mapping the flow's nodes to xyflow nodes that reuses the previous node object
 * whenever nothing about it changed, so memoised node components skip re-rendering (a 300-node
 * flow stays fluid while one node is dragged). Not pure: keeps a cache between calls.
 */
export function createNodeMapper() {
  let cache = new Map<string, NodeEntry>();
  return function mapNodes(
    nodes: readonly FlowNode[],
    drag: ReadonlyMap<string, { x: number; y: number }> | null,
    selected: ReadonlySet<string>,
    problems: ReadonlyMap<string, readonly Issue[]>,
    measured: ReadonlyMap<string, { width: number; height: number }>,
    sim: ReadonlyMap<string, SimMark> | null,
  ): FlowRfNode[] {
    const next = new Map<string, NodeEntry>();
    const out: FlowRfNode[] = [];
    for (const node of nodes) {
      const pos = drag?.get(node.id) ?? node.position ?? { x: 0, y: 0 };
      const isSelected = selected.has(node.id);
      const nodeProblems = problems.get(node.id) ?? [];
      const problemKey = issueKey(nodeProblems);
      const size = measured.get(node.id);
      const mark = sim?.get(node.id);
      const prev = cache.get(node.id);
      let entry: NodeEntry;
      if (prev && prev.node === node && prev.x === pos.x && prev.y === pos.y && prev.selected === isSelected
        && prev.problemKey === problemKey && prev.width === size?.width && prev.height === size?.height && prev.sim === mark) {
        entry = prev;
      } else {
        const data: FlowNodeData = prev && prev.node === node && prev.problemKey === problemKey && prev.sim === mark
          ? prev.rf.data
          : { node, problems: nodeProblems, ...(mark ? { sim: mark } : {}) };
        const rf: FlowRfNode = {
          id: node.id, type: 'flow', position: { x: pos.x, y: pos.y }, data, selected: isSelected,
          deletable: true,
          ...(size ? { measured: size } : {}),
        };
        entry = { node, x: pos.x, y: pos.y, selected: isSelected, problems: nodeProblems, problemKey, width: size?.width, height: size?.height, sim: mark, rf };
      }
      next.set(node.id, entry);
      out.push(entry.rf);
    }
    cache = next;
    return out;
  };
}

interface EdgeEntry { edge: FlowEdge; selected: boolean; problemKey: string; fromCondition: boolean; caption: EdgeCaption; sim: boolean; rf: FlowRfEdge }

const sameCaption = (a: EdgeCaption, b: EdgeCaption) => a.text === b.text && a.detail === b.detail && a.code === b.code;

/** Returns a caching mapper from flow edges to xyflow edges (same reuse rule as the node mapper). */
export function createEdgeMapper() {
  let cache = new Map<string, EdgeEntry>();
  return function mapEdges(
    edges: readonly FlowEdge[],
    conditionIds: ReadonlySet<string>,
    selected: ReadonlySet<string>,
    problems: ReadonlyMap<string, readonly Issue[]>,
    captionOf: (edge: FlowEdge, fromCondition: boolean) => EdgeCaption,
    simEdges: ReadonlySet<string> | null,
  ): FlowRfEdge[] {
    const next = new Map<string, EdgeEntry>();
    const out: FlowRfEdge[] = [];
    for (const edge of edges) {
      const isSelected = selected.has(edge.id);
      const edgeProblems = problems.get(edge.id) ?? [];
      const problemKey = issueKey(edgeProblems);
      const fromCondition = conditionIds.has(edge.source);
      const caption = captionOf(edge, fromCondition);
      const sim = simEdges?.has(edge.id) ?? false;
      const prev = cache.get(edge.id);
      let entry: EdgeEntry;
      if (prev && prev.edge === edge && prev.selected === isSelected && prev.problemKey === problemKey
        && prev.fromCondition === fromCondition && sameCaption(prev.caption, caption) && prev.sim === sim) {
        entry = prev;
      } else {
        const bad = edgeProblems.length > 0;
        const color = bad ? '#d4380d' : sim ? '#1677ff' : edge.on === 'rejected' ? '#cf1322' : edge.default ? '#8c8c8c' : '#7a8699';
        const rf: FlowRfEdge = {
          id: edge.id, source: edge.source, target: edge.target, type: 'branch', selected: isSelected,
          data: { edge, fromCondition, caption, problems: edgeProblems, sim },
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
          style: { stroke: color, strokeWidth: isSelected || sim ? 2.5 : 1.6, ...(edge.default ? { strokeDasharray: '6 4' } : {}) },
          animated: sim,
          interactionWidth: 24,
          className: bad ? 'sf-flow-edge--problem' : '',
        };
        entry = { edge, selected: isSelected, problemKey, fromCondition, caption, sim, rf };
      }
      next.set(edge.id, entry);
      out.push(entry.rf);
    }
    cache = next;
    return out;
  };
}
