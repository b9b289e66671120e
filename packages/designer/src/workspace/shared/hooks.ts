import { useQuery } from '@tanstack/react-query';
import { Grid } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { workspaceMessages } from '../messages.js';
import { serverNowQuery } from './api.js';

/** Returns the translate function of the workspace catalogue. */
export function useWsT() {
  return useT(workspaceMessages);
}

/**
 * Returns "now" on the server's business clock, ticking every `everyMs`: countdowns must follow
 * the server (phones' clocks are often wrong, and tests move the server clock).
 */
export function useServerNow(everyMs = 1000): number {
  const offset = useQuery(serverNowQuery()).data?.offset ?? 0;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now + offset;
}

/** Returns true below the md breakpoint (phones, 375–420 px). */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}
