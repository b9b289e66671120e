import EChartsReactModule from 'echarts-for-react/lib/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Register only what the reports draw, so the chart chunk stays small.
echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// echarts-for-react ships CommonJS only (`exports.default`); bundlers may hand us the module object.
const ReactEChartsCore = ((EChartsReactModule as unknown as { default?: typeof EChartsReactModule }).default ?? EChartsReactModule);

/**
 * Renders one ECharts chart (canvas), resized with its container. ECharts' aria description is on:
 * the chart's container carries an aria-label naming its series and data, for screen readers.
 */
export function Chart({ option, height = 300, testId }: { option: object; height?: number; testId?: string }) {
  return <ReactEChartsCore echarts={echarts} option={{ aria: { enabled: true }, ...option }} notMerge style={{ height, width: '100%' }} data-testid={testId} />;
}
