import type { AssigneeRule, Duration, FlowEdge } from '@siteflow/runtime';
import type { Lang } from '../../../i18n/types.js';
import { fillText, pickText } from '../../../i18n/format.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { roleName } from '../roles.js';
import { describeCondition } from './describe-condition.js';
import type { DesignerField } from './form-fields.js';

const tx = (key: FlowMessageKey, lang: Lang, params?: Record<string, unknown>) => fillText(flowMessages[key], lang, params);

/** Returns "24 小时" / "3 working days" for a duration in `lang`. Pure. */
export function describeDuration(d: Duration, lang: Lang): string {
  const unit = tx(`flow.unit.${d.unit}` as FlowMessageKey, lang);
  return lang === 'zh' ? `${d.amount} ${unit}` : `${d.amount} ${unit}`;
}

/**
 * Returns a short text for one assignee rule ("销售主管", "发起人", "置业顾问（未填写时：发起人）");
 * an expression the common shapes do not cover stays as code ("ƒ …"). `fields` name form fields
 * by their labels. Pure.
 */
export function describeAssignee(rule: AssigneeRule, lang: Lang, fields: readonly DesignerField[] = []): string {
  switch (rule.kind) {
    case 'role': return roleName(rule.role, lang);
    case 'users': return rule.userIds.join(', ') || tx('flow.assignee.user', lang);
    case 'expression': return describeAssigneeExpression(rule.expr, lang, fields) ?? `ƒ ${rule.expr}`;
    case 'initiator': return tx('flow.assignee.initiator', lang);
    case 'regionalDirector': return roleName('regionalDirector', lang);
    default: { const never: never = rule; return String(never); }
  }
}

const PERSON_FIELD = /^(?:record\.)?(\w+)$/;
const FIELD_OR_FALLBACK = /^isEmpty\((?:record\.)?(\w+)\)\s*\?\s*(initiator|roleMembers\.(\w+))\s*:\s*(?:record\.)?(\w+)$/;

/** Returns the words for `consultant` or `isEmpty(consultant) ? initiator | roleMembers.<role> : consultant`, or undefined. Pure. */
function describeAssigneeExpression(expr: string, lang: Lang, fields: readonly DesignerField[]): string | undefined {
  const label = (key: string) => {
    const field = fields.find((f) => f.key === key);
    return field ? pickText(field.label, lang) : undefined;
  };
  const source = expr.trim();
  const bare = PERSON_FIELD.exec(source);
  if (bare) return label(bare[1]!);
  const m = FIELD_OR_FALLBACK.exec(source);
  if (!m || m[1] !== m[4]) return undefined;
  const fallback = m[3] ? tx('flow.assignee.allOfRole', lang, { role: roleName(m[3], lang) }) : tx('flow.assignee.initiator', lang);
  return tx('flow.assignee.fieldOr', lang, { field: label(m[1]!) ?? m[1], fallback });
}

/** What a canvas edge shows: its label, the full text for the tooltip, whether the label is code. */
export interface EdgeCaption {
  readonly text: string;
  /** Shown on hover: the whole condition in words (or code); empty when the label says it all. */
  readonly detail: string;
  readonly code: boolean;
}

const noCaption: EdgeCaption = { text: '', detail: '', code: false };

/**
 * Returns the caption of a canvas edge: its own label, else "默认" or the condition in words
 * built from the form's field labels (see describeCondition); the tooltip carries the condition
 * in full, also under an own label. Pure.
 */
export function describeEdge(edge: FlowEdge, fromCondition: boolean, lang: Lang, fields: readonly DesignerField[]): EdgeCaption {
  const own = edge.label ? (lang === 'zh' ? edge.label.zh || edge.label.en : edge.label.en || edge.label.zh) : '';
  if (edge.on === 'rejected') return { ...noCaption, text: own || tx('flow.action.reject', lang) };
  if (!fromCondition) return own ? { ...noCaption, text: own } : noCaption;
  if (edge.default) return { ...noCaption, text: own ? `${own}（${tx('flow.node.default', lang)}）` : tx('flow.node.default', lang) };
  if (!edge.condition) return { ...noCaption, text: own || tx('flow.branch.noCondition', lang) };
  const when = describeCondition(edge.condition, fields, lang);
  if (own) return { text: own, detail: tx('flow.edge.when', lang, { text: when.text }), code: false };
  return { text: when.text, detail: when.text, code: when.code };
}
