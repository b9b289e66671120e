import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, normaliseCreditCode } from '../index.js';

// Codes of registered companies, printed on their business licences.
const real = ['91110000802100433B', '91440300708461136T', '91350100M000100Y43'];

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it('accepts codes from real business licences', () => {
    for (const code of real) expect(creditCodeProblem(code)).toBeNull();
  });

  it('computes the 18th character from the first 17', () => {
    expect(creditCodeCheckChar('91110000802100433')).toBe('B');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a weighted sum that is a multiple of 31 to the check character 0', () => {
    // 17 zeros sum to 0, and 31 − 0 wraps to 0 rather than to a 32nd character.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(creditCodeProblem('000000000000000000')).toBeNull();
  });

  it('refuses a mistyped character: the check character no longer matches', () => {
    // One digit of a valid code changed (a typical typo when copying from the licence)
    expect(creditCodeProblem('91110000802100434B')).toBe('checkChar');
    expect(creditCodeProblem('91440300708461136A')).toBe('checkChar');
  });

  it('names the length problem before anything else', () => {
    expect(creditCodeProblem('')).toBe('length');
    expect(creditCodeProblem('9111000080210043')).toBe('length');
    expect(creditCodeProblem('91110000802100433BB')).toBe('length');
  });

  it('refuses letters the standard leaves out (I, O, Z, S, V) and punctuation', () => {
    expect(creditCodeProblem('9111000080210043OB')).toBe('charset');
    expect(creditCodeProblem('91110000-802100433')).toBe('charset');
  });

  it('accepts lower case and surrounding spaces, as people paste them', () => {
    expect(normaliseCreditCode(' 91110000802100433b ')).toBe('91110000802100433B');
    expect(creditCodeProblem(' 91110000802100433b ')).toBeNull();
  });
});
