import { Button, Radio, Space, Typography } from 'antd';
import type { FieldAccess } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';

const accesses: readonly FieldAccess[] = ['hidden', 'read', 'edit', 'required'];

/**
 * Renders the field-permission matrix of one task: each form field hidden / read / edit /
 * required at this step (unlisted fields are read-only, as the engine assumes).
 */
export function FieldMatrix({ fields, value, onChange }: {
  readonly fields: readonly DesignerField[];
  readonly value: Readonly<Record<string, FieldAccess>> | undefined;
  readonly onChange: (v: Record<string, FieldAccess>) => void;
}) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  if (fields.length === 0) return <Typography.Text type="secondary">{t('flow.fields.noForm')}</Typography.Text>;
  const current = value ?? {};
  const setAll = (a: FieldAccess) => onChange(Object.fromEntries(fields.map((f) => [f.key, a])));
  return (
    <div className="sf-field-matrix" data-testid="field-matrix">
      <Space size={6} style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setAll('read')}>{t('flow.fields.allRead')}</Button>
        <Button size="small" onClick={() => setAll('edit')}>{t('flow.fields.allEdit')}</Button>
      </Space>
      <table>
        <thead>
          <tr>
            <th>{t('flow.fields.field')}</th>
            {accesses.map((a) => <th key={a}>{t(`flow.fields.${a}` as FlowMessageKey)}</th>)}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.key} data-testid={`field-row-${f.key}`}>
              <td className="sf-field-matrix__name" title={f.key}>{f.label[lang]}</td>
              {accesses.map((a) => (
                <td key={a}>
                  <Radio checked={(current[f.key] ?? 'read') === a} aria-label={`${f.label[lang]} ${t(`flow.fields.${a}` as FlowMessageKey)}`}
                    onChange={() => onChange({ ...current, [f.key]: a })} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
