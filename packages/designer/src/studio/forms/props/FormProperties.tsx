import { Form, Input, Radio, Select, Typography } from 'antd';
import { useT } from '../../../i18n/index.js';
import type { FormDefinition } from '../../../renderer/index.js';
import { allFields, updateForm } from '../model/index.js';
import { BilingualInput } from './BilingualInput.js';
import type { EditFn } from './types.js';

/** The form's part in the monthly cancellation cause report; `none` leaves `reportRole` out of the definition. */
const reportRoles = ['none', 'workOrder', 'tracking'] as const satisfies readonly (NonNullable<FormDefinition['reportRole']> | 'none')[];

/** Renders the form-level settings: name in both languages, key (read-only), desktop columns and report role. */
export function FormProperties({ doc, onEdit }: { doc: FormDefinition; onEdit: EditFn }) {
  const t = useT();
  const columns = doc.schema['x-ui']?.layout?.columns ?? 1;
  return (
    <Form layout="vertical" size="small" className="sf-props__form">
      <BilingualInput labelZh={t('props.formNameZh')} labelEn={t('props.formNameEn')} value={doc.name} required testId="form-name"
        onChange={(v) => v && onEdit(updateForm(doc, ['name'], v, t('designer.edit.form')))} />
      <Form.Item label={t('props.formKey')}><Input value={doc.key} disabled /></Form.Item>
      <Form.Item label={t('props.columns')} extra={t('props.columnsHelp')}>
        <Radio.Group optionType="button" value={columns}
          options={[1, 2, 3].map((n) => ({ value: n, label: String(n) }))}
          onChange={(e) => onEdit(updateForm(doc, ['schema', 'x-ui', 'layout', 'columns'], e.target.value, t('designer.edit.form')))} />
      </Form.Item>
      <Form.Item label={t('props.reportRole')} extra={t('props.reportRoleHelp')}>
        <Select value={doc.reportRole ?? 'none'} data-testid="form-report-role"
          options={reportRoles.map((role) => ({ value: role, label: t(`props.reportRole.${role}`) }))}
          onChange={(role) => onEdit(updateForm(doc, ['reportRole'], role === 'none' ? undefined : role, t('designer.edit.form')))} />
      </Form.Item>
      <Typography.Text type="secondary">{t('props.fieldCount', { count: allFields(doc).length })}</Typography.Text>
    </Form>
  );
}
