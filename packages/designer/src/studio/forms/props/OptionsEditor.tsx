import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useT } from '../../../i18n/index.js';
import type { FieldOption } from '../../../renderer/index.js';

/** Returns the first free option value `option<n>`. Pure. */
function nextValue(options: readonly FieldOption[]): string {
  const used = new Set(options.map((o) => o.value));
  for (let n = options.length + 1; ; n += 1) if (!used.has(`option${n}`)) return `option${n}`;
}

/** Renders the choices editor of a select / multi-select: value, Chinese and English label, order. */
export function OptionsEditor({ value, onChange }: { value: readonly FieldOption[]; onChange: (next: FieldOption[]) => void }) {
  const t = useT();
  const set = (i: number, patch: Partial<{ value: string; zh: string; en: string }>) => onChange(value.map((o, j) => (j !== i ? o : {
    value: patch.value ?? o.value,
    label: { zh: patch.zh ?? o.label.zh, en: patch.en ?? o.label.en },
  })));
  const move = (i: number, d: -1 | 1) => {
    const j = i + d;
    if (j < 0 || j >= value.length) return;
    const next = [...value];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <div className="sf-options" data-testid="options-editor">
      <div className="sf-options__head">
        <Typography.Text type="secondary">{t('props.optionZh')}</Typography.Text>
        <Typography.Text type="secondary">{t('props.optionEn')}</Typography.Text>
        <Typography.Text type="secondary">{t('props.optionValue')}</Typography.Text>
        <span />
      </div>
      {value.map((o, i) => (
        <div className="sf-options__row" key={i}>
          <Input size="small" value={o.label.zh} onChange={(e) => set(i, { zh: e.target.value })} aria-label={`${t('props.optionZh')} ${i + 1}`} data-testid={`option-zh-${i}`} />
          <Input size="small" value={o.label.en} onChange={(e) => set(i, { en: e.target.value })} aria-label={`${t('props.optionEn')} ${i + 1}`} />
          <Input size="small" value={o.value} onChange={(e) => set(i, { value: e.target.value.trim() })} aria-label={`${t('props.optionValue')} ${i + 1}`}
            status={!o.value || value.some((x, j) => j !== i && x.value === o.value) ? 'error' : undefined} />
          <Space size={0}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('designer.moveUp')} />
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label={t('designer.moveDown')} />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('common.delete')} />
          </Space>
        </div>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} block
        onClick={() => { const v = nextValue(value); onChange([...value, { value: v, label: { zh: v, en: v } }]); }}>{t('props.addOption')}</Button>
    </div>
  );
}
