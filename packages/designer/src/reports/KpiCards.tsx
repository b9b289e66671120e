import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { causeReportTexts } from '@siteflow/runtime';
import { useLocalize, useT } from '../i18n/index.js';
import type { MonthlyCauseReport } from './api.js';
import { reportsMessages } from './messages.js';

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const signed = (v: number) => `${v > 0 ? '+' : ''}${v}`;

/**
 * Renders the KPI cards: cases, recovery rate, P90 closure time, 72-hour closure rate (with the
 * cases still open past it), SLA compliance, escalations; each with its change against the previous
 * month, or against the same days of it while the month is running.
 */
export function KpiCards({ report }: { report: MonthlyCauseReport }) {
  const t = useT(reportsMessages);
  const localize = useLocalize();
  const f = report.figures;
  const c = report.change;
  const k = report.closure;
  const vs = report.period.inProgress ? 'reports.vsSamePeriod' : 'reports.vsPrevious';
  const delta = (value: number | null | undefined, format: (v: number) => string) =>
    c === null ? t('reports.noPrevious') : value === null || value === undefined ? '—' : t(vs, { value: format(value) });
  const points = (v: number) => t('reports.pointsDelta', { value: signed(Math.round(v * 1000) / 10) });
  const closureDetail = t('reports.closureDetail', { onTime: k.closedOnTime, late: k.closedLate, overdue: k.openOverdue, pending: k.pending, none: k.withoutWorkOrder });
  const cards = [
    { key: 'cases', title: localize(causeReportTexts.cases), value: String(f.cases), notes: [delta(c?.cases, (v) => signed(v))] },
    { key: 'recovery', title: localize(causeReportTexts.recoveryRate), value: percent(f.recoveryRate), notes: [delta(c?.recoveryRate, points)] },
    { key: 'p90', title: localize(causeReportTexts.p90ClosureHours), value: f.p90ClosureHours === null ? '—' : (Math.round(f.p90ClosureHours * 10) / 10).toFixed(1), notes: [delta(c?.p90ClosureHours, (v) => t('reports.hoursUnit', { value: signed(Math.round(v * 10) / 10) }))] },
    {
      key: 'closure', title: <>{t('reports.closureRate')} <Tooltip title={closureDetail}><InfoCircleOutlined aria-label={closureDetail} /></Tooltip></>, value: percent(k.rate),
      notes: [delta(c?.closureRate, points)], alert: t('reports.closureOverdue', { count: k.openOverdue }),
    },
    { key: 'sla', title: localize(causeReportTexts.slaCompliance), value: percent(f.slaCompliance), notes: [delta(c?.slaCompliance, points)] },
    { key: 'escalations', title: localize(causeReportTexts.escalations), value: String(f.escalations), notes: [delta(c?.escalations, (v) => signed(v))] },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 160px">
          <Card size="small" data-testid={`kpi-${card.key}`} style={{ height: '100%' }}>
            <Statistic title={card.title} value={card.value} />
            {'alert' in card && (
              <div data-testid={`kpi-${card.key}-overdue`} style={{ color: k.openOverdue > 0 ? '#cf1322' : 'rgba(0,0,0,0.62)', fontSize: 12, marginTop: 4 }}>{card.alert}</div>
            )}
            {card.notes.map((note) => <div key={note} style={{ color: 'rgba(0,0,0,0.62)', fontSize: 12, marginTop: 4 }}>{note}</div>)}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
