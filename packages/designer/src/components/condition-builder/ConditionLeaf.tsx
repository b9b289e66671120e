import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Select, Tooltip } from 'antd';
import { useT } from '../../i18n/index.js';
import { defaultValue } from './condition-model.js';
import type { Condition, ConditionField, ConditionOp } from './types.js';
import { opsByKind, opTakesNoValue } from './types.js';
import { ValueInput } from './ValueInput.js';

interface Props {
  readonly value: Condition;
  readonly fields: readonly ConditionField[];
  readonly onChange: (c: Condition) => void;
  readonly onRemove: () => void;
  readonly disabled?: boolean;
  /** Problems to show under an expression leaf (e.g. a parse error from the runtime). */
  readonly exprError?: (source: string) => string | undefined;
}

/** Renders one comparison row (field, operator, value) or a free expression row. */
export function ConditionLeaf({ value, fields, onChange, onRemove, disabled, exprError }: Props) {
  const t = useT();
  const remove = (
    <Tooltip title={t('cond.remove')}>
      <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} disabled={disabled} aria-label={t('cond.remove')} />
    </Tooltip>
  );
  if ('expr' in value) {
    const error = exprError?.(value.expr);
    return (
      <div className="sf-cond__leaf" data-testid="cond-leaf">
        <div style={{ flex: 1, minWidth: 200 }}>
          <Input.TextArea value={value.expr} autoSize={{ minRows: 1, maxRows: 4 }} disabled={disabled}
            status={error ? 'error' : undefined} placeholder={t('cond.exprPlaceholder')}
            onChange={(e) => onChange({ expr: e.target.value })} style={{ fontFamily: 'monospace' }} />
          {error && <div className="sf-cond__error">{error}</div>}
        </div>
        {remove}
      </div>
    );
  }
  if (!('field' in value)) return null;
  const field = fields.find((f) => f.key === value.field);
  const ops = opsByKind[field?.kind ?? 'text'];
  const opLabel = (op: ConditionOp) => {
    if (field?.kind === 'date' && (op === 'gt' || op === 'lt')) return t(op === 'gt' ? 'cond.date.gt' : 'cond.date.lt');
    return t(`cond.op.${op}`);
  };
  return (
    <div className="sf-cond__leaf" data-testid="cond-leaf">
      <Select
        value={value.field}
        status={field ? undefined : 'error'}
        onChange={(key: string) => {
          const f = fields.find((x) => x.key === key);
          const op = f && opsByKind[f.kind].includes(value.op) ? value.op : (f ? opsByKind[f.kind][0] : 'eq') ?? 'eq';
          onChange({ field: key, op, ...(opTakesNoValue(op) ? {} : { value: defaultValue(f, op) }) });
        }}
        options={fields.map((f) => ({ value: f.key, label: f.label }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 140 }}
        popupMatchSelectWidth={false}
        disabled={disabled}
        aria-label={t('cond.field')}
        data-testid="cond-field"
        labelRender={(p) => (field ? p.label : t('cond.unknownField', { key: value.field }))}
      />
      <Select
        value={value.op}
        onChange={(op: ConditionOp) => onChange({ field: value.field, op,
          ...(opTakesNoValue(op) ? {} : { value: sameShape(value.op, op) ? value.value : defaultValue(field, op) }) })}
        options={ops.map((op) => ({ value: op, label: opLabel(op) }))}
        style={{ minWidth: 100 }}
        popupMatchSelectWidth={false}
        disabled={disabled}
        aria-label={t('cond.operator')}
        data-testid="cond-op"
      />
      <ValueInput field={field} op={value.op} value={value.value} disabled={disabled}
        onChange={(v) => onChange({ field: value.field, op: value.op, value: v })} />
      {remove}
    </div>
  );
}

/** True when switching from `a` to `b` keeps the value's shape (scalar, list or range). */
function sameShape(a: ConditionOp, b: ConditionOp): boolean {
  const shape = (op: ConditionOp) => (op === 'in' || op === 'notIn' ? 'list' : op === 'between' ? 'range' : 'scalar');
  return shape(a) === shape(b);
}
