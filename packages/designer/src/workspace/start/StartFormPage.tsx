import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Result } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { definitionListQuery, definitionVersionQuery, definitionVersionsQuery, isApiError } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { useLang, useLocalize, useT } from '../../i18n/index.js';
import { roleName } from '../../studio/flow/roles.js';
import { submitThroughOutbox } from '../../offline/index.js';
import { issuesByPath, type FieldPermission, type FormDefinition, type Issue } from '../../renderer/index.js';
import { startRequest, wsKeys } from '../shared/api.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { applyChange } from '../shared/merge-change.js';
import { DraftStatus } from './DraftStatus.js';
import { checkFill } from './fill-check.js';
import { FillFormFrame } from './FillFormFrame.js';
import { startMessages } from './messages.js';
import { mayStart } from './record-forms.js';
import { useFormDraft } from './useFormDraft.js';

/** The flow version being started, as far as this page needs it. */
interface StartedFlow {
  readonly formKey: string;
  readonly name: unknown;
  readonly nodes: readonly { readonly kind: string; readonly fields?: Readonly<Record<string, FieldPermission>> }[];
}

/**
 * Renders the start form of one flow: the published form, autosaved as a draft on the device and
 * on the server (see useFormDraft), submitted through the offline outbox.
 */
export function StartFormPage() {
  const t = useWsT();
  const { projectId = '', flowKey = '' } = useParams();
  const session = useSession();
  const localize = useLocalize();
  const { lang } = useLang();
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const summary = flows.data?.find((f) => f.key === flowKey);
  const flow = useQuery({ ...definitionVersionQuery<StartedFlow>(projectId, 'flows', flowKey, summary?.latestVersion ?? 0), enabled: Boolean(summary?.latestVersion) });
  const formKey = flow.data?.definition.formKey ?? '';
  const versions = useQuery({ ...definitionVersionsQuery(projectId, 'forms', formKey), enabled: Boolean(formKey) });
  const latest = versions.data?.[0]?.version ?? 0;
  const form = useQuery({ ...definitionVersionQuery<FormDefinition>(projectId, 'forms', formKey, latest), enabled: latest > 0 });
  const failed = flows.error ?? flow.error ?? versions.error ?? form.error;
  if (failed) return <ErrorState error={failed} onRetry={() => void flows.refetch()} />;
  if (flows.data && !summary?.latestVersion) return <Result status="404" title={t('ws.start.noFlow')} />;
  if (summary && !mayStart(summary, session.data, projectId)) {
    return <Result status="403" title={t('ws.start.notStarter', { name: localize(summary.name) })} data-testid="start-not-starter"
      subTitle={t('ws.start.notStarterWho', { roles: (summary.starterRoles ?? []).map((r) => roleName(r, lang)).join(lang === 'zh' ? '、' : ', ') })} />;
  }
  if (!form.data || !flow.data) return <PageLoading />;
  // The start node's field permissions, applied as a task page applies its step's (unlisted fields read-only).
  const access = flow.data.definition.nodes.find((n) => n.kind === 'start')?.fields;
  return <StartForm projectId={projectId} flowKey={flowKey} flowName={flow.data.definition.name} definition={form.data.definition} access={access} />;
}

interface StartFormProps {
  readonly projectId: string;
  readonly flowKey: string;
  readonly flowName: unknown;
  readonly definition: FormDefinition;
  /** The start node's field permissions; without them the whole form is editable. */
  readonly access: Readonly<Record<string, FieldPermission>> | undefined;
}

function StartForm({ projectId, flowKey, flowName, definition, access }: StartFormProps) {
  const t = useWsT();
  const ts = useT(startMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const now = useServerNow(30_000);
  const userId = useSession().data?.user?.id ?? '';
  const draft = useFormDraft(userId, projectId, { kind: 'flow', key: flowKey });
  const { value, loaded, savedAt, sync } = draft;
  const [issues, setIssues] = useState<Record<string, Issue[]>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = checkFill(definition, value, access, now);
    if (!checked.ok) { setIssues(issuesByPath(checked.issues)); void message.error(t('ws.task.invalid')); return; }
    setIssues({});
    setBusy(true);
    // No draft push may land after the submission (the server deletes the draft when the flow starts).
    await draft.sink.hold();
    try {
      const label = `${localize(flowName)} · ${localize(definition.name)}`;
      const result = await submitThroughOutbox(startRequest(projectId, flowKey, checked.data), label, { projectId, flowKey, kind: 'start' });
      await draft.sink.submitted();
      void client.invalidateQueries({ queryKey: wsKeys.inbox });
      if (result.status === 'queued') void message.warning(t('ws.start.queued'));
      else void message.success(t('ws.start.submitted'));
      void navigate(`/p/${encodeURIComponent(projectId)}/workspace`);
    } catch (error) {
      draft.sink.release();
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
    <FillFormFrame testId="start-form" projectId={projectId} title={localize(flowName)} status={<DraftStatus savedAt={savedAt} sync={sync} />}
      onBack={() => void navigate('..', { relative: 'path' })}
      definition={definition} value={value} issues={issues} now={now} access={access} loaded={loaded}
      onChange={(next, path) => draft.change(applyChange(next, path))}
      actions={<>
        <Button type="primary" size="large" loading={busy} onClick={() => void submit()} data-testid="start-submit">{t('ws.start.submit')}</Button>
        <Button size="large" onClick={() => void discard()} disabled={busy}>{t('ws.start.discard')}</Button>
      </>} />
  );
}
