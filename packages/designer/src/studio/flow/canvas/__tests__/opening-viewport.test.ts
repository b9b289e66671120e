import { describe, expect, it } from 'vitest';
import type { FlowNode } from '@siteflow/runtime';
import { READABLE_ZOOM, flowBounds, openingViewport, startNodeBox } from '../opening-viewport.js';

const node = (id: string, kind: FlowNode['kind'], x: number, y: number): FlowNode =>
  ({ id, kind, name: { zh: id, en: id }, position: { x, y } }) as FlowNode;
// The canvas of the designer on a 1,440×900 screen (between the palette and the property panel).
const canvas = { width: 930, height: 680 };
/** Where a flow point lands on screen under the viewport. */
const onScreen = (vp: { x: number; y: number; zoom: number }, p: { x: number; y: number }) => ({ x: vp.x + p.x * vp.zoom, y: vp.y + p.y * vp.zoom });

describe('the viewport a flow opens with', () => {
  it('frames a small flow whole and centred, at most at 100 %', () => {
    const nodes = [node('start', 'start', 0, 0), node('t', 'task', 0, 150), node('end', 'end', 0, 300)];
    const bounds = flowBounds(nodes, new Map())!;
    expect(bounds).toEqual({ x: 0, y: 0, width: 220, height: 386 });
    const vp = openingViewport(bounds, canvas, startNodeBox(nodes, new Map()));
    expect(vp.zoom).toBe(1);
    // centred: the flow's middle is the canvas's middle
    expect(onScreen(vp, { x: 110, y: 193 })).toEqual({ x: canvas.width / 2, y: canvas.height / 2 });
  });

  it('frames a flow whole when it fits at a readable zoom', () => {
    const bounds = { x: 0, y: 0, width: 900, height: 600 };
    const vp = openingViewport(bounds, canvas, { x: 240, y: 0, width: 220, height: 86 });
    expect(vp.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(vp.zoom).toBeLessThan(1);
    const topLeft = onScreen(vp, { x: 0, y: 0 });
    const bottomRight = onScreen(vp, { x: 900, y: 600 });
    expect(topLeft.x).toBeGreaterThan(0);
    expect(topLeft.y).toBeGreaterThan(0);
    expect(bottomRight.x).toBeLessThan(canvas.width);
    expect(bottomRight.y).toBeLessThan(canvas.height);
  });

  it('opens a tall 30-node flow readable, with the start node at the top, centred on it', () => {
    // 30 steps in four columns, 8 rows deep, the start node on top, in the middle
    const nodes = [node('start', 'start', 390, 0), ...Array.from({ length: 29 }, (_, i) => node(`n${i}`, 'task', (i % 4) * 260, 150 + Math.floor(i / 4) * 150))];
    const measured = new Map([['start', { width: 220, height: 60 }]]);
    const vp = openingViewport(flowBounds(nodes, measured)!, canvas, startNodeBox(nodes, measured));
    // 4 columns = 1,000 px wide, 1,286 px tall: the whole flow would need ~0.44; its width fits at ~0.78
    expect(vp.zoom).toBeCloseTo(776 / 1000);
    const startTop = onScreen(vp, { x: 390 + 110, y: 0 });
    expect(startTop.y).toBeGreaterThan(0);
    expect(startTop.y).toBeLessThan(40);
    expect(startTop.x).toBeCloseTo(canvas.width / 2);
  });

  it('opens a wide and tall flow at the readable zoom, not the width-fit one', () => {
    const bounds = { x: -200, y: 0, width: 2400, height: 3000 };
    const vp = openingViewport(bounds, canvas, null);
    expect(vp.zoom).toBe(READABLE_ZOOM);
    // no start node: centred on the flow, its top just below the canvas's top edge
    expect(onScreen(vp, { x: 1000, y: 0 }).x).toBeCloseTo(canvas.width / 2);
    expect(onScreen(vp, { x: 1000, y: 0 }).y).toBe(24);
  });

  it('does not leave half the canvas empty when the start node sits at the edge of a wide flow', () => {
    // the 300-node grid: 12 columns, the start node above the first one
    const bounds = { x: 0, y: -140, width: 11 * 260 + 220, height: 3900 };
    const vp = openingViewport(bounds, canvas, { x: 0, y: -140, width: 220, height: 60 });
    expect(vp.zoom).toBe(READABLE_ZOOM);
    // the flow's left edge sits at the padding (77 px), not in the middle of the canvas
    expect(onScreen(vp, { x: 0, y: -140 })).toEqual({ x: 77, y: 24 });
  });

  it('keeps the whole width in view when it fits but the height does not', () => {
    // 800 px wide at 0.7 is 560 px: the start node on the right is not centred if that would cut off the left
    const bounds = { x: 0, y: 0, width: 1200, height: 5000 };
    const vp = openingViewport(bounds, { width: 1000, height: 680 }, { x: 980, y: 0, width: 220, height: 86 });
    expect(vp.zoom).toBeCloseTo(0.7);
    expect(onScreen(vp, { x: 0, y: 0 }).x).toBeGreaterThanOrEqual(0);
    expect(onScreen(vp, { x: 1200, y: 0 }).x).toBeLessThanOrEqual(1000);
  });

  it('never zooms a tall narrow flow past 100 %', () => {
    const vp = openingViewport({ x: 0, y: 0, width: 220, height: 4000 }, canvas, { x: 0, y: 0, width: 220, height: 86 });
    expect(vp.zoom).toBe(1);
  });

  it('finds no bounds for an empty flow and no start box without a start node', () => {
    expect(flowBounds([], new Map())).toBeNull();
    expect(startNodeBox([node('t', 'task', 0, 0)], new Map())).toBeNull();
  });
});
