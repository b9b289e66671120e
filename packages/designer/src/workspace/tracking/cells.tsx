import { LockOutlined } from '@ant-design/icons';
import { pickText, type Lang } from '../../i18n/index.js';
import { formatValue, type RenderNode } from '../../renderer/index.js';
import type { RecordView } from '../shared/api.js';
import { useWsT } from '../shared/hooks.js';
import type { ProjectPeople } from './people.js';

/** Returns the text of a record's field as the tracking table shows it (people by name, options by label, zh-CN dates). */
export function cellText(node: RenderNode | undefined, value: unknown, people: ProjectPeople, lang: Lang): string {
  if (node?.type === 'person' || node?.type === 'role') return people.text(node.type, value);
  return node ? formatValue(node, value, lang) : String(value ?? '');
}

/** Returns a field column's header: the field's label, else its key. Pure. */
export function columnLabel(byKey: ReadonlyMap<string, RenderNode>, key: string, lang: Lang): string {
  const node = byKey.get(key);
  return (node && pickText(node.ui.label, lang)) || key;
}

/** Returns the path of a record's page, relative to the tracking page (`relative: 'path'`). Pure. */
export function recordPath(id: string): string {
  return `../records/${encodeURIComponent(id)}`;
}

/** Renders a field's text with a lock marker when the server masked it for this user (a masked name or phone number). */
export function RecordCell({ row, fieldKey, text }: { row: RecordView; fieldKey: string; text: string }) {
  const t = useWsT();
  if (!row.masked.includes(fieldKey)) return <>{text}</>;
  return <span data-masked="true"><LockOutlined style={{ color: '#999', marginInlineEnd: 4 }} aria-label={t('ws.tracking.masked')} />{text}</span>;
}
