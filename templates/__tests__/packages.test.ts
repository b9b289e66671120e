import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { roleKeys } from '../../packages/server/src/index.js';
import {
  documentPackageKeys, loadTemplatePackage, packageFolders, validateTemplatePackage,
} from '../../packages/server/src/templates/index.js';

// CI validates every shipped template package through the runtime's meta-schemas and checks.
const folders = packageFolders();
const documents = documentPackageKeys();

describe('shipped template packages', () => {
  it('ships the seven packages of the seeds', () => {
    expect(folders.map((f) => basename(f))).toEqual([
      'cancellation-tracking', 'cancellation-work-order', 'communication-sentiment', 'daily-sentiment-patrol',
      'followup-risk', 'loan-prescreen', 'school-district-cancellation',
    ]);
    expect(documents).toContain('termination-package');
  });

  for (const folder of folders) {
    it(`${basename(folder)} loads and validates with zero issues`, () => {
      const { pkg, issues } = loadTemplatePackage(folder);
      expect(issues).toEqual([]);
      expect(pkg!.manifest.key).toBe(basename(folder));
      expect(validateTemplatePackage(pkg!, { roles: roleKeys, documentPackages: documents })).toEqual([]);
    });
  }
});

describe('manifest JSON Schema', () => {
  it('templates/manifest.schema.json is the schema the loader checks manifests with', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { defaultTemplatesDir, templateManifestSchema } = await import('../../packages/server/src/templates/index.js');
    expect(JSON.parse(readFileSync(join(defaultTemplatesDir(), 'manifest.schema.json'), 'utf8'))).toEqual(templateManifestSchema);
  });
});
