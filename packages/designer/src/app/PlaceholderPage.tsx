import { Card, Result, Typography } from 'antd';
import type { AppMessageKey } from '../i18n/index.js';
import { useT } from '../i18n/index.js';

/** Renders an area that another issue fills in (workspace, reports, admin) with its title and a note. */
export function PlaceholderPage({ title, intro }: { title: AppMessageKey; intro?: AppMessageKey }) {
  const t = useT();
  return (
    <div className="sf-page">
      <div className="sf-page__head"><Typography.Title level={3}>{t(title)}</Typography.Title></div>
      <Card><Result status="info" title={t(intro ?? 'common.comingSoon')} /></Card>
    </div>
  );
}
