import type Database from 'better-sqlite3';

/**
 * Returns how many migrations drizzle's migrator has recorded as applied. Reads the migrator's own
 * bookkeeping table, which belongs to drizzle and not to our schema (so no repository declares it;
 * PostgreSQL keeps it as drizzle.__drizzle_migrations). Throws on a database never migrated.
 */
export function migrationsApplied(sqlite: Database.Database): number {
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}
