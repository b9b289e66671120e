// Signed one-time links 一次性对接链接 for contacts without an account (the 教育局对接 step).
// Wiring (coordinator):
//  1. routes/index.ts: add `...externalLinkRoutes` to allRoutes() (import from '../external-links/index.js').
//  2. app.ts, right after `mountRoutes(app, ctx, routes)` and before `app.use('/api', apiNotFound)`:
//     `app.use('/api', createExternalLinksRouter(ctx));`
//  3. db/schema.ts: `export * from '../external-links/schema.js';` and copy ./migration.sql as the next
//     numbered migration (or `pnpm exec drizzle-kit generate`). Until then the router creates the
//     tables itself (every statement is IF NOT EXISTS).
export { externalLinkRoutes, createExternalLinksRouter } from './routes.js';
export { externalLinkService, linkSecret, type IssueLinkInput, type LinkField, type LinkView } from './service.js';
export { signLinkToken, verifyLinkToken, type LinkClaims } from './token.js';
export { externalLinks, externalLinkUses, externalLinkKeys } from './schema.js';
