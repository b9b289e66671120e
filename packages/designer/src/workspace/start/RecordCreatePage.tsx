import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Result } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { definitionVersionQuery, definitionVersionsQuery, isApiError } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { submitThroughOutbox } from '../../offline/index.js';
import { issuesByPath, type FormDefinition, type Issue } from '../../renderer/index.js';
import { wsKeys, type RecordView } from '../shared/api.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { applyChange } from '../shared/merge-change.js';
import { DraftStatus } from './DraftStatus.js';
import { checkFill } from './fill-check.js';
import { FillFormFrame } from './FillFormFrame.js';
import { startMessages } from './messages.js';
import { recordRequest } from './record-forms.js';
import { useFormDraft } from './useFormDraft.js';

/**
 * Renders the form to log one record of a form no flow starts (the start page's log section; the tracking table's
 * New button): the latest published version, autosaved as a draft on the device and on the server like a
 * start form (see useFormDraft), checked like one, then created through the offline outbox like one
 * (`POST /api/projects/:projectId/records`, which drops the server's draft): on success the new record's page;
 * without network (or on a server failure) it waits on the device and is sent later, exactly once.
 */
export function RecordCreatePage() {
  const ts = useT(startMessages);
  const { projectId = '', formKey = '' } = useParams();
  const versions = useQuery(definitionVersionsQuery(projectId, 'forms', formKey));
  const latest = versions.data?.[0]?.version ?? 0;
  const form = useQuery({ ...definitionVersionQuery<FormDefinition>(projectId, 'forms', formKey, latest), enabled: latest > 0 });
  const failed = versions.error ?? form.error;
  // A form that does not exist answers 404 on its versions; one never published has none.
  if (failed && !(isApiError(failed) && failed.status === 404)) return <ErrorState error={failed} onRetry={() => void versions.refetch()} />;
  if (failed || (versions.data && !latest)) return <Result status="404" title={ts('record.noForm')} />;
  if (!form.data) return <PageLoading />;
  return <RecordCreateForm projectId={projectId} formKey={formKey} definition={form.data.definition} />;
}

function RecordCreateForm({ projectId, formKey, definition }: { projectId: string; formKey: string; definition: FormDefinition }) {
  const t = useWsT();
  const ts = useT(startMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const now = useServerNow(30_000);
  const userId = useSession().data?.user?.id ?? '';
  const draft = useFormDraft(userId, projectId, { kind: 'form', key: formKey });
  const { value, loaded, savedAt, sync } = draft;
  const [issues, setIssues] = useState<Record<string, Issue[]>>({});
  const [busy, setBusy] = useState(false);
  // Back to where the user came from (the tracking table or the start page); a link opened directly goes to the start page.
  const back = () => void (location.key === 'default' ? navigate('../..', { relative: 'path' }) : navigate(-1));

  const save = async () => {
    const checked = checkFill(definition, value, undefined, now);
    if (!checked.ok) { setIssues(issuesByPath(checked.issues)); void message.error(t('ws.task.invalid')); return; }
    setIssues({});
    setBusy(true);
    // No draft push may land after the record is created (the server deletes the draft then).
    await draft.sink.hold();
    try {
      const label = `${ts('record.log.title')} · ${localize(definition.name)}`;
      const result = await submitThroughOutbox<RecordView>(recordRequest(projectId, formKey, checked.data), label, { projectId, formKey, kind: 'record' });
      // Queued or sent, the device copy goes: the outbox holds the record now, and nothing pushes the draft back.
      await draft.sink.submitted();
      if (result.status === 'queued') {
        void message.warning(ts('record.queued'));
        back();
        return;
      }
      // The table shows the new row, and the project's rules may have opened tasks (a level-1 alert starts a coordination meeting).
      void client.invalidateQueries({ queryKey: wsKeys.records(projectId) });
      void client.invalidateQueries({ queryKey: wsKeys.inbox });
      void message.success(ts('record.saved'));
      void navigate(`/p/${encodeURIComponent(projectId)}/workspace/records/${encodeURIComponent(result.response.id)}`, { replace: true });
    } catch (error) {
      draft.sink.release();
      // The typed data stays on screen (and in the draft); the server's issues go under their fields.
      if (isApiError(error) && error.issues.length) setIssues(issuesByPath(error.issues));
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const discard = async () => {
    if (!(await draft.sink.discard())) void message.warning(ts('start.draft.serverDeleteFailed'));
  };

  return (
    <FillFormFrame testId="record-create" projectId={projectId} title={localize(definition.name)} onBack={back}
      status={<DraftStatus savedAt={savedAt} sync={sync} />}
      definition={definition} value={value} issues={issues} now={now} loaded={loaded}
      onChange={(next, path) => draft.change(applyChange(next, path))}
      actions={<>
        <Button type="primary" size="large" loading={busy} onClick={() => void save()} data-testid="record-save">{ts('record.save')}</Button>
        <Button size="large" onClick={() => void discard()} disabled={busy}>{t('ws.start.discard')}</Button>
        <Button size="large" onClick={back} disabled={busy}>{ts('record.cancel')}</Button>
      </>} />
  );
}
