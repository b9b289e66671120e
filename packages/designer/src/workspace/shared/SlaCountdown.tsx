import { ClockCircleOutlined, ExclamationCircleFilled, FieldTimeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useLang } from '../../i18n/index.js';
import { formatCountdown, formatDateTime } from './format.js';
import { useWsT } from './hooks.js';
import { slaState, SlaLevel } from './sla.js';
import type { TaskSummary } from './api.js';

const colors = { ok: 'green', warning: 'orange', breached: 'red', none: 'default', closed: 'default' } as const;

/** Renders a task's live SLA countdown: green, amber below 25 % of the time left, red once breached. */
export function SlaCountdown({ task, now }: { task: Pick<TaskSummary, 'createdAt' | 'dueAt' | 'status' | 'breached' | 'closedAt'>; now: number }) {
  const t = useWsT();
  const { lang } = useLang();
  const state = slaState(task, now);
  let text: string;
  let icon = <ClockCircleOutlined />;
  switch (state.level) {
    case SlaLevel.none: text = t('ws.sla.none'); break;
    case SlaLevel.closed: text = t('ws.sla.closed', { time: formatDateTime(task.closedAt, lang) }); break;
    case SlaLevel.breached: text = t('ws.sla.overdue', { time: formatCountdown(state.remainingMs ?? 0, lang) }); icon = <ExclamationCircleFilled />; break;
    case SlaLevel.warning: text = t('ws.sla.left', { time: formatCountdown(state.remainingMs ?? 0, lang) }); icon = <FieldTimeOutlined />; break;
    case SlaLevel.ok: text = t('ws.sla.left', { time: formatCountdown(state.remainingMs ?? 0, lang) }); break;
    default: { const never: never = state.level; text = String(never); }
  }
  return (
    <Tooltip title={task.dueAt ? t('ws.sla.due', { time: formatDateTime(task.dueAt, lang) }) : undefined}>
      <Tag color={colors[state.level]} icon={icon} className="sf-ws-sla" data-testid="sla" data-sla={state.level}>{text}</Tag>
    </Tooltip>
  );
}
