import { Card, Col, Row, Statistic } from 'antd';
import { causeReportTexts, type CauseReport } from '@siteflow/runtime';
import { useLocalize, useT } from '../i18n/index.js';
import { reportsMessages } from './messages.js';

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const signed = (v: number) => `${v > 0 ? '+' : ''}${v}`;

/** Renders the KPI cards: cases, recovery rate, P90 closure time, SLA compliance, escalations. */
export function KpiCards({ report }: { report: CauseReport }) {
  const t = useT(reportsMessages);
  const localize = useLocalize();
  const f = report.figures;
  const c = report.change;
  const delta = (value: number | null | undefined, format: (v: number) => string) =>
    c === null ? t('reports.noPrevious') : value === null || value === undefined ? '—' : t('reports.vsPrevious', { value: format(value) });
  const cards = [
    { key: 'cases', title: localize(causeReportTexts.cases), value: String(f.cases), note: delta(c?.cases, (v) => signed(v)) },
    { key: 'recovery', title: localize(causeReportTexts.recoveryRate), value: percent(f.recoveryRate), note: delta(c?.recoveryRate, (v) => t('reports.pointsDelta', { value: signed(Math.round(v * 1000) / 10) })) },
    { key: 'p90', title: localize(causeReportTexts.p90ClosureHours), value: f.p90ClosureHours === null ? '—' : (Math.round(f.p90ClosureHours * 10) / 10).toFixed(1), note: delta(c?.p90ClosureHours, (v) => t('reports.hoursUnit', { value: signed(Math.round(v * 10) / 10) })) },
    { key: 'sla', title: localize(causeReportTexts.slaCompliance), value: percent(f.slaCompliance), note: delta(c?.slaCompliance, (v) => t('reports.pointsDelta', { value: signed(Math.round(v * 1000) / 10) })) },
    { key: 'escalations', title: localize(causeReportTexts.escalations), value: String(f.escalations), note: delta(c?.escalations, (v) => signed(v)) },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 160px">
          <Card size="small" data-testid={`kpi-${card.key}`}>
            <Statistic title={card.title} value={card.value} />
            <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 4 }}>{card.note}</div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
