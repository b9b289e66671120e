// drizzle-kit config: `pnpm exec drizzle-kit generate` writes SQL migrations into ./drizzle
// (committed; the server applies them at start with drizzle's migrator, no drizzle-kit needed).
// Every table is declared once in drizzle: core tables in src/db, module-owned tables beside their
// module. A new schema file must be listed here, or drizzle-kit will not see its tables.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './src/db/schema.ts',
    './src/db/documents-schema.ts',
    './src/views/views-schema.ts',
    './src/external-links/schema.ts',
    './src/comm-logs/schema.ts',
    './src/rule-runner/schema.ts',
    './src/settings/schema.ts',
    './src/drafts/schema.ts',
  ],
  out: './drizzle',
});
