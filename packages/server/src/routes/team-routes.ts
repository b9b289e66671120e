import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { ProjectParams } from '../http/schemas.js';
import { teamService } from '../services/team-service.js';

const TeamMember = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String(), { description: 'Role keys held on the project (direct, through its region, or organisation-wide); empty for someone who left it' }),
  disabled: Type.Boolean({ description: 'The account is disabled' }),
  leftProject: Type.Boolean({ description: 'No longer a member of the project but still holds open work there (hand it over)' }),
  openTasks: Type.Integer({ description: 'Open tasks of the project this person can act on' }),
  openRecords: Type.Integer({ description: 'Open records (customers) of the project this person owns' }),
});

/** 项目设置 → 成员: a project's team with each person's open work (org admins and the project's 案场经理). */
export const teamRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/team', tag: 'handover', auth: 'user',
    summary: 'The project\'s team 成员 with their open work (members, disabled ones included, and people who left but still hold open work); no contact data',
    params: ProjectParams, response: Type.Object({ items: Type.Array(TeamMember) }),
    handler: ({ ctx, user, params }) => teamService.list(ctx, user, params.projectId) }),
];
