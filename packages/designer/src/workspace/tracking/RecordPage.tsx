import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, definitionVersionQuery } from '../../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { pickText, useLang, useT } from '../../i18n/index.js';
import { FormRenderer, renderTree, type FormDefinition } from '../../renderer/index.js';
import { recordHistoryQuery, recordQuery } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { Timeline } from '../task/Timeline.js';
import { useProjectPeople } from './people.js';
import { RecordDocuments } from './RecordDocuments.js';
import { RecordFlows } from './RecordFlows.js';
import { RecordOwner } from './RecordOwner.js';
import { RecordStatusTag } from './RecordStatusTag.js';

/**
 * Renders one record read-only with the form it was filed on (people by name and role); masked fields
 * can be shown in clear (audited) where allowed; who serves the customer (changeable by managers);
 * where its flows stand (open steps, who holds them, by when); its legal documents; and its activity.
 */
export function RecordPage() {
  const t = useWsT();
  const tc = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { projectId = '', recordId = '' } = useParams();
  const record = useQuery(recordQuery(projectId, recordId));
  const form = useQuery({ ...definitionVersionQuery<FormDefinition>(projectId, 'forms', record.data?.formKey ?? '', record.data?.formVersion ?? 0), enabled: Boolean(record.data) });
  const people = useProjectPeople(projectId);
  const history = useQuery(recordHistoryQuery(projectId, recordId));
  const [clear, setClear] = useState<Record<string, unknown>>({});
  const unmask = useMutation({
    mutationFn: (field: string) => api.post<{ field: string; value: unknown }>(`/projects/${encodeURIComponent(projectId)}/records/${encodeURIComponent(recordId)}/unmask`, { field }),
    onSuccess: (r) => setClear((c) => ({ ...c, [r.field]: r.value })),
    onError: (error) => { void message.error(errorText(error)); },
  });
  if (record.isError) return <ErrorState error={record.error} onRetry={() => void record.refetch()} />;
  if (form.isError) return <ErrorState error={form.error} onRetry={() => void form.refetch()} />;
  if (!record.data || !form.data) return <PageLoading />;
  const definition = form.data.definition;
  const labels = new Map(renderTree(definition).map((n) => [n.key, pickText(n.ui.label, lang)]));
  const stillMasked = record.data.masked.filter((f) => !(f in clear));
  // People by name and role while they are members; by name from the history once they left the project ('' if unknown).
  const personName = (id: string) => {
    const label = people.text('person', id);
    return label !== id ? label : history.data?.people[id] ?? '';
  };
  const flows = Object.fromEntries((history.data?.instances ?? []).map((i) => [i.id, { name: i.flowName, nodeNames: i.nodeNames }]));
  return (
    <div className="sf-ws-record" data-testid="record-page">
      <div className="sf-ws-taskpage__head">
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('ws.task.back')} onClick={() => void navigate(-1)} />
        <Typography.Title level={4} className="sf-ws-taskpage__title" ellipsis>{record.data.title || t('ws.inbox.untitled')}</Typography.Title>
        <RecordStatusTag status={record.data.status} />
        <Typography.Text type="secondary">{formatDateTime(record.data.createdAt, lang)}</Typography.Text>
      </div>
      <RecordOwner record={record.data} peopleLabel={personName} />
      {history.data && <RecordFlows projectId={projectId} flows={history.data.instances} />}
      {history.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="record-history-error" title={errorText(history.error)}
          action={<Button size="small" onClick={() => void history.refetch()} data-testid="record-history-retry">{tc('common.retry')}</Button>} />
      )}
      {stillMasked.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ws.record.maskedFields', { fields: stillMasked.map((f) => labels.get(f) ?? f).join(lang === 'zh' ? '、' : ', ') })}
          description={<Space wrap>{stillMasked.map((f) => (
            <Button key={f} size="small" icon={<EyeOutlined />} loading={unmask.isPending && unmask.variables === f} onClick={() => unmask.mutate(f)}>{t('ws.record.unmask')} · {labels.get(f) ?? f}</Button>
          ))}<Typography.Text type="secondary">{t('ws.record.unmaskNote')}</Typography.Text></Space>} />
      )}
      <Card size="small">
        <FormRenderer definition={definition} value={{ ...record.data.data, ...clear }} readOnly services={{ people: people.people, roles: people.roles }} />
      </Card>
      <RecordDocuments projectId={projectId} recordId={recordId} />
      {history.data && (
        <Card size="small" title={t('ws.record.activity.title')} style={{ marginTop: 12 }} data-testid="record-activity">
          <Timeline entries={history.data.events} flows={flows} userName={(id) => personName(id) || id} fieldName={(k) => labels.get(k) ?? k} />
        </Card>
      )}
    </div>
  );
}
