import { Button, Input, Radio, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { FlowDefinition, FlowEdge } from '@siteflow/runtime';
import { parseExpression } from '@siteflow/runtime';
import { ConditionBuilder } from '../../../components/condition-builder/index.js';
import { useLang, useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import { flowMessages } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';
import { useConditionFields } from './use-condition-fields.js';

/** Returns the outgoing edges of a condition node in evaluation order (order, then array order). Pure. */
export function orderedBranches(flow: FlowDefinition, nodeId: string): FlowEdge[] {
  return flow.edges.map((e, i) => ({ e, i })).filter(({ e }) => e.source === nodeId)
    .sort((a, b) => (a.e.order ?? Infinity) - (b.e.order ?? Infinity) || a.i - b.i).map(({ e }) => e);
}

/** Returns the problem text of an expression leaf, for the condition builder. */
export function useExprError() {
  const { lang } = useLang();
  return (source: string) => {
    const r = parseExpression(source);
    return r.ok ? undefined : pickText(r.issue.message, lang);
  };
}

/**
 * Renders the branches of a condition node: per branch a label, a visual condition and the
 * default flag (exactly one default, taken when no condition holds), in evaluation order.
 */
export function BranchList({ flow, nodeId, fields, onChangeEdges }: {
  readonly flow: FlowDefinition;
  readonly nodeId: string;
  readonly fields: readonly DesignerField[];
  readonly onChangeEdges: (edges: FlowEdge[], key?: string) => void;
}) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const condFields = useConditionFields(fields);
  const exprError = useExprError();
  const branches = orderedBranches(flow, nodeId);
  const targetName = (id: string) => pickText(flow.nodes.find((n) => n.id === id)?.name, lang) || id;
  const renumber = (list: FlowEdge[]) => list.map((e, i) => ({ ...e, order: i + 1 }));
  const move = (i: number, d: number) => {
    const list = [...branches];
    const [x] = list.splice(i, 1);
    if (!x) return;
    list.splice(i + d, 0, x);
    onChangeEdges(renumber(list));
  };
  const setDefault = (id: string) => onChangeEdges(branches.map((e) => {
    if (e.id === id) { const { condition: _c, ...rest } = e; return { ...rest, default: true }; }
    if (e.default) { const { default: _d, ...rest } = e; return rest; }
    return e;
  }));
  if (branches.length === 0) return <Typography.Text type="secondary">{t('flow.branch.none')}</Typography.Text>;
  return (
    <div className="sf-branches" data-testid="branch-list">
      {branches.map((e, i) => (
        <div key={e.id} className={`sf-branch${e.default ? ' is-default' : ''}`} data-testid={`branch-${e.id}`}>
          <div className="sf-branch__head">
            <Typography.Text strong>{i + 1}. {t('flow.branch.to', { target: targetName(e.target) })}</Typography.Text>
            <Space size={2}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('flow.edge.moveUp')} onClick={() => move(i, -1)} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === branches.length - 1} aria-label={t('flow.edge.moveDown')} onClick={() => move(i, 1)} />
            </Space>
          </div>
          <Input size="small" placeholder={t('flow.branch.label')} value={e.label?.[lang] ?? ''} aria-label={t('flow.branch.label')}
            onChange={(ev) => onChangeEdges([{ ...e, label: { zh: e.label?.zh ?? '', en: e.label?.en ?? '', [lang]: ev.target.value } }], `label:${e.id}`)} />
          <Radio checked={!!e.default} onChange={() => setDefault(e.id)} data-testid="branch-default">{t('flow.branch.default')}</Radio>
          {e.default
            ? <Typography.Paragraph type="secondary" className="sf-branch__note">{t('flow.branch.isDefault')}</Typography.Paragraph>
            : <ConditionBuilder value={e.condition} fields={condFields} exprError={exprError}
                onChange={(condition) => onChangeEdges([condition ? { ...e, condition } : withoutCondition(e)])} />}
        </div>
      ))}
    </div>
  );
}

function withoutCondition(e: FlowEdge): FlowEdge {
  const { condition: _c, ...rest } = e;
  return rest;
}
