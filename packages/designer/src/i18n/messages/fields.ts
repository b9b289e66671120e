import type { Catalogue } from '../types.js';

/** Texts of the fields. */
export const fieldMessages = {
} as const satisfies Catalogue;
