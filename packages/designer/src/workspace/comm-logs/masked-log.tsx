import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { api } from '../../api/index.js';
import type { CommLog } from '../../api/comm-logs.js';
import { useErrorText } from '../../components/index.js';
import { useCommLogsT } from './useCommLogsT.js';

/** A log as the list answers it: `masked` names the fields the server masked for this user (e.g. a name reduced to its surname, a phone to 138****1234). */
export type ShownLog = CommLog & { readonly masked?: readonly ('customerName' | 'text')[] };

/**
 * Returns the logs with the fields the user chose to see in clear, and `reveal(log)`, which asks the
 * server's audited unmask for every masked field of one log (the name and the message text).
 */
export function useUnmaskedLogs(projectId: string) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [clear, setClear] = useState<Record<string, Partial<Pick<CommLog, 'customerName' | 'text'>>>>({});
  const unmask = useMutation({
    mutationFn: async (log: ShownLog) => {
      const fields = await Promise.all((log.masked ?? []).map((field) => api.post<{ field: 'customerName' | 'text'; value: string | null }>(
        `/projects/${encodeURIComponent(projectId)}/comm-logs/${encodeURIComponent(log.id)}/unmask`, { field })));
      return { id: log.id, values: Object.fromEntries(fields.map((f) => [f.field, f.value])) };
    },
    onSuccess: ({ id, values }) => setClear((c) => ({ ...c, [id]: values })),
    onError: (error) => { void message.error(errorText(error)); },
  });
  const shown = (log: ShownLog): ShownLog => {
    const values = clear[log.id];
    return values ? { ...log, ...values, masked: [] } : log;
  };
  return { shown, reveal: (log: ShownLog) => unmask.mutate(log), revealing: (log: ShownLog) => unmask.isPending && unmask.variables?.id === log.id };
}

/** Renders a lock before a value the server masked, as the tracking table does. */
export function MaskedMark({ log, field }: { log: ShownLog; field: 'customerName' | 'text' }) {
  const t = useCommLogsT();
  if (!log.masked?.includes(field)) return null;
  return <LockOutlined className="sf-cl-lock" aria-label={t('cl.masked')} data-masked={field} />;
}

/** Renders the audited "show in clear" link of a log with masked fields; nothing when none are. */
export function RevealButton({ log, onReveal, loading }: { log: ShownLog; onReveal: () => void; loading: boolean }) {
  const t = useCommLogsT();
  if (!log.masked?.length) return null;
  return (
    <Tooltip title={t('cl.unmaskAudited')}>
      <Button type="link" size="small" icon={<EyeOutlined />} loading={loading} onClick={onReveal} className="sf-cl-reveal" data-testid="comm-log-unmask">
        {t('cl.unmask')}
      </Button>
    </Tooltip>
  );
}
