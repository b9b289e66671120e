import { authRoutes } from './auth-routes.js';
import { projectRoutes } from './project-routes.js';
import { overviewRoutes } from './overview-routes.js';
import { allDefinitionRoutes } from './definition-routes.js';
import { testRoutes } from './system-routes.js';
import { recordRoutes } from './record-routes.js';
import { taskRoutes } from './task-routes.js';
import { miscRoutes } from './misc-routes.js';
import { adminRoutes } from './admin-routes.js';
import { handoverRoutes } from './handover-routes.js';
import { teamRoutes } from './team-routes.js';
import { personalDataAccessRoutes } from './personal-data-access-routes.js';
import { robotRoutes } from './robot-routes.js';
import { directoryTemplateSource, templateRoutes } from '../templates/index.js';
import { viewRoutes } from '../views/index.js';
import { ruleRunnerRoutes } from '../rule-runner/index.js';
import { externalLinkRoutes } from '../external-links/index.js';
import { commLogRoutes } from '../comm-logs/index.js';
import { sellerProfileRoutes } from '../settings/index.js';
import { draftRoutes } from '../drafts/index.js';

/** Every API route, in documentation order. */
export function allRoutes() {
  return [...authRoutes, ...projectRoutes, ...overviewRoutes, ...allDefinitionRoutes, ...recordRoutes, ...taskRoutes, ...draftRoutes, ...miscRoutes, ...robotRoutes,
    ...sellerProfileRoutes, ...adminRoutes, ...handoverRoutes, ...teamRoutes, ...personalDataAccessRoutes,
    ...templateRoutes(directoryTemplateSource()), ...viewRoutes, ...ruleRunnerRoutes, ...externalLinkRoutes, ...commLogRoutes, ...testRoutes];
}
