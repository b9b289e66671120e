// Signed one-time links 一次性对接链接 for contacts without an account (the 教育局对接 step).
// Routes are listed in routes/index.ts, the public router is mounted in app.ts; the tables are in
// ./schema.ts, listed in drizzle.config.ts and created by the drizzle migrations.
export { externalLinkRoutes, createExternalLinksRouter } from './routes.js';
export { externalLinkService, linkSecret, type IssueLinkInput, type LinkField, type LinkView } from './service.js';
export { signLinkToken, verifyLinkToken, type LinkClaims } from './token.js';
export { externalLinks, externalLinkUses, externalLinkKeys } from './schema.js';
