import { Tag, Timeline as AntTimeline, Typography } from 'antd';
import { useLang, useLocalize } from '../../i18n/index.js';
import type { TimelineEntry } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { workspaceMessages, type WorkspaceMessageKey } from '../messages.js';

// Engine bookkeeping that means nothing to a site team.
const HIDDEN = new Set(['flow.nodeEntered', 'flow.effectRequested', 'flow.effectResult']);
const RED = new Set(['flow.childCancelled', 'rule.alert', 'rule.failed', 'flow.breached', 'flow.escalated', 'flow.deadlineReached', 'flow.taskRejected', 'flow.rejected', 'flow.failed', 'flow.cancelled']);
const ORANGE = new Set(['flow.reminder', 'flow.urged', 'flow.taskReturned', 'flow.dueExtended', 'flow.taskReassigned', 'flow.migrated']);
const GREEN = new Set(['flow.taskCompleted', 'flow.completed', 'flow.started', 'record.created']);

/** Returns the catalogue key of an event type, or null when it has no text. Pure. */
export function timelineKey(type: string): WorkspaceMessageKey | null {
  const key = `ws.timeline.${type}`;
  return key in workspaceMessages ? key as WorkspaceMessageKey : null;
}

// Events of a whole flow (not of one step): on a record's timeline they carry the flow's name.
const FLOW_LEVEL = new Set(['flow.started', 'flow.completed', 'flow.rejected', 'flow.failed', 'flow.cancelled', 'flow.withdrawn', 'flow.deadlineReached', 'flow.migrated']);

/** A flow of a record's timeline, by instance id: its name and its steps' names. */
export interface TimelineFlow { readonly name: unknown; readonly nodeNames: Readonly<Record<string, unknown>> }

/**
 * Renders a timeline: who did what when, with SLA breaches and escalations marked. A task's
 * timeline names steps with `nodeNames`; a record's mixes flows, so `flows` names each event's flow
 * and steps by its instance, and `fieldName` gives the form's labels of changed or unmasked fields.
 */
