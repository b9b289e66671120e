import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@siteflow/runtime';
import {
  addField, applyEdit, containerKeys, containerRequired, fieldOfIssuePath, findProblems, getField, moveField, newFormDefinition,
  redo, removeField, renameKey, setRequired, stableStringify, startHistory, undo, updateUi, type History,
} from '../index.js';

const empty = () => newFormDefinition('cancelRequest', { zh: '退筹申请', en: 'Cancellation request' });

/** Adds fields of the given types at the end of the form and returns the history. */
function build(types: readonly Parameters<typeof addField>[1][]): History<FormDefinition> {
  let h = startHistory(empty());
  for (const type of types) h = applyEdit(h, addField(h.doc, type, [], containerKeys(h.doc, []).length, 'add').edit);
  return h;
}

describe('form designer edits', () => {
  it('adds palette fields with unique keys in drop order, and the runtime accepts the result', () => {
    const h = build(['text', 'phone', 'phone', 'select']);
    expect(containerKeys(h.doc, [])).toEqual(['text1', 'phone1', 'phone2', 'select1']);
    expect(findProblems(h.doc)).toEqual([]);
  });

  it('undo and redo replay pure apply/revert pairs back to the exact same document', () => {
    const h0 = build(['text', 'phone', 'money']);
    const before = stableStringify(h0.doc);
    // When a field moves to the top, is made required and then removed
    let h = applyEdit(h0, moveField(h0.doc, { container: [], key: 'money1' }, [], 0, 'move')!.edit);
    h = applyEdit(h, setRequired(h.doc, { container: [], key: 'phone1' }, true, 'required'));
    h = applyEdit(h, removeField(h.doc, { container: [], key: 'phone1' }, 'remove'));
    expect(containerKeys(h.doc, [])).toEqual(['money1', 'text1']);
    expect(containerRequired(h.doc, [])).toEqual([]);
    // Then three undos restore the original document (same JSON; key order aside)
    const back = undo(undo(undo(h)));
    expect(stableStringify(back.doc)).toBe(before);
    // And three redos give the edited document again
    expect(stableStringify(redo(redo(redo(back))).doc)).toBe(stableStringify(h.doc));
  });

  it('typing a label coalesces into one undo step', () => {
    let h = build(['text']);
    const ref = { container: [], key: 'text1' };
    for (const zh of ['客', '客户', '客户姓', '客户姓名']) h = applyEdit(h, updateUi(h.doc, ref, 'label', { zh, en: 'Customer name' }, 'label'));
    expect(getField(h.doc, ref)?.['x-ui'].label.zh).toBe('客户姓名');
    expect(h.past).toHaveLength(2);
    expect(getField(undo(h).doc, ref)?.['x-ui'].label.zh).toBe('单行文本');
  });

  it('moves a required field into a section and a sub-table column keeps its type rules', () => {
    let h = build(['phone', 'section', 'subtable']);
    h = applyEdit(h, setRequired(h.doc, { container: [], key: 'phone1' }, true, 'required'));
    const moved = moveField(h.doc, { container: [], key: 'phone1' }, ['section1'], 0, 'move')!;
    h = applyEdit(h, moved.edit);
    expect(containerKeys(h.doc, [])).toEqual(['section1', 'subtable1']);
    expect(containerKeys(h.doc, ['section1'])).toEqual(['phone1']);
    expect(containerRequired(h.doc, ['section1'])).toEqual(['phone1']);
    h = applyEdit(h, addField(h.doc, 'money', ['subtable1'], 0, 'add').edit);
    expect(containerKeys(h.doc, ['subtable1'])).toEqual(['money1']);
    expect(findProblems(h.doc)).toEqual([]);
    // A section cannot move into itself
    expect(moveField(h.doc, { container: [], key: 'section1' }, ['section1'], 0, 'move')).toBeNull();
  });

  it('renames a key and keeps it required; refuses a taken key', () => {
    let h = build(['text', 'phone']);
    h = applyEdit(h, setRequired(h.doc, { container: [], key: 'phone1' }, true, 'required'));
    const renamed = renameKey(h.doc, { container: [], key: 'phone1' }, 'customerPhone', 'rename')!;
    h = applyEdit(h, renamed.edit);
    expect(containerKeys(h.doc, [])).toEqual(['text1', 'customerPhone']);
    expect(containerRequired(h.doc, [])).toEqual(['customerPhone']);
    expect(renameKey(h.doc, { container: [], key: 'text1' }, 'customerPhone', 'rename')).toBeNull();
  });

  it('places runtime problems on the field they are about', () => {
    let h = build(['select']);
    h = applyEdit(h, updateUi(h.doc, { container: [], key: 'select1' }, 'visibleWhen', { field: 'nowhere', op: 'eq', value: 'x' }, 'rule'));
    const problems = findProblems(h.doc);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.field).toEqual({ container: [], key: 'select1' });
    expect(fieldOfIssuePath('schema.properties.items.items.properties.amount.x-ui.formula')).toEqual({ container: ['items'], key: 'amount' });
  });
});
