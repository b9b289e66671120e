import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatYuan, toCents, yuanCapitals } from '../index.js';

describe('amounts in figures and Chinese capitals', () => {
  it.each([
    [800000, '人民币捌拾万元整', '800,000.00'],
    [160000, '人民币壹拾陆万元整', '160,000.00'],
    [1234567.89, '人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分', '1,234,567.89'],
    [100111.11, '人民币壹拾万零壹佰壹拾壹元壹角壹分', '100,111.11'],
    [10.05, '人民币壹拾元零伍分', '10.05'],
    [20000.5, '人民币贰万元伍角', '20,000.50'],
    [1001, '人民币壹仟零壹元整', '1,001.00'],
    [105000, '人民币壹拾万伍仟元整', '105,000.00'],
    [0, '人民币零元整', '0.00'],
    ['800000.00', '人民币捌拾万元整', '800,000.00'], // nzh alone would drop 整 here
    ['1,200,000', '人民币壹佰贰拾万元整', '1,200,000.00'],
  ])('%s yuan reads %s', (amount, capitals, figures) => {
    const cents = toCents(amount);
    expect(cents).not.toBeNull();
    expect(yuanCapitals(cents!)).toBe(capitals);
    expect(formatYuan(cents!)).toBe(figures);
  });

  it('refuses what is not a money amount instead of rounding it', () => {
    for (const bad of [-1, Number.NaN, 'abc', 800000.005, 2e12, null, undefined, {}]) expect(toCents(bad)).toBeNull();
    expect(toCents(0.1 + 0.2)).toBe(30); // float noise of a valid amount is not sub-cent input
  });
});

describe('dates in Chinese form', () => {
  it('prints epoch times in the site time zone and checks date strings', () => {
    // 2025-12-20 16:17 UTC is already the 21st in Hangzhou.
    expect(formatChineseDate(Date.parse('2025-12-20T16:17:00Z'), 480)).toBe('2025年12月21日');
    expect(formatChineseDate('2025-12-20', 480)).toBe('2025年12月20日');
    expect(formatChineseDate('2025-02-30', 480)).toBeNull();
    expect(formatChineseDate('20/12/2025', 480)).toBeNull();
  });
});
