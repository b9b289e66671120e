import { maskValue } from '@siteflow/runtime';
import type { MaskPolicy, Sensitivity } from './types.js';

/**
 * Returns `value` masked for `kind` exactly as the API and exports mask it (runtime `maskValue`:
 * 张伟明 -> 张**, 13812341234 -> 138****1234, ID cards keep the first 6 and last 4). Pure.
 */
export function maskPersonal(value: string, kind: Sensitivity): string {
  return maskValue(value, kind);
}

/** Returns a mask policy showing the `visible` kinds in clear and masking the others with `maskPersonal`. Pure. */
export function maskPolicyFor(visible: Iterable<Sensitivity>): MaskPolicy {
  const allowed = new Set(visible);
  return { canSee: (kind) => allowed.has(kind), mask: maskPersonal };
}

/** Every sensitivity kind: the policy of a viewer allowed to see everything (e.g. 法务). */
export const ALL_SENSITIVITIES: readonly Sensitivity[] = ['name', 'phone', 'idCard', 'bankCard', 'address'];
