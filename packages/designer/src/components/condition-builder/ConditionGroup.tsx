import { BranchesOutlined, CodeOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Space, Switch, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/index.js';
import { fromGroupView, isGroup, newLeaf, toGroupView, type GroupMode } from './condition-model.js';
import { ConditionLeaf } from './ConditionLeaf.js';
import type { Condition, ConditionField } from './types.js';

interface Props {
  readonly value: Condition | undefined;
  readonly fields: readonly ConditionField[];
  readonly onChange: (c: Condition) => void;
  readonly onRemove?: () => void;
  readonly depth: number;
  readonly maxDepth: number;
  readonly allowAtLeast: boolean;
  readonly allowExpr: boolean;
  readonly disabled?: boolean;
  readonly exprError?: (source: string) => string | undefined;
}

/** Renders a group of conditions with its match mode (all / any / at least K), children and add buttons. */
export function ConditionGroup(props: Props) {
  const { value, fields, onChange, onRemove, depth, maxDepth, allowAtLeast, allowExpr, disabled, exprError } = props;
  const t = useT();
  const g = toGroupView(value);
  const set = (patch: Partial<typeof g>) => onChange(fromGroupView({ ...g, ...patch }));
  const setChild = (i: number, c: Condition) => set({ children: g.children.map((x, j) => (j === i ? c : x)) });
  const removeChild = (i: number) => set({ children: g.children.filter((_, j) => j !== i) });
  const modes: { value: GroupMode; label: string }[] = [
    { value: 'all', label: t('cond.mode.all') },
    { value: 'any', label: t('cond.mode.any') },
    ...(allowAtLeast ? [{ value: 'atLeast' as const, label: t('cond.mode.atLeast') }] : []),
  ];
  return (
    <div className={`sf-cond__group sf-cond__group--d${depth}`} data-testid="cond-group">
      <div className="sf-cond__head">
        <Space wrap size={6}>
          <Typography.Text>{t('cond.match')}</Typography.Text>
          <Select value={g.mode} options={modes} onChange={(mode: GroupMode) => set({ mode })} disabled={disabled}
            style={{ width: 110 }} popupMatchSelectWidth={false} data-testid="cond-mode" />
          {g.mode === 'atLeast' && (
            <InputNumber min={1} max={Math.max(1, g.children.length)} value={g.k} disabled={disabled}
              onChange={(k) => set({ k: k ?? 1 })} style={{ width: 72 }} aria-label={t('cond.k')} data-testid="cond-k" />
          )}
          <Typography.Text>{g.negated ? t('cond.negated') : t('cond.ofBelow')}</Typography.Text>
          <Tooltip title={t('cond.negate')}>
            <Switch size="small" checked={g.negated} onChange={(negated) => set({ negated })} disabled={disabled} aria-label={t('cond.negate')} />
          </Tooltip>
        </Space>
        {onRemove && (
          <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} disabled={disabled} aria-label={t('cond.remove')} />
        )}
      </div>
      <div className="sf-cond__children">
        {g.children.length === 0 && <Typography.Text type="secondary">{t('cond.empty')}</Typography.Text>}
        {g.children.map((child, i) => (isGroup(child) ? (
          <ConditionGroup key={i} {...props} value={child} depth={depth + 1} onChange={(c) => setChild(i, c)} onRemove={() => removeChild(i)} />
        ) : (
          <ConditionLeaf key={i} value={child} fields={fields} disabled={disabled} exprError={exprError}
            onChange={(c) => setChild(i, c)} onRemove={() => removeChild(i)} />
        )))}
      </div>
      <Space wrap size={4} className="sf-cond__add">
        <Button size="small" type="dashed" icon={<PlusOutlined />} disabled={disabled || fields.length === 0}
          onClick={() => set({ children: [...g.children, newLeaf(fields)] })} data-testid="cond-add">{t('cond.addCondition')}</Button>
        {depth < maxDepth && (
          <Button size="small" type="dashed" icon={<BranchesOutlined />} disabled={disabled || fields.length === 0}
            onClick={() => set({ children: [...g.children, { any: [newLeaf(fields)] }] })}>{t('cond.addGroup')}</Button>
        )}
        {allowExpr && (
          <Button size="small" type="text" icon={<CodeOutlined />} disabled={disabled}
            onClick={() => set({ children: [...g.children, { expr: '' }] })}>{t('cond.addExpr')}</Button>
        )}
      </Space>
    </div>
  );
}
