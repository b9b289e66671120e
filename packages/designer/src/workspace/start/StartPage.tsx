import { EditOutlined, FileAddOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { definitionListQuery, type DefinitionSummary } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { useWsT } from '../shared/hooks.js';
import { draftMarksQuery } from './draft-marks.js';
import type { DraftMark } from './draft-merge.js';
import { startMessages } from './messages.js';
import { canCreateRecords, loggableForms, mayStart } from './record-forms.js';
import { useFormStarters } from './useFormStarters.js';

/**
 * Renders the start page: the published flows of this project the user may start, then the log
 * section: the published forms no flow starts, to log a record of directly; both mark the flows and
 * forms with a draft here or on another device.
 */
export function StartPage() {
  const t = useWsT();
  const ts = useT(startMessages);
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const session = useSession();
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const forms = useQuery(definitionListQuery(projectId, 'forms'));
  const starters = useFormStarters(projectId);
  const userId = session.data?.user?.id ?? '';
  const drafts = useQuery(draftMarksQuery(userId, projectId, 'flow'));
  const recordDrafts = useQuery(draftMarksQuery(userId, projectId, 'form'));
  if (flows.isPending) return <PageLoading />;
  if (flows.isError) return <ErrorState error={flows.error} onRetry={() => void flows.refetch()} />;
  // Only the flows this user may start by hand (a flow may name its starter roles).
  const published = flows.data.filter((f) => f.latestVersion !== null && mayStart(f, session.data, projectId));
  // Listed once every flow's form is known, so a work-order form never shows here for a moment.
  const loggable = forms.data && !starters.pending && !starters.error && canCreateRecords(session.data, projectId) ? loggableForms(forms.data, starters.starters) : [];
  return (
    <div className="sf-ws-start">
      <Typography.Title level={4}>{t('ws.start.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ws.start.intro')}</Typography.Paragraph>
      {published.length === 0 ? <Empty description={t('ws.start.empty')} /> : (
        <StartList items={published} render={(f) => (
          <StartItem to={f.key} testId={`start-${f.key}`} icon={<EditOutlined style={{ fontSize: 20, color: '#3b7be0' }} />}>
            {localize(f.name)} <DraftTags mark={drafts.data?.[f.key]} />
          </StartItem>
        )} />
      )}
      {loggable.length > 0 && (
        <section className="sf-ws-start__log" data-testid="start-log" style={{ marginTop: 24 }}>
          <Typography.Title level={5}>{ts('record.log.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{ts('record.log.intro')}</Typography.Paragraph>
          <StartList items={loggable} render={(f) => (
            <StartItem to={`forms/${encodeURIComponent(f.key)}`} testId={`log-${f.key}`} icon={<FileAddOutlined style={{ fontSize: 20, color: '#2f9e6e' }} />}>
              {localize(f.name)} <DraftTags mark={recordDrafts.data?.[f.key]} />
            </StartItem>
          )} />
        </section>
      )}
    </div>
  );
}

/** Renders a draft's mark after a flow or form name: "has a draft", plus "other device" when it is only on another device. */
function DraftTags({ mark }: { mark: DraftMark | undefined }) {
  const t = useWsT();
  const ts = useT(startMessages);
  if (!mark) return null;
  return <>
    <Tag color="gold" data-testid="draft-mark" data-mark={mark}>{t('ws.start.draft')}</Tag>
    {mark === 'otherDevice' && <Tag color="blue">{ts('start.draft.otherDevice')}</Tag>}
  </>;
}

function StartList({ items, render }: { items: readonly DefinitionSummary[]; render: (item: DefinitionSummary) => ReactNode }) {
  return <Card size="small"><List dataSource={[...items]} renderItem={render} /></Card>;
}

function StartItem({ to, testId, icon, children }: { to: string; testId: string; icon: ReactNode; children: ReactNode }) {
  return (
    // The link sits inside the list item (a list holds only items) and stretches over it (CSS).
    <List.Item className="sf-ws-start__li" actions={[<RightOutlined key="go" aria-hidden />]}>
      <Link to={to} className="sf-ws-start__item" data-testid={testId}>
        <List.Item.Meta avatar={icon} title={<span>{children}</span>} />
      </Link>
    </List.Item>
  );
}
