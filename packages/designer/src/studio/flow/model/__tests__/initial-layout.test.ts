import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from '@siteflow/runtime';
import { editorReducer, initEditor } from '../editor-state.js';
import { moveNodes } from '../flow-edits.js';
import { arrangesOnOpen, needsInitialLayout } from '../initial-layout.js';

const node = (id: string, position?: { x: number; y: number }): FlowNode =>
  ({ id, kind: 'task', name: { zh: id, en: id }, taskType: 'approve', assignees: [{ kind: 'initiator' }], mode: 'any', actions: ['approve'], ...(position ? { position } : {}) });
const flow = (nodes: FlowNode[]): FlowDefinition => ({ key: 'f', name: { zh: 'f', en: 'f' }, formKey: 'x', nodes, edges: [] });
// Node i at column i mod 4, row i div 4: how the shipped 客户退订处理 stored its placeholders.
const grid = (n: number, columns = 4) => Array.from({ length: n }, (_, i) => node(`n${i}`, { x: (i % columns) * 260, y: Math.floor(i / columns) * 160 }));

describe('laying out a flow when it opens', () => {
  it('lays out flows without drawn positions: none stored, all on one point, or a generated grid', () => {
    expect(needsInitialLayout(flow([node('a'), node('b'), node('c')]))).toBe(true);
    expect(needsInitialLayout(flow([node('a', { x: 0, y: 0 }), node('b', { x: 0, y: 0 })]))).toBe(true);
    expect(needsInitialLayout(flow(grid(30)))).toBe(true);
    expect(needsInitialLayout(flow(grid(6, 6)))).toBe(true); // one row, like 谣言处置
  });

  it('keeps positions a person chose', () => {
    const dragged = grid(12);
    dragged[5] = node('n5', { x: 300, y: 190 });
    expect(needsInitialLayout(flow(dragged))).toBe(false);
    // a chain drawn top-down in one column, a partly placed flow, a single node
    expect(needsInitialLayout(flow([node('a', { x: 0, y: 0 }), node('b', { x: 0, y: 150 }), node('c', { x: 0, y: 300 })]))).toBe(false);
    expect(needsInitialLayout(flow([node('a', { x: 10, y: 0 }), node('b')]))).toBe(false);
    expect(needsInitialLayout(flow([node('a')]))).toBe(false);
  });

  it('leaves very big flows to the 自动布局 button, which the user can wait for', () => {
    expect(arrangesOnOpen(flow(grid(30)))).toBe(true);
    expect(arrangesOnOpen(flow(grid(300, 12)))).toBe(false);
    expect(needsInitialLayout(flow(grid(300, 12)))).toBe(true);
  });

  it('makes the layout part of the loaded draft: nothing unsaved, nothing to undo', () => {
    const opened = initEditor(flow(grid(8)), 3);
    const arranged = editorReducer(opened, { type: 'arranged', positions: new Map([['n0', { x: 40, y: 0 }], ['n1', { x: 40, y: 150 }]]) });
    expect(arranged.history.doc.nodes[1]?.position).toEqual({ x: 40, y: 150 });
    expect(arranged.history.doc).toBe(arranged.saved); // the toolbar shows 已保存
    expect(arranged.history.past).toHaveLength(0);
    expect(arranged.version).toBe(3);
    // And once the user has moved something, a late layout does not overwrite it
    const moved = editorReducer(opened, { type: 'edit', edit: moveNodes('move', new Map([['n0', { x: 0, y: 0 }]]), new Map([['n0', { x: 5, y: 5 }]])) });
    expect(editorReducer(moved, { type: 'arranged', positions: new Map([['n0', { x: 40, y: 0 }]]) })).toBe(moved);
  });
});
