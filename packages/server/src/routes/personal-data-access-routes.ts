import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { IdString, OneOf, Page, Strict } from '../http/schemas.js';
import { personalDataAccessService } from '../services/personal-data-access-service.js';
import { personalDataAccessTypes } from '../services/personal-data-access-texts.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A day, YYYY-MM-DD (China time)' });

/** Filters of the personal-data access log (the JSON list and the XLSX download share them). */
export const AccessLogFilterQuery = {
  projectId: Type.Optional(IdString),
  userId: Type.Optional(IdString),
  type: Type.Optional(OneOf(personalDataAccessTypes)),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};

const Label = Type.Object({ zh: Type.String(), en: Type.String() });
const AccessEntryView = Type.Object({
  id: Type.String(), at: Type.Integer(), type: Type.String(),
  actor: Type.Object({ id: Type.Union([Type.String(), Type.Null()]), name: Type.String(), roles: Type.Array(Type.String()) }),
  project: Type.Object({ id: Type.String(), name: Type.String() }),
  form: Type.Union([Type.Object({ key: Type.String(), name: Type.Union([Label, Type.Null()]) }), Type.Null()]),
  record: Type.Union([Type.Object({ id: Type.String(), title: Type.String(), link: Type.String() }), Type.Null()]),
  fields: Type.Array(Type.Object({ key: Type.String(), label: Label })),
  documents: Type.Array(Type.String()),
  rows: Type.Union([Type.Integer(), Type.Null()]),
  commLogId: Type.Union([Type.String(), Type.Null()]),
});

/** The organisation-wide personal-data access log (org admins only; 403 for others). */
export const personalDataAccessRoutes = [
  route({ method: 'get', path: '/api/admin/personal-data-access', tag: 'admin', auth: 'admin',
    summary: 'Personal-data access log of my organisation (unmasks, exports and documents in clear), newest first; the XLSX is …/personal-data-access.xlsx with the same filters',
    query: Strict({ ...AccessLogFilterQuery, page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }) }),
    response: Page(AccessEntryView),
    handler: ({ ctx, user, query }) => personalDataAccessService.list(ctx, user, query, query.page, query.pageSize) }),
];
