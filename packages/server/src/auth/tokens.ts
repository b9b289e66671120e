import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Returns a new 256-bit random token, base64url. Not pure: uses crypto randomness. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the sha256 hex of a token (what the database stores). Pure. */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

/** Returns true when both strings are equal, in constant time. Pure. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
