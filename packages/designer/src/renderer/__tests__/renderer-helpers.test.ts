import { describe, expect, it } from 'vitest';
import { buildRenderNodes, formatMinutes, formatMoney, formatValue, getAt, issuesByPath, setAt } from '../index.js';
import { fieldTypes } from '@siteflow/runtime';

describe('renderer helpers', () => {
  it('writes sub-table cells and section fields by data path without mutating the record', () => {
    const before = { customer: { name: '张先生' }, items: [{ amount: 1 }] };
    const after = setAt(setAt(before, 'items.1.amount', 80000), 'customer.phone', '13812345678');
    expect(after).toEqual({ customer: { name: '张先生', phone: '13812345678' }, items: [{ amount: 1 }, { amount: 80000 }] });
    expect(before.items).toHaveLength(1);
    expect(getAt(after, 'items.1.amount')).toBe(80000);
    expect(setAt(after, 'customer.phone', undefined)).toEqual({ customer: { name: '张先生' }, items: [{ amount: 1 }, { amount: 80000 }] });
  });

  it('shows money in yuan with 2 decimals, options by label and durations in words', () => {
    expect(formatMoney(800000)).toBe('¥800,000.00');
    const [reasons] = buildRenderNodes({ reasons: fieldTypes.multiselect.create({ zh: '原因', en: 'Reasons' }, { allowOther: true }) }, []);
    expect(formatValue(reasons!, ['option1', 'other'], 'zh')).toBe('选项一、其他');
    expect(formatValue(reasons!, ['option2'], 'en')).toBe('Option 2');
    expect(formatMinutes(24 * 60 + 90, 'zh')).toBe('1 天 1 小时 30 分钟');
  });

  it('groups issues by path whether the runtime sent a map or the server a list', () => {
    const issue = { code: 'FORM_PHONE_INVALID', message: { zh: '手机号格式不正确', en: 'Invalid mobile number' } } as const;
    expect(issuesByPath({ phone: [issue] })).toEqual({ phone: [issue] });
    expect(issuesByPath([{ ...issue, path: 'phone' }, issue])).toEqual({ phone: [{ ...issue, path: 'phone' }], $: [issue] });
  });
});
