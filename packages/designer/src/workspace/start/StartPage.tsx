import { EditOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { definitionListQuery } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { useWsT } from '../shared/hooks.js';
import { draftMarksQuery } from './draft-marks.js';
import { startMessages } from './messages.js';

/** Renders the start page: the published flows of this project the user may start, marking those with a draft here or on another device. */
export function StartPage() {
  const t = useWsT();
  const ts = useT(startMessages);
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const session = useSession();
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const userId = session.data?.user?.id ?? '';
  const drafts = useQuery(draftMarksQuery(userId, projectId));
  if (flows.isPending) return <PageLoading />;
  if (flows.isError) return <ErrorState error={flows.error} onRetry={() => void flows.refetch()} />;
  const published = flows.data.filter((f) => f.latestVersion !== null);
  return (
    <div className="sf-ws-start">
      <Typography.Title level={4}>{t('ws.start.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ws.start.intro')}</Typography.Paragraph>
      {published.length === 0 ? <Empty description={t('ws.start.empty')} /> : (
        <Card size="small">
          <List dataSource={published} renderItem={(f) => {
            const mark = drafts.data?.[f.key];
            return (
              <Link to={f.key} className="sf-ws-start__item" data-testid={`start-${f.key}`}>
                <List.Item actions={[<RightOutlined key="go" />]}>
                  <List.Item.Meta avatar={<EditOutlined style={{ fontSize: 20, color: '#3b7be0' }} />}
                    title={(
                      <span>
                        {localize(f.name)} {mark && <Tag color="gold" data-testid="draft-mark" data-mark={mark}>{t('ws.start.draft')}</Tag>}
                        {mark === 'otherDevice' && <Tag color="blue">{ts('start.draft.otherDevice')}</Tag>}
                      </span>
                    )} />
                </List.Item>
              </Link>
            );
          }} />
        </Card>
      )}
    </div>
  );
}
