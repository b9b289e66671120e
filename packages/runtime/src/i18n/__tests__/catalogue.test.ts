import { describe, expect, it } from 'vitest';
import { formatMessage } from '../catalogue.js';

describe('error messages', () => {
  it('fill a step name given in both languages in each language, and plain values as they are', () => {
    expect(formatMessage('FLOW_ACTION_NOT_ALLOWED', { node: { zh: '首次面谈', en: 'First interview' }, action: 'transfer' })).toEqual({
      zh: '节点“首次面谈”不允许“transfer”操作',
      en: 'Action "transfer" is not allowed at node "First interview"',
    });
    // A name without English reads in Chinese in both
    expect(formatMessage('FLOW_ACTION_NOT_ALLOWED', { node: { zh: '首次面谈', en: '' }, action: 'cc' }).en).toContain('"首次面谈"');
  });
});
