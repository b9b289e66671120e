import ExcelJS from 'exceljs';

/** Returns the text of every cell of the first sheet, row by row, read back with exceljs (tests and checks). */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => { rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))); });
  return rows;
}
