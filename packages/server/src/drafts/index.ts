// Server-side start-form drafts 草稿, owner-only. Routes are listed in routes/index.ts; a
// successful start drops the draft (routes/task-routes.ts); the table is in ./schema.ts, listed in
// drizzle.config.ts.
export { draftRoutes } from './drafts-routes.js';
export { draftsService, dropDraftOnStart, MAX_DRAFT_BYTES, type DraftView } from './drafts-service.js';
export { startFormDrafts } from './schema.js';
