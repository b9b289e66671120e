import { Button, Form, Typography } from 'antd';
import { useMemo } from 'react';
import { ConditionBuilder, type Condition, type ConditionField } from '../../../components/condition-builder/index.js';
import { useLocalize, useT } from '../../../i18n/index.js';
import type { AppMessageKey } from '../../../i18n/index.js';
import { parseExpression } from '@siteflow/runtime';
import { fieldTypeOf, type FieldSchema, type FieldTypeId, type FieldUi, type FormDefinition, type LinkageRule } from '../../../renderer/index.js';
import { allFields, dataPath, getField, refId, updateUi, type FieldRef } from '../model/index.js';
import type { EditFn } from './types.js';

const KIND: Partial<Record<FieldTypeId, ConditionField['kind']>> = {
  text: 'text', textarea: 'text', phone: 'text', idCard: 'text', email: 'text', person: 'text', role: 'text',
  number: 'number', money: 'number', percent: 'number', duration: 'number', computed: 'number',
  date: 'date', datetime: 'date', boolean: 'boolean', select: 'option', multiselect: 'options',
};

type RuleProp = 'visibleWhen' | 'requiredWhen' | 'readOnlyWhen';
const RULES: readonly { prop: RuleProp; label: AppMessageKey; help: AppMessageKey }[] = [
  { prop: 'visibleWhen', label: 'props.visibleWhen', help: 'props.visibleWhenHelp' },
  { prop: 'requiredWhen', label: 'props.requiredWhen', help: 'props.requiredWhenHelp' },
  { prop: 'readOnlyWhen', label: 'props.readOnlyWhen', help: 'props.readOnlyWhenHelp' },
];

/** Returns the fields a linkage condition may read: every value field outside sub-tables except `self`. Pure. */
export function conditionFieldsOf(doc: FormDefinition, self: FieldRef | null, localize: (v: unknown) => string): ConditionField[] {
  return allFields(doc).flatMap((ref) => {
    if (self && refId(ref) === refId(self)) return [];
    const path = dataPath(doc, ref);
    if (path.includes('*')) return [];
    const schema = getField(doc, ref) as FieldSchema;
    const type = fieldTypeOf(schema['x-ui']);
    const kind = type ? KIND[type] : undefined;
    if (!type || !kind) return [];
    const options = schema['x-ui'].options?.map((o) => ({ value: o.value, label: localize(o.label) }));
    return [{ key: path, label: localize(schema['x-ui'].label), kind, ...(options ? { options } : {}) }];
  });
}

/** Renders the linkage rules of a field (show / required / read-only when) with the visual condition builder. */
export function LinkageProps({ doc, fieldRef, ui, onEdit }: { doc: FormDefinition; fieldRef: FieldRef; ui: FieldUi; onEdit: EditFn }) {
  const t = useT();
  const localize = useLocalize();
  const fields = useMemo(() => conditionFieldsOf(doc, fieldRef, localize), [doc, fieldRef, localize]);
  const exprError = (source: string) => {
    if (!source.trim()) return undefined;
    const r = parseExpression(source);
    return r.ok ? undefined : localize(r.issue.message);
  };
  const set = (prop: RuleProp, value: LinkageRule | undefined) => onEdit(updateUi(doc, fieldRef, prop, value, t('designer.edit.change'), false));
  return (
    <Form layout="vertical" size="small" className="sf-props__form">
      {RULES.map(({ prop, label, help }) => {
        const rule = ui[prop];
        // Text rules from templates are shown as one expression leaf so the builder can edit them too.
        const condition: Condition | undefined = typeof rule === 'string' ? { all: [{ expr: rule }] } : rule;
        return (
          <Form.Item key={prop} label={t(label)} extra={t(help)} data-testid={`rule-${prop}`}>
            {rule === undefined ? (
              <Button size="small" type="dashed" disabled={fields.length === 0} onClick={() => set(prop, { all: [] })} data-testid={`add-${prop}`}>{t('props.addRule')}</Button>
            ) : (
              <>
                <ConditionBuilder value={condition} fields={fields} exprError={exprError}
                  onChange={(c) => set(prop, c ?? { all: [] })} />
                <Button size="small" type="link" danger onClick={() => set(prop, undefined)} style={{ paddingLeft: 0 }}>{t('props.clearRule')}</Button>
              </>
            )}
            {fields.length === 0 && <Typography.Text type="secondary">{t('cond.empty')}</Typography.Text>}
          </Form.Item>
        );
      })}
    </Form>
  );
}
