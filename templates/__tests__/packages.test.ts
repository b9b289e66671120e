import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { roleKeys } from '../../packages/server/src/index.js';
import {
  documentPackageKeys, loadTemplatePackage, packageFolders, validateTemplatePackage,
} from '../../packages/server/src/templates/index.js';
import { validateSubmission, type FormDefinition } from '../../packages/runtime/src/index.js';

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

describe('the 退订工单 forms refuse impossible numbers, naming the field', () => {
  for (const name of ['cancellation-work-order', 'school-district-cancellation']) {
    it(`${name}: a 建筑面积 below 1 m² and a negative amount`, () => {
      const { pkg } = loadTemplatePackage(folders.find((f) => basename(f) === name)!);
      const form = pkg!.forms[0]!.body as unknown as FormDefinition;
      const issuesOf = (data: Record<string, unknown>) => { const r = validateSubmission(form, data); return r.ok ? {} : r.issues; };
      const refused = issuesOf({ area: -5, depositAmount: -1 });
      expect(refused.area?.map((i) => [i.code, i.message.zh])).toEqual([['FORM_TOO_SMALL', '「建筑面积」不能小于 1']]);
      expect(refused.depositAmount?.map((i) => i.code)).toEqual(['FORM_TOO_SMALL']);
      const fine = issuesOf({ area: 96.5, depositAmount: 800000 });
      expect([fine.area, fine.depositAmount]).toEqual([undefined, undefined]);
    });
  }
});
