import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { definitionVersionQuery, definitionVersionsQuery } from '../../api/index.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useT } from '../../i18n/index.js';
import { JsonModal } from './JsonModal.js';

/** Renders the published versions of a form (note, who, when) with each version's JSON. */
export function VersionsDrawer({ projectId, formKey, open, onClose }: { projectId: string; formKey: string; open: boolean; onClose: () => void }) {
  const t = useT();
  const versions = useQuery({ ...definitionVersionsQuery(projectId, 'forms', formKey), enabled: open });
  const [viewing, setViewing] = useState<number | null>(null);
  const body = useQuery({ ...definitionVersionQuery<unknown>(projectId, 'forms', formKey, viewing ?? 0), enabled: viewing !== null });
  return (
    <Drawer open={open} onClose={onClose} title={t('versions.title')} size={420} data-testid="versions-drawer">
      {versions.isPending ? <PageLoading /> : versions.isError ? <ErrorState error={versions.error} onRetry={() => void versions.refetch()} /> :
        versions.data.length === 0 ? <Empty description={t('versions.empty')} /> : (
          <Timeline items={versions.data.map((v) => ({
            key: v.version,
            content: (
              <div data-testid={`version-${v.version}`}>
                <Typography.Text strong>v{v.version}</Typography.Text>
                <div>{v.note || <Typography.Text type="secondary">{t('versions.noNote')}</Typography.Text>}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('versions.by', { who: v.publishedBy, at: dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm') })}
                </Typography.Text>
                <div><Button size="small" type="link" style={{ padding: 0 }} onClick={() => setViewing(v.version)}>{t('versions.view')}</Button></div>
              </div>
            ),
          }))} />
        )}
      <JsonModal open={viewing !== null && body.isSuccess} title={`v${viewing}`} value={body.data?.definition} onClose={() => setViewing(null)} />
    </Drawer>
  );
}
