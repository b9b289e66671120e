import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, Space, Timeline, Typography } from 'antd';
import { DiffOutlined, RollbackOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { definitionKeys, definitionVersionQuery, definitionVersionsQuery, saveDefinitionDraft, type DefinitionPlural } from '../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import type { FlowDefinition, FormDefinition } from '@siteflow/runtime';
import { flowChanges, formChanges, type VersionChange } from './version-diff.js';
import { JsonModal } from './forms/JsonModal.js';

/** Props of the version history: which definition, and the draft a restore replaces. */
export interface VersionsDrawerProps {
  readonly projectId: string;
  readonly kind: DefinitionPlural;
  readonly defKey: string;
  readonly open: boolean;
  readonly onClose: () => void;
  /** The draft's row version (a restore saves over it; 409 when someone saved first). */
  readonly draftVersion: number;
  /** Unsaved changes in the designer, which a restore replaces (the confirmation says so). */
  readonly dirty: boolean;
  /** False for people who may only look (no restore). */
  readonly mayRestore: boolean;
  /** After a restore: reload the designer on the restored draft. */
  readonly onRestored: () => void;
  /** More about one version, under its actions (a flow's running cases); `latest` is the newest published version. */
  readonly extra?: (version: number, latest: number) => ReactNode;
}

/**
 * Renders the published versions of a form or flow (note, who, when), each viewable as JSON and
 * restorable as the draft (a rollback: publish it again for it to take effect).
 */
export function VersionsDrawer({ projectId, kind, defKey, open, onClose, draftVersion, dirty, mayRestore, onRestored, extra }: VersionsDrawerProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const versions = useQuery({ ...definitionVersionsQuery(projectId, kind, defKey), enabled: open });
  const [viewing, setViewing] = useState<number | null>(null);
  const [comparing, setComparing] = useState<number | null>(null);
  const body = useQuery({ ...definitionVersionQuery<unknown>(projectId, kind, defKey, viewing ?? 0), enabled: viewing !== null });
  const restore = useMutation({
    mutationFn: async (version: number) => {
      const published = await client.fetchQuery(definitionVersionQuery<{ key: string; version?: number }>(projectId, kind, defKey, version));
      const { version: _published, ...definition } = published.definition;
      await saveDefinitionDraft(projectId, kind, { ...definition, key: defKey }, draftVersion);
      return version;
    },
    onSuccess: (version) => {
      void message.success(t('versions.restore.done', { version }));
      void client.invalidateQueries({ queryKey: definitionKeys.list(projectId, kind) });
      onClose();
      onRestored();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const confirmRestore = (version: number) => {
    void modal.confirm({
      title: t('versions.restore.confirm', { version }),
      content: <>{t('versions.restore.detail', { version })}{dirty && <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>{t('versions.restore.unsaved')}</Typography.Paragraph>}</>,
      okText: t('versions.restore'), cancelText: t('common.cancel'),
      okButtonProps: { ...({ 'data-testid': 'version-restore-ok' } as object) },
      onOk: () => restore.mutateAsync(version).catch(() => undefined),
    });
  };
  return (
    <Drawer open={open} onClose={onClose} title={t('versions.title')} size={420} data-testid="versions-drawer">
      {versions.isPending ? <PageLoading /> : versions.isError ? <ErrorState error={versions.error} onRetry={() => void versions.refetch()} /> :
        versions.data.length === 0 ? <Empty description={t('versions.empty')} /> : (
          <Timeline items={versions.data.map((v, i, all) => ({
            key: v.version,
            content: (
              <div data-testid={`version-${v.version}`}>
                <Typography.Text strong>v{v.version}</Typography.Text>
                <div>{v.note || <Typography.Text type="secondary">{t('versions.noNote')}</Typography.Text>}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('versions.by', { who: v.publishedByName ?? v.publishedBy, at: dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm') })}
                </Typography.Text>
                <Space size="middle" style={{ display: 'flex' }}>
                  <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setViewing(v.version)}>{t('versions.view')}</Button>
                  {all[i + 1] && (
                    <Button size="small" type="link" style={{ padding: 0 }} icon={<DiffOutlined />} data-testid={`version-compare-${v.version}`}
                      onClick={() => setComparing(comparing === v.version ? null : v.version)}>
                      {comparing === v.version ? t('versions.compareHide') : t('versions.compare', { previous: all[i + 1]!.version })}
                    </Button>
                  )}
                  {mayRestore && (
                    <Button size="small" type="link" style={{ padding: 0 }} icon={<RollbackOutlined />} loading={restore.isPending && restore.variables === v.version}
                      onClick={() => confirmRestore(v.version)} aria-label={t('versions.restore.aria', { version: v.version })} data-testid={`version-restore-${v.version}`}>
                      {t('versions.restore')}
                    </Button>
                  )}
                </Space>
                {extra?.(v.version, all[0]!.version)}
                {comparing === v.version && all[i + 1] && <VersionChanges projectId={projectId} kind={kind} defKey={defKey} version={v.version} previous={all[i + 1]!.version} />}
              </div>
            ),
          }))} />
        )}
      <JsonModal open={viewing !== null && body.isSuccess} title={`v${viewing}`} value={body.data?.definition} onClose={() => setViewing(null)} />
    </Drawer>
  );
}

/** Lists what changed from `previous` to `version` (both published, so both immutable and cached). */
function VersionChanges({ projectId, kind, defKey, version, previous }: { projectId: string; kind: DefinitionPlural; defKey: string; version: number; previous: number }) {
  const t = useT();
  const localize = useLocalize();
  const [before, after] = useQueries({ queries: [previous, version].map((v) => definitionVersionQuery<FlowDefinition & FormDefinition>(projectId, kind, defKey, v)) });
  if (before!.isError || after!.isError) return <ErrorState error={before!.error ?? after!.error} onRetry={() => { void before!.refetch(); void after!.refetch(); }} />;
  if (!before!.data || !after!.data) return <PageLoading />;
  const changes = kind === 'flows' ? flowChanges(before!.data.definition, after!.data.definition) : formChanges(before!.data.definition, after!.data.definition);
  const text = (c: VersionChange) => {
    switch (c.kind) {
      case 'added': case 'removed': case 'changed': return t(`versions.change.${c.kind}`, { name: localize(c.name) });
      case 'renamed': return t('versions.change.renamed', { name: localize(c.name), from: localize(c.from) });
      case 'links': return t('versions.change.links');
      case 'settings': return t(kind === 'flows' ? 'versions.change.settings.flows' : 'versions.change.settings.forms');
      default: { const never: never = c; return never; }
    }
  };
  return (
    <ul className="sf-version-changes" data-testid={`version-changes-${version}`} style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {changes.length === 0 ? <li>{t('versions.change.none', { previous })}</li> : changes.map((c, i) => <li key={i}>{text(c)}</li>)}
    </ul>
  );
}
