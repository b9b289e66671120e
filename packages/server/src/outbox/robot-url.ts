import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { ApiError } from '../http/api-error.js';

/** Returns true for loopback, private, link-local, CGNAT, multicast and unspecified addresses. Pure. */
export function isPrivateAddress(ip: string): boolean {
  const v = ip.toLowerCase().replace(/^::ffff:/, '');
  if (isIP(v) === 4) {
    const [a = 0, b = 0] = v.split('.').map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  return v === '::1' || v === '::' || v.startsWith('fc') || v.startsWith('fd') || v.startsWith('fe80') || v.startsWith('ff');
}

function hostAllowed(host: string, allowList: readonly string[]): boolean {
  return allowList.some((entry) => (entry.startsWith('*.') ? host.endsWith(entry.slice(1)) : host === entry));
}

/**
 * Checks a robot webhook URL: https, host on the allow-list, and not resolving to a private or
 * loopback address. In test mode plain http to loopback is allowed. Throws API_WEBHOOK_URL_REFUSED.
 */
export async function checkRobotUrl(raw: string, opts: { allowList: readonly string[]; testMode: boolean }): Promise<URL> {
  const url = parseUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (opts.testMode && (host === '127.0.0.1' || host === 'localhost' || host === '::1')) return url;
  checkRobotUrlShape(raw, opts);
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'DNS' });
  if (addresses.some(isPrivateAddress)) throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'private / loopback address' });
  return url;
}

/** Synchronous part of the check (scheme, allow-list, literal private IPs), used when saving a robot. */
export function checkRobotUrlShape(raw: string, opts: { allowList: readonly string[]; testMode: boolean }): URL {
  const url = parseUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (opts.testMode && (host === '127.0.0.1' || host === 'localhost' || host === '::1')) return url;
  if (url.protocol !== 'https:') throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'https only' });
  if (url.username || url.password) throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'credentials in URL' });
  if (isIP(host) && isPrivateAddress(host)) throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'private / loopback address' });
  if (!hostAllowed(host, opts.allowList)) throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: `host ${host} not on the allow-list` });
  return url;
}

function parseUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ApiError('API_WEBHOOK_URL_REFUSED', { reason: 'not a URL' });
  }
}
