import { useEffect, useState } from 'react';
import type { OutboxEntry } from './outbox-logic.js';
import { onOutbox, readOwnOutbox, startOutbox } from './outbox.js';

/** Returns the signed-in user's outbox entries (live) and whether the browser is online; starts the sender once. */
export function useOutbox(): { entries: readonly OutboxEntry[]; online: boolean } {
  const [entries, setEntries] = useState<readonly OutboxEntry[]>([]);
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    startOutbox();
    let alive = true;
    void readOwnOutbox().then((e) => { if (alive) setEntries(e); }).catch(() => undefined);
    const off = onOutbox((event) => { if (event.type === 'changed') setEntries(event.entries); });
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => { alive = false; off(); window.removeEventListener('online', up); window.removeEventListener('offline', down); };
  }, []);
  return { entries, online };
}
