import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { issue, SiteflowError, type Issue } from '@siteflow/runtime';
import { columnOfHeader, commLogColumns, type CommLogColumn, type RowRef } from './rows.js';

/** A raw row of an import file with its spreadsheet line number. */
export interface ImportRow {
  readonly raw: Record<string, unknown>;
  readonly ref: RowRef;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Returns the rows of an uploaded CSV (UTF-8, with or without BOM) or XLSX (first sheet), keyed by
 * column (zh or en headers). Throws COMMLOG_FILE_UNREADABLE / COMMLOG_COLUMN_MISSING (400).
 */
export async function readImportFile(bytes: Buffer): Promise<ImportRow[]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      if (text.includes('\uFFFD')) throw new Error('not UTF-8 text');
      // Keep every cell as text: times and ids are parsed by our own validation, not guessed.
      sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value, parserOptions: { trim: true } });
    }
  } catch (err) {
    throw new SiteflowError('COMMLOG_FILE_UNREADABLE', { detail: (err as Error).message, detailEn: (err as Error).message });
  }
  if (!sheet || sheet.rowCount === 0) throw new SiteflowError('COMMLOG_FILE_UNREADABLE', { detail: '文件为空', detailEn: 'the file is empty' });
  const header = sheet.getRow(1);
  const columns = new Map<number, CommLogColumn>();
  header.eachCell((cell, col) => {
    const key = columnOfHeader(cellText(cell.value));
    if (key) columns.set(col, key);
  });
  const missing: Issue[] = (Object.keys(commLogColumns) as CommLogColumn[])
    .filter((c) => commLogColumns[c].required && ![...columns.values()].includes(c))
    .map((c) => issue('COMMLOG_COLUMN_MISSING', { column: `${commLogColumns[c].zh} / ${c}` }, { path: `header.${c}` }));
  if (missing.length) throw new SiteflowError('COMMLOG_IMPORT_INVALID', { count: missing.length }, missing);
  const rows: ImportRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const raw: Record<string, unknown> = {};
    let any = false;
    for (const [col, key] of columns) {
      const v = row.getCell(col).value;
      // Spreadsheet times carry no zone: exceljs reads them as UTC, so keep the wall-clock text (site local time).
      const value = v instanceof Date ? v.toISOString().slice(0, 19).replace('T', ' ') : v === null || v === undefined ? undefined : cellText(v);
      if (value !== undefined && value !== '') any = true;
      raw[key] = value;
    }
    if (any) rows.push({ raw, ref: { row: line, pathPrefix: `row ${line}` } });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString();
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
  }
  return String(value);
}
