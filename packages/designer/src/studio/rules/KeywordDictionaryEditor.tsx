import { useMemo, useState } from 'react';
import { Button, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { analyzeText, DEFAULT_NEGATIONS, type KeywordDictionary, type KeywordEntry } from '@siteflow/runtime';
import { useT } from '../../i18n/index.js';
import { ruleMessages } from './messages.js';

/**
 * Renders the keyword dictionary editor for communication-log signals: terms with synonyms,
 * weights and categories, the negation cues (so "not regret" does not count as "regret"), and a live
 * try-it box scored by the runtime's analyzeText.
 */
export function KeywordDictionaryEditor({ value, onChange }: { readonly value: KeywordDictionary; readonly onChange: (d: KeywordDictionary) => void }) {
  const t = useT(ruleMessages);
  const [sample, setSample] = useState(() => t('risk.sampleLog'));
  const result = useMemo(() => analyzeText(value, sample), [value, sample]);
  const set = (i: number, e: KeywordEntry) => onChange({ ...value, entries: value.entries.map((x, j) => (j === i ? e : x)) });
  return (
    <div className="sf-dict" data-testid="keyword-dictionary">
      <table className="sf-dict__table">
        <thead><tr><th>{t('risk.signal.keywords')}</th><th>{t('risk.signal.synonyms')}</th><th>{t('risk.signal.weight')}</th><th /></tr></thead>
        <tbody>
          {value.entries.map((e, i) => (
            <tr key={i} data-testid="keyword-entry">
              <td><Input size="small" value={e.term} onChange={(ev) => set(i, { ...e, term: ev.target.value })} aria-label={t('risk.signal.keywords')} /></td>
              <td><Select size="small" mode="tags" open={false} value={[...(e.synonyms ?? [])]} style={{ width: '100%' }} placeholder={t('risk.signal.tagsPlaceholder')}
                onChange={(synonyms: string[]) => set(i, { ...e, synonyms })} aria-label={t('risk.signal.synonyms')} /></td>
              <td><InputNumber size="small" value={e.weight} style={{ width: 64 }} onChange={(w) => set(i, { ...e, weight: w ?? 0 })} aria-label={t('risk.signal.weight')} /></td>
              <td><Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('rules.remove')}
                onClick={() => onChange({ ...value, entries: value.entries.filter((_, j) => j !== i) })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange({ ...value, entries: [...value.entries, { term: '', weight: 1 }] })}>{t('risk.signal.add')}</Button>
      <div style={{ marginTop: 10 }}>
        <Typography.Text strong>{t('risk.signal.negations')}</Typography.Text>
        <Select mode="tags" open={false} value={[...(value.negations ?? DEFAULT_NEGATIONS)]} style={{ width: '100%' }} placeholder={t('risk.signal.tagsPlaceholder')}
          onChange={(negations: string[]) => onChange({ ...value, negations })} aria-label={t('risk.signal.negations')} data-testid="dict-negations" />
      </div>
      <div className="sf-dict__try">
        <Typography.Text strong>{t('risk.try')}</Typography.Text>
        <Input.TextArea rows={2} value={sample} onChange={(e) => setSample(e.target.value)} placeholder={t('risk.trySample')} data-testid="dict-sample" />
        <Space wrap size={4} data-testid="dict-result">
          <Tag color={result.score > 0 ? 'red' : 'green'}>{t('risk.tryScore', { score: result.score })}</Tag>
          {result.hits.map((h, i) => (
            <Tag key={i} color={h.negated ? 'default' : 'volcano'} data-negated={h.negated}>{h.negated ? `✕ ${h.matched}` : `${h.matched} +${h.weight}`}</Tag>
          ))}
        </Space>
      </div>
    </div>
  );
}
