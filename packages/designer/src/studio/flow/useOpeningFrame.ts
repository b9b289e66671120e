import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { FlowNode } from '@siteflow/runtime';
import { flowBounds, openingViewport, startNodeBox } from './canvas/opening-viewport.js';

type Sizes = ReadonlyMap<string, { width: number; height: number }>;

const canvasReady = (s: ReactFlowState) => !!s.panZoom && s.width > 0 && s.height > 0;

/**
 * Frames the flow readably (see openingViewport) once, when it opens: as soon as the canvas has a
 * size, or after the on-open layout while `arranging`. Returns `frame`, which frames the flow
 * again on the next frame (after 自动布局), from the positions rendered by then. Positions come
 * from the document, sizes from the canvas's measurements or the default card size: a big flow
 * never measures its off-screen cards.
 */
export function useOpeningFrame(nodes: readonly FlowNode[], measured: Sizes, arranging: boolean): (durationMs?: number) => void {
  const rf = useReactFlow();
  const store = useStoreApi();
  const ready = useStore(canvasReady);
  const latest = useRef({ nodes, measured });
  latest.current = { nodes, measured };

  const frameNow = useCallback((duration?: number) => {
    const { width, height } = store.getState();
    const { nodes: ns, measured: sizes } = latest.current;
    const bounds = flowBounds(ns, sizes);
    if (!bounds) return;
    void rf.setViewport(openingViewport(bounds, { width, height }, startNodeBox(ns, sizes)), duration ? { duration } : undefined);
  }, [rf, store]);

  const framed = useRef(false);
  useEffect(() => {
    if (framed.current || !ready || arranging) return;
    framed.current = true;
    frameNow();
  }, [ready, arranging, frameNow]);

  return useCallback((duration?: number) => {
    window.requestAnimationFrame(() => frameNow(duration));
  }, [frameNow]);
}
