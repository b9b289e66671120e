import { describe, expect, it } from 'vitest';
import { autoNumberExample } from '../index.js';

describe('the 自动编号 example in the property panel', () => {
  const now = new Date(2026, 10, 24, 10, 0); // 24 November 2026, device time
  it('shows the first number of today’s period with the chosen prefix, date part and digits', () => {
    expect(autoNumberExample({ prefix: 'WO-', date: 'yyyyMM', digits: 3 }, now)).toBe('WO-202611-001');
    expect(autoNumberExample({ prefix: 'TC', date: 'yyyyMMdd', digits: 4 }, now)).toBe('TC20261124-0001');
    expect(autoNumberExample({ prefix: '', date: 'none', digits: 5 }, now)).toBe('00001');
  });
});
