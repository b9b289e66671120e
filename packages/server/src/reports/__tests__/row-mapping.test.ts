import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_ROW_MAPPING, caseRowFromRecord } from '../index.js';

describe('caseRowFromRecord (退筹事件追踪表 record -> report row)', () => {
  it('follows the mapping shipped with the cancellation-tracking template', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../../../../templates/cancellation-tracking/reports/cause-analysis.json', import.meta.url), 'utf8')) as { rowMapping: unknown };
    expect(shipped.rowMapping).toEqual(DEFAULT_CASE_ROW_MAPPING);
  });

  it('maps a filled record with its instance figures', () => {
    const createdAt = Date.parse('2025-12-20T16:17:00+08:00');
    const row = caseRowFromRecord({
      record: { id: 'rec-9', createdAt, data: {
        cause: 'familyDispute', modules: ['schoolDistrict', 'location'], recovered: true, closedAt: '2025-12-21T19:22:00+08:00',
        signals: ['depositRefundQuestion'], termsFired: [{ term: '再想想' }, { term: '别人说' }],
      } },
      instances: { slaBreaches: 1, escalations: 0 },
    });
    expect(row).toEqual({
      id: 'rec-9', cause: 'familyDispute', modules: ['schoolDistrict', 'location'], recovered: true, createdAt,
      closedAt: Date.parse('2025-12-21T19:22:00+08:00'), slaBreaches: 1, escalations: 0,
      signals: ['depositRefundQuestion'], terms: ['再想想', '别人说'],
    });
  });

  it('turns an incomplete record into an open case rather than failing', () => {
    const row = caseRowFromRecord({ record: { id: 'rec-1', createdAt: 5, data: { modules: 'price', closedAt: 'soon' } }, instances: { slaBreaches: -2, escalations: Number.NaN } });
    expect(row).toMatchObject({ cause: 'unknown', modules: [], recovered: false, closedAt: null, slaBreaches: 0, escalations: 0, terms: [] });
  });
});
