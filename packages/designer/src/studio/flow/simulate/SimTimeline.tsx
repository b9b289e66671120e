import { Timeline, Typography } from 'antd';
import type { FlowDefinition, FlowEffect, FlowEvent } from '@siteflow/runtime';
import { HOUR_MS, MINUTE_MS } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/types.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { simUserLabel, type Simulation } from './simulation.js';

const colorOf: Partial<Record<FlowEvent['type'], string>> = {
  reminder: 'orange', breached: 'red', escalated: 'red', deadlineReached: 'red', completed: 'green', rejected: 'gray', failed: 'red',
};

function offset(ms: number): string {
  const h = Math.floor(ms / HOUR_MS);
  const m = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  return `+${h}:${String(m).padStart(2, '0')}`;
}

/** Renders the simulated case's timeline: engine events and the effects the server would carry out, each at its fake time. */
export function SimTimeline({ flow, sim, lang }: { readonly flow: FlowDefinition; readonly sim: Simulation; readonly lang: Lang }) {
  const t = useT(flowMessages);
  const nodeName = (id?: string) => (id ? pickText(flow.nodes.find((n) => n.id === id)?.name, lang) || id : '');
  const describeEvent = (e: FlowEvent) => [
    t(`sim.ev.${e.type}` as FlowMessageKey), nodeName(e.nodeId),
    e.level ? t('sim.level', { level: e.level }) : '', e.by ? simUserLabel(e.by, lang) : '',
    e.users?.length ? t('sim.to', { users: e.users.map((u) => simUserLabel(u, lang)).join('、') }) : '',
    e.outcome ?? '', e.comment ? `“${e.comment}”` : '',
  ].filter(Boolean).join(' · ');
  const describeEffect = (fx: FlowEffect) => {
    const head = t(`sim.fx.${fx.kind}` as FlowMessageKey);
    switch (fx.kind) {
      case 'notify': return `${head} · ${pickText(fx.message, lang)} ${t('sim.to', { users: fx.to.users.map((u) => simUserLabel(u, lang)).join('、') })}`;
      case 'recordPatch': return `${head} · ${Object.keys(fx.data).join(', ')}`;
      case 'generateDocuments': return `${head} · ${fx.packageKey}`;
      case 'http': return `${head} · ${fx.method} ${fx.url}`;
      case 'startFlow': return `${head} · ${fx.flowKey}`;
      case 'cancelFlow': return `${head} · ${pickText(fx.reason, lang)}`;
      case 'alert': return `${head} · ${pickText(fx.message, lang)}`;
      default: { const never: never = fx; return never; }
    }
  };
  // Newest first: what just happened after a clock jump is what people look for.
  const items = sim.log.map((entry, i) => {
    const when = offset(entry.at - sim.startedAt);
    if (entry.kind === 'error') {
      return { key: `x${i}`, color: 'red', children: <Typography.Text type="danger" data-testid="sim-error">{when} {t('sim.error', { reason: pickText(entry.message, lang) })}</Typography.Text> };
    }
    if (entry.kind === 'effect') {
      return { key: `f${i}`, color: entry.effect.kind === 'alert' ? 'red' : 'gray', children: <Typography.Text type="secondary" data-testid="sim-effect" data-kind={entry.effect.kind}>{when} {describeEffect(entry.effect)}</Typography.Text> };
    }
    const e = entry.event;
    return { key: `e${i}`, color: colorOf[e.type] ?? 'blue', children: <span data-testid="sim-event" data-type={e.type}>{when} {describeEvent(e)}</span> };
  }).reverse();
  return <Timeline className="sf-sim__timeline" items={items} data-testid="sim-timeline" />;
}
