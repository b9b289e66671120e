import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FormDefinition } from '@siteflow/runtime';
import { flowChanges, formChanges } from '../version-diff.js';

const m = (zh: string, en = zh) => ({ zh, en });
const flow = {
  key: 'order', name: m('退订工单'), formKey: 'order',
  nodes: [
    { id: 'start', kind: 'start', name: m('开始'), position: { x: 0, y: 0 } },
    { id: 'triage', kind: 'task', name: m('分类研判'), taskType: 'approve', assignees: [{ kind: 'role', role: 'siteManager' }], mode: 'any', actions: ['approve'], sla: { duration: { amount: 24, unit: 'hours' } }, position: { x: 0, y: 100 } },
    { id: 'end', kind: 'end', name: m('结束') },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'triage' }, { id: 'e2', source: 'triage', target: 'end' }],
} as unknown as FlowDefinition;

describe('what changed between two flow versions', () => {
  it('names added, removed, renamed and edited steps, then the links and settings', () => {
    const next = {
      ...flow, starterRoles: ['siteManager'],
      nodes: [
        flow.nodes[0],
        { ...flow.nodes[1], sla: { duration: { amount: 12, unit: 'hours' } } },
        { id: 'bureau', kind: 'task', name: m('教育局对接'), taskType: 'fill', assignees: [], mode: 'any', actions: ['submit'] },
      ],
      edges: [{ id: 'e1', source: 'start', target: 'triage' }, { id: 'e3', source: 'triage', target: 'bureau' }],
    } as unknown as FlowDefinition;
    expect(flowChanges(flow, next)).toEqual([
      { kind: 'changed', name: m('分类研判') },
      { kind: 'added', name: m('教育局对接') },
      { kind: 'removed', name: m('结束') },
      { kind: 'links' },
      { kind: 'settings' },
    ]);
  });

  it('sees a rename, and nothing when only the layout moved', () => {
    const renamed = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'triage' ? { ...n, name: m('分类研判（24小时）') } : n)) } as FlowDefinition;
    expect(flowChanges(flow, renamed)).toEqual([{ kind: 'renamed', name: m('分类研判（24小时）'), from: m('分类研判') }]);
    const moved = { ...flow, version: 2, nodes: flow.nodes.map((n) => ({ ...n, position: { x: 500, y: 500 } })) } as FlowDefinition;
    expect(flowChanges(flow, moved)).toEqual([]);
  });
});

describe('what changed between two form versions', () => {
  const text = (label: string, extra: Record<string, unknown> = {}) => ({ type: 'string', 'x-ui': { fieldType: 'text', label: m(label) }, ...extra });
  const form = { key: 'f', name: m('来访登记'), schema: { type: 'object', required: ['customerName'], properties: { customerName: text('客户姓名'), note: text('备注') } } } as unknown as FormDefinition;

  it('names fields added, removed, relabelled and made required', () => {
    const next = { ...form, schema: { type: 'object', required: ['customerName', 'school'], properties: { customerName: text('客户姓名（必填）'), school: text('学校名称') } } } as unknown as FormDefinition;
    expect(formChanges(form, next)).toEqual([
      { kind: 'renamed', name: m('客户姓名（必填）'), from: m('客户姓名') },
      { kind: 'added', name: m('学校名称') },
      { kind: 'removed', name: m('备注') },
    ]);
    const required = { ...form, schema: { ...form.schema, required: ['customerName', 'note'] } } as FormDefinition;
    expect(formChanges(form, required)).toEqual([{ kind: 'changed', name: m('备注') }]);
  });

  it('reports a change outside the fields as settings, and nothing for the same form', () => {
    expect(formChanges(form, { ...form, name: m('来访登记表') })).toEqual([{ kind: 'settings' }]);
    expect(formChanges(form, { ...form, version: 2 } as FormDefinition)).toEqual([]);
  });
});
