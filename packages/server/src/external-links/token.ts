import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a link token carries: the link id and its expiry (epoch ms). */
export interface LinkClaims {
  readonly linkId: string;
  readonly expiresAt: number;
}

/** Returns a new random HMAC secret (base64url, 32 bytes). */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the signed token `<payload>.<hmac>` for the claims. Pure given the secret. */
export function signLinkToken(secret: string, claims: LinkClaims): string {
  const payload = Buffer.from(JSON.stringify({ l: claims.linkId, e: claims.expiresAt }), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** Returns the claims of a token whose signature is right, or null (malformed or altered). Pure given the secret. */
export function verifyLinkToken(secret: string, token: string): LinkClaims | null {
  if (token.length > 512) return null;
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const expected = Buffer.from(mac(secret, parts[0]));
  const given = Buffer.from(parts[1]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const body = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as { l?: unknown; e?: unknown };
    if (typeof body.l !== 'string' || typeof body.e !== 'number') return null;
    return { linkId: body.l, expiresAt: body.e };
  } catch {
    return null;
  }
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`siteflow-link:${payload}`).digest('base64url');
}
