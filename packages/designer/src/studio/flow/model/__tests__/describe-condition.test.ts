import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FlowEdge } from '@siteflow/runtime';
import { describeCondition } from '../describe-condition.js';
import { describeEdge } from '../describe.js';
import { expressionToCondition } from '../expr-to-condition.js';
import { formFields, type FormSchemaLike } from '../form-fields.js';

// The shipped 客户退订处理 form: what a site supervisor's flow conditions talk about.
const form = JSON.parse(readFileSync(new URL('../../../../../../../templates/cancellation-work-order/forms/cancellation-work-order.json', import.meta.url), 'utf8')) as FormSchemaLike;
const fields = formFields(form);

describe('branch conditions in words', () => {
  it('names the field and the choice by their labels, in Chinese and in English', () => {
    const school = { field: 'reasons', op: 'contains', value: 'schoolDistrict' } as const;
    expect(describeCondition(school, fields, 'zh')).toEqual({ text: '「退订具体原因」包含「学区/入学政策」', code: false });
    expect(describeCondition({ field: 'resolution', op: 'eq', value: 'retained' }, fields, 'en'))
      .toEqual({ text: '“Outcome” equals “Customer retained”', code: false });
  });

  it('reads a hand-written expression through the builder model', () => {
    const text = describeCondition({ expr: "contains(reasons, 'schoolDistrict') and depositAmount > 100000" }, fields, 'zh').text;
    expect(text).toBe('「退订具体原因」包含「学区/入学政策」 且 「涉及金额（已付定金/房款）」大于100,000');
    expect(describeCondition({ expr: 'not thirdPartyInfluence' }, fields, 'zh').text).toBe('「是否有第三方施加影响」不等于「是」');
    expect(describeCondition({ expr: 'count(reasons) > 0' }, fields, 'en').text).toBe('“Reasons for cancelling” is not empty');
  });

  it('spells out groups, negation, lists, ranges and dates', () => {
    const nested = { any: [{ field: 'cancellationType', op: 'in', value: ['familyDispute', 'noReason'] }, { all: [{ field: 'depositAmount', op: 'between', value: [1, 5] }, { field: 'requestedAt', op: 'gt', value: '2025-12-01' }] }] } as const;
    expect(describeCondition(nested, fields, 'zh').text)
      .toBe('「退订类型」属于「家庭内部争议」、「纯粹反悔无理由」 或 (「涉及金额（已付定金/房款）」介于1和5之间 且 「接报时间」晚于「2025-12-01」)');
    expect(describeCondition({ not: { field: 'reasonDetail', op: 'isEmpty' } }, fields, 'en').text).toBe('not (“Reasons in the customer\'s words” is empty)');
    expect(describeCondition({ atLeast: 2, of: [{ field: 'thirdPartyInfluence', op: 'eq', value: true }, { field: 'reasons', op: 'isNotEmpty' }] }, fields, 'zh').text)
      .toBe('至少 2 项成立：「是否有第三方施加影响」等于「是」、「退订具体原因」不为空');
  });

  it('keeps what the model cannot say as code, flagged so the canvas shortens it and shows it in full on hover', () => {
    const odd = { expr: 'workingDaysBetween(requestedAt, now()) > 3' };
    expect(expressionToCondition(odd.expr)).toBeNull();
    expect(describeCondition(odd, fields, 'zh')).toEqual({ text: '(workingDaysBetween(requestedAt, now()) > 3)', code: true });
    // A field the form does not have keeps its key, still in words
    expect(describeCondition({ field: 'gone', op: 'eq', value: 'x' }, fields, 'en').text).toBe('“gone” equals “x”');
  });

  it('captions branch edges: own label first with the condition in the tooltip, else the condition in words', () => {
    const edge: FlowEdge = { id: 'b', source: 'route', target: 'school', condition: { field: 'reasons', op: 'contains', value: 'schoolDistrict' } };
    expect(describeEdge(edge, true, 'zh', fields)).toEqual({ text: '「退订具体原因」包含「学区/入学政策」', detail: '「退订具体原因」包含「学区/入学政策」', code: false });
    expect(describeEdge({ ...edge, label: { zh: '学区房', en: 'School' } }, true, 'zh', fields))
      .toEqual({ text: '学区房', detail: '条件：「退订具体原因」包含「学区/入学政策」', code: false });
    expect(describeEdge({ id: 'd', source: 'route', target: 'x', default: true }, true, 'zh', fields).text).toBe('默认');
    expect(describeEdge({ id: 'e', source: 'a', target: 'b' }, false, 'zh', fields).text).toBe('');
  });
});
