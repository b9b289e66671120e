// Malformed requests for the module routers that are not in the OpenAPI document (raw uploads,
// downloads, the public external-link endpoints, reports), listed by hand from their route lists:
// files/files-router.ts, exports/exports-router.ts, external-links/routes.ts, comm-logs/routes.ts,
// documents/router.ts, wiring/documents-router.ts, reports/router.ts, routes/personal-data-access-xlsx.ts.
import { BAD_IDS, urlOf, type SweepCase } from './api-sweep-cases.js';

interface ModuleRoute {
  readonly method: SweepCase['method'];
  readonly path: string;
  readonly html?: boolean;
  /** Query of the path-param cases, so the path is what is wrong. */
  readonly query?: string;
  /** Code of the path-param cases (a signed link is refused as a whole: LINK_INVALID names the link, not a field). */
  readonly code?: string;
  /** Cases beyond the malformed path params. */
  readonly extra?: (url: string) => Omit<SweepCase, 'method' | 'url'>[];
}

const csv = (data: string) => ({ type: 'text/csv', data });
const month = (url: string) => [
  { name: 'month missing', field: 'month' },
  { name: 'month not YYYY-MM', query: "?month=2025-13'; drop table records; --", field: 'month' },
  { name: 'trend not a number', query: '?month=2025-12&trend=abc', field: 'trend' },
  { name: 'trend too large', query: '?month=2025-12&trend=1000', field: 'trend' },
].map(({ query = '', ...rest }) => ({ ...rest, url: `${url}${query}` }));

