import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useLocalize, useT } from '../../i18n/index.js';
import type { FormDefinition } from '../../renderer/index.js';
import { getField, type FieldRef, type Problem } from './model/index.js';

/** Renders the definition's problems; clicking one selects its field. */
export function ProblemsList({ doc, problems, onSelect }: { doc: FormDefinition; problems: readonly Problem[]; onSelect: (ref: FieldRef | null) => void }) {
  const t = useT();
  const localize = useLocalize();
  if (problems.length === 0) {
    return <div className="sf-problems sf-problems--ok"><CheckCircleOutlined style={{ color: '#52c41a' }} /> {t('problems.none')}</div>;
  }
  return (
    <List size="small" className="sf-problems" dataSource={[...problems]} data-testid="problems-list"
      renderItem={(p) => {
        const label = p.field ? localize(getField(doc, p.field)?.['x-ui'].label) || p.field.key : t('problems.form');
        return (
          <List.Item className="sf-problems__item" onClick={() => onSelect(p.field)} style={{ cursor: p.field ? 'pointer' : 'default' }}>
            <WarningOutlined style={{ color: '#fa541c', marginRight: 8 }} />
            <Typography.Text strong style={{ marginRight: 6 }}>{label}</Typography.Text>
            <Typography.Text>{localize(p.issue.message)}</Typography.Text>
          </List.Item>
        );
      }} />
  );
}
