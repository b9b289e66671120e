import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** Returns the plain text of a DOCX body (what Word shows, without layout). */
export function docxText(bytes: Uint8Array): string {
  return new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true }).getFullText();
}

/** Returns a one-paragraph DOCX holding `lines` (used to build uploads with chosen placeholders). */
export async function docxWith(...lines: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
