import ExcelJS from 'exceljs';
import { Router } from 'express';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../context.js';
import { authenticate } from '../auth/session-service.js';
import { ApiError } from '../http/api-error.js';
import { parsePart } from '../http/validation.js';
import { Strict } from '../http/schemas.js';
import { eventsRepo } from '../repos/events-repo.js';
import { chinaDateTime, personText, type ExportLang } from '../exports/records-xlsx.js';
import { accessEntries, accessLogQuery, type AccessEntry, type AccessLogFilters } from '../services/personal-data-access-service.js';
import { accessLogWords, accessTypeLabels } from '../services/personal-data-access-texts.js';
import { AccessLogFilterQuery } from './personal-data-access-routes.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Most entries one workbook holds. */
export const MAX_ACCESS_LOG_ROWS = 20_000;
const Query = Strict({ ...AccessLogFilterQuery, lang: Type.Optional(Type.Union([Type.Literal('zh'), Type.Literal('en')])) });

/** Returns the text of the 内容/What cell of an entry: field labels, documents, rows in clear. Pure. */
export function accessWhatText(e: AccessEntry, lang: ExportLang): string {
  const words = accessLogWords[lang];
  const sep = lang === 'zh' ? '、' : ', ';
  const parts = [e.fields.map((f) => f.label[lang] || f.label.zh).join(sep)];
  if (e.documents.length) parts.push(`${words.documents}: ${e.documents.join(sep)}`);
  if (e.rows !== null) parts.push(words.rows.replace('{n}', String(e.rows)));
  if (e.form?.name) parts.unshift(e.form.name[lang] || e.form.name.zh);
  return parts.filter(Boolean).join(lang === 'zh' ? '；' : '; ');
}

/** Returns the XLSX workbook of access-log entries in `lang` (exceljs), one row per entry, newest first. */
export async function accessLogToXlsx(entries: readonly AccessEntry[], lang: ExportLang): Promise<Buffer> {
  const words = accessLogWords[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SiteFlow 案场流';
  wb.title = words.sheet;
  const ws = wb.addWorksheet(words.sheet);
  ws.columns = [
    { header: words.at, key: 'at', width: 20 }, { header: words.who, key: 'who', width: 28 }, { header: words.project, key: 'project', width: 20 },
    { header: words.type, key: 'type', width: 24 }, { header: words.what, key: 'what', width: 40 }, { header: words.record, key: 'record', width: 32 },
  ];
  for (const e of entries) {
    ws.addRow({
      at: chinaDateTime(e.at, lang),
      who: e.actor.id ? personText(e.actor.id, new Map([[e.actor.id, { displayName: e.actor.name, roles: e.actor.roles }]]), lang) : '',
      project: e.project.name,
      type: accessTypeLabels[e.type][lang],
      what: accessWhatText(e, lang),
      record: e.record ? [e.record.title, e.record.id].filter(Boolean).join(' · ') : e.commLogId ?? '',
    });
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Returns the express router of the access-log download, to mount under `/api` (org admins only):
 * - GET /admin/personal-data-access.xlsx?projectId=&userId=&type=&from=&to=&lang=zh
 * Same filters and checks as GET /api/admin/personal-data-access; the rows hold no personal value.
 */
export function createPersonalDataAccessXlsxRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/admin/personal-data-access.xlsx', async (req, res) => {
    const user = authenticate(ctx, req);
    if (!user) throw new ApiError('AUTH_REQUIRED');
    if (!user.access.isAdmin) throw new ApiError('AUTH_FORBIDDEN');
    const { lang = 'zh', ...filters } = parsePart<AccessLogFilters & { lang?: ExportLang }>(Query, 'query', { ...(req.query as object) });
    const rows = eventsRepo.accessLogPage(ctx.db, accessLogQuery(ctx, user, filters), { limit: MAX_ACCESS_LOG_ROWS, offset: 0 });
    const bytes = await accessLogToXlsx(accessEntries(ctx, rows), lang);
    res.setHeader('Cache-Control', 'no-store');
    res.attachment(lang === 'zh' ? '个人信息访问记录.xlsx' : 'personal-data-access.xlsx').type(XLSX_MIME).send(bytes);
  });
  return router;
}
