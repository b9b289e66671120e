import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { ProjectKeyParams, Strict } from '../http/schemas.js';
import { createRuleRunner } from './runner.js';
import { rolesOn } from '../auth/access.js';

const Fired = Type.Object({
  fired: Type.Boolean({ description: 'False when the rule’s condition did not hold (nothing done)' }),
  status: Type.Union([Type.Literal('fired'), Type.Literal('duplicate'), Type.Literal('failed'), Type.Null()]),
  firingId: Type.Union([Type.String(), Type.Null()]),
  actions: Type.Array(Type.Object({ kind: Type.String(), dedupeKey: Type.String(), instanceId: Type.Optional(Type.String()), recordId: Type.Optional(Type.String()) }, { additionalProperties: true })),
  error: Type.Union([Type.String(), Type.Null()]),
});

/** POST /api/projects/:projectId/rules/:key/run — run a published rule now (designer roles; in the request's transaction). */
export const ruleRunnerRoutes = [
  route({ method: 'post', path: '/api/projects/:projectId/rules/:key/run', tag: 'rules', auth: 'user', status: 200,
    summary: 'Run a published rule now on one record (or on the project for record-less rules); its condition still applies',
    params: ProjectKeyParams, body: Strict({ recordId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }), response: Fired,
    handler: ({ ctx, user, params, body }) => {
      // Outside the caller's projects: 404 before any role check, so nothing reveals the project.
      rolesOn(user.access, params.projectId);
      const result = createRuleRunner({ ctx }).runManual(params.projectId, params.key, body.recordId ?? null, { ctx, user });
      return { fired: result?.status === 'fired', status: result?.status ?? null, firingId: result?.firingId ?? null, actions: [...(result?.actions ?? [])], error: result?.error ?? null };
    } }),
];