export function Timeline({ entries, nodeNames = {}, flows, userName, fieldName = (k) => k }: {
  entries: readonly TimelineEntry[]; nodeNames?: Readonly<Record<string, unknown>>; flows?: Readonly<Record<string, TimelineFlow>>;
  userName: (id: string) => string; fieldName?: (key: string) => string;
}) {
  const t = useWsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const shown = entries.filter((e) => !HIDDEN.has(e.type));
  if (!shown.length) return <Typography.Text type="secondary">{t('ws.timeline.empty')}</Typography.Text>;
  const items = shown.map((e) => {
    const key = timelineKey(e.type);
    const nodeId = typeof e.data.nodeId === 'string' ? e.data.nodeId : null;
    const flow = e.instanceId ? flows?.[e.instanceId] : undefined;
    const stepNames = flow?.nodeNames ?? nodeNames;
    const flowName = flow && FLOW_LEVEL.has(e.type) ? localize(flow.name) : null;
    const users = Array.isArray(e.data.users) ? (e.data.users as string[]) : [];
    const level = typeof e.data.level === 'number' ? e.data.level : null;
    const reason = e.data.reason && typeof e.data.reason === 'object' ? localize(e.data.reason as { zh: string; en: string }) : null;
    const comment = typeof e.data.comment === 'string' ? e.data.comment : reason;
    // An extension reads as one sentence: from when to when, and why.
    const extended = e.type === 'flow.dueExtended' && typeof e.data.from === 'number' && typeof e.data.to === 'number'
      ? t('ws.timeline.dueExtended', { from: formatDateTime(e.data.from, lang), to: formatDateTime(e.data.to, lang), reason: comment ?? '' })
      : null;
    // A reassignment reads as one sentence too: who was replaced by whom, and why.
    const reassigned = e.type === 'flow.taskReassigned' && typeof e.data.from === 'string' && typeof e.data.to === 'string'
      ? comment
        ? t('ws.timeline.reassignedWhy', { from: userName(e.data.from), to: userName(e.data.to), comment })
        : t('ws.timeline.reassigned', { from: userName(e.data.from), to: userName(e.data.to) })
      : null;
    // A move to another version of the flow: from which to which.
    const migrated = e.type === 'flow.migrated' && typeof e.data.from === 'number' && typeof e.data.to === 'number'
      ? t('ws.timeline.migrated', { from: e.data.from, to: e.data.to })
      : null;
    // A change of consultant: from whom to whom, and why (or that it was a work hand-over).
    const ownerChanged = e.type === 'record.ownerChanged' && typeof e.data.from === 'string' && typeof e.data.to === 'string'
      ? t(e.data.handoverId ? 'ws.timeline.ownerHandover' : typeof e.data.reason === 'string' ? 'ws.timeline.ownerChangedWhy' : 'ws.timeline.ownerChangedTo',
        { from: userName(e.data.from), to: userName(e.data.to), reason: typeof e.data.reason === 'string' ? e.data.reason : '' })
      : null;
    const fields = e.type === 'record.updated' && Array.isArray(e.data.fields) ? (e.data.fields as string[])
      : e.type === 'record.unmasked' && typeof e.data.field === 'string' ? [e.data.field] : [];
    const contact = e.type.startsWith('externalLink.') && typeof e.data.contactName === 'string' ? e.data.contactName : null;
    const color = RED.has(e.type) ? 'red' : ORANGE.has(e.type) ? 'orange' : GREEN.has(e.type) ? 'green' : 'blue';
    return {
      key: String(e.seq),
      color,
      content: (
        <div className="sf-ws-timeline__item" data-testid="timeline-item" data-type={e.type}>
          <div>
            <Typography.Text strong>{e.actorName ?? t('ws.timeline.system')}</Typography.Text>{' '}
            {key ? <span>{t(key)}</span> : <span title={e.type}>{t('ws.timeline.other')}</span>}
            {flowName && <Tag style={{ marginInlineStart: 6 }}>{flowName}</Tag>}
            {nodeId && <Tag style={{ marginInlineStart: 6 }}>{localize(stepNames[nodeId]) || nodeId}</Tag>}
            {e.type === 'flow.breached' && <Tag color="red">{t('ws.timeline.slaBreach')}</Tag>}
            {level !== null && e.type === 'flow.escalated' && <Tag color="volcano">{t('ws.timeline.escalationLevel', { level })}</Tag>}
          </div>
          {users.length > 0 && <Typography.Text type="secondary" className="sf-ws-timeline__users">{t('ws.timeline.users', { users: users.map(userName).join(lang === 'zh' ? '、' : ', ') })}</Typography.Text>}
          {fields.length > 0 && <Typography.Text type="secondary" className="sf-ws-timeline__users">{t('ws.timeline.fields', { fields: fields.map(fieldName).join(lang === 'zh' ? '、' : ', ') })}</Typography.Text>}
          {ownerChanged && <div className="sf-ws-timeline__comment" data-testid="timeline-owner-changed">{ownerChanged}</div>}
          {contact && <Typography.Text type="secondary" className="sf-ws-timeline__users">{t('ws.timeline.contact', { name: contact })}</Typography.Text>}
          {extended && <div className="sf-ws-timeline__comment" data-testid="timeline-extended">{extended}</div>}
          {reassigned && <div className="sf-ws-timeline__comment" data-testid="timeline-reassigned">{reassigned}</div>}
          {migrated && <div className="sf-ws-timeline__comment" data-testid="timeline-migrated">{migrated}</div>}
          {comment && !extended && !reassigned && <div className="sf-ws-timeline__comment">{comment}</div>}
          <Typography.Text type="secondary" className="sf-ws-timeline__at">{formatDateTime(e.at, lang)}</Typography.Text>
        </div>
      ),
    };
  });
  return <AntTimeline items={items} />;
}
