import { ApartmentOutlined, FileWordOutlined, FormOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/index.js';
import './studio.css';

/** Renders the studio's sub-navigation (forms / flows / rules) above the studio page. */
export function StudioLayout() {
  const t = useT();
  const { projectId = '' } = useParams();
  const { pathname } = useLocation();
  const section = /\/studio\/(forms|flows|rules|documents)/.exec(pathname)?.[1];
  const base = `/p/${encodeURIComponent(projectId)}/studio`;
  return (
    <div className="sf-studio">
      <Menu
        mode="horizontal"
        className="sf-studio__nav"
        selectedKeys={section ? [section] : []}
        items={[
          { key: 'forms', icon: <FormOutlined />, label: <Link to={`${base}/forms`} data-testid="studio-nav-forms">{t('nav.forms')}</Link> },
          { key: 'flows', icon: <ApartmentOutlined />, label: <Link to={`${base}/flows`} data-testid="studio-nav-flows">{t('nav.flows')}</Link> },
          { key: 'rules', icon: <ThunderboltOutlined />, label: <Link to={`${base}/rules`} data-testid="studio-nav-rules">{t('nav.rules')}</Link> },
          { key: 'documents', icon: <FileWordOutlined />, label: <Link to={`${base}/documents`} data-testid="studio-nav-documents">{t('nav.documents')}</Link> },
        ]}
      />
      <div className="sf-studio__body"><Outlet /></div>
    </div>
  );
}
