import { Tag } from 'antd';
import { useWsT } from '../shared/hooks.js';
import { recordStatusColor, recordStatusKey } from './record-status.js';

/** Renders a record's status as a coloured tag: open, closed, withdrawn… */
export function RecordStatusTag({ status }: { status: string }) {
  const t = useWsT();
  const key = recordStatusKey(status);
  return <Tag color={recordStatusColor(status)} data-testid="record-status">{key ? t(key) : status}</Tag>;
}
