import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

/** A node box handed to the layout: its id and measured size in canvas pixels. */
export interface LayoutBox {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

/** One directed connection between two boxes. */
export interface LayoutLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

// One engine for the page; elk.bundled runs in the main thread, which is fine for a few hundred nodes.
let engine: InstanceType<typeof ELK> | null = null;

/**
 * Returns top-left positions for every box, laid out top-down by ELK's layered algorithm with
 * network-simplex placement. Connections enter and leave at the middle of a card's top and
 * bottom, as the canvas draws them, so a connection that skips a row is given its own lane and
 * is not drawn through the cards it passes. Not pure: runs the ELK engine, async.
 */
export async function layoutTopDown(boxes: readonly LayoutBox[], links: readonly LayoutLink[]): Promise<Map<string, { x: number; y: number }>> {
  engine ??= new ELK();
  const known = new Set(boxes.map((b) => b.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '36',
      // Steps sit as close to the start as they can: branches read top-down, extra steps push only their own branch down.
      'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: boxes.map((b) => ({
      id: b.id, width: b.width, height: b.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports: [
        { id: `${b.id}:in`, x: b.width / 2, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } },
        { id: `${b.id}:out`, x: b.width / 2, y: b.height, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } },
      ],
    })),
    // Dangling links (half-built flows) would make ELK throw; the designer shows them as problems instead.
    edges: links.filter((l) => known.has(l.source) && known.has(l.target) && l.source !== l.target)
      .map((l) => ({ id: l.id, sources: [`${l.source}:out`], targets: [`${l.target}:in`] })),
  };
  const result = await engine.layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of result.children ?? []) positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  return positions;
}
