import { randomFillSync } from 'node:crypto';
import { v7 as uuidV7 } from 'uuid';
import type { IdSource } from '@siteflow/runtime';

// Random bytes come from a pool refilled 4 KiB at a time: the package's default asks the
// operating system for 16 bytes per id, which cost more than the rest of id creation combined.
const pool = new Uint8Array(4096);
let poolAt = pool.length;
function randomBytes16(): Uint8Array {
  if (poolAt + 16 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += 16;
  return pool.subarray(poolAt - 16, poolAt);
}

// Ids made in the same millisecond count up from a random start, so they still sort in creation order.
let lastMsecs = -1;
let seq = 0;

/**
 * Returns a new id with a readable prefix (`rec_…`): a UUIDv7 (millisecond time, a counter, then
 * random bits), so rows written together land side by side in every index instead of on random
 * pages. Not pure: uses the clock and crypto randomness.
 */
export function newId(prefix: string): string {
  const random = randomBytes16();
  const now = Date.now();
  if (now > lastMsecs) {
    lastMsecs = now;
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMsecs++;
  }
  return `${prefix}_${uuidV7({ random, msecs: lastMsecs, seq }).replaceAll('-', '')}`;
}

/** An IdSource for the runtime backed by UUIDv7s. */
export const randomIds: IdSource = { next: (prefix) => newId(prefix) };
