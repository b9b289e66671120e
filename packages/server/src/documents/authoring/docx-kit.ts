// Building blocks for the legal DOCX templates: fonts, paragraph shapes and the signature table.
// Used by the template build script (templates/legal-documents/scripts) and the report DOCX export.
import {
  AlignmentType, BorderStyle, Document, Footer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ISectionOptions,
} from 'docx';

/** Body font: SimSun (宋体) for Chinese, Times New Roman for Latin; Word and LibreOffice substitute when absent. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' } as const;
/** 小四 (12 pt) body, 二号 (22 pt) title, in half-points as OOXML counts. */
const BODY_SIZE = 24;
const TITLE_SIZE = 44;
const LINE = 360; // 1.5 lines
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Returns a text run in the body font; `bold` for labels. */
export function run(text: string, options: { bold?: boolean; underline?: boolean } = {}): TextRun {
  return new TextRun({ text, font: BODY_FONT, size: BODY_SIZE, bold: options.bold, underline: options.underline ? {} : undefined });
}

/** Returns the centred document title. */
export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 360 },
    children: [new TextRun({ text, font: TITLE_FONT, size: TITLE_SIZE, bold: true })],
  });
}

/** Returns a right-aligned line such as the document number. */
export function rightLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120, line: LINE }, children: [run(text)] });
}

/** Returns a `label：value` line (party block), label in bold. */
export function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { line: LINE }, children: [run(`${label}：`, { bold: true }), run(value)] });
}

/** Returns a justified body paragraph with a two-character first-line indent (Chinese convention). */
export function body(...parts: readonly (string | TextRun)[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 480 },
    spacing: { line: LINE, after: 60 },
    children: parts.map((p) => (typeof p === 'string' ? run(p) : p)),
  });
}

/** Returns a paragraph without indent (salutation, headings inside the text). */
export function plain(text: string, options: { bold?: boolean; before?: number } = {}): Paragraph {
  return new Paragraph({ spacing: { line: LINE, before: options.before ?? 0, after: 60 }, children: [run(text, options)] });
}

/** Returns a paragraph holding only a docxtemplater loop tag; `paragraphLoop` removes it on render. */
export function loopTag(tag: string): Paragraph {
  return new Paragraph({ children: [run(tag)] });
}

/** Returns the clause heading of a `{#clauses}` loop, e.g. `第{no}条　{title}`. */
export function clauseHeading(text: string): Paragraph {
  return new Paragraph({ spacing: { line: LINE, before: 120 }, keepNext: true, children: [run(text, { bold: true })] });
}

function cell(paragraphs: readonly Paragraph[], widthPct: number, borders: boolean): TableCell {
  const border = borders ? undefined : { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: border, children: [...paragraphs], margins: { top: 60, bottom: 60, left: 100, right: 100 } });
}

/** Returns a borderless two-column signature block, one row per line pair so both parties' lines align. */
export function signatures(left: readonly string[], right: readonly string[]): Table {
  const line = (t: string | undefined) => [new Paragraph({ spacing: { line: LINE, before: 120 }, children: [run(t ?? '')] })];
  const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
    new TableRow({ children: [cell(line(left[i]), 50, false), cell(line(right[i]), 50, false)] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows,
  });
}

/** Returns a bordered table; the first row is the bold header. */
export function grid(rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, r) => new TableRow({
      tableHeader: r === 0,
      children: cells.map((text, c) => cell([new Paragraph({
        alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: r === 0 })],
      })], widths[c] ?? 0, true)),
    })),
  });
}

/** Returns an A4 document with the standard margins, a page-number footer and the given content. */
export function a4Document(meta: { title: string; description: string }, children: ISectionOptions['children']): Document {
  return new Document({
    creator: 'SiteFlow 案场流',
    title: meta.title,
    description: meta.description,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1700, right: 1700 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'], font: BODY_FONT, size: 18 }),
            ],
          })],
        }),
      },
      children,
    }],
  });
}
