import { Alert, Form, InputNumber, Switch } from 'antd';
import { useT } from '../../../i18n/index.js';
import type { AppMessageKey } from '../../../i18n/index.js';
import type { FieldSchema, FieldTypeId, FormDefinition } from '../../../renderer/index.js';
import { containerRequired, setRequired, updateKeyword, type FieldRef } from '../model/index.js';
import type { EditFn } from './types.js';

type Keyword = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems';

/** Which length/range/count keywords each field type accepts (the runtime tightens its own shape with them). */
const KEYWORDS: Partial<Record<FieldTypeId, readonly Keyword[]>> = {
  text: ['minLength', 'maxLength'],
  textarea: ['minLength', 'maxLength'],
  number: ['minimum', 'maximum'],
  money: ['minimum', 'maximum'],
  percent: ['minimum', 'maximum'],
  duration: ['minimum', 'maximum'],
  multiselect: ['minItems', 'maxItems'],
  attachments: ['minItems', 'maxItems'],
  subtable: ['minItems', 'maxItems'],
  person: ['minItems', 'maxItems'],
  role: ['minItems', 'maxItems'],
};

const BUILT_IN: Partial<Record<FieldTypeId, AppMessageKey>> = {
  phone: 'props.rule.phone', idCard: 'props.rule.idCard', email: 'props.rule.email', money: 'props.rule.money', percent: 'props.rule.percent',
};

const NOT_REQUIRABLE: ReadonlySet<FieldTypeId> = new Set(['section', 'note', 'computed']);

/** Renders a field's checks: required, built-in format rule, and length / range / count limits. */
export function ValidationProps({ doc, fieldRef, schema, type, onEdit }: { doc: FormDefinition; fieldRef: FieldRef; schema: FieldSchema; type: FieldTypeId; onEdit: EditFn }) {
  const t = useT();
  const required = containerRequired(doc, fieldRef.container).includes(fieldRef.key);
  const keywords = KEYWORDS[type] ?? [];
  const builtIn = BUILT_IN[type];
  const integer = (k: Keyword) => k !== 'minimum' && k !== 'maximum';
  return (
    <Form layout="vertical" size="small" className="sf-props__form">
      {!NOT_REQUIRABLE.has(type) && (
        <Form.Item label={t('props.required')}>
          <Switch checked={required} onChange={(v) => onEdit(setRequired(doc, fieldRef, v, t('designer.edit.change')))} data-testid="prop-required" />
        </Form.Item>
      )}
      {builtIn && <Alert type="info" showIcon title={t('props.builtInRule', { rule: t(builtIn) })} style={{ marginBottom: 12 }} />}
      {keywords.map((k) => (
        <Form.Item key={k} label={t(`props.${k}`)}>
          <InputNumber
            value={(schema[k] as number | undefined) ?? null}
            min={integer(k) ? 0 : undefined}
            precision={integer(k) ? 0 : undefined}
            style={{ width: '100%' }}
            onChange={(v) => onEdit(updateKeyword(doc, fieldRef, k, v ?? undefined, t('designer.edit.change')))}
            data-testid={`prop-${k}`}
          />
        </Form.Item>
      ))}
      {keywords.length === 0 && !builtIn && NOT_REQUIRABLE.has(type) && <Alert type="info" title={t('props.noValidation')} />}
    </Form>
  );
}
