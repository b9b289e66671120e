import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

/**
 * Applies a folder's `migration.sql` (every statement is `IF NOT EXISTS`, so it is a no-op once
 * the numbered migration has run). Returns nothing; writes the schema.
 */
export function ensureTables(sqlite: Database.Database, moduleUrl: string): void {
  const sql = readFileSync(join(dirname(fileURLToPath(moduleUrl)), 'migration.sql'), 'utf8');
  for (const statement of sql.split('--> statement-breakpoint')) {
    if (statement.trim()) sqlite.exec(statement);
  }
}
