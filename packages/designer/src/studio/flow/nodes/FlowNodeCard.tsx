import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Tooltip } from 'antd';
import type { FlowNode } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/types.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { describeAssignee, describeDuration } from '../model/describe.js';
import type { FlowRfNode } from '../canvas/to-rf.js';
import { Glyph } from './glyphs.js';
import { useFlowFields } from '../canvas/flow-fields-context.js';
import type { DesignerField } from '../model/form-fields.js';
import { kindStyle } from './kind-style.js';

function detailLines(node: FlowNode, lang: Lang, t: (k: FlowMessageKey, p?: Record<string, unknown>) => string, fields: readonly DesignerField[]): { who?: string; badge?: string } {
  switch (node.kind) {
    case 'task': {
      const who = node.assignees.map((a) => describeAssignee(a, lang, fields)).join('、') || t('flow.node.noAssignee');
      return { who: `${who} · ${t(`flow.mode.short.${node.mode}` as FlowMessageKey)}`, ...(node.sla ? { badge: describeDuration(node.sla.duration, lang) } : {}) };
    }
    case 'action': return { who: t('flow.node.actions', { count: node.steps.length }) };
    case 'timer': return { who: 'duration' in node.wait ? describeDuration(node.wait.duration, lang) : node.wait.untilField };
    case 'subflow': return { who: node.flowKey || '—' };
    case 'end': return node.outcome ? { who: pickText(node.outcome.label, lang) } : {};
    case 'start': case 'condition': case 'parallelSplit': case 'parallelJoin': return {};
    default: { const never: never = node; return never; }
  }
}

/**
 * Renders one flow node on the canvas: kind, name, who handles it, its SLA badge and its
 * problems (red border, the list in a tooltip on the problem line). Memoised on the two props it
 * reads: the node mapper hands the same data object while nothing about the node changed, and
 * xyflow's size and position props (which change as the canvas measures and drags nodes) do not
 * alter the card.
 */
export const FlowNodeCard = memo(function FlowNodeCard({ data, selected }: NodeProps<FlowRfNode>) {
  const { lang } = useLang();
  const t = useT(flowMessages);
  const { node, problems, sim } = data;
  const fields = useFlowFields();
  const style = kindStyle[node.kind];
  const { who, badge } = detailLines(node, lang, t, fields);
  const hasProblems = problems.length > 0;
  const classes = ['sf-fnode', `sf-fnode--${node.kind}`, selected ? 'is-selected' : '', hasProblems ? 'has-problems' : '', sim ? `sim-${sim}` : '']
    .filter(Boolean).join(' ');
  // The problem list's tooltip hangs on the problem line, so the card itself (and the element
  // a user or test is pointing at) stays the same when a check finds or clears problems.
  return (
    <div className={classes} style={{ ['--kind' as string]: style.color }} data-testid={`flow-node-${node.id}`} data-kind={node.kind}>
      {node.kind !== 'start' && <Handle type="target" position={Position.Top} className="sf-fnode__handle" />}
      <div className="sf-fnode__head">
        <Glyph name={node.kind} className="sf-fnode__glyph" />
        <span className="sf-fnode__kind">{t(`flow.kind.${node.kind}` as FlowMessageKey)}</span>
        {badge && <span className="sf-fnode__sla" title={t('flow.node.sla', { sla: badge })}><Glyph name="clock" /> {badge}</span>}
      </div>
      <div className="sf-fnode__name">{pickText(node.name, lang) || node.id}</div>
      {who && <div className="sf-fnode__who">{who}</div>}
      {hasProblems && (
        <Tooltip title={<ul className="sf-fnode__tip">{problems.map((p, i) => <li key={i}>{pickText(p.message, lang)}</li>)}</ul>} placement="right" mouseEnterDelay={0.5}>
          <div className="sf-fnode__problems" data-testid="node-problem-count"><Glyph name="warning" /> {t('flow.node.problems', { count: problems.length })}</div>
        </Tooltip>
      )}
      {node.kind !== 'end' && <Handle type="source" position={Position.Bottom} className="sf-fnode__handle" />}
    </div>
  );
}, (before, after) => before.data === after.data && before.selected === after.selected);
