import type { MaskPolicy, Sensitivity } from './types.js';

/**
 * Returns `value` masked for `kind` the way SiteFlow shows personal data to roles that may not
 * see it: 张三丰 -> 张**, 13812341234 -> 138****1234, ID cards keep the first 3 and last 4
 * characters, bank cards the last 4, addresses the first 6. Pure.
 */
export function maskPersonal(value: string, kind: Sensitivity): string {
  const chars = [...value.trim()];
  const stars = (n: number) => '*'.repeat(Math.max(n, 1));
  switch (kind) {
    case 'name':
      return chars.length <= 1 ? '*' : `${chars[0]}${stars(chars.length - 1)}`;
    case 'phone':
      return chars.length >= 7 ? `${chars.slice(0, 3).join('')}${stars(chars.length - 7)}${chars.slice(-4).join('')}` : stars(chars.length);
    case 'idCard':
      return chars.length > 7 ? `${chars.slice(0, 3).join('')}${stars(chars.length - 7)}${chars.slice(-4).join('')}` : stars(chars.length);
    case 'bankCard':
      return chars.length > 4 ? `${stars(chars.length - 4)}${chars.slice(-4).join('')}` : stars(chars.length);
    case 'address':
      return chars.length > 6 ? `${chars.slice(0, 6).join('')}${stars(4)}` : stars(chars.length);
    default: {
      const never: never = kind;
      throw new Error(`unknown sensitivity ${String(never)}`);
    }
  }
}

/** Returns a mask policy showing the `visible` kinds in clear and masking the others with `maskPersonal`. Pure. */
export function maskPolicyFor(visible: Iterable<Sensitivity>): MaskPolicy {
  const allowed = new Set(visible);
  return { canSee: (kind) => allowed.has(kind), mask: maskPersonal };
}

/** Every sensitivity kind: the policy of a viewer allowed to see everything (e.g. 法务). */
export const ALL_SENSITIVITIES: readonly Sensitivity[] = ['name', 'phone', 'idCard', 'bankCard', 'address'];
