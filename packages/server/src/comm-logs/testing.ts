// Test helper (server tests and the browser tests): an import file written with exceljs, the library
// the import reads XLSX with, so a test's spreadsheet is what Excel or WPS would save.
import ExcelJS from 'exceljs';

/**
 * Returns an .xlsx file whose first sheet (沟通记录) holds `rows` in order: the header row first.
 * A `Date` cell is a spreadsheet date-time.
 */
export async function commLogXlsx(rows: readonly (readonly (string | number | Date)[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('沟通记录');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
