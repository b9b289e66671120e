import type { FlowNode } from '@siteflow/runtime';
import { DEFAULT_NODE_SIZE } from '../model/initial-layout.js';

type Size = { readonly width: number; readonly height: number };
type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Where the canvas looks: flow point (0, 0) drawn at screen (x, y), scaled by zoom (xyflow's viewport). */
export interface FlowViewport { readonly x: number; readonly y: number; readonly zoom: number }

/**
 * The smallest zoom at which a card is read without zooming in: a card's title is 14 px and its
 * details 12 px, so at 0.7 they are drawn at about 10 px and 8.5 px, the smallest text a person
 * still reads on a desktop screen. At the ~0.35 a 30-node flow needs to fit, the text is 5 px.
 */
export const READABLE_ZOOM = 0.7;
/** The whole-flow framing: the canvas's fit-view (the Controls' button) uses the same options. */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 } as const;
/** Screen pixels between the canvas's top edge and the start node of a flow too tall to fit. */
const TOP_MARGIN = 24;

/** The box around every node of the flow, from the stored positions and the measured (else default) sizes; null when empty. Pure. */
export function flowBounds(nodes: readonly FlowNode[], measured: ReadonlyMap<string, Size>): Rect | null {
  if (nodes.length === 0) return null;
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const n of nodes) {
    const { x, y } = n.position ?? { x: 0, y: 0 };
    const { width, height } = measured.get(n.id) ?? DEFAULT_NODE_SIZE;
    left = Math.min(left, x); top = Math.min(top, y);
    right = Math.max(right, x + width); bottom = Math.max(bottom, y + height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** xyflow's number padding: a share of the canvas side split over both edges, in pixels. */
const paddingPx = (side: number) => Math.floor((side - side / (1 + FIT_VIEW_OPTIONS.padding)) / 2);

/**
 * Returns the viewport a flow opens with, in a canvas of `canvas` pixels. When the whole flow fits
 * at a readable zoom it is framed as the fit-view button frames it: centred, padded, at most 100 %.
 * Otherwise the canvas shows where reading starts: zoom fits the flow's width but stays between
 * READABLE_ZOOM and 100 %, the start node's top sits just below the canvas's top edge and the view
 * is centred on it horizontally (on the flow when there is no start node) as far as the flow's
 * width allows; the rest is a pan or scroll away. Pure.
 */
export function openingViewport(bounds: Rect, canvas: Size, start: Rect | null): FlowViewport {
  const padX = paddingPx(canvas.width);
  const padY = paddingPx(canvas.height);
  const widthZoom = (canvas.width - 2 * padX) / Math.max(bounds.width, 1);
  const heightZoom = (canvas.height - 2 * padY) / Math.max(bounds.height, 1);
  const fitZoom = Math.min(widthZoom, heightZoom, FIT_VIEW_OPTIONS.maxZoom);
  if (fitZoom >= READABLE_ZOOM) {
    return {
      x: canvas.width / 2 - (bounds.x + bounds.width / 2) * fitZoom,
      y: canvas.height / 2 - (bounds.y + bounds.height / 2) * fitZoom,
      zoom: fitZoom,
    };
  }
  const zoom = Math.min(Math.max(widthZoom, READABLE_ZOOM), 1);
  const anchor = start ?? bounds;
  const centred = canvas.width / 2 - (anchor.x + anchor.width / 2) * zoom;
  // A start node off the flow's middle would leave canvas empty on one side while the other side
  // is cut off: slide until the flow's near edge reaches the padding (or the whole width shows).
  const leftAtPadding = padX - bounds.x * zoom;
  const rightAtPadding = canvas.width - padX - (bounds.x + bounds.width) * zoom;
  const x = Math.min(Math.max(centred, Math.min(leftAtPadding, rightAtPadding)), Math.max(leftAtPadding, rightAtPadding));
  return { x, y: TOP_MARGIN - anchor.y * zoom, zoom };
}

/** The box of the flow's start node (measured, else default size), or null when it has none. Pure. */
export function startNodeBox(nodes: readonly FlowNode[], measured: ReadonlyMap<string, Size>): Rect | null {
  const start = nodes.find((n) => n.kind === 'start');
  if (!start) return null;
  const { x, y } = start.position ?? { x: 0, y: 0 };
  return { x, y, ...(measured.get(start.id) ?? DEFAULT_NODE_SIZE) };
}
