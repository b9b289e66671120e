import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { overviewService } from '../services/overview-service.js';

const Count = Type.Integer({ minimum: 0 });

/** One project's live figures on the 区域看板 (counts only). */
export const ProjectOverviewView = Type.Object({
  projectId: Type.String(), name: Type.String(), regionName: Type.String(),
  running: Count, overdue: Count, escalated: Count, level1Open: Count, newCancellations: Count,
  workOrderFormKey: Type.Union([Type.String(), Type.Null()], { description: 'The form whose 追踪表 lists the new cancellations (report role workOrder)' }),
  closureRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
});

/** The regional overview 区域看板 of the projects visible to the caller. */
export const overviewRoutes = [
  route({
    method: 'get', path: '/api/overview', tag: 'projects', auth: 'user',
    summary: 'Regional overview: live counts per project visible to me (running cases, overdue, escalated, level-1 alerts, new cancellations and 72-hour closure rate this month)',
    response: Type.Object({ month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), asOf: Type.Integer(), projects: Type.Array(ProjectOverviewView) }),
    handler: ({ ctx, user }) => overviewService.get(ctx, user),
  }),
];
