import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useT } from '../../i18n/index.js';
import { adminKeys, adminProjectsQuery, adminRegionsQuery, createProject, updateProject, type AdminProject } from './api.js';
import { directoryMessages } from './messages.js';
import { useAdminErrors } from './useAdminErrors.js';

/** Renders /admin/projects: the organisation's projects with create and edit (name, city). */
export function ProjectsPage() {
  const t = useT(directoryMessages);
  const projects = useQuery(adminProjectsQuery());
  const regions = useQuery(adminRegionsQuery());
  const [editing, setEditing] = useState<AdminProject | 'new' | null>(null);
  const failed = [projects, regions].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!projects.data || !regions.data) return <PageLoading />;
  const regionName = new Map(regions.data.map((r) => [r.id, r.name]));
  return (
    <Flex vertical gap={16} data-testid="admin-projects">
      <div>
        <Typography.Title level={3}>{t('adm.projects.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('adm.projects.intro')}</Typography.Paragraph>
      </div>
      <div><Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="project-create">{t('adm.projects.create')}</Button></div>
      <Table<AdminProject>
        rowKey="id" dataSource={projects.data} size="middle" pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('adm.projects.empty') }}
        columns={[
          { title: t('adm.projects.name'), dataIndex: 'name' },
          { title: t('adm.projects.city'), dataIndex: 'city', render: (city: string | null) => city ?? '—' },
          { title: t('adm.projects.region'), key: 'region', render: (_: unknown, p) => regionName.get(p.regionId) ?? p.regionId },
          {
            title: t('adm.actions'), key: 'actions', width: 100,
            render: (_: unknown, p) => <Button type="link" size="small" onClick={() => setEditing(p)}>{t('adm.users.edit')}</Button>,
          },
        ]}
      />
      {editing && <ProjectDialog project={editing === 'new' ? null : editing} regions={regions.data} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

function ProjectDialog({ project, regions, onClose }: { project: AdminProject | null; regions: readonly { id: string; name: string }[]; onClose: () => void }) {
  const t = useT(directoryMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useAdminErrors();
  const [form] = Form.useForm<{ name: string; city?: string; regionId: string }>();
  const labels = { name: t('adm.projects.name'), city: t('adm.projects.city'), regionId: t('adm.projects.region') };
  const save = useMutation({
    mutationFn: (v: { name: string; city?: string; regionId: string }) => {
      const city = v.city?.trim();
      return project
        ? updateProject(project.id, { name: v.name.trim(), city: city ?? '', version: project.version })
        : createProject({ name: v.name.trim(), regionId: v.regionId, ...(city ? { city } : {}) });
    },
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: adminKeys.projects });
      void client.invalidateQueries({ queryKey: ['projects'] });
      void message.success(project ? t('adm.saved') : t('adm.projects.created', { name: p.name }));
      onClose();
    },
    onError: (error) => { if (report(error, form, labels)) onClose(); },
  });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('adm.required', { field }) }];
  return (
    <Modal open destroyOnHidden title={project ? t('adm.projects.editTitle', { name: project.name }) : t('adm.projects.create')}
      okText={t('adm.ok')} cancelText={t('adm.cancel')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}
        initialValues={project ? { name: project.name, city: project.city ?? '', regionId: project.regionId } : { regionId: regions[0]?.id }}>
        <Form.Item name="name" label={labels.name} rules={required(labels.name)}><Input maxLength={100} /></Form.Item>
        <Form.Item name="city" label={labels.city}><Input maxLength={50} /></Form.Item>
        <Form.Item name="regionId" label={labels.regionId} rules={required(labels.regionId)}>
          <Select disabled={!!project} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
