import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Spin, Typography } from 'antd';
import { membersQuery, newIdempotencyKey } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { adminProjectsQuery, adminUsersQuery, type AdminUser } from './api.js';
import { handOver, handoverPreviewQuery, openWorkQuery } from './handover-api.js';
import { handoverMessages } from './handover-messages.js';
import { directoryMessages } from './messages.js';
import { useAdminErrors } from './useAdminErrors.js';

/** The person handing over: an admin's user row, or a project team member (who has no memberships list). */
export type HandoverUser = Pick<AdminUser, 'id' | 'displayName'> & { readonly memberships?: AdminUser['memberships'] };

/**
 * Renders the work hand-over dialog: project, receiver (members of that project, searchable by name),
 * what would move, and on confirm the hand-over with a success message naming the counts. With
 * `project` the hand-over stays in that one project and the admin-only lists are not read (the
 * project's site manager opens it from the project settings' members).
 */
export function HandoverDialog({ user, projectId: initialProject, project, onClose }: {
  user: HandoverUser; projectId?: string; project?: { readonly id: string; readonly name: string }; onClose: () => void;
}) {
  const t = useT(handoverMessages);
  const td = useT(directoryMessages);
  const localize = useLocalize();
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useAdminErrors();
  const errorText = useErrorText();
  const admin = !project;
  const projects = useQuery({ ...adminProjectsQuery(), enabled: admin });
  const users = useQuery({ ...adminUsersQuery(), enabled: admin });
  const work = useQuery({ ...openWorkQuery(user.id), enabled: admin });
  const [chosenProject, setProject] = useState<string | undefined>(project?.id ?? initialProject);
  const [toUserId, setTo] = useState<string | undefined>();
  // Default to the project where the user still has work, else their first project.
  const projectId = chosenProject ?? work.data?.[0]?.projectId ?? user.memberships?.find((m) => m.projectId)?.projectId ?? undefined;
  const members = useQuery({ ...membersQuery(projectId ?? ''), enabled: !!projectId });
  const preview = useQuery({ ...handoverPreviewQuery(projectId ?? '', user.id, toUserId), enabled: !!projectId });
  // One key per intended hand-over: a double click or a retry cannot move things twice.
  const key = useMemo(() => newIdempotencyKey(), [projectId, toUserId]);
  const disabled = new Set((users.data ?? []).filter((u) => u.disabled).map((u) => u.id));
  const receivers = (members.data ?? []).filter((m) => m.userId !== user.id && !disabled.has(m.userId));
  const save = useMutation({
    mutationFn: () => handOver(projectId!, { fromUserId: user.id, toUserId: toUserId! }, key),
    onSuccess: (done) => {
      const name = receivers.find((m) => m.userId === toUserId)?.displayName ?? '';
      void message.success(t('hdo.done', { tasks: done.tasks, records: done.records, name }));
      void client.invalidateQueries({ queryKey: ['admin'] });
      void client.invalidateQueries({ queryKey: ['handover'] });
      onClose();
    },
    onError: (error) => report(error),
  });
  const counts = preview.data;
  const nothing = counts && counts.tasks === 0 && counts.records === 0 && counts.tasksSkipped === 0;
  return (
    <Modal open title={t('hdo.title', { name: user.displayName })} onCancel={onClose} cancelText={td('adm.cancel')}
      okText={t('hdo.confirm')} onOk={() => save.mutate()} destroyOnHidden
      okButtonProps={{ loading: save.isPending, disabled: !projectId || !toUserId || !counts || nothing, ...({ 'data-testid': 'handover-ok' } as object) }}>
      <Alert type="info" showIcon title={t('hdo.intro')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t('hdo.project')}>
          <Select value={projectId} onChange={(v) => { setProject(v); setTo(undefined); }} data-testid="handover-project" showSearch optionFilterProp="label" disabled={!admin}
            loading={admin && projects.isPending} options={(project ? [project] : projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item label={t('hdo.to')} required>
          <Select value={toUserId} onChange={setTo} data-testid="handover-to" showSearch optionFilterProp="label" placeholder={t('hdo.toPlaceholder')}
            loading={members.isPending && !!projectId} options={receivers.map((m) => ({ value: m.userId, label: m.displayName }))} />
        </Form.Item>
      </Form>
      {preview.isError && <Alert type="error" showIcon title={errorText(preview.error)} data-testid="handover-preview-error" />}
      {preview.isPending && !!projectId ? <Spin size="small" /> : counts && (
        <div data-testid="handover-preview">
          {nothing
            ? <Alert type="success" showIcon title={t('hdo.nothing')} />
            : <Alert type="warning" showIcon title={t('hdo.preview', { tasks: counts.tasks, records: counts.records })}
              description={counts.tasksSkipped > 0 ? t('hdo.skipped', { n: counts.tasksSkipped, names: counts.skipped.map((s) => localize(s.name)).join('; ') }) : undefined} />}
        </div>
      )}
      {!toUserId && counts && !nothing && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('hdo.pickTo')}</Typography.Paragraph>}
    </Modal>
  );
}
