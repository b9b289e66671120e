import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { BorderInnerOutlined } from '@ant-design/icons';
import {
  Background, ControlButton, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type NodeChange, type OnDelete,
} from '@xyflow/react';
import type { Issue, NodeKind } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { flowMessages } from '../messages.js';
import { describeEdge } from '../model/describe.js';
import type { DesignerField } from '../model/form-fields.js';
import { FlowFieldsProvider } from './flow-fields-context.js';
import type { EditorAction, EditorState } from '../model/editor-state.js';
import { moveNodes } from '../model/flow-edits.js';
import { FlowNodeCard } from '../nodes/FlowNodeCard.js';
import { BranchEdge } from './BranchEdge.js';
import { FIT_VIEW_OPTIONS } from './opening-viewport.js';
import { minimapShown, rememberMinimap } from './minimap-preference.js';
import { kindStyle } from '../nodes/kind-style.js';
import { createEdgeMapper, createNodeMapper, type FlowRfEdge, type FlowRfNode, type SimMark } from './to-rf.js';

/** The MIME type the palette puts on a drag: the node kind to create. */
export const PALETTE_MIME = 'application/x-siteflow-node';

// Defined once: xyflow re-mounts every node when nodeTypes changes identity.
const nodeTypes = { flow: FlowNodeCard };
const edgeTypes = { branch: BranchEdge };
const LARGE_FLOW = 150;

/** Props of the flow canvas. */
export interface FlowCanvasProps {
  readonly state: EditorState;
  readonly dispatch: (action: EditorAction) => void;
  readonly problems: ReadonlyMap<string, readonly Issue[]>;
  readonly sim: { readonly nodes: ReadonlyMap<string, SimMark>; readonly edges: ReadonlySet<string> } | null;
  /** A palette item was dropped at `position` (flow coordinates), possibly onto edge `onEdge`. */
  readonly onDropKind: (kind: NodeKind, position: { x: number; y: number }, onEdge: string | null) => void;
  readonly onConnect: (connection: Connection) => void;
  readonly onDelete: (nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>) => void;
  readonly readOnly?: boolean;
  /** The form's fields, naming fields and choices in branch captions. */
  readonly fields: readonly DesignerField[];
  /** True while a flow without drawn positions is being laid out: the placeholder grid stays hidden. */
  readonly arranging?: boolean;
}

function edgeUnderPointer(x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const caption = el.closest('.sf-edge-label');
    if (caption) return caption.getAttribute('data-edge-id');
    const edge = el.closest('.react-flow__edge');
    if (edge) return edge.getAttribute('data-id');
    if (el.closest('.react-flow__node')) return null; // dropped on a node, not between nodes
  }
  return null;
}

/**
 * Renders the xyflow canvas of a flow definition: custom node cards, branch labels, minimap,
 * zoom controls, selection, dragging (committed as one undo step on drop), connecting, deleting
 * and dropping palette items (also onto an edge, to insert a step on a branch).
 */
