import { Router, type Request } from 'express';
import type { FormDefinition } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { authenticate } from '../auth/session-service.js';
import { ApiError, apiIssue } from '../http/api-error.js';
import { recordService } from '../services/record-service.js';
import { publishedForm } from '../services/form-versions.js';
import { projectService } from '../services/project-service.js';
import { recordEvent } from '../services/audit.js';
import { groupCommitOf } from '../db/group-commit.js';
import { exportFields, recordsToXlsx, type ExportLang, type ExportRecord } from './records-xlsx.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Most rows one export holds (a tracking table of one project stays far below). */
export const MAX_EXPORT_ROWS = 20_000;
const PAGE = 200;
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_.]{0,99}$/;
const QUERY_NAMES = new Set(['form', 'q', 'filter', 'sort', 'columns', 'lang']);

function str(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Returns the sensitive exported columns that hold a value in clear in some row, and how many rows
 * do (a row the caller sees masked lists its sensitive paths in `masked`). Pure.
 */
function clearSensitiveColumns(definition: FormDefinition, columns: readonly string[], rows: readonly (ExportRecord & { masked: readonly string[] })[]): { fields: string[]; rows: number } {
  const sensitive = exportFields(definition, columns).filter((f) => f.sensitivity).map((f) => f.path);
  const fields = new Set<string>();
  let count = 0;
  for (const r of rows) {
    const clear = sensitive.filter((path) => !r.masked.includes(path) && r.data[path] !== undefined && r.data[path] !== null && r.data[path] !== '');
    clear.forEach((path) => fields.add(path));
    if (clear.length > 0) count += 1;
  }
  return { fields: sensitive.filter((path) => fields.has(path)), rows: count };
}

/**
 * Returns the express router of tracking-table exports, to mount under `/api`:
 * - GET /projects/:projectId/exports/records.xlsx?form=&q=&filter=&sort=&columns=a,b&lang=zh
 * The rows come from the records service with the caller's role, so the workbook holds exactly
 * what the API shows: the same filters, search and sort, and the same masking (138****1234).
 * An export holding personal data in clear writes a `records.exported` audit event.
 */
export function createExportsRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/projects/:projectId/exports/records.xlsx', async (req, res) => {
    const user = authenticate(ctx, req);
    if (!user) throw new ApiError('AUTH_REQUIRED');
    const projectId = String(req.params.projectId ?? '');
    // As the records list: a misspelt parameter is refused, not silently ignored (an export without the filter meant).
    const unknown = Object.keys(req.query as object).find((name) => !QUERY_NAMES.has(name));
    if (unknown) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_UNKNOWN', { field: unknown }, `query.${unknown}`)]);
    const form = str(req, 'form');
    if (!form || !KEY.test(form)) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_REQUIRED', { field: 'form' }, 'query.form')]);
    const columns = (str(req, 'columns') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    const bad = columns.find((c) => !FIELD.test(c));
    if (bad) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'columns', detail: bad }, 'query.columns')]);
    const lang: ExportLang = str(req, 'lang') === 'en' ? 'en' : 'zh';
    const q = str(req, 'q');
    const filter = str(req, 'filter');
    const sort = str(req, 'sort');
    // 1. read every page through the service (tenancy, validation and masking included) and, when
    // the workbook holds personal data in clear, audit it in the same transaction (fields and row
    // counts only, never the values)
    // the columns and labels of the latest published form
    const definition = publishedForm(ctx, projectId, form).definition as unknown as FormDefinition;
    const { value: rows, committed } = groupCommitOf(ctx).run(() => {
      const read: (ExportRecord & { masked: readonly string[] })[] = [];
      for (let page = 1; read.length < MAX_EXPORT_ROWS; page += 1) {
        const result = recordService.list(ctx, user, projectId, { form, page, pageSize: PAGE, ...(q ? { q: q.slice(0, 100) } : {}), ...(filter ? { filter } : {}), ...(sort ? { sort } : {}) });
        read.push(...result.items);
        if (result.items.length < PAGE || read.length >= result.total) break;
      }
      const kept = read.slice(0, MAX_EXPORT_ROWS);
      const clear = clearSensitiveColumns(definition, columns, kept);
      if (clear.rows > 0) recordEvent(ctx, { projectId, type: 'records.exported', actorId: user.id, data: { formKey: form, rows: kept.length, clearRows: clear.rows, fields: clear.fields } });
      return kept;
    });
    await committed;
    // 2. the workbook's title
    const title = typeof definition.name === 'object' ? (definition.name[lang] || definition.name.zh) : form;
    // 3. people by name and role, as the record page shows them
    const people = new Map(projectService.members(ctx, user, projectId).map((m) => [m.userId, m]));
    const bytes = await recordsToXlsx(definition, rows, { columns, lang, title, people });
    res.setHeader('Cache-Control', 'no-store');
    res.attachment(`${title}-${lang === 'zh' ? '追踪表' : 'tracking'}.xlsx`).type(XLSX_MIME).send(bytes);
  });
  return router;
}
