import type { CauseCaseRow, EpochMs } from '@siteflow/runtime';

/** Where each CauseCaseRow field comes from: `field`, `field[].sub`, `$record.<prop>` or `$instances.<prop>`. */
export type CaseRowMapping = Readonly<Record<keyof CauseCaseRow, string>>;

/** The mapping of the shipped 退筹事件追踪表 (templates/cancellation-tracking/reports/cause-analysis.json). */
export const DEFAULT_CASE_ROW_MAPPING: CaseRowMapping = {
  id: '$record.id', cause: 'cause', modules: 'modules', recovered: 'recovered', createdAt: '$record.createdAt',
  closedAt: 'closedAt', signals: 'signals', terms: 'termsFired[].term', slaBreaches: '$instances.slaBreaches', escalations: '$instances.escalations',
};

/** One tracking-table record with the SLA figures of the flow instances that ran on it. */
export interface CaseRecordInput {
  readonly record: { readonly id: string; readonly createdAt: EpochMs; readonly data: Readonly<Record<string, unknown>> };
  readonly instances: { readonly slaBreaches: number; readonly escalations: number };
}

function read(input: CaseRecordInput, path: string): unknown {
  if (path.startsWith('$record.')) return (input.record as unknown as Record<string, unknown>)[path.slice(8)];
  if (path.startsWith('$instances.')) return (input.instances as unknown as Record<string, unknown>)[path.slice(11)];
  const [head, sub] = path.split('[].') as [string, string | undefined];
  const value = input.record.data[head];
  if (sub === undefined) return value;
  return Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[sub] : undefined)) : [];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);
function instant(v: unknown): EpochMs | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v !== '') { const t = Date.parse(v); return Number.isNaN(t) ? null : t; }
  return null;
}

/**
 * Returns the report row of a tracking-table record (pure): lists keep their strings, counts are
 * whole numbers ≥ 0, `closedAt` accepts EpochMs or an ISO date-time, anything missing becomes
 * empty / false / null so one incomplete record never breaks the monthly report.
 */
export function caseRowFromRecord(input: CaseRecordInput, mapping: CaseRowMapping = DEFAULT_CASE_ROW_MAPPING): CauseCaseRow {
  const createdAt = instant(read(input, mapping.createdAt)) ?? input.record.createdAt;
  const cause = read(input, mapping.cause);
  return {
    id: String(read(input, mapping.id) ?? input.record.id),
    cause: typeof cause === 'string' && cause !== '' ? cause : 'unknown',
    modules: strings(read(input, mapping.modules)),
    recovered: read(input, mapping.recovered) === true,
    createdAt,
    closedAt: instant(read(input, mapping.closedAt)),
    slaBreaches: count(read(input, mapping.slaBreaches)),
    escalations: count(read(input, mapping.escalations)),
    signals: strings(read(input, mapping.signals)),
    terms: strings(read(input, mapping.terms)),
  };
}
