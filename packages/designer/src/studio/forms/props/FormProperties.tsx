import { Form, Input, Radio, Select, Typography } from 'antd';
import { pickText, useLang, useT } from '../../../i18n/index.js';
import { fieldTypeOf, isTableColumnType, type FormDefinition } from '../../../renderer/index.js';
import { allFields, updateForm } from '../model/index.js';
import { BilingualInput } from './BilingualInput.js';
import type { EditFn } from './types.js';

/** The form's part in the monthly cancellation cause report; `none` leaves `reportRole` out of the definition. */
const reportRoles = ['none', 'workOrder', 'tracking'] as const satisfies readonly (NonNullable<FormDefinition['reportRole']> | 'none')[];

/** Top-level fields a tracking table can show as columns, in form order. Pure. */
function tableColumnChoices(doc: FormDefinition): { key: string; label: unknown }[] {
  return Object.entries(doc.schema.properties)
    .filter(([, schema]) => isTableColumnType(fieldTypeOf(schema['x-ui'])))
    .map(([key, schema]) => ({ key, label: schema['x-ui']?.label }));
}

/** Renders the form-level settings: name in both languages, key (read-only), desktop columns, report role and the tracking table's default columns. */
export function FormProperties({ doc, onEdit }: { doc: FormDefinition; onEdit: EditFn }) {
  const t = useT();
  const { lang } = useLang();
  const columns = doc.schema['x-ui']?.layout?.columns ?? 1;
  return (
    <Form layout="vertical" size="small" className="sf-props__form">
      <BilingualInput labelZh={t('props.formNameZh')} labelEn={t('props.formNameEn')} value={doc.name} required testId="form-name"
        onChange={(v) => v && onEdit(updateForm(doc, ['name'], v, t('designer.edit.form')))} />
      <Form.Item label={t('props.formKey')}><Input value={doc.key} disabled aria-label={t('props.formKey')} /></Form.Item>
      <Form.Item label={t('props.columns')} extra={t('props.columnsHelp')}>
        <Radio.Group optionType="button" value={columns}
          options={[1, 2, 3].map((n) => ({ value: n, label: String(n) }))}
          onChange={(e) => onEdit(updateForm(doc, ['schema', 'x-ui', 'layout', 'columns'], e.target.value, t('designer.edit.form')))} />
      </Form.Item>
      <Form.Item label={t('props.reportRole')} extra={t('props.reportRoleHelp')}>
        <Select value={doc.reportRole ?? 'none'} aria-label={t('props.reportRole')} data-testid="form-report-role"
          options={reportRoles.map((role) => ({ value: role, label: t(`props.reportRole.${role}`) }))}
          onChange={(role) => onEdit(updateForm(doc, ['reportRole'], role === 'none' ? undefined : role, t('designer.edit.form')))} />
      </Form.Item>
      <Form.Item label={t('props.tableColumns')} extra={t('props.tableColumnsHelp')}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear value={[...(doc.tableColumns ?? [])]} aria-label={t('props.tableColumns')} data-testid="form-table-columns" placeholder={t('props.tableColumnsAuto')}
          options={tableColumnChoices(doc).map((c) => ({ value: c.key, label: pickText(c.label, lang) || c.key }))}
          onChange={(keys: string[]) => onEdit(updateForm(doc, ['tableColumns'], keys.length ? keys : undefined, t('designer.edit.form')))} />
      </Form.Item>
      <Typography.Text type="secondary">{t('props.fieldCount', { count: allFields(doc).length })}</Typography.Text>
    </Form>
  );
}
