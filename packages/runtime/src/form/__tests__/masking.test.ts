import { describe, expect, it } from 'vitest';
import { maskRecord, maskValue, validateSubmission } from '../../index.js';
import { cancellationInterview, validInterview } from '../__fixtures__/cancellation-interview.js';

describe('masking personal data', () => {
  it.each([
    ['13812341234', 'phone', '138****1234'],
    ['+86 138-1234-1234', 'phone', '138****1234'],
    ['330106199001011234', 'idCard', '330106********1234'],
    ['张三', 'name', '张*'],
    ['张三丰', 'name', '张**'],
    ['欧阳娜娜', 'name', '欧阳**'],
    ['王', 'name', '*'],
    ['6222021234561234', 'bankCard', '6222 **** **** 1234'],
    ['6222 0212 3456 1234 567', 'bankCard', '6222 **** **** *** 4567'],
    ['浙江省杭州市西湖区文三路 1 号', 'address', '浙江省杭州市***'],
    ['广西壮族自治区南宁市青秀区民族大道', 'address', '广西壮族自治区南宁市***'],
    ['北京市朝阳区建国路 88 号', 'address', '北京市***'],
    ['文三路 1 号', 'address', '文三***'],
    [null, 'phone', ''],
  ] as const)('%s as %s → %s', (value, kind, masked) => {
    expect(maskValue(value, kind)).toBe(masked);
  });

  it('masks a record for a viewer who may not see personal data, and only that', () => {
    const stored = validateSubmission(cancellationInterview, validInterview);
    if (!stored.ok) throw new Error('fixture should be valid');
    const forGuest = maskRecord(cancellationInterview, stored.data, () => false);
    expect(forGuest.customer).toEqual({
      name: '张*', phone: '138****1234', idNumber: '110105********002X', address: '浙江省杭州市***', email: 'zhang.wei@example.com',
    });
    expect(forGuest.depositAmount).toBe(800000);
    const forManager = maskRecord(cancellationInterview, stored.data, (kind) => kind !== 'idCard');
    expect(forManager.customer).toMatchObject({ name: '张伟', phone: '13812341234', idNumber: '110105********002X' });
    expect(stored.data.customer).toMatchObject({ idNumber: '11010519491231002X' });
  });
});
