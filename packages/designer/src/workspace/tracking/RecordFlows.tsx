import { RightOutlined, RiseOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang, useLocalize } from '../../i18n/index.js';
import type { RecordFlow } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { SlaCountdown } from '../shared/SlaCountdown.js';
import { flowStatusColor, flowStatusKey } from './record-flows.js';

/**
 * Renders where the customer's cases stand: each flow started on the record (newest first) with its
 * status, who started it when, and its open steps: step, SLA countdown, escalation, who holds it,
 * each opening the step's page.
 */
export function RecordFlows({ projectId, flows }: { projectId: string; flows: readonly RecordFlow[] }) {
  const t = useWsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const now = useServerNow();
  const list = lang === 'zh' ? '、' : ', ';
  return (
    <Card size="small" title={t('ws.record.flows.title')} style={{ marginBottom: 12 }} data-testid="record-flows">
      {flows.length === 0 && <Typography.Text type="secondary">{t('ws.record.flows.empty')}</Typography.Text>}
      {flows.map((flow) => (
        <div key={flow.id} className="sf-ws-rflow" data-testid="record-flow" data-instance-id={flow.id}>
          <div className="sf-ws-rflow__head">
            <Typography.Text strong>{localize(flow.flowName)}</Typography.Text>
            <Tag color={flowStatusColor(flow.status)} data-testid="record-flow-status">{t(flowStatusKey(flow.status))}</Tag>
            <Typography.Text type="secondary" className="sf-ws-rflow__started">
              {t('ws.record.flows.started', { name: flow.startedByName, time: formatDateTime(flow.createdAt, lang) })}
            </Typography.Text>
          </div>
          {flow.openTasks.map((step) => (
            <Link key={step.id} to={`/p/${encodeURIComponent(projectId)}/workspace/tasks/${encodeURIComponent(step.id)}`} className="sf-ws-rflow__step" data-testid="record-flow-step">
              <span className="sf-ws-task__meta">
                <Tag color="blue">{localize(step.name)}</Tag>
                <SlaCountdown task={{ ...step, status: 'open', closedAt: null }} now={now} />
                {step.escalationLevel > 0 && <Tag color="volcano" icon={<RiseOutlined />}>{t('ws.inbox.level', { level: step.escalationLevel })}</Tag>}
              </span>
              <Typography.Text type="secondary" className="sf-ws-rflow__holders">
                {step.people.length ? t('ws.inbox.holders', { names: step.people.map((p) => p.displayName).join(list) }) : t('ws.inbox.noHolder')}
              </Typography.Text>
              <RightOutlined className="sf-ws-rflow__open" aria-label={t('ws.open')} />
            </Link>
          ))}
        </div>
      ))}
    </Card>
  );
}