/** The module routers' operations and their own malformed inputs. */
export const moduleRoutes: readonly ModuleRoute[] = [
  {
    method: 'post', path: '/api/projects/{projectId}/files',
    extra: () => [
      { name: 'empty upload', raw: { type: 'application/octet-stream', data: '' } },
      { name: 'a script posing as an image', raw: { type: 'image/png', data: '<script>alert(1)</script>' } },
    ],
  },
  { method: 'get', path: '/api/projects/{projectId}/files/{id}', extra: () => [{ name: 'unknown file', notFoundOk: true }] },
  {
    method: 'get', path: '/api/projects/{projectId}/exports/records.xlsx', query: '?form=refund-request',
    extra: (url) => [
      { name: 'form missing', field: 'query.form' },
      { name: 'form SQL-looking', url: `${url}?form=${encodeURIComponent("x'; drop table records; --")}`, field: 'query.form' },
      { name: 'column SQL-looking', url: `${url}?form=refund-request&columns=${encodeURIComponent('a;drop table x')}`, field: 'query.columns' },
      { name: 'broken filter JSON', url: `${url}?form=refund-request&filter=%5B%7B`, field: 'query.filter' },
      { name: 'SQL-looking sort', url: `${url}?form=refund-request&sort=${encodeURIComponent('createdAt;drop table records')}`, field: 'query.createdAt;drop table records' },
      { name: 'form given twice', url: `${url}?form=refund-request&form=x`, field: 'query.form' },
      { name: 'unknown query parameter', url: `${url}?form=refund-request&zzUnknown=1`, field: 'query.zzUnknown' },
    ],
  },
  { method: 'get', path: '/api/external-links/{token}', code: 'LINK_INVALID' },
  {
    method: 'post', path: '/api/external-links/{token}', code: 'LINK_INVALID',
    extra: () => [
      { name: 'broken JSON', raw: { type: 'application/json', data: '{"data": {' } },
      { name: 'data is an array', json: { data: [1, 2], note: 42 }, notFoundOk: true },
    ],
  },
  { method: 'get', path: '/api/external-links/{token}/page', html: true, code: 'LINK_INVALID' },
  { method: 'post', path: '/api/external-links/{token}/page', html: true, code: 'LINK_INVALID', extra: () => [{ name: 'form fields of the wrong shape', raw: { type: 'application/x-www-form-urlencoded', data: 'f_x[a]=1&note[]=2' }, notFoundOk: true }] },
  {
    method: 'post', path: '/api/projects/{projectId}/comm-logs/import',
    extra: (url) => [
      { name: 'JSON instead of a file', json: { logs: [] } },
      { name: 'CSV without the needed columns', raw: csv('a,b\n1,2\n') },
      { name: 'CSV with a bad row', raw: csv('externalId,customerId,from,text,at\nm1,c1,nobody,hi,not-a-time\n') },
      { name: 'skipRows not a list of numbers', url: `${url}?skipRows=${encodeURIComponent('1;drop')}`, raw: csv('a\n1\n'), field: 'query.skipRows' },
      { name: 'not a CSV at all', raw: { type: 'application/octet-stream', data: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff]) } },
    ],
  },
  { method: 'get', path: '/api/projects/{projectId}/document-templates' },
  { method: 'get', path: '/api/projects/{projectId}/document-templates/{key}', extra: () => [{ name: 'unknown template', notFoundOk: true }] },
  { method: 'put', path: '/api/projects/{projectId}/document-templates/{key}', extra: () => [{ name: 'not a .docx', raw: { type: 'application/octet-stream', data: 'plain text' }, notFoundOk: true }] },
  { method: 'delete', path: '/api/projects/{projectId}/document-templates/{key}', extra: () => [{ name: 'unknown template', notFoundOk: true }] },
  { method: 'post', path: '/api/projects/{projectId}/records/{recordId}/documents', extra: () => [{ name: 'unknown record', notFoundOk: true }] },
  { method: 'get', path: '/api/projects/{projectId}/records/{recordId}/documents/{key}', extra: () => [{ name: 'unknown record', notFoundOk: true }] },
  { method: 'get', path: '/api/projects/{projectId}/records/{recordId}/documents', extra: () => [{ name: 'unknown record', notFoundOk: true }] },
  { method: 'get', path: '/api/projects/{projectId}/records/{recordId}/document-files/{id}', extra: () => [{ name: 'unknown file', notFoundOk: true }] },
  {
    method: 'get', path: '/api/admin/personal-data-access.xlsx',
    extra: (url) => [
      { name: 'from not a date', url: `${url}?from=${encodeURIComponent("2025-13-40'; drop table events; --")}`, field: 'query.from' },
      { name: 'to before from', url: `${url}?from=2025-12-10&to=2025-12-01`, field: 'query.to' },
      { name: 'unknown type', url: `${url}?type=everything`, field: 'query.type' },
      { name: 'unknown language', url: `${url}?lang=fr`, field: 'query.lang' },
      { name: 'unknown query parameter', url: `${url}?zzUnknown=1`, field: 'query.zzUnknown' },
      { name: 'a project of no organisation of mine', url: `${url}?projectId=prj_nowhere`, notFoundOk: true },
    ],
  },
  { method: 'get', path: '/api/projects/{projectId}/reports/cause-analysis', extra: month },
  { method: 'get', path: '/api/projects/{projectId}/reports/cause-analysis/export.xlsx', extra: month },
  { method: 'get', path: '/api/projects/{projectId}/reports/cause-analysis/export.docx', extra: month },
];

/** Returns the malformed requests of one module route: every path param broken, then its own cases. Pure. */
export function moduleCases(r: ModuleRoute): SweepCase[] {
  const url = urlOf(r.path);
  const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const html = r.html ? { html: true } : {};
  const expected = (param: string) => (r.code ? { code: r.code } : { field: `params.${param}`, notFoundOk: true });
  const broken = params.flatMap((param) => BAD_IDS.map(([label, value]): SweepCase => ({ name: `path ${param}: ${label}`, method: r.method, url: `${urlOf(r.path, { [param]: value })}${r.query ?? ''}`, ...expected(param), ...html })));
  return [...broken, ...(r.extra?.(url) ?? []).map((c): SweepCase => ({ method: r.method, url, ...html, ...c }))];
}
