// Regenerates the legal DOCX templates from their source in
// packages/server/src/documents/authoring. Run from the repository root:
//   pnpm exec tsx templates/legal-documents/scripts/build-templates.ts
// Legal may edit the .docx files in Word afterwards; this script overwrites such edits, so run it
// only when the source changes (and re-apply Word edits there).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLegalTemplates } from '../../../packages/server/src/documents/authoring/index.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'documents');
for (const [name, bytes] of Object.entries(await buildLegalTemplates())) {
  writeFileSync(join(outDir, name), bytes);
  process.stderr.write(`wrote ${join('templates/legal-documents/documents', name)} (${bytes.length} bytes)\n`);
}
