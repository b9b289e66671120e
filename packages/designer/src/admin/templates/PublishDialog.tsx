import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { projectsQuery, type Project } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLang, useLocalize, useT } from '../../i18n/index.js';
import { templateAdminMessages } from './messages.js';
import { publishTemplate, rolesQuery, templateKeys, type DurationValue, type ProjectPublishResult, type PublishOverrides, type TemplatePackageSummary } from './api.js';

const UNITS: readonly DurationValue['unit'][] = ['minutes', 'hours', 'workingHours', 'days', 'workingDays'];
const STATUS_COLOR: Record<ProjectPublishResult['status'], string> = { installed: 'green', upgraded: 'blue', reinstalled: 'cyan', unchanged: 'default', failed: 'red' };

/** Props: the versions of one package (newest first) and how to close. */
export interface PublishDialogProps {
  readonly versions: readonly TemplatePackageSummary[];
  readonly onClose: () => void;
}

/** Renders the publish dialog: version, projects, SLA/role/setting overrides, then the per-project results. */
export function PublishDialog({ versions, onClose }: PublishDialogProps) {
  const t = useT(templateAdminMessages);
  const localize = useLocalize();
  const { lang } = useLang();
  const errorText = useErrorText();
  const client = useQueryClient();
  const projects = useQuery(projectsQuery());
  const roles = useQuery(rolesQuery());
  const [version, setVersion] = useState(versions[0]!.version);
  const pkg = versions.find((v) => v.version === version) ?? versions[0]!;
  const [projectIds, setProjectIds] = useState<string[]>([]);
  const [slas, setSlas] = useState<Record<string, DurationValue>>({});
  const [roleMap, setRoleMap] = useState<Record<string, string>>({});
  const [settings, setSettings] = useState<Record<string, string>>({});
  const [migrateRunning, setMigrateRunning] = useState(false);
  const installed = useMemo(() => new Map(pkg.installs.map((i) => [i.projectId, i.version])), [pkg]);
  const mutation = useMutation({
    mutationFn: () => {
      const overrides: PublishOverrides = {
        slas, roles: Object.fromEntries(Object.entries(roleMap).filter(([, v]) => v)),
        settings: Object.fromEntries(Object.entries(settings).filter(([, v]) => v.trim() !== '')),
      };
      return publishTemplate(pkg.key, { version, projectIds, overrides, ...(migrateRunning ? { migrateRunning } : {}) });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: templateKeys.all }),
  });
  const results = mutation.data?.results;
  const projectName = (id: string) => {
    const p = (projects.data ?? []).find((x: Project) => x.id === id);
    return p ? localize(p.name) : id;
  };
  const flowName = (key: string) => {
    const flow = pkg.parts.flows.find((f) => f.key === key);
    return flow ? localize(flow.name) : key;
  };
  const unitOptions = UNITS.map((u) => ({ value: u, label: t(`tpl.unit.${u}`) }));

  return (
    <Modal
      open title={t('tpl.publishTitle', { name: localize(pkg.name) })} width={760} destroyOnHidden
      okText={t('tpl.submit')} cancelText={t('tpl.cancel')} onCancel={onClose}
      okButtonProps={{ disabled: projectIds.length === 0, loading: mutation.isPending }}
      onOk={() => mutation.mutate()}
    >
      <Form layout="vertical">
        <Form.Item label={t('tpl.version')}>
          <Select value={version} onChange={setVersion} options={versions.map((v) => ({ value: v.version, label: v.version }))} />
        </Form.Item>
        <Form.Item label={t('tpl.projects')} help={projectIds.length === 0 ? t('tpl.projectsRequired') : undefined}>
          <Checkbox.Group value={projectIds} onChange={(v) => setProjectIds(v as string[])}>
            <Flex vertical gap={4}>
              {(projects.data ?? []).map((p: Project) => (
                <Checkbox key={p.id} value={p.id}>
                  {localize(p.name)} {installed.has(p.id) && <Tag>{t('tpl.installed', { version: installed.get(p.id) })}</Tag>}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Typography.Title level={5}>{t('tpl.overrides')}</Typography.Title>
        {pkg.overridable.slas.length > 0 && <Typography.Text strong>{t('tpl.slas')}</Typography.Text>}
        {pkg.overridable.slas.map((s) => {
          const value = slas[s.key];
          const set = (next: DurationValue | null) => setSlas((old) => {
            const copy = { ...old };
            if (next && next.amount > 0) copy[s.key] = next; else delete copy[s.key];
            return copy;
          });
          return (
            <Form.Item key={s.key} label={localize(s.label)} extra={t('tpl.slaDefault', { amount: s.default.amount, unit: t(`tpl.unit.${s.default.unit}`) })}>
              <Flex gap={8}>
                <InputNumber min={0.5} step={1} value={value?.amount ?? null} placeholder={String(s.default.amount)} data-testid={`tpl-sla-${s.key}`}
                  onChange={(n) => set(n ? { amount: Number(n), unit: value?.unit ?? s.default.unit } : null)} />
                <Select style={{ width: 140 }} value={value?.unit ?? s.default.unit} options={unitOptions}
                  onChange={(unit) => set({ amount: value?.amount ?? s.default.amount, unit })} />
              </Flex>
            </Form.Item>
          );
        })}
        {pkg.overridable.roles.length > 0 && <Typography.Text strong>{t('tpl.roles')}</Typography.Text>}
        {pkg.overridable.roles.map((r) => (
          <Form.Item key={r.role} label={localize(r.duty)}>
            <Select allowClear placeholder={t('tpl.roleKeep')} value={roleMap[r.role] || undefined}
              onChange={(v) => setRoleMap((old) => ({ ...old, [r.role]: v ?? '' }))}
              options={(roles.data ?? []).map((x) => ({ value: x.key, label: localize(x.name) }))} />
          </Form.Item>
        ))}
        {pkg.settings.length > 0 && <Typography.Text strong>{t('tpl.settings')}</Typography.Text>}
        {pkg.settings.map((s) => (
          <Form.Item key={s.key} label={localize(s.label)}>
            <Input placeholder={s.default} value={settings[s.key] ?? ''} onChange={(e) => setSettings((old) => ({ ...old, [s.key]: e.target.value }))} />
          </Form.Item>
        ))}
        <Form.Item help={t('tpl.migrateHelp')}>
          <Checkbox checked={migrateRunning} onChange={(e) => setMigrateRunning(e.target.checked)} data-testid="tpl-migrate-running">{t('tpl.migrateRunning')}</Checkbox>
        </Form.Item>
      </Form>
      {mutation.isError && <Alert type="error" showIcon message={errorText(mutation.error)} />}
      {results && (
        <>
          <Alert type={results.some((r) => r.status === 'failed') ? 'warning' : 'success'} showIcon
            message={t('tpl.done', { ok: results.filter((r) => r.status !== 'failed').length, failed: results.filter((r) => r.status === 'failed').length })} />
          <Table<ProjectPublishResult> size="small" rowKey="projectId" pagination={false} dataSource={results} style={{ marginTop: 12 }}
            columns={[
              { title: t('tpl.resultProject'), dataIndex: 'projectId', render: (id: string) => projectName(id) },
              { title: t('tpl.resultStatus'), dataIndex: 'status', render: (s: ProjectPublishResult['status']) => <Tag color={STATUS_COLOR[s]}>{t(`tpl.status.${s}`)}</Tag> },
              {
                title: t('tpl.resultDetail'), key: 'detail',
                render: (_: unknown, r) => (r.issues.length > 0
                  ? r.issues.map((i) => <div key={`${i.code}${i.path ?? ''}`}>{localize(i.message)}</div>)
                  : <>
                    {r.fromVersion && r.fromVersion !== r.version ? `${t('tpl.fromVersion', { version: r.fromVersion })} · ` : ''}{t('tpl.changedDefs', { count: r.definitions.filter((d) => d.changed).length })}
                    {r.migrations.map((m) => (
                      <div key={`${m.flowKey}@${m.from}`} data-testid="tpl-migration">
                        {t('tpl.migrated', { count: m.migrated, flow: flowName(m.flowKey), from: m.from, to: m.to })}
                        {m.kept.length > 0 && <Typography.Text type="warning"> · {t('tpl.kept', {
                          count: m.kept.length, from: m.from, reasons: [...new Set(m.kept.flatMap((k) => k.problems.map((p) => localize(p))))].join(lang === 'zh' ? '；' : '; '),
                        })}</Typography.Text>}
                      </div>
                    ))}
                  </>),
              },
            ]} />
        </>
      )}
    </Modal>
  );
}
