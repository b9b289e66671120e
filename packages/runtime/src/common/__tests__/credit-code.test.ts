import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, normaliseCreditCode } from '../../index.js';

// Codes printed on business licences (91350100M000100Y43 is the standard's own example).
const real = ['91110000802100433B', '91440300708461136T', '91350100M000100Y43', '91330106MA2H3K7Q5U', '91440300MA5F8R2N35'];

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it('accepts codes from real business licences, ending in digits and letters', () => {
    for (const code of real) expect({ code, problem: creditCodeProblem(code) }).toEqual({ code, problem: null });
  });

  it('computes the 18th character from the first 17', () => {
    expect(creditCodeCheckChar('91110000802100433')).toBe('B');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91330106MA2H3K7Q5')).toBe('U');
  });

  it('maps a weighted sum that is a multiple of 31 to the check character 0', () => {
    // 17 zeros sum to 0, and 31 − 0 wraps to 0 rather than to a 32nd character.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(creditCodeProblem('000000000000000000')).toBeNull();
  });

  it('finds a mistyped character or a swapped pair through the check character', () => {
    expect(creditCodeProblem('91110000802100434B')).toBe('checkChar');
    expect(creditCodeProblem('91350100M000010Y43')).toBe('checkChar');
    expect(creditCodeProblem('91330106MA2H3K7Q5T')).toBe('checkChar');
  });

  it('names the length problem before anything else', () => {
    expect(creditCodeProblem('')).toBe('length');
    expect(creditCodeProblem('9111000080210043')).toBe('length');
    expect(creditCodeProblem('91110000802100433BB')).toBe('length');
  });

  it('refuses letters the standard leaves out (I, O, Z, S, V), punctuation and a letter in the division code', () => {
    expect(creditCodeProblem('9111000080210043OB')).toBe('charset');
    expect(creditCodeProblem('91350100M000100I43')).toBe('charset');
    expect(creditCodeProblem('91110000-802100433')).toBe('charset');
    expect(creditCodeProblem('9135A100M000100Y43')).toBe('charset');
    expect(creditCodeCheckChar('91350100M00010OY4')).toBeNull();
  });

  it('accepts lower case and surrounding spaces, as people paste them', () => {
    expect(normaliseCreditCode(' 91110000802100433b ')).toBe('91110000802100433B');
    expect(creditCodeProblem(' 91110000802100433b ')).toBeNull();
  });
});
