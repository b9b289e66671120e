// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
// alphabet (digits and capitals without I, O, Z, S, V); characters 3–8 are the administrative
// division code (digits); the 18th is a check character over the first 17 with weights 3^i mod 31.

/** The code's alphabet; a character's value is its index. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of positions 1–17 (3^(i-1) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Why a credit code is refused: wrong length, a character not allowed where it stands, or a wrong check character. */
export type CreditCodeProblem = 'length' | 'charset' | 'checkChar';

/** Returns the code trimmed and upper-cased, as it is stored and checked. Pure. */
export function normaliseCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Returns the check character (18th) for the first 17 characters, or null when one is outside the alphabet. Pure. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Returns null when `raw` (after normaliseCreditCode) is a well-formed 统一社会信用代码, else the
 * first problem: wrong length, a character outside the alphabet (or a letter in the division
 * code), or a wrong check character. Pure.
 */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'checkChar';
}
