import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@siteflow/runtime';
import { copyKey, copyOfDefinition } from '../copy-definition.js';

describe('复制 a form or a flow', () => {
  it('suggests the first free copy key, within the key length limit', () => {
    expect(copyKey('cancellation-work-order', new Set(['cancellation-work-order']), 63)).toBe('cancellation-work-order-copy');
    expect(copyKey('refund', new Set(['refund', 'refund-copy', 'refund-copy-2']), 63)).toBe('refund-copy-3');
    const long = `a${'b'.repeat(63)}`;
    const copied = copyKey(long, new Set([long]), 64);
    expect(copied).toHaveLength(64);
    expect(copied.endsWith('-copy')).toBe(true);
  });

  it('keeps every step, link and setting of the source under the new key and name, without its published version', () => {
    const source = {
      key: 'refund', name: { zh: '退款', en: 'Refund' }, formKey: 'refund-form', version: 3, supervisorRoles: ['siteManager'],
      nodes: [{ id: 'start', kind: 'start', name: { zh: '开始', en: 'Start' } }, { id: 'end', kind: 'end', name: { zh: '结束', en: 'End' } }],
      edges: [{ id: 'e1', source: 'start', target: 'end' }],
    } as unknown as FlowDefinition;
    const copy = copyOfDefinition(source, 'refund-copy', { zh: '退款（副本）', en: 'Refund (copy)' });
    const { version: _v, ...kept } = source;
    expect(copy).toStrictEqual({ ...kept, key: 'refund-copy', name: { zh: '退款（副本）', en: 'Refund (copy)' } });
    expect(source.key).toBe('refund');
  });
});
