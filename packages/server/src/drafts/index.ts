// Server-side drafts 草稿, owner-only: start forms of flows and record forms (登记记录). Routes are
// listed in routes/index.ts; a successful start drops the flow's draft (routes/task-routes.ts), a
// created record the form's (routes/record-routes.ts); the tables are in ./schema.ts, listed in
// drizzle.config.ts.
export { draftRoutes } from './drafts-routes.js';
export { draftsService, recordDraftsService, dropDraftOnStart, dropDraftOnRecordCreate, MAX_DRAFT_BYTES, type DraftView } from './drafts-service.js';
export { startFormDrafts, recordFormDrafts } from './schema.js';
