import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { MessageSchema, ProjectParams } from '../http/schemas.js';
import { projectService } from '../services/project-service.js';
import { roles } from '../auth/roles.js';

/** A project as clients see it. */
export const ProjectView = Type.Object({
  id: Type.String(), name: Type.String(), city: Type.Union([Type.String(), Type.Null()]), regionId: Type.String(), regionName: Type.String(),
  organisationId: Type.String(), version: Type.Integer(), myRoles: Type.Array(Type.String()),
});

/** Projects visible to the caller, and the role catalogue. */
export const projectRoutes = [
  route({ method: 'get', path: '/api/projects', tag: 'projects', auth: 'user', summary: 'Projects visible to me (direct, through my region, or as admin)', response: Type.Array(ProjectView),
    handler: ({ ctx, user }) => projectService.listVisible(ctx, user) }),
  route({ method: 'get', path: '/api/projects/:projectId', tag: 'projects', auth: 'user', summary: 'One project (404 when not mine)', params: ProjectParams, response: ProjectView,
    handler: ({ ctx, user, params }) => projectService.get(ctx, user, params.projectId) }),
  route({ method: 'get', path: '/api/projects/:projectId/members', tag: 'projects', auth: 'user', summary: 'People of a project with their roles (for assignee pickers)', params: ProjectParams,
    response: Type.Array(Type.Object({ userId: Type.String(), displayName: Type.String(), roles: Type.Array(Type.String()) })),
    handler: ({ ctx, user, params }) => projectService.members(ctx, user, params.projectId) }),
  route({ method: 'get', path: '/api/roles', tag: 'projects', auth: 'user', summary: 'Role keys with zh/en names', response: Type.Array(Type.Object({ key: Type.String(), name: MessageSchema })),
    handler: () => Object.entries(roles).map(([key, name]) => ({ key, name })) }),
];
