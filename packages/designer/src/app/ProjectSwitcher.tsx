import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { projectsQuery } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { rememberProject } from './project-memory.js';

/** Renders a project picker; switching keeps the user in the same area (e.g. studio/forms). */
export function ProjectSwitcher({ projectId, width = 200 }: { projectId: string; width?: number | string }) {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const location = useLocation();
  const projects = useQuery(projectsQuery());
  const options = (projects.data ?? []).map((p) => ({ value: p.id, label: localize(p.name) || p.id }));
  return (
    <Select
      value={projectId}
      options={options}
      loading={projects.isPending}
      style={{ width }}
      aria-label={t('shell.project')}
      placeholder={t('shell.chooseProject')}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="project-switcher"
      onChange={(next: string) => {
        rememberProject(next);
        // Keep the area (workspace/studio/...) but drop deeper ids that belong to the old project.
        const area = /^\/p\/[^/]+\/([^/]+)(\/(forms|flows|rules|documents|templates))?/.exec(location.pathname);
        const tail = area ? `/${area[1]}${area[2] ?? ''}` : '/workspace';
        void navigate(`/p/${encodeURIComponent(next)}${tail}`);
      }}
    />
  );
}
