import type { Session } from '../api/index.js';
import { toRemembered } from './query-cache-logic.js';

const KEY = 'siteflow.lastSession';
let cache: { raw: string | null; session: Session | null } | null = null;

/** Returns the last session the server confirmed on this device (without CSRF token), or null. */
export function lastKnownSession(): Session | null {
  let raw: string | null = null;
  try { raw = localStorage.getItem(KEY); } catch { /* storage blocked */ }
  if (cache?.raw === raw) return cache.session;
  let session: Session | null = null;
  try { session = raw ? (JSON.parse(raw) as Session) : null; } catch { /* damaged: none */ }
  cache = { raw, session: session?.user ? session : null };
  return cache.session;
}

/** Keeps a signed-in session the server confirmed, for routing while the network is missing. */
export function rememberSession(session: Session): void {
  if (!session.user) return;
  const raw = JSON.stringify(toRemembered(session));
  try { if (localStorage.getItem(KEY) !== raw) localStorage.setItem(KEY, raw); } catch { /* storage blocked: nothing kept */ }
}

/** Forgets the last session (the server said signed out, or the user signed out). */
export function forgetSession(): void {
  try { localStorage.removeItem(KEY); } catch { /* storage blocked */ }
}
