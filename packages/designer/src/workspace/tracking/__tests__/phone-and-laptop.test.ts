import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTree, type FormDefinition, type RenderNode } from '../../../renderer/index.js';
import { cardLayout } from '../card-lines.js';
import { columnNodes, columnWidth, CREATED_AT_WIDTH, defaultColumns, newFilter, STATUS_WIDTH } from '../columns.js';
import { DEFAULT_SORT, parseSort, sortFromHeader, sortKeys, sortOrderOf, sortString } from '../sort.js';

const tracking = JSON.parse(readFileSync(new URL('../../../../../../templates/cancellation-tracking/forms/cancellation-tracking.json', import.meta.url), 'utf8')) as FormDefinition;
const nodes = columnNodes(renderTree(tracking));
const byKey = new Map<string, RenderNode>(nodes.map((n) => [n.key, n]));

describe('追踪表 on a laptop', () => {
  it('gives the shipped table’s default view widths that fit a 1,440 px screen beside the side menu', () => {
    const columns = defaultColumns(nodes, tracking.tableColumns);
    const total = columns.reduce((sum, k) => sum + columnWidth(byKey.get(k)), 0) + CREATED_AT_WIDTH + STATUS_WIDTH;
    // The workspace main area is at most 1,280 px wide with 24 px padding each side.
    expect(total).toBeLessThanOrEqual(1280 - 48);
  });

  it('keeps a sub-table summary wider than a name, and a date-time as wide as 创建时间', () => {
    expect(columnWidth(byKey.get('ownerFollowups'))).toBeGreaterThan(columnWidth(byKey.get('customerName')));
    expect(columnWidth(byKey.get('concernFirstShownAt'))).toBe(CREATED_AT_WIDTH);
    expect(columnWidth(undefined)).toBeGreaterThan(0);
  });
});

describe('追踪表 sort', () => {
  it('reads and writes the API’s field / -field form', () => {
    expect(parseSort('-createdAt')).toEqual({ field: 'createdAt', desc: true });
    expect(parseSort('customerName')).toEqual({ field: 'customerName', desc: false });
    expect(sortString({ field: 'status', desc: true })).toBe('-status');
    expect(sortOrderOf('-createdAt', 'createdAt')).toBe('descend');
    expect(sortOrderOf('status', 'status')).toBe('ascend');
    expect(sortOrderOf('status', 'createdAt')).toBeNull();
  });

  it('goes back to newest first when a header click clears the order', () => {
    expect(sortFromHeader('customerName', 'ascend')).toBe('customerName');
    expect(sortFromHeader('status', 'descend')).toBe('-status');
    expect(sortFromHeader('status', null)).toBe(DEFAULT_SORT);
    expect(sortFromHeader(undefined, 'ascend')).toBe(DEFAULT_SORT);
  });

  it('offers the phone the sortable visible columns, 创建时间 and 状态, and a saved view’s hidden sort field', () => {
    const columns = defaultColumns(nodes, tracking.tableColumns);
    expect(sortKeys(columns, byKey, DEFAULT_SORT)).toEqual(['customerName', 'customerPhone', 'concernFirstShownAt', 'modules', 'cause', 'createdAt', 'status']);
    expect(sortKeys(['customerName'], byKey, '-cause')).toEqual(['customerName', 'createdAt', 'status', 'cause']);
  });
});

describe('追踪表 cards on a phone', () => {
  const row = { title: '赵**', data: { customerName: '赵**', customerPhone: '138****3158', cause: 'price' } };

  it('head the card with the field that holds the server’s (masked) title and list the other columns', () => {
    expect(cardLayout(row, ['customerName', 'customerPhone', 'cause'])).toEqual({ titleKey: 'customerName', lineKeys: ['customerPhone', 'cause'] });
  });

  it('still find the title’s field when the view hides it, and list every visible column', () => {
    expect(cardLayout(row, ['cause', 'customerPhone'])).toEqual({ titleKey: 'customerName', lineKeys: ['cause', 'customerPhone'] });
  });

  it('have no title field for an untitled record', () => {
    expect(cardLayout({ title: '', data: { customerName: '' } }, ['customerName'])).toEqual({ titleKey: null, lineKeys: ['customerName'] });
  });
});

describe('追踪表 conditions', () => {
  it('start with the first field and its first operator, or none without fields', () => {
    expect(newFilter(nodes)).toEqual({ field: nodes[0]!.key, op: 'eq', value: '' });
    expect(newFilter([])).toBeNull();
  });
});
