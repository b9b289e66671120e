import { Grid, Layout } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/index.js';
import { LangSwitch } from '../app/LangSwitch.js';
import { ProjectSwitcher } from '../app/ProjectSwitcher.js';
import { UserMenu } from '../app/UserMenu.js';
import '../app/shell.css';

/**
 * Renders the app header outside a project (the regional overview): logo, the project switcher to open a
 * project, language and the user menu, styled as the project shell's header.
 */
export function OverviewHeader() {
  const t = useT();
  const narrow = !Grid.useBreakpoint().md;
  return (
    <Layout.Header className="sf-header">
      <Link to="/overview" className="sf-header__brand">
        <span className="sf-header__logo" aria-hidden>SF</span>
        {/* On phones only the logo shows; the name stays for screen readers. */}
        <span className={narrow ? 'sf-sr-only' : 'sf-header__name'}>{t('common.appName')}</span>
      </Link>
      <ProjectSwitcher width={narrow ? 170 : 200} />
      <div className="sf-header__spacer" style={{ flex: '1 1 auto' }} />
      <LangSwitch dark />
      <UserMenu narrow={narrow} />
    </Layout.Header>
  );
}
