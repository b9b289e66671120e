import { and, asc, desc, eq, exists, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { FormReportRole } from '@siteflow/runtime';
import type { Db } from '../db/open.js';
import { definitionVersions, instances, projects, records } from '../db/schema.js';
import { declaredReportRole, type FormVersionRef } from './definitions-repo.js';
import { insertRow, prepared, updateRow } from './prepared.js';

/** The where clause of a project's records of `forms` created in [from, to); undefined without forms. */
function createdBetweenWhere(projectId: string, forms: readonly FormVersionRef[], from: number, to: number): SQL | undefined {
  const versionsByKey = new Map<string, number[]>();
  for (const f of forms) (versionsByKey.get(f.key) ?? versionsByKey.set(f.key, []).get(f.key)!).push(f.version);
  if (versionsByKey.size === 0) return undefined;
  // The key list lets the (project, form, created) index serve the range; the pairs then pick the versions.
  const ofVersion = or(...[...versionsByKey].map(([key, versions]) => and(eq(records.formKey, key), inArray(records.formVersion, versions))));
  return and(eq(records.projectId, projectId), inArray(records.formKey, [...versionsByKey.keys()]), gte(records.createdAt, from), lt(records.createdAt, to), ofVersion);
}

/** One filter on a record column or a data field (`data.<path>`). */
export interface RecordFilter {
  readonly field: string;
  readonly op: 'eq' | 'ne' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'in';
  readonly value: unknown;
}

/** A query over a project's records. Field paths are validated by the caller. */
export interface RecordQuery {
  readonly projectId: string;
  readonly formKey?: string;
  readonly q?: string;
  readonly filters: readonly RecordFilter[];
  readonly sort: { readonly field: string; readonly desc: boolean };
  readonly page: number;
  readonly pageSize: number;
}

const columns: Record<string, SQL> = {
  status: sql`${records.status}`,
  ownerId: sql`${records.ownerId}`,
  createdBy: sql`${records.createdBy}`,
  createdAt: sql`${records.createdAt}`,
  updatedAt: sql`${records.updatedAt}`,
  formKey: sql`${records.formKey}`,
};

// Data fields are read with json_extract (PostgreSQL: data #>> path). The path is a bound parameter.
function target(field: string): SQL {
  return columns[field] ?? sql`json_extract(${records.data}, ${'$.' + field})`;
}

function condition(f: RecordFilter): SQL {
  const t = target(f.field);
  switch (f.op) {
    case 'eq': return sql`${t} = ${f.value as never}`;
    case 'ne': return sql`(${t} is null or ${t} <> ${f.value as never})`;
    case 'contains': return sql`instr(lower(${t}), lower(${String(f.value)})) > 0`;
    case 'gt': return sql`${t} > ${f.value as never}`;
    case 'gte': return sql`${t} >= ${f.value as never}`;
    case 'lt': return sql`${t} < ${f.value as never}`;
    case 'lte': return sql`${t} <= ${f.value as never}`;
    case 'in': {
      const list = (Array.isArray(f.value) ? f.value : [f.value]).slice(0, 100);
      return list.length ? sql`${t} in (${sql.join(list.map((v) => sql`${v as never}`), sql`, `)})` : sql`0 = 1`;
    }
    default: {
      const never: never = f.op;
      return never;
    }
  }
}

/** Records: all their SQL. */
export const recordsRepo = {
  insert(db: Db, row: typeof records.$inferInsert): void {
    insertRow(db, records, row);
  },
  find(db: Db, projectId: string, id: string) {
    return db.select().from(records).where(and(eq(records.projectId, projectId), eq(records.id, id))).get();
  },
  findById(db: Db, id: string) {
    return prepared(db, 'records.findById', () => db.select().from(records).where(eq(records.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  /** Writes new data if `version` is current; returns false when stale. */
  update(db: Db, id: string, version: number, patch: { data: Record<string, unknown>; searchText: string; updatedAt: number; status?: string }): boolean {
    return updateRow(db, records, records.id, id, { ...patch, version: version + 1 }, { column: records.version, value: version }) === 1;
  },
  /** Sets the status of a record if `version` is current (a visible change: the version moves); returns false when stale. */
  setStatus(db: Db, id: string, version: number, status: string, updatedAt: number): boolean {
    return updateRow(db, records, records.id, id, { status, updatedAt, version: version + 1 }, { column: records.version, value: version }) === 1;
  },
  /** Status and last change of every flow instance of a record (what its status follows). */
  instanceEnds(db: Db, recordId: string): { status: string; updatedAt: number }[] {
    return prepared(db, 'records.instanceEnds', () => db.select({ status: instances.status, updatedAt: instances.updatedAt }).from(instances)
      .where(eq(instances.recordId, sql.placeholder('recordId'))).prepare()).all({ recordId });
  },
  /** Id, creation time and data of the project's records filled in with one of `forms` (key + version), created in [from, to) (reports). */
  createdBetween(db: Db, projectId: string, forms: readonly FormVersionRef[], from: number, to: number) {
    const where = createdBetweenWhere(projectId, forms, from, to);
    return where ? db.select({ id: records.id, createdAt: records.createdAt, data: records.data }).from(records).where(where).all() : [];
  },
  /** How many records of the project of these form versions were created in [from, to) (the same indexed range as `createdBetween`). */
  countCreatedBetween(db: Db, projectId: string, forms: readonly FormVersionRef[], from: number, to: number): number {
    const where = createdBetweenWhere(projectId, forms, from, to);
    return where ? db.select({ n: sql<number>`count(*)` }).from(records).where(where).get()?.n ?? 0 : 0;
  },
  /** Id and name of the projects holding records whose form version declares `role` (the monthly report pass). */
  projectsWithRecordsOfReportRole(db: Db, role: FormReportRole): { id: string; name: string }[] {
    const recordOfVersion = db.select({ one: sql`1` }).from(records).where(and(
      eq(records.projectId, definitionVersions.projectId), eq(records.formKey, definitionVersions.key), eq(records.formVersion, definitionVersions.version)));
    const versionWithRecords = db.select({ one: sql`1` }).from(definitionVersions).where(and(
      eq(definitionVersions.projectId, projects.id), eq(definitionVersions.kind, 'form'), eq(declaredReportRole, role), exists(recordOfVersion)));
    return db.select({ id: projects.id, name: projects.name }).from(projects).where(exists(versionWithRecords)).orderBy(projects.id).all();
  },
  query(db: Db, q: RecordQuery) {
    const where: SQL[] = [eq(records.projectId, q.projectId)];
    if (q.formKey) where.push(eq(records.formKey, q.formKey));
    if (q.q) where.push(sql`instr(${records.searchText}, ${q.q.toLowerCase()}) > 0`);
    for (const f of q.filters) where.push(condition(f));
    const whereSql = and(...where);
    const order = q.sort.desc ? desc(target(q.sort.field)) : asc(target(q.sort.field));
    const items = db.select().from(records).where(whereSql).orderBy(order, desc(records.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize).all();
    const total = db.select({ n: sql<number>`count(*)` }).from(records).where(whereSql).get()?.n ?? 0;
    return { items, total };
  },
};
