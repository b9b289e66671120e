import type { AssigneeRule, Duration, FlowEdge } from '@siteflow/runtime';
import { conditionToExpression } from '@siteflow/runtime';
import type { Lang } from '../../../i18n/types.js';
import { fillText } from '../../../i18n/format.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { roleName } from '../roles.js';

const tx = (key: FlowMessageKey, lang: Lang, params?: Record<string, unknown>) => fillText(flowMessages[key], lang, params);

/** Returns "24 小时" / "3 working days" for a duration in `lang`. Pure. */
export function describeDuration(d: Duration, lang: Lang): string {
  const unit = tx(`flow.unit.${d.unit}` as FlowMessageKey, lang);
  return lang === 'zh' ? `${d.amount} ${unit}` : `${d.amount} ${unit}`;
}

/** Returns a short text for one assignee rule ("销售主管", "发起人", "expr: consultant"). Pure. */
export function describeAssignee(rule: AssigneeRule, lang: Lang): string {
  switch (rule.kind) {
    case 'role': return roleName(rule.role, lang);
    case 'users': return rule.userIds.join(', ') || tx('flow.assignee.user', lang);
    case 'expression': return `ƒ ${rule.expr}`;
    case 'initiator': return tx('flow.assignee.initiator', lang);
    case 'regionalDirector': return roleName('regionalDirector', lang);
    default: { const never: never = rule; return String(never); }
  }
}

/** Returns the label shown on a canvas edge: its own label, else "默认" or the condition's text. Pure. */
export function describeEdge(edge: FlowEdge, fromCondition: boolean, lang: Lang): string {
  const own = edge.label ? (lang === 'zh' ? edge.label.zh || edge.label.en : edge.label.en || edge.label.zh) : '';
  if (edge.on === 'rejected') return own || tx('flow.action.reject', lang);
  if (!fromCondition) return own;
  if (edge.default) return own ? `${own}（${tx('flow.node.default', lang)}）` : tx('flow.node.default', lang);
  if (own) return own;
  if (!edge.condition) return tx('flow.branch.noCondition', lang);
  try {
    const text = conditionToExpression(edge.condition);
    return text.length > 28 ? `${text.slice(0, 27)}…` : text;
  } catch {
    return tx('flow.branch.condition', lang);
  }
}
