import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { IdString, MessageSchema, ProjectParams, Strict } from '../http/schemas.js';
import { notificationService } from '../services/notification-service.js';
import { calendarService } from '../services/calendar-service.js';

const DateKey = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const CalendarSchema = Strict({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  utcOffsetMinutes: Type.Integer({ minimum: -720, maximum: 840 }),
  weekendDays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 7 }),
  holidays: Type.Array(DateKey, { maxItems: 2000 }),
  workdays: Type.Array(DateKey, { maxItems: 2000 }),
  workingHours: Type.Optional(Strict({ start: Type.String({ pattern: '^\\d{2}:\\d{2}$' }), end: Type.String({ pattern: '^\\d{2}:\\d{2}$' }) })),
});

/** Notifications and calendars. */
export const miscRoutes = [
  route({ method: 'get', path: '/api/notifications', tag: 'notifications', auth: 'user', summary: 'My in-app notifications, newest first, with the unread count',
    query: Strict({ unread: Type.Optional(Type.Boolean()) }),
    response: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), projectId: Type.Union([Type.String(), Type.Null()]), title: MessageSchema, body: Type.Union([MessageSchema, Type.Null()]), link: Type.Union([Type.String(), Type.Null()]), readAt: Type.Union([Type.Integer(), Type.Null()]), createdAt: Type.Integer() })), unread: Type.Integer() }),
    handler: ({ ctx, user, query }) => notificationService.list(ctx, user, query.unread ?? false) }),
  route({ method: 'post', path: '/api/notifications/read', tag: 'notifications', auth: 'user', status: 200, summary: 'Mark notifications read (all when ids is omitted)',
    body: Strict({ ids: Type.Optional(Type.Array(IdString, { maxItems: 500 })) }),
    response: Type.Object({ changed: Type.Integer(), unread: Type.Integer() }),
    handler: ({ ctx, user, body }) => notificationService.markRead(ctx, user, body.ids) }),
  route({ method: 'get', path: '/api/projects/:projectId/calendar', tag: 'calendars', auth: 'user', summary: 'The business calendar of a project (default: official China 2025–2026)',
    params: ProjectParams, response: Type.Object({ calendar: Type.Unknown(), version: Type.Integer(), custom: Type.Boolean() }),
    handler: ({ ctx, user, params }) => calendarService.get(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/calendar', tag: 'calendars', auth: 'user', summary: 'Replace the project calendar (version 0 the first time; 409 when stale)',
    params: ProjectParams, body: Strict({ calendar: CalendarSchema, version: Type.Integer({ minimum: 0 }) }),
    response: Type.Object({ calendar: Type.Unknown(), version: Type.Integer(), custom: Type.Boolean() }),
    handler: ({ ctx, user, params, body }) => calendarService.put(ctx, user, params.projectId, body.calendar, body.version) }),
];
