import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const applied = new WeakSet<Database.Database>();

/**
 * Creates the rule runner's tables when missing: applies ./migration.sql, whose statements are all
 * `IF NOT EXISTS` (a no-op once the coordinator has copied it into a numbered migration). Returns
 * nothing; writes the schema once per connection.
 */
export function ensureRuleRunnerTables(sqlite: Database.Database): void {
  if (applied.has(sqlite)) return;
  const sql = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'migration.sql'), 'utf8');
  for (const statement of sql.split('--> statement-breakpoint')) {
    if (statement.trim()) sqlite.exec(statement);
  }
  applied.add(sqlite);
}
