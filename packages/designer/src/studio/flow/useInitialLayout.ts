import { useEffect, useRef, useState } from 'react';
import type { EditorAction, EditorState } from './model/editor-state.js';
import { DEFAULT_NODE_SIZE, arrangesOnOpen } from './model/initial-layout.js';

// Nodes of a big flow outside the viewport are never measured: after this wait, lay out with what is known.
const MEASURE_WAIT_MS = 800;

/**
 * Lays out a flow that opens without drawn positions (see arrangesOnOpen) once the canvas has
 * measured its cards, as part of loading it: no undo step and no unsaved changes. Returns true
 * while that layout is pending, so the canvas can hide the placeholder grid. If the layout engine
 * fails, the flow stays as stored and 自动布局 remains available.
 */
export function useInitialLayout(state: EditorState, dispatch: (action: EditorAction) => void): boolean {
  const [arranging, setArranging] = useState(() => arrangesOnOpen(state.saved));
  // ELK (1.4 MB) starts loading at once, while the canvas still measures the cards.
  // If it fails to load (offline), the flow stays as stored.
  const [engine] = useState(() => (arranging ? import('./model/auto-layout.js').catch(() => null) : null));
  const started = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const measuredAll = arranging && state.history.doc.nodes.every((n) => state.measured.has(n.id));

  useEffect(() => {
    if (!arranging || !engine) return;
    const run = () => {
      if (started.current) return;
      started.current = true;
      const s = stateRef.current;
      const doc = s.history.doc;
      const boxes = doc.nodes.map((n) => ({ id: n.id, ...(s.measured.get(n.id) ?? DEFAULT_NODE_SIZE) }));
      engine
        .then((elk) => elk?.layoutTopDown(boxes, doc.edges))
        .then((positions) => { if (positions) dispatch({ type: 'arranged', positions }); })
        .catch(() => undefined)
        .finally(() => setArranging(false));
    };
    if (measuredAll) {
      run();
      return undefined;
    }
    const timer = setTimeout(run, MEASURE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [arranging, engine, measuredAll, dispatch]);

  return arranging;
}
