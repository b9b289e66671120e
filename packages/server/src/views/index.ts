// Saved tracking views. Wiring (coordinator):
//  1. routes/index.ts: add `...viewRoutes` to allRoutes() (import from '../views/index.js').
//  2. db/schema.ts: `export { savedViews } from '../views/views-schema.js';` then
//     `pnpm exec drizzle-kit generate` in packages/server (or copy ./migration.sql as the next
//     numbered migration with a journal entry).
export { viewRoutes } from './view-routes.js';
export { viewsRepo, type SavedViewRow } from './views-repo.js';
export { savedViews, type ViewSpecJson } from './views-schema.js';