export function FlowCanvas({ state, dispatch, problems, sim, onDropKind, onConnect, onDelete, readOnly, fields, arranging }: FlowCanvasProps) {
  const { lang } = useLang();
  const t = useT(flowMessages);
  const flow = useReactFlow<FlowRfNode, FlowRfEdge>();
  const doc = state.history.doc;
  const stateRef = useRef(state);
  stateRef.current = state;
  // The minimap can cover the card at the canvas's bottom-right corner: the user may hide it (remembered on the device).
  const [showMinimap, setShowMinimap] = useState(minimapShown);
  const toggleMinimap = useCallback(() => setShowMinimap((shown) => { rememberMinimap(!shown); return !shown; }), []);
  const minimapLabel = t(showMinimap ? 'flow.canvas.hideMinimap' : 'flow.canvas.showMinimap');

  const mapNodes = useMemo(() => createNodeMapper(), []);
  const mapEdges = useMemo(() => createEdgeMapper(), []);
  const nodes = useMemo(
    () => mapNodes(doc.nodes, state.drag, state.selection.nodes, problems, state.measured, sim?.nodes ?? null),
    [mapNodes, doc.nodes, state.drag, state.selection.nodes, problems, state.measured, sim],
  );
  const conditionIds = useMemo(() => new Set(doc.nodes.filter((n) => n.kind === 'condition').map((n) => n.id)), [doc.nodes]);
  const captionOf = useCallback((e: Parameters<typeof describeEdge>[0], c: boolean) => describeEdge(e, c, lang, fields), [lang, fields]);
  const edges = useMemo(
    () => mapEdges(doc.edges, conditionIds, state.selection.edges, problems, captionOf, sim?.edges ?? null),
    [mapEdges, doc.edges, conditionIds, state.selection.edges, problems, captionOf, sim],
  );

  // Sizes arrive node by node as xyflow measures them; one state update per frame keeps a
  // 300-node first render linear instead of re-rendering the canvas once per node.
  const pendingSizes = useRef(new Map<string, { width: number; height: number }>());
  const sizeFrame = useRef<number | null>(null);
  const queueSizes = useCallback((sizes: Map<string, { width: number; height: number }>) => {
    for (const [id, size] of sizes) pendingSizes.current.set(id, size);
    if (sizeFrame.current !== null) return;
    sizeFrame.current = requestAnimationFrame(() => {
      sizeFrame.current = null;
      const batch = pendingSizes.current;
      pendingSizes.current = new Map();
      dispatch({ type: 'measured', sizes: batch });
    });
  }, [dispatch]);
  useEffect(() => () => { if (sizeFrame.current !== null) cancelAnimationFrame(sizeFrame.current); }, []);

  const onNodesChange = useCallback((changes: NodeChange<FlowRfNode>[]) => {
    const s = stateRef.current;
    const dragged = new Map<string, { x: number; y: number }>();
    const sizes = new Map<string, { width: number; height: number }>();
    let selNodes: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position && c.dragging) dragged.set(c.id, c.position);
      else if (c.type === 'dimensions' && c.dimensions) sizes.set(c.id, c.dimensions);
      else if (c.type === 'select') {
        selNodes ??= new Set(s.selection.nodes);
        if (c.selected) selNodes.add(c.id); else selNodes.delete(c.id);
      }
      // 'remove' arrives through onDelete as one undoable edit; 'add'/'replace' never come from xyflow here.
    }
    if (dragged.size) dispatch({ type: 'drag', positions: dragged });
    if (sizes.size) queueSizes(sizes);
    if (selNodes) dispatch({ type: 'select', selection: { nodes: selNodes, edges: s.selection.edges } });
  }, [dispatch, queueSizes]);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowRfEdge>[]) => {
    const s = stateRef.current;
    let selEdges: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'select') {
        selEdges ??= new Set(s.selection.edges);
        if (c.selected) selEdges.add(c.id); else selEdges.delete(c.id);
      }
    }
    if (selEdges) dispatch({ type: 'select', selection: { nodes: stateRef.current.selection.nodes, edges: selEdges } });
  }, [dispatch]);

  const onNodeDragStop = useCallback(() => {
    const s = stateRef.current;
    if (!s.drag || s.drag.size === 0) return;
    const byId = new Map(s.history.doc.nodes.map((n) => [n.id, n] as const));
    const from = new Map<string, { x: number; y: number } | undefined>();
    const to = new Map<string, { x: number; y: number }>();
    for (const [id, pos] of s.drag) {
      const before = byId.get(id)?.position;
      if (before && before.x === pos.x && before.y === pos.y) continue;
      from.set(id, before);
      to.set(id, { x: Math.round(pos.x), y: Math.round(pos.y) });
    }
    dispatch({ type: 'dragEnd' });
    if (to.size) dispatch({ type: 'edit', edit: moveNodes('move', from, to) });
  }, [dispatch]);

  const handleDelete: OnDelete<FlowRfNode, FlowRfEdge> = useCallback(({ nodes: ns, edges: es }) => {
    onDelete(new Set(ns.map((n) => n.id)), new Set(es.map((e) => e.id)));
  }, [onDelete]);

  const isValidConnection = useCallback((c: FlowRfEdge | Connection) => {
    if (c.source === c.target) return false;
    return !stateRef.current.history.doc.edges.some((e) => e.source === c.source && e.target === c.target);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
    if (!kind || !(kind in kindStyle)) return;
    event.preventDefault();
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    onDropKind(kind, position, edgeUnderPointer(event.clientX, event.clientY));
  }, [flow, onDropKind]);

  const miniColor = useCallback((n: FlowRfNode) => (n.data.problems.length ? '#ff4d4f' : kindStyle[n.data.node.kind].color), []);

  return (
    <div className={`sf-flow-canvas${arranging ? ' is-arranging' : ''}`} onDragOver={onDragOver} onDrop={onDrop} data-testid="flow-canvas"
      aria-busy={arranging ? true : undefined}>
      {arranging && <div className="sf-flow-canvas__arranging" data-testid="flow-arranging">{t('flow.layout.arranging')}</div>}
      <FlowFieldsProvider value={fields}>
      <ReactFlow<FlowRfNode, FlowRfEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={handleDelete}
        isValidConnection={isValidConnection}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        onlyRenderVisibleElements={doc.nodes.length > LARGE_FLOW}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} color="#e6e8eb" />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS}>
          <ControlButton onClick={toggleMinimap} title={minimapLabel} aria-label={minimapLabel} aria-pressed={showMinimap}
            data-testid="flow-minimap-toggle">
            <BorderInnerOutlined />
          </ControlButton>
        </Controls>
        {showMinimap && <MiniMap position="bottom-right" pannable zoomable nodeColor={miniColor} nodeStrokeWidth={2} style={{ width: 160, height: 110 }} />}
      </ReactFlow>
      </FlowFieldsProvider>
    </div>
  );
}

