import { BellOutlined, RightOutlined, RiseOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang, useLocalize } from '../../i18n/index.js';
import type { TaskSummary } from '../shared/api.js';
import { formatShortDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { SlaCountdown } from '../shared/SlaCountdown.js';
import { slaState } from '../shared/sla.js';

/**
 * Renders one inbox row: record title, step, flow, SLA countdown, escalation level, urge and open; with `holders`
 * (the project-wide view) also who holds the step.
 */
export function TaskCard({ task, now, flowName, holders, onUrge, urging }: { task: TaskSummary; now: number; flowName: string; holders?: string; onUrge?: () => void; urging?: boolean }) {
  const t = useWsT();
  const localize = useLocalize();
  const { lang } = useLang();
  const level = slaState(task, now).level;
  const to = `/p/${encodeURIComponent(task.projectId)}/workspace/tasks/${encodeURIComponent(task.id)}`;
  return (
    <Card size="small" className={`sf-ws-task sf-ws-task--${level}`} data-testid="inbox-item" data-task-id={task.id} data-sla={level}>
      <div className="sf-ws-task__row">
        <Link to={to} className="sf-ws-task__main">
          <Typography.Text strong className="sf-ws-task__title" ellipsis>{task.title || t('ws.inbox.untitled')}</Typography.Text>
          <span className="sf-ws-task__meta">
            <Tag color="blue" className="sf-ws-task__step">{localize(task.name)}</Tag>
            <Typography.Text type="secondary" ellipsis>{flowName}</Typography.Text>
          </span>
          <span className="sf-ws-task__meta">
            <SlaCountdown task={task} now={now} />
            {task.escalationLevel > 0 && <Tag color="volcano" icon={<RiseOutlined />}>{t('ws.inbox.level', { level: task.escalationLevel })}</Tag>}
            <Typography.Text type="secondary" className="sf-ws-task__time">{formatShortDateTime(task.createdAt, lang)}</Typography.Text>
          </span>
          {holders !== undefined && (
            <Typography.Text type="secondary" className="sf-ws-task__holders" data-testid="task-holders">
              {holders ? t('ws.inbox.holders', { names: holders }) : t('ws.inbox.noHolder')}
            </Typography.Text>
          )}
        </Link>
        <Space className="sf-ws-task__actions">
          {onUrge && task.status === 'open' && (
            <Button icon={<BellOutlined />} onClick={onUrge} loading={urging} data-testid="urge">{t('ws.urge')}</Button>
          )}
          <Link to={to} aria-label={t('ws.open')}><Button type="text" icon={<RightOutlined />} aria-label={t('ws.open')} /></Link>
        </Space>
      </div>
    </Card>
  );
}
