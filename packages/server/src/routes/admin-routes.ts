import { Type } from '@sinclair/typebox';
import { accountRules } from '@siteflow/runtime';
import { route } from '../http/route.js';
import { AnyObject, IdParams, IdString, OkSchema, OneOf, Strict, Version } from '../http/schemas.js';
import { adminService } from '../services/admin-service.js';
import { roleKeys } from '../auth/roles.js';

// The limits are shared with the designer's user dialogs, which check them before sending.
const Password = Type.String({ ...accountRules.password, description: `At least ${accountRules.password.minLength} characters` });
const DisplayName = Type.String(accountRules.displayName);
const UserView = Type.Object({ id: Type.String(), organisationId: Type.String(), username: Type.String(), displayName: Type.String(), disabled: Type.Boolean(), version: Type.Integer() });
const AdminProject = Type.Object({ id: Type.String(), name: Type.String(), city: Type.Union([Type.String(), Type.Null()]), regionId: Type.String(), version: Type.Integer() });
const MembershipRow = Type.Object({ id: Type.String(), userId: Type.String(), role: Type.String(), projectId: Type.Union([Type.String(), Type.Null()]), regionId: Type.Union([Type.String(), Type.Null()]) });

/** Organisation administration (org admins only; 403 for others). */
export const adminRoutes = [
  route({ method: 'get', path: '/api/admin/users', tag: 'admin', auth: 'admin', summary: 'Users of my organisation with their memberships', response: Type.Array(AnyObject),
    handler: ({ ctx, user }) => adminService.users(ctx, user) }),
  route({ method: 'post', path: '/api/admin/users', tag: 'admin', auth: 'admin', async: true, summary: 'Create a user (password hashed with argon2id)',
    body: Strict({ username: Type.String(accountRules.username), displayName: DisplayName, password: Password }), response: UserView,
    handler: ({ ctx, user, body }) => adminService.createUser(ctx, user, body) }),
  route({ method: 'patch', path: '/api/admin/users/:id', tag: 'admin', auth: 'admin', async: true,
    summary: 'Change a user; disabling or a new password ends their sessions. 409 ADMIN_SELF_DISABLE for your own account, ADMIN_LAST_ADMIN for the last active organisation admin',
    params: IdParams, body: Strict({ displayName: Type.Optional(DisplayName), disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Password), version: Version }), response: UserView,
    handler: ({ ctx, user, params, body }) => adminService.updateUser(ctx, user, params.id, body) }),
  route({ method: 'post', path: '/api/admin/users/:id/end-sessions', tag: 'admin', auth: 'admin', status: 200, summary: 'Sign a user out everywhere', params: IdParams, response: OkSchema,
    handler: ({ ctx, user, params }) => adminService.endSessions(ctx, user, params.id) }),
  route({ method: 'get', path: '/api/admin/regions', tag: 'admin', auth: 'admin', summary: 'Regions of my organisation', response: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
    handler: ({ ctx, user }) => adminService.regions(ctx, user) }),
  route({ method: 'get', path: '/api/admin/projects', tag: 'admin', auth: 'admin', summary: 'Projects of my organisation', response: Type.Array(AdminProject),
    handler: ({ ctx, user }) => adminService.projects(ctx, user) }),
  route({ method: 'post', path: '/api/admin/projects', tag: 'admin', auth: 'admin', summary: 'Create a project in a region',
    body: Strict({ name: Type.String({ minLength: 1, maxLength: 100 }), city: Type.Optional(Type.String({ maxLength: 50 })), regionId: IdString }), response: AdminProject,
    handler: ({ ctx, user, body }) => adminService.createProject(ctx, user, body) }),
  route({ method: 'patch', path: '/api/admin/projects/:id', tag: 'admin', auth: 'admin', summary: 'Rename a project (409 when version is stale)',
    params: IdParams, body: Strict({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), city: Type.Optional(Type.String({ maxLength: 50 })), version: Version }), response: AdminProject,
    handler: ({ ctx, user, params, body }) => adminService.updateProject(ctx, user, params.id, body) }),
  route({ method: 'get', path: '/api/admin/memberships', tag: 'admin', auth: 'admin', summary: 'All memberships of my organisation', response: Type.Array(MembershipRow),
    handler: ({ ctx, user }) => adminService.memberships(ctx, user) }),
  route({ method: 'post', path: '/api/admin/memberships', tag: 'admin', auth: 'admin', summary: 'Give a user a role on a project, on a region (projectId omitted) or organisation-wide (both omitted)',
    body: Strict({ userId: IdString, role: OneOf(roleKeys), projectId: Type.Optional(IdString), regionId: Type.Optional(IdString) }), response: MembershipRow,
    handler: ({ ctx, user, body }) => adminService.addMembership(ctx, user, body) }),
  route({ method: 'delete', path: '/api/admin/memberships/:id', tag: 'admin', auth: 'admin', summary: 'Remove a membership. 409 ADMIN_SELF_DEMOTE for your own organisation admin membership, ADMIN_LAST_ADMIN for that of the last active organisation admin', params: IdParams, response: OkSchema,
    handler: ({ ctx, user, params }) => adminService.removeMembership(ctx, user, params.id) }),
  route({ method: 'get', path: '/api/admin/tokens', tag: 'admin', auth: 'admin', summary: 'API tokens (secrets are never shown again)', response: Type.Array(AnyObject),
    handler: ({ ctx, user }) => adminService.tokens(ctx, user) }),
  route({ method: 'post', path: '/api/admin/tokens', tag: 'admin', auth: 'admin', summary: 'Create an API token for integrations (CRM log push, bank callback); the secret is in this response only',
    body: Strict({ name: Type.String({ minLength: 1, maxLength: 100 }), userId: Type.Optional(IdString) }), response: Type.Object({ id: Type.String(), name: Type.String(), userId: Type.String(), token: Type.String() }),
    handler: ({ ctx, user, body }) => adminService.createToken(ctx, user, body) }),
  route({ method: 'delete', path: '/api/admin/tokens/:id', tag: 'admin', auth: 'admin', summary: 'Revoke an API token', params: IdParams, response: OkSchema,
    handler: ({ ctx, user, params }) => adminService.revokeToken(ctx, user, params.id) }),
  route({ method: 'get', path: '/api/admin/outbox', tag: 'admin', auth: 'admin', summary: 'Deliveries (notifications, robot webhooks, …); ?status=failed shows failures',
    query: Strict({ status: Type.Optional(OneOf(['pending', 'done', 'failed'])) }), response: Type.Array(AnyObject),
    handler: ({ ctx, user, query }) => adminService.outbox(ctx, user, query.status) }),
  route({ method: 'post', path: '/api/admin/outbox/:id/retry', tag: 'admin', auth: 'admin', status: 200, summary: 'Queue a failed delivery again', params: IdParams, response: OkSchema,
    handler: ({ ctx, user, params }) => adminService.retryOutbox(ctx, user, params.id) }),
];
