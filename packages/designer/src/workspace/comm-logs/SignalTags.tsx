import { Tag } from 'antd';
import type { CommLogAlert } from '../../api/comm-logs.js';
import { alertKeys } from './alert-labels.js';
import { useCommLogsT } from './useCommLogsT.js';

/** Renders the keywords a message hit (red tags), or a dash when none. */
export function TermTags({ terms }: { terms: readonly string[] }) {
  if (!terms.length) return <span className="sf-cl-muted">—</span>;
  return <span className="sf-cl-tags" data-testid="comm-log-terms">{terms.map((term) => <Tag key={term} color="red">{term}</Tag>)}</span>;
}

/** Renders the alerts a message raised (alert level and whether people were notified), or a dash when none. */
export function AlertTags({ alerts }: { alerts: readonly CommLogAlert[] }) {
  const t = useCommLogsT();
  const keys = alertKeys(alerts);
  if (!keys.length) return <span className="sf-cl-muted">—</span>;
  return <span className="sf-cl-tags">{keys.map((k) => <Tag key={k} color={k === 'cl.alert.notify' ? 'gold' : 'volcano'}>{t(k)}</Tag>)}</span>;
}
