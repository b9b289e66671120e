import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { sellerProfileQuery, type SellerProfileState } from '../api/index.js';
import { useSession } from '../app/useSession.js';
import { ErrorState, PageLoading } from '../components/index.js';
import { useT } from '../i18n/index.js';
import { settingsMessages } from './messages.js';
import { canEditSellerProfile } from './seller-form.js';
import { SellerProfileForm } from './SellerProfileForm.js';
import { TeamCard } from './TeamCard.js';
import './settings.css';

/**
 * Renders the project settings page (/p/:projectId/settings): the seller profile the legal
 * documents print, with a banner while it is not configured; editable by the site manager or an
 * admin, read-only for other members; for the site manager and admins also the project's members
 * with their open work and the work hand-over.
 */
export function ProjectSettingsPage() {
  const t = useT(settingsMessages);
  const { projectId = '' } = useParams();
  const session = useSession();
  const query = useQuery(sellerProfileQuery(projectId));
  if (query.isPending || session.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const editable = canEditSellerProfile(session.data, projectId);
  const state = query.data;
  return (
    <div className="sf-page sf-settings" data-testid="project-settings">
      <div className="sf-page__head"><Typography.Title level={3}>{t('settings.title')}</Typography.Title></div>
      <Card title={t('settings.seller.title')} data-testid="seller-profile" data-editable={editable}>
        <Typography.Paragraph type="secondary">{t('settings.seller.intro')}</Typography.Paragraph>
        {!state.configured && (
          <Alert type="warning" showIcon className="sf-settings__banner" data-testid="seller-not-configured"
            title={t('settings.seller.notConfigured')}
            description={`${t('settings.seller.notConfiguredHint')}${editable ? '' : ` ${t('settings.seller.askManager')}`}`} />
        )}
        {editable ? <SellerProfileForm projectId={projectId} state={state} /> : <SellerProfileView state={state} />}
      </Card>
      {editable && <TeamCard projectId={projectId} projectName={state.profile.projectName} />}
    </div>
  );
}

/** The profile as text, for members who may not change it. */
function SellerProfileView({ state }: { state: SellerProfileState }) {
  const t = useT(settingsMessages);
  const wide = Grid.useBreakpoint().md ?? true;
  const { profile } = state;
  const text = (value: string | undefined) => value || <Typography.Text type="secondary">{t('settings.seller.empty')}</Typography.Text>;
  const row = (key: 'projectName' | 'sellerName' | 'sellerCreditCode' | 'sellerAddress' | 'sellerRepresentative', value: ReactNode) => ({
    key, label: t(`settings.seller.${key}`), children: <span data-testid={`seller-value-${key}`}>{value}</span>,
  });
  return (
    <>
      <Alert type="info" showIcon className="sf-settings__banner" title={t('settings.seller.readOnly')} data-testid="seller-read-only" />
      <Descriptions column={1} bordered size="small" layout={wide ? 'horizontal' : 'vertical'} className="sf-settings__view" items={[
        row('projectName', text(profile.projectName)),
        row('sellerName', text(profile.sellerName)),
        row('sellerCreditCode', text(profile.sellerCreditCode)),
        row('sellerAddress', text(profile.sellerAddress)),
        row('sellerRepresentative', text(profile.sellerRepresentative)),
        {
          key: 'refundDays', label: t('settings.seller.refundDays'),
          children: <span data-testid="seller-value-refundDays">{state.configured ? t('settings.seller.days', { days: profile.refundDays }) : text('')}</span>,
        },
      ]} />
    </>
  );
}
