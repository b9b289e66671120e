import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, renderTree, type FormDefinition } from '../../../renderer/index.js';
import { columnNodes, defaultColumns } from '../columns.js';

// The shipped 退筹事件追踪表: seed 000 lists what it gathers (masked customer data, when the concern
// first showed, the product modules, the final reason from the callback, the owners' follow-ups).
const tracking = JSON.parse(readFileSync(new URL('../../../../../../templates/cancellation-tracking/forms/cancellation-tracking.json', import.meta.url), 'utf8')) as FormDefinition;
const nodes = columnNodes(renderTree(tracking));

describe('追踪表 columns', () => {
  it('open with the columns the form declares, as the seed’s table has them', () => {
    expect(defaultColumns(nodes, tracking.tableColumns)).toEqual(['customerName', 'customerPhone', 'concernFirstShownAt', 'modules', 'cause', 'ownerFollowups']);
  });

  it('fall back to required fields first, without sub-tables, when the form declares none or only unknown keys', () => {
    const automatic = defaultColumns(nodes, undefined);
    expect(automatic.slice(0, 4)).toEqual(['customerName', 'customerPhone', 'concernFirstShownAt', 'modules']);
    expect(automatic).not.toContain('ownerFollowups');
    expect(defaultColumns(nodes, ['gone'])).toEqual(automatic);
  });

  it('show a sub-table as its row count and latest row, without people ids', () => {
    const followups = nodes.find((n) => n.key === 'ownerFollowups')!;
    // (local times: the test does not depend on the machine's time zone)
    const rows = [
      { at: '2025-12-20T18:00:00', owner: 'usr_consultant', action: '电话安抚' },
      { at: '2025-12-21T10:00:00', owner: 'usr_consultant', action: '邀请参加工地开放日', result: '客户同意' },
    ];
    expect(formatValue(followups, rows, 'zh')).toBe('2 条，最近：2025年12月21日 10:00 · 邀请参加工地开放日');
    expect(formatValue(followups, rows, 'en')).toBe('2 row(s); latest: 2025-12-21 10:00 · 邀请参加工地开放日');
    expect(formatValue(followups, [], 'zh')).toBe('');
  });
});
