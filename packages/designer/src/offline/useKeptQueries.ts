import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Session } from '../api/index.js';
import { keptQueries } from './query-cache.js';
import { rememberSession } from './session-memory.js';

/** The app waits at most this long for the device cache before opening without it. */
const RESTORE_TIMEOUT_MS = 3_000;

/**
 * Keeps the signed-in user's session and marked queries on the device (see query-cache.ts) and, when
 * the app started without network (`offline`: the session is the last known one), puts the kept
 * queries back first. Returns false only while that restore runs; a server's "signed out" deletes
 * everything kept.
 */
export function useKeptQueries(session: Session | undefined, offline: boolean): boolean {
  const client = useQueryClient();
  const userId = session?.user?.id ?? null;
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  useEffect(() => {
    if (!session) return undefined;
    const kept = keptQueries(client);
    if (!session.user) {
      void kept.forget().catch(() => undefined);
      return undefined;
    }
    const id = session.user.id;
    if (!offline) rememberSession(session);
    let alive = true;
    const timeout = new Promise<void>((resolve) => { setTimeout(resolve, RESTORE_TIMEOUT_MS); });
    const work = kept.activate(id).then(() => (offline ? kept.restore() : undefined));
    void Promise.race([work, timeout]).catch(() => undefined).finally(() => { if (alive) setRestoredFor(id); });
    return () => { alive = false; };
  }, [client, session, offline]);
  return !offline || userId === null || restoredFor === userId;
}
