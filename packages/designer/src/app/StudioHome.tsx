import { ApartmentOutlined, FormOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { AppMessageKey } from '../i18n/index.js';
import { useT } from '../i18n/index.js';

const cards: readonly { key: string; icon: ReactNode; title: AppMessageKey; desc: AppMessageKey }[] = [
  { key: 'forms', icon: <FormOutlined />, title: 'nav.forms', desc: 'studio.formsDesc' },
  { key: 'flows', icon: <ApartmentOutlined />, title: 'nav.flows', desc: 'studio.flowsDesc' },
  { key: 'rules', icon: <ThunderboltOutlined />, title: 'nav.rules', desc: 'studio.rulesDesc' },
];

/** Renders the studio landing page: one card per designer. */
export function StudioHome() {
  const t = useT();
  const { projectId = '' } = useParams();
  return (
    <div className="sf-page">
      <div className="sf-page__head">
        <Typography.Title level={3}>{t('studio.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('studio.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} md={8}>
            <Link to={`/p/${encodeURIComponent(projectId)}/studio/${c.key}`}>
              <Card hoverable>
                <Card.Meta avatar={<span style={{ fontSize: 28, color: '#1f5fbf' }}>{c.icon}</span>}
                  title={t(c.title)} description={t(c.desc)} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
