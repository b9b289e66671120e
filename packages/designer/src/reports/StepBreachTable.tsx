import { Table, Typography } from 'antd';
import { useLocalize, useT } from '../i18n/index.js';
import type { StepBreachCount } from './api.js';
import { reportsMessages } from './messages.js';

/**
 * Renders the steps that ran late in the report month, most breaches first: the step with its
 * flow (a task of the work order or of the follow-up flow, or the whole-case deadline), breaches and cases.
 */
export function StepBreachTable({ rows }: { rows: readonly StepBreachCount[] }) {
  const t = useT(reportsMessages);
  const localize = useLocalize();
  return (
    <Table<StepBreachCount>
      data-testid="table-steps" size="small" pagination={false} rowKey={(r) => `${r.flowKey}/${r.nodeId ?? ''}`} dataSource={[...rows]}
      locale={{ emptyText: t('reports.noBreaches') }}
      columns={[
        {
          title: t('reports.step'), key: 'step',
          render: (_: unknown, r) => (
            <>
              <div>{localize(r.name)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{localize(r.flowName)}</Typography.Text>
            </>
          ),
        },
        { title: t('reports.breaches'), dataIndex: 'breaches', width: 90, align: 'right' },
        { title: t('reports.breachedCases'), dataIndex: 'cases', width: 100, align: 'right' },
      ]}
    />
  );
}
