import type { CommLogAlert } from '../../api/comm-logs.js';
import type { CommLogMessageKey } from './messages.js';

const LEVELS: Readonly<Record<string, CommLogMessageKey>> = { level1: 'cl.alert.level1', level2: 'cl.alert.level2', level3: 'cl.alert.level3' };

/**
 * Returns the distinct catalogue keys of a message's alerts, most severe first: a rule's
 * notification has no level (已通知). Unknown levels are left out. Pure.
 */
export function alertKeys(alerts: readonly CommLogAlert[]): CommLogMessageKey[] {
  const keys = new Set<CommLogMessageKey>();
  for (const level of ['level1', 'level2', 'level3'] as const) if (alerts.some((a) => a.level === level)) keys.add(LEVELS[level]!);
  if (alerts.some((a) => a.level === null)) keys.add('cl.alert.notify');
  return [...keys];
}
