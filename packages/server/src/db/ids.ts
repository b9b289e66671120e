import { randomUUID } from 'node:crypto';
import type { IdSource } from '@siteflow/runtime';

/** Returns a new random id with a readable prefix (`rec_…`). Not pure: uses crypto randomness. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/** An IdSource for the runtime backed by random UUIDs. */
export const randomIds: IdSource = { next: (prefix) => newId(prefix) };
