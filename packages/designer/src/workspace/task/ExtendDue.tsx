import { FieldTimeOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useLang, useLocalize } from '../../i18n/index.js';
import type { TaskSummary } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { EXTEND_QUICK_HOURS, MAX_EXTENSION_MS, MAX_EXTENSION_REASON, extendBase, quickUntil, untilProblem } from './extend-due.js';
import { useSupervisorAction } from './useSupervisorAction.js';

type ExtendTask = Pick<TaskSummary, 'id' | 'version' | 'name'> & { readonly dueAt: number };
interface Values { until?: Dayjs; reason?: string }

/**
 * Deadline extension: the button and dialog a flow supervisor uses to give one open step more time, with a
 * reason. Shows the current due time, quick choices and a date-time picker, and says that the
 * case's own closure clock (`deadlineAt`) does not move.
 */
export function ExtendDue({ task, deadlineAt }: { task: ExtendTask; deadlineAt: number | null }) {
  const t = useWsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<FieldTimeOutlined />} onClick={() => setOpen(true)} className="sf-touch" data-testid="action-extendDue">{t('ws.extend.action')}</Button>
      {open && <ExtendDueDialog task={task} deadlineAt={deadlineAt} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExtendDueDialog({ task, deadlineAt, onClose }: { task: ExtendTask; deadlineAt: number | null; onClose: () => void }) {
  const t = useWsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const { message } = App.useApp();
  const now = useServerNow();
  const [form] = Form.useForm<Values>();
  const base = extendBase(task.dueAt, now);
  const latest = now + MAX_EXTENSION_MS;

  const save = useSupervisorAction(task, ({ until, reason }: { until: number; reason: string }) => ({ action: 'extendDue', until, reason }), {
    onDone: ({ until }) => { void message.success(t('ws.extend.done', { time: formatDateTime(until, lang) })); },
    onClose,
  });

  const submit = () => {
    // A refused field shows its message in the dialog; nothing else to do.
    form.validateFields().then((v) => {
      if (v.until && v.reason) save.mutate({ until: v.until.valueOf(), reason: v.reason.trim() });
    }, () => undefined);
  };
  const checkUntil = (_: unknown, value: Dayjs | undefined) => {
    if (!value) return Promise.reject(new Error(t('ws.extend.untilRequired')));
    const problem = untilProblem(value.valueOf(), task.dueAt, now);
    if (problem === 'tooEarly') return Promise.reject(new Error(t('ws.extend.untilTooEarly', { time: formatDateTime(base, lang) })));
    if (problem === 'tooLate') return Promise.reject(new Error(t('ws.extend.untilTooLate', { time: formatDateTime(latest, lang) })));
    return Promise.resolve();
  };

  return (
    <Modal open title={t('ws.extend.title', { node: localize(task.name) })} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} destroyOnHidden
      okText={t('ws.extend.action')} okButtonProps={{ 'data-testid': 'extend-confirm' } as never}>
      <Descriptions size="small" column={1} items={[{ key: 'due', label: t('ws.extend.current'), children: <span data-testid="extend-current">{formatDateTime(task.dueAt, lang)}</span> }]} />
      <Form form={form} layout="vertical" className="sf-touch" data-testid="extend-form">
        <Form.Item label={t('ws.extend.quick', { time: formatDateTime(base, lang) })}>
          <Space wrap>
            {EXTEND_QUICK_HOURS.map((hours) => {
              const until = quickUntil(task.dueAt, now, hours);
              return (
                <Button key={hours} disabled={until > latest} data-testid={`extend-plus-${hours}`}
                  onClick={() => { form.setFieldValue('until', dayjs(until)); form.validateFields(['until']).catch(() => undefined); }}>
                  {t('ws.extend.plusHours', { hours })}
                </Button>
              );
            })}
          </Space>
        </Form.Item>
        <Form.Item name="until" label={t('ws.extend.until')} required rules={[{ validator: checkUntil }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="extend-until"
            disabledDate={(d) => d.endOf('day').valueOf() < base || d.startOf('day').valueOf() > latest} />
        </Form.Item>
        <Form.Item name="reason" label={t('ws.extend.reason')} rules={[{ required: true, whitespace: true, message: t('ws.extend.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={MAX_EXTENSION_REASON} showCount placeholder={t('ws.extend.reasonPlaceholder')} data-testid="extend-reason" />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon data-testid="extend-case-clock"
        title={deadlineAt !== null ? t('ws.extend.caseClock', { time: formatDateTime(deadlineAt, lang) }) : t('ws.extend.caseClockNone')} />
    </Modal>
  );
}
