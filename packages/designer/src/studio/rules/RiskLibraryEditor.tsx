import { useMemo, useState } from 'react';
import { Button, Checkbox, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { scoreRisk, type RiskLevel, type RiskLibrary, type RiskSignal } from '@siteflow/runtime';
import { ConditionBuilder } from '../../components/condition-builder/index.js';
import { useLang, useT } from '../../i18n/index.js';
import { pickText } from '../../i18n/format.js';
import type { DesignerField } from '../flow/model/form-fields.js';
import { useConditionFields } from '../flow/panels/use-condition-fields.js';
import { ruleMessages } from './messages.js';

/**
 * Renders the risk library editor: weighted signals (optionally a condition over the record),
 * levels with index and signal-count thresholds, and a try-it scorer using the runtime's scoreRisk.
 */
export function RiskLibraryEditor({ value, fields, onChange }: { readonly value: RiskLibrary; readonly fields: readonly DesignerField[]; readonly onChange: (l: RiskLibrary) => void }) {
  const t = useT(ruleMessages);
  const { lang } = useLang();
  const condFields = useConditionFields(fields);
  const [fired, setFired] = useState<Record<string, boolean>>({});
  const score = useMemo(() => scoreRisk(value, fired), [value, fired]);
  const setSignal = (i: number, s: RiskSignal) => onChange({ ...value, signals: value.signals.map((x, j) => (j === i ? s : x)) });
  const setLevel = (i: number, l: RiskLevel) => onChange({ ...value, levels: value.levels.map((x, j) => (j === i ? l : x)) });
  return (
    <div className="sf-risk" data-testid="risk-library">
      <Typography.Paragraph type="secondary">{t('risk.help')}</Typography.Paragraph>
      <Typography.Text strong>{t('risk.signals')}</Typography.Text>
      {value.signals.map((s, i) => (
        <div key={i} className="sf-risk__signal" data-testid="risk-signal">
          <Space wrap size={6}>
            <Checkbox checked={!!fired[s.key]} onChange={(e) => setFired({ ...fired, [s.key]: e.target.checked })} aria-label={t('risk.try')} />
            <Input size="small" value={s.key} style={{ width: 150 }} aria-label={t('risk.signal.key')} onChange={(e) => setSignal(i, { ...s, key: e.target.value })} />
            <Input size="small" value={s.label.zh} style={{ width: 260 }} aria-label={t('risk.signal.labelZh')} onChange={(e) => setSignal(i, { ...s, label: { ...s.label, zh: e.target.value } })} />
            <Space.Compact size="small">
              <Input size="small" value={t('risk.signal.weight')} disabled style={{ width: 52 }} />
              <InputNumber size="small" value={s.weight} style={{ width: 70 }} aria-label={t('risk.signal.weight')} onChange={(w) => setSignal(i, { ...s, weight: w ?? 0 })} />
            </Space.Compact>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('rules.remove')}
              onClick={() => onChange({ ...value, signals: value.signals.filter((_, j) => j !== i) })} />
          </Space>
          <div className="sf-risk__cond">
            <Typography.Text type="secondary">{t('risk.signal.condition')}</Typography.Text>
            <ConditionBuilder value={s.condition} fields={condFields}
              onChange={(condition) => setSignal(i, condition ? { ...s, condition } : (({ condition: _c, ...rest }) => rest)(s))} />
          </div>
        </div>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} data-testid="risk-signal-add"
        onClick={() => onChange({ ...value, signals: [...value.signals, { key: `signal${value.signals.length + 1}`, label: { zh: '', en: '' }, weight: 1 }] })}>
        {t('risk.signal.add')}
      </Button>

      <div style={{ marginTop: 12 }}><Typography.Text strong>{t('risk.levels')}</Typography.Text></div>
      {value.levels.map((l, i) => (
        <Space key={i} wrap size={6} className="sf-risk__level" data-testid="risk-level">
          <Input size="small" value={l.key} style={{ width: 100 }} aria-label={t('risk.level.name')} onChange={(e) => setLevel(i, { ...l, key: e.target.value })} />
          <Input size="small" value={l.label.zh} style={{ width: 140 }} aria-label={t('risk.signal.labelZh')} onChange={(e) => setLevel(i, { ...l, label: { ...l.label, zh: e.target.value } })} />
          <Typography.Text>{t('risk.level.threshold')}</Typography.Text>
          <InputNumber size="small" min={0} value={l.minIndex ?? null} style={{ width: 70 }} aria-label={t('risk.level.threshold')}
            onChange={(v) => setLevel(i, v == null ? (({ minIndex: _m, ...rest }) => rest)(l) : { ...l, minIndex: v })} />
          <Typography.Text>{t('risk.level.minSignals')}</Typography.Text>
          <InputNumber size="small" min={0} value={l.minSignals ?? null} style={{ width: 70 }} aria-label={t('risk.level.minSignals')} data-testid="risk-level-min-signals"
            onChange={(v) => setLevel(i, v == null ? (({ minSignals: _m, ...rest }) => rest)(l) : { ...l, minSignals: v })} />
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('rules.remove')}
            onClick={() => onChange({ ...value, levels: value.levels.filter((_, j) => j !== i) })} />
        </Space>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />}
        onClick={() => onChange({ ...value, levels: [...value.levels, { key: `level${value.levels.length + 1}`, label: { zh: '', en: '' }, minSignals: 1 }] })}>
        {t('risk.level.add')}
      </Button>
      <div className="sf-risk__result" data-testid="risk-result">
        <Tag color={score.level ? 'red' : 'default'}>
          {t('risk.tryResult', { index: score.index, level: score.levelLabel ? pickText(score.levelLabel, lang) : t('risk.noLevel') })}
        </Tag>
      </div>
    </div>
  );
}
