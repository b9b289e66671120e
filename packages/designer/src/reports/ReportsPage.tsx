import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Row, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { cancellationTypeLabels, causeReportTexts, productModuleLabels, riskSignalLabels, type KeyCount, type Message } from '@siteflow/runtime';
import { ErrorState, PageLoading } from '../components/index.js';
import { useLang, useLocalize, useT } from '../i18n/index.js';
import { causeReportQuery, exportUrl, serverNowQuery, type MonthlyCauseReport } from './api.js';
import { Chart } from './Chart.js';
import { causesBarOption, modulesPieOption, trendLineOption, type ChartLabels } from './chart-options.js';
import { KpiCards } from './KpiCards.js';
import { reportsMessages } from './messages.js';
import { StepBreachTable } from './StepBreachTable.js';

const TREND_CHOICES = [3, 6, 12] as const;

function label(table: Record<string, Message>, key: string, localize: (v: unknown) => string): string {
  return table[key] ? localize(table[key]) : key; // custom causes and raw terms show as stored
}

/** Renders a top-N table (signals or keywords). */
function TopTable({ rows, name, nameTitle, testId }: { rows: readonly KeyCount[]; name: (key: string) => string; nameTitle: string; testId: string }) {
  const t = useT(reportsMessages);
  return (
    <Table<KeyCount>
      data-testid={testId} size="small" pagination={false} rowKey="key" dataSource={[...rows]}
      columns={[
        { title: nameTitle, dataIndex: 'key', render: (key: string) => name(key) },
        { title: t('reports.count'), dataIndex: 'count', width: 80, align: 'right' },
        { title: t('reports.share'), dataIndex: 'share', width: 90, align: 'right', render: (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`) },
      ]}
    />
  );
}

const dayFormats = {
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/** Returns a day of a month (`2026-11`, 24) as the page prints it, in the locale's own words ("24 Nov" in English). Pure. */
function dayOf(month: string, day: number | null, lang: 'zh' | 'en'): string {
  const [year, monthNo] = month.split('-').map(Number);
  return dayFormats[lang].format(Date.UTC(year!, monthNo! - 1, day ?? 1));
}

/** Says plainly that the running month is month to date and what it is compared with. */
function MonthToDateNote({ report }: { report: MonthlyCauseReport }) {
  const t = useT(reportsMessages);
  const { lang } = useLang();
  const { throughDay, comparison } = report.period;
  return (
    <Alert
      type="info" showIcon data-testid="report-month-to-date"
      title={t('reports.monthToDate', { date: dayOf(report.month, throughDay, lang) })}
      description={t('reports.monthToDateHint', { from: dayOf(comparison.month, 1, lang), to: dayOf(comparison.month, comparison.throughDay, lang) })}
    />
  );
}

function ReportBody({ report }: { report: MonthlyCauseReport }) {
  const t = useT(reportsMessages);
  const localize = useLocalize();
  const labels: ChartLabels = useMemo(() => ({
    cause: (k) => label(cancellationTypeLabels, k, localize),
    module: (k) => label(productModuleLabels, k, localize),
    cases: t('reports.casesSeries'), recoveryRate: t('reports.recoverySeries'), slaCompliance: t('reports.slaSeries'), p90: t('reports.p90Series'),
  }), [localize, t]);
  const empty = report.figures.cases === 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {report.period.inProgress && <MonthToDateNote report={report} />}
      <KpiCards report={report} />
      {report.warnings.length > 0 && <Alert type="warning" showIcon title={t('reports.warnings', { count: report.warnings.length })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('reports.causesChart')} size="small">
            {empty ? <Empty description={t('reports.empty', { month: report.month })} /> : <Chart testId="chart-causes" option={causesBarOption(report, labels)} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('reports.modulesChart')} size="small">
            {empty ? <Empty description={t('reports.empty', { month: report.month })} /> : <Chart testId="chart-modules" option={modulesPieOption(report, labels)} />}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('reports.trendChart')} size="small">
            <Chart testId="chart-trend" option={trendLineOption(report, labels)} height={320} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('reports.stepsTable')} size="small">
            <StepBreachTable rows={report.breachesByStep} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('reports.signalsTable')} size="small">
            <TopTable testId="table-signals" rows={report.topSignals} name={(k) => label(riskSignalLabels, k, localize)} nameTitle={localize(causeReportTexts.signal)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('reports.termsTable')} size="small">
            <TopTable testId="table-terms" rows={report.topTerms} name={(k) => k} nameTitle={localize(causeReportTexts.term)} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/**
 * Renders the reports page at /p/:projectId/reports: month picker, a month-to-date note while the
 * month runs, KPI cards (recovery rate, P90 closure time, 72-hour closure rate, SLA compliance), causes bar, modules pie, monthly trend, the steps that ran late,
 * top signals and keywords, and XLSX / DOCX export buttons.
 */
export function ReportsPage() {
  const t = useT(reportsMessages);
  const { lang } = useLang();
  const { projectId = '' } = useParams();
  // Default to last month on the server's clock (the picker stays empty until it is known): the complete month the scheduler reported on the 1st
  // (the device's clock may be wrong, and tests move the server's). Without an answer, the device's.
  const serverNow = useQuery(serverNowQuery());
  const today = serverNow.data === undefined ? dayjs() : dayjs(serverNow.data);
  // A link may name the month (`?month=2026-10`, e.g. from the report-ready notification).
  const [search] = useSearchParams();
  const linked = /^\d{4}-\d{2}$/.test(search.get('month') ?? '') ? dayjs(`${search.get('month')}-01`) : null;
  const [picked, setPicked] = useState<Dayjs | null>(linked?.isValid() ? linked : null);
  const month = picked ?? today.subtract(1, 'month').startOf('month');
  const [trend, setTrend] = useState<number>(6);
  const monthKey = month.format('YYYY-MM');
  const query = useQuery({ ...causeReportQuery(projectId, monthKey, trend), enabled: !serverNow.isPending });
  return (
    <div style={{ padding: 16 }} data-testid="reports-page">
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="end" gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>{t('reports.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('reports.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <DatePicker
            picker="month" allowClear={false} value={serverNow.isPending ? null : month} disabled={serverNow.isPending} aria-label={t('reports.month')} data-testid="report-month"
            disabledDate={(d) => d.isAfter(today, 'month')} onChange={(d) => { if (d) setPicked(d.startOf('month')); }}
          />
          <Select<number>
            aria-label={t('reports.trendMonths')} value={trend} onChange={setTrend} style={{ width: 110 }}
            options={TREND_CHOICES.map((n) => ({ value: n, label: `${t('reports.trendMonths')} ${n}` }))}
          />
          <Button icon={<FileExcelOutlined />} href={exportUrl(projectId, monthKey, 'xlsx', lang)} data-testid="export-xlsx">{t('reports.exportXlsx')}</Button>
          <Button icon={<FileWordOutlined />} href={exportUrl(projectId, monthKey, 'docx', lang)} data-testid="export-docx">{t('reports.exportDocx')}</Button>
        </Space>
      </Flex>
      {query.isPending ? <PageLoading />
        : query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          : <ReportBody report={query.data} />}
    </Space>
    </div>
  );
}
