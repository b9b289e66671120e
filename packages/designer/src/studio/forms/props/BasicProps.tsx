import { Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useLocalize, useT } from '../../../i18n/index.js';
import {
  buildRenderNodes, defaultWidgets, fieldTypes, SensitivityKind, type ComputedResultType, type FieldSchema, type FieldTypeId, type FieldUi,
} from '../../../renderer/index.js';
import { containerKeys, containerNodePath, renameKey, updateKeyword, updateUi, type FieldRef } from '../model/index.js';
import type { FormDefinition } from '../../../renderer/index.js';
import type { EditFn } from './types.js';
import { BilingualInput } from './BilingualInput.js';
import { OptionsEditor } from './OptionsEditor.js';
import { AutoNumberProps } from './AutoNumberProps.js';

const KEY_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const NO_DEFAULT: ReadonlySet<FieldTypeId> = new Set(['subtable', 'section', 'note', 'computed', 'attachments', 'person', 'role']);
const RESULT_TYPES: readonly ComputedResultType[] = ['number', 'money', 'text', 'boolean', 'date'];
const ACCEPT_CHOICES = ['image/*', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

interface Props {
  readonly doc: FormDefinition;
  readonly fieldRef: FieldRef;
  readonly schema: FieldSchema;
  readonly type: FieldTypeId;
  readonly onEdit: EditFn;
}

/** Renders the basic settings of a field: labels, key, display, texts, default, span, sensitivity, options and type-specific settings. */
export function BasicProps({ doc, fieldRef, schema, type, onEdit }: Props) {
  const t = useT();
  const localize = useLocalize();
  const { lang } = useLang();
  const ui = schema['x-ui'];
  const spec = fieldTypes[type];
  const [keyDraft, setKeyDraft] = useState<string | null>(null);
  const setUi = <K extends keyof FieldUi>(prop: K, value: FieldUi[K] | undefined) => onEdit(updateUi(doc, fieldRef, prop, value, t('designer.edit.change')));
  const keyValue = keyDraft ?? fieldRef.key;
  const keyTaken = keyDraft !== null && keyDraft !== fieldRef.key && containerKeys(doc, fieldRef.container).includes(keyDraft);
  const keyBad = keyDraft !== null && !KEY_RE.test(keyDraft);
  const commitKey = () => {
    if (keyDraft === null || keyBad || keyTaken) return;
    const result = renameKey(doc, fieldRef, keyDraft, t('designer.edit.change'));
    if (result) onEdit(result.edit, result.ref);
    setKeyDraft(null);
  };
  const node = buildRenderNodes({ [fieldRef.key]: schema }, [])[0];
  const DefaultWidget = defaultWidgets[type];
  const layoutColumns = doc.schema['x-ui']?.layout?.columns ?? 1;
  // A sub-table's columns end in …/items: they cannot be numbered automatically.
  const inSubtable = containerNodePath(doc, fieldRef.container).at(-1) === 'items';
  return (
    <Form layout="vertical" size="small" className="sf-props__form">
      <Form.Item label={t('props.type')}>
        <Typography.Text>{localize(spec.label)}</Typography.Text>
      </Form.Item>
      <BilingualInput labelZh={t('props.labelZh')} labelEn={t('props.labelEn')} value={ui.label} required testId="prop-label"
        onChange={(v) => v && setUi('label', v)} />
      <Form.Item label={t('props.key')} help={keyBad ? t('props.keyInvalid') : keyTaken ? t('props.keyTaken', { key: keyDraft }) : t('props.keyHelp')}
        validateStatus={keyBad || keyTaken ? 'error' : undefined}>
        <Input value={keyValue} onChange={(e) => setKeyDraft(e.target.value)} onBlur={commitKey} onPressEnter={commitKey} data-testid="prop-key" />
      </Form.Item>
      {spec.widgets.length > 1 && (
        <Form.Item label={t('props.widget')}>
          <Select value={ui.widget ?? spec.defaultWidget} onChange={(w: string) => setUi('widget', w)}
            options={spec.widgets.map((w) => ({ value: w, label: t(`props.widget.${w}` as 'props.widget.input') }))} data-testid="prop-widget" />
        </Form.Item>
      )}
      {(type === 'select' || type === 'multiselect') && (
        <Form.Item label={t('props.options')}>
          <OptionsEditor value={ui.options ?? []} onChange={(o) => setUi('options', o)} />
        </Form.Item>
      )}
      {type === 'multiselect' && (
        <Form.Item label={t('props.allowOther')}>
          <Switch checked={Boolean(ui.allowOther)} onChange={(v) => setUi('allowOther', v || undefined)} data-testid="prop-allow-other" />
        </Form.Item>
      )}
      {type === 'note' ? (
        <BilingualInput labelZh={t('props.noteZh')} labelEn={t('props.noteEn')} value={ui.text} multiline onChange={(v) => setUi('text', v)} />
      ) : type !== 'section' && type !== 'subtable' && (
        <BilingualInput labelZh={t('props.placeholderZh')} labelEn={t('props.placeholderEn')} value={ui.placeholder} onChange={(v) => setUi('placeholder', v)} />
      )}
      <BilingualInput labelZh={t('props.helpZh')} labelEn={t('props.helpEn')} value={ui.help} multiline onChange={(v) => setUi('help', v)} />
      {type === 'number' && (
        <>
          <Form.Item label={t('props.decimals')}>
            <InputNumber min={0} max={6} precision={0} value={ui.decimals ?? null} onChange={(v) => setUi('decimals', v ?? undefined)} style={{ width: '100%' }} />
          </Form.Item>
          <BilingualInput labelZh={t('props.unitZh')} labelEn={t('props.unitEn')} value={ui.unit} onChange={(v) => setUi('unit', v)} />
        </>
      )}
      {type === 'text' && !inSubtable && <AutoNumberProps value={ui.autoNumber} onChange={(v) => setUi('autoNumber', v)} />}
      {(type === 'person' || type === 'role') && (
        <Form.Item label={t('props.multiple')}><Switch checked={Boolean(ui.multiple)} onChange={(v) => setUi('multiple', v || undefined)} /></Form.Item>
      )}
      {type === 'attachments' && (
        <>
          <Form.Item label={t('props.accept')}>
            <Select mode="tags" value={[...(ui.accept ?? [])]} onChange={(v: string[]) => setUi('accept', v.length ? v : undefined)}
              options={ACCEPT_CHOICES.map((a) => ({ value: a, label: a }))} />
          </Form.Item>
          <Form.Item label={t('props.maxSizeMb')}>
            <InputNumber min={1} max={500} value={ui.maxSizeMb ?? null} onChange={(v) => setUi('maxSizeMb', v ?? undefined)} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {type === 'computed' && (
        <>
          <Form.Item label={t('props.formula')} help={t('props.formulaHelp')}>
            <Input.TextArea value={ui.formula ?? ''} autoSize={{ minRows: 2 }} style={{ fontFamily: 'monospace' }}
              onChange={(e) => setUi('formula', e.target.value || undefined)} data-testid="prop-formula" />
          </Form.Item>
          <Form.Item label={t('props.resultType')}>
            <Select value={ui.resultType ?? 'number'} onChange={(v: ComputedResultType) => setUi('resultType', v)}
              options={RESULT_TYPES.map((r) => ({ value: r, label: t(`props.result.${r}`) }))} />
          </Form.Item>
        </>
      )}
      {!NO_DEFAULT.has(type) && node && (
        <Form.Item label={t('props.default')}>
          <DefaultWidget node={node} path={`default-${fieldRef.key}`} value={schema.default} lang={lang} services={{}} compact={false}
            invalid={false} readOnly={false} getValue={() => undefined} setValue={() => undefined} renderField={() => null}
            onChange={(v) => onEdit(updateKeyword(doc, fieldRef, 'default', v, t('designer.edit.change')))} />
        </Form.Item>
      )}
      {fieldRef.container.length === 0 && layoutColumns > 1 && type !== 'section' && type !== 'subtable' && (
        <Form.Item label={t('props.span')}>
          <InputNumber min={1} max={layoutColumns} precision={0} value={ui.span ?? null} style={{ width: '100%' }}
            onChange={(v) => setUi('span', v ?? undefined)} />
        </Form.Item>
      )}
      {spec.storage === 'value' && (
        <Form.Item label={t('props.sensitivity')} help={t('props.sensitivityHelp')}>
          <Select
            value={(ui.sensitivity === undefined ? spec.sensitivity : ui.sensitivity) ?? 'none'}
            onChange={(v: string) => {
              const next = v === 'none' ? null : (v as SensitivityKind);
              // Store only what differs from the type's default, so definitions stay small.
              setUi('sensitivity', next === spec.sensitivity ? undefined : next);
            }}
            options={[{ value: 'none', label: t('props.sens.none') }, ...Object.values(SensitivityKind).map((k) => ({ value: k, label: t(`props.sens.${k}`) }))]}
            data-testid="prop-sensitivity"
          />
        </Form.Item>
      )}
    </Form>
  );
}
