import { Typography } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { FlowDefinition, Issue } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import { flowMessages } from '../messages.js';

/** Props of the problems list. */
export interface ProblemsPanelProps {
  readonly flow: FlowDefinition;
  readonly problems: readonly Issue[];
  /** Called with the node or edge id of a clicked problem. */
  readonly onPick: (elementId: string) => void;
  /** True while the shown problems belong to an older version of the flow. */
  readonly checking?: boolean;
}

/** Renders validateFlow's problems as a list; clicking one selects the node or connection it is about. */
export function ProblemsPanel({ flow, problems, onPick, checking }: ProblemsPanelProps) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const nodeName = (id: string | undefined) => {
    if (!id) return t('flow.problems.flowLevel');
    const node = flow.nodes.find((n) => n.id === id);
    if (node) return pickText(node.name, lang) || id;
    const edge = flow.edges.find((e) => e.id === id);
    return edge ? `${edge.source} → ${edge.target}` : t('flow.problems.flowLevel');
  };
  if (problems.length === 0 && checking) {
    return <div className="sf-flow-problems" data-testid="flow-problems"><Typography.Text type="secondary">{t('flow.toolbar.checking')}</Typography.Text></div>;
  }
  if (problems.length === 0) {
    return (
      <div className="sf-flow-problems sf-flow-problems--ok" data-testid="flow-problems">
        <CheckCircleOutlined style={{ color: '#389e0d' }} /> <Typography.Text>{t('flow.problems.none')}</Typography.Text>
      </div>
    );
  }
  return (
    <div className="sf-flow-problems" data-testid="flow-problems">
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${p.nodeId ?? ''}-${i}`}>
            <button type="button" className="sf-flow-problems__item" data-testid="flow-problem" data-code={p.code}
              onClick={() => p.nodeId && onPick(p.nodeId)}>
              <WarningOutlined style={{ color: '#d4380d' }} />
              <span className="sf-flow-problems__where">{nodeName(p.nodeId)}</span>
              <span className="sf-flow-problems__text">{pickText(p.message, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
