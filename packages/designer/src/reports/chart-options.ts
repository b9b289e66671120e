import type { CauseReport } from '@siteflow/runtime';

/** Labels the chart builders need, already in the current language. */
export interface ChartLabels {
  readonly cause: (key: string) => string;
  readonly module: (key: string) => string;
  readonly cases: string;
  readonly recoveryRate: string;
  readonly slaCompliance: string;
  readonly p90: string;
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Returns the ECharts option of the causes bar chart (count and recovered per cancellation type). Pure. */
export function causesBarOption(report: CauseReport, labels: ChartLabels) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: report.byCause.map((c) => labels.cause(c.key)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: labels.cases, type: 'bar', data: report.byCause.map((c) => c.count), itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top' } }],
  };
}

/** Returns the ECharts option of the product-module pie chart. Pure. */
export function modulesPieOption(report: CauseReport, labels: ChartLabels) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{
      type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], avoidLabelOverlap: true,
      data: report.byModule.map((m) => ({ name: labels.module(m.key), value: m.count })),
    }],
  };
}

/** Returns the ECharts option of the monthly trend: cases (bars) and recovery / SLA rates (lines, %). Pure. */
export function trendLineOption(report: CauseReport, labels: ChartLabels) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: report.trend.map((m) => m.month) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: labels.cases, type: 'bar', data: report.trend.map((m) => m.cases), itemStyle: { color: '#91caff' } },
      { name: labels.recoveryRate, type: 'line', yAxisIndex: 1, smooth: true, connectNulls: true, data: report.trend.map((m) => pct(m.recoveryRate)) },
      { name: labels.slaCompliance, type: 'line', yAxisIndex: 1, smooth: true, connectNulls: true, data: report.trend.map((m) => pct(m.slaCompliance)) },
    ],
  };
}
