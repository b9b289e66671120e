// drizzle-kit config: `pnpm exec drizzle-kit generate` writes SQL migrations into ./drizzle
// (committed; the server applies them at start with drizzle's migrator, no drizzle-kit needed).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
