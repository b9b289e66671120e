// Saved tracking views. Routes are listed in routes/index.ts; the table is in ./views-schema.ts,
// listed in drizzle.config.ts and created by the drizzle migrations.
export { viewRoutes } from './view-routes.js';
export { viewsRepo, type SavedViewRow } from './views-repo.js';
export { savedViews, type ViewSpecJson } from './views-schema.js';
