import { v7 as uuidV7 } from 'uuid';
import type { IdSource } from '@siteflow/runtime';

/**
 * Returns a new id with a readable prefix (`rec_…`): a UUIDv7 (millisecond time, then 74 random
 * bits), so rows written together land side by side in every index instead of on random pages.
 * Not pure: uses the clock and crypto randomness.
 */
export function newId(prefix: string): string {
  return `${prefix}_${uuidV7().replaceAll('-', '')}`;
}

/** An IdSource for the runtime backed by UUIDv7s. */
export const randomIds: IdSource = { next: (prefix) => newId(prefix) };
