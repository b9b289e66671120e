import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Collapse, Divider, InputNumber, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined, PlayCircleOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { FlowDefinition, Issue } from '@siteflow/runtime';
import { HOUR_MS } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';
import { RecordEditor } from './RecordEditor.js';
import { SimTaskCard } from './SimTaskCard.js';
import { SimTimeline } from './SimTimeline.js';
import { advanceClock, highlightOf, newSimulation, randomRecord, simInitiator, simTasks, step, type SimHighlight, type Simulation } from './simulation.js';

/** Props of the simulator. */
export interface SimulatorPanelProps {
  readonly flow: FlowDefinition;
  readonly problems: readonly Issue[];
  readonly fields: readonly DesignerField[];
  readonly onHighlight: (h: SimHighlight | null) => void;
  readonly onClose: () => void;
}

// The fake clock starts at the top of the current hour so times on the timeline read cleanly.
const startOfHour = () => Math.floor(Date.now() / HOUR_MS) * HOUR_MS;

/**
 * Renders the in-browser simulator: record data (typed or randomised), start, act on open tasks
 * as any assignee, jump a fake clock and watch reminders, breaches and escalations on a
 * timeline and on the canvas. Runs the runtime's decide(); nothing is saved.
 */
export function SimulatorPanel({ flow, problems, fields, onHighlight, onClose }: SimulatorPanelProps) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const [record, setRecord] = useState<Record<string, unknown>>(() => randomRecord(fields, Date.now()));
  const [sim, setSim] = useState<Simulation>(() => newSimulation(startOfHour(), record));
  const [customHours, setCustomHours] = useState<number>(4);
  // Record data is edited before a run; while a case runs, the tasks and the timeline get the room.
  const [dataOpen, setDataOpen] = useState(true);
  const tasks = useMemo(() => simTasks(sim), [sim]);

  useEffect(() => { onHighlight(sim.instance ? highlightOf(flow, sim) : null); }, [flow, sim, onHighlight]);
  useEffect(() => () => onHighlight(null), [onHighlight]);

  const started = sim.instance !== null;
  const status = sim.instance?.status;
  const start = () => {
    setSim(step(flow, newSimulation(startOfHour(), record), { type: 'start' }, simInitiator));
    setDataOpen(false);
  };
  const jump = (hours: number) => setSim((s) => advanceClock(flow, s, hours * HOUR_MS));
  const elapsedHours = Math.round(((sim.now - sim.startedAt) / HOUR_MS) * 10) / 10;

  return (
    <div className="sf-sim" data-testid="simulator">
      <div className="sf-props__title">
        <Typography.Title level={5} style={{ margin: 0 }}>{t('sim.title')}</Typography.Title>
        <Button size="small" onClick={onClose}>{t('sim.close')}</Button>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('sim.hint')}</Typography.Paragraph>
      {problems.length > 0 && <Alert type="warning" showIcon title={t('sim.cannotRun', { count: problems.length })} style={{ marginBottom: 8 }} />}

      <Collapse size="small" ghost activeKey={dataOpen ? ['data'] : []} onChange={(keys) => setDataOpen(keys.includes('data'))}
        items={[{ key: 'data', label: <Typography.Text strong>{t('sim.data')}</Typography.Text>,
          children: <RecordEditor fields={fields} value={record} onChange={setRecord} /> }]} />
      <Space style={{ margin: '8px 0' }} wrap>
        <Button size="small" icon={<ThunderboltOutlined />} onClick={() => setRecord(randomRecord(fields, Date.now()))} data-testid="sim-randomize">{t('sim.randomize')}</Button>
        <Button type="primary" size="small" icon={started ? <ReloadOutlined /> : <PlayCircleOutlined />} onClick={start} data-testid="sim-start">
          {started ? t('sim.restart') : t('sim.start')}
        </Button>
        {status && <Tag color={status === 'running' ? 'processing' : status === 'completed' ? 'success' : 'default'} data-testid="sim-status">
          {t(`sim.instance.status.${status}` as FlowMessageKey)}
        </Tag>}
      </Space>

      <Divider style={{ margin: '8px 0' }} />
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text strong><ClockCircleOutlined /> {t('sim.clock')}</Typography.Text>
        <Typography.Text data-testid="sim-now">
          {t('sim.now', { time: dayjs(sim.now).format('YYYY-MM-DD HH:mm') })} · {t('sim.elapsed', { elapsed: `${elapsedHours} h` })}
        </Typography.Text>
        <Space wrap size={4}>
          <Button size="small" disabled={!started} onClick={() => jump(1)} data-testid="sim-plus1h">{t('sim.plus1h')}</Button>
          <Button size="small" disabled={!started} onClick={() => jump(25)} data-testid="sim-plus25h">{t('sim.plus25h')}</Button>
          <Button size="small" disabled={!started} onClick={() => jump(24)}>{t('sim.plus1d')}</Button>
          <Space.Compact size="small">
            <InputNumber size="small" min={0.1} max={24 * 30} value={customHours} onChange={(v) => setCustomHours(v ?? 1)} style={{ width: 80 }}
              aria-label={t('sim.hoursPlaceholder')} suffix="h" />
            <Button size="small" disabled={!started} onClick={() => jump(customHours)} data-testid="sim-advance">{t('sim.advance')}</Button>
          </Space.Compact>
        </Space>
      </Space>

      <Divider style={{ margin: '8px 0' }} />
      <Typography.Text strong>{t('sim.tasks')}</Typography.Text>
      <div className="sf-sim__tasks" data-testid="sim-tasks">
        {tasks.length === 0 && <Typography.Paragraph type="secondary">{t('sim.noTasks')}</Typography.Paragraph>}
        {tasks.map((task) => (
          <SimTaskCard key={task.id} flow={flow} task={task} now={sim.now}
            onCommand={(command, actor) => setSim((s) => step(flow, s, command, actor))} />
        ))}
      </div>
      {sim.instance?.outcome && <Typography.Paragraph>{t('sim.outcome', { outcome: sim.instance.outcome })}</Typography.Paragraph>}

      <Divider style={{ margin: '8px 0' }} />
      <Typography.Text strong>{t('sim.timeline')}</Typography.Text>
      <SimTimeline flow={flow} sim={sim} lang={lang} />
      {sim.log.length === 0 && <Typography.Paragraph type="secondary">{t('sim.emptyLog')}</Typography.Paragraph>}
    </div>
  );
}
