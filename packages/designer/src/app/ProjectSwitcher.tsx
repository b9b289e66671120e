import { DashboardOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { projectsQuery } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { rememberProject } from './project-memory.js';

// The switcher's entry for the regional overview (a value no project id takes: ids are `prj_…`).
const OVERVIEW = '@overview';

/**
 * Renders a project picker; switching keeps the user in the same area (e.g. studio/forms). Users
 * with two projects or more also find the regional overview there, which is selected when no project is.
 */
export function ProjectSwitcher({ projectId, width = 200 }: { projectId?: string; width?: number | string }) {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const location = useLocation();
  const projects = useQuery(projectsQuery());
  const list = projects.data ?? [];
  const withOverview = list.length >= 2;
  const options = [
    ...(withOverview ? [{ value: OVERVIEW, label: <Space size={6} data-testid="switcher-overview"><DashboardOutlined />{t('nav.overview')}</Space>, search: t('nav.overview') }] : []),
    ...list.map((p) => ({ value: p.id, label: localize(p.name) || p.id, search: localize(p.name) || p.id })),
  ];
  return (
    <Select
      value={projectId ?? (withOverview ? OVERVIEW : undefined)}
      options={options}
      loading={projects.isPending}
      style={{ width }}
      aria-label={t('shell.project')}
      placeholder={t('shell.chooseProject')}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'search' }}
      data-testid="project-switcher"
      onChange={(next: string) => {
        if (next === OVERVIEW) { void navigate('/overview'); return; }
        rememberProject(next);
        // Keep the area (workspace/studio/...) but drop deeper ids that belong to the old project.
        const area = /^\/p\/[^/]+\/([^/]+)(\/(forms|flows|rules|documents|templates))?/.exec(location.pathname);
        const tail = area ? `/${area[1]}${area[2] ?? ''}` : '/workspace';
        void navigate(`/p/${encodeURIComponent(next)}${tail}`);
      }}
    />
  );
}
