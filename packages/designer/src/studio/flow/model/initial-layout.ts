import type { FlowDefinition, FlowNode } from '@siteflow/runtime';

type XY = { readonly x: number; readonly y: number };

/**
 * Returns true when no node of the flow carries a position a person chose, so the designer lays
 * the flow out itself when it opens: every position missing, all nodes on one point (the
 * canvas's default), or every node on a generated row-major grid — node i at column i mod c,
 * row i div c with equal steps, which is how imported and shipped flows without a drawn layout
 * store placeholders. A flow with at least one position of its own is left as it is. Pure.
 */
export function needsInitialLayout(flow: Pick<FlowDefinition, 'nodes'>): boolean {
  const { nodes } = flow;
  if (nodes.length < 2) return false;
  const positions = nodes.map((n) => n.position);
  if (positions.every((p) => p === undefined)) return true;
  if (positions.some((p) => p === undefined)) return false;
  const placed = positions as XY[];
  const first = placed[0]!;
  if (placed.every((p) => p.x === first.x && p.y === first.y)) return true;
  return isGeneratedGrid(placed);
}

// ELK lays out 30 cards in a blink but needs seconds for a few hundred, on the main thread: such
// flows open as stored and 自动布局 stays one click away.
const ARRANGE_ON_OPEN_MAX_NODES = 150;

/** Returns true when the designer lays the flow out as it opens: no drawn positions, at most 150 nodes. Pure. */
export function arrangesOnOpen(flow: Pick<FlowDefinition, 'nodes'>): boolean {
  return flow.nodes.length <= ARRANGE_ON_OPEN_MAX_NODES && needsInitialLayout(flow);
}

/** True when the positions fill a row-major grid of at least two columns with equal steps. */
function isGeneratedGrid(placed: readonly XY[]): boolean {
  const first = placed[0]!;
  let columns = 1;
  while (columns < placed.length && placed[columns]!.y === first.y) columns++;
  // One column is a chain drawn top-down already: nothing to tidy.
  if (columns < 2) return false;
  const dx = placed[1]!.x - first.x;
  const dy = columns < placed.length ? placed[columns]!.y - first.y : 1;
  if (dx <= 0 || dy <= 0) return false;
  return placed.every((p, i) => p.x === first.x + (i % columns) * dx && p.y === first.y + Math.floor(i / columns) * dy);
}

/** Returns the flow with the nodes moved to `positions` (nodes without one keep theirs). Pure. */
export function withPositions(flow: FlowDefinition, positions: ReadonlyMap<string, XY>): FlowDefinition {
  const nodes = flow.nodes.map((n): FlowNode => {
    const at = positions.get(n.id);
    return at ? { ...n, position: { x: at.x, y: at.y } } : n;
  });
  return { ...flow, nodes };
}

/** Size assumed for a node the canvas has not measured yet (a card is 220 px wide). */
export const DEFAULT_NODE_SIZE = { width: 220, height: 86 } as const;
