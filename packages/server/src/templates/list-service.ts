import type { AppContext } from '../context.js';
import { roleKeys } from '../auth/roles.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { installedPackage } from './publish-service.js';
import type { TemplateSource } from './source.js';
import { validateTemplatePackage } from './validate-package.js';
import type { PackageIssue } from './types.js';

/**
 * Returns every available package version (newest first per key) with its parts, overridable
 * roles/SLAs, settings, validation issues, and which version each project of the organisation
 * has installed. Reads files and the database.
 */
export function listTemplatePackages(ctx: AppContext, source: TemplateSource, organisationId: string) {
  const projects = tenancyRepo.listProjects(ctx.db, tenancyRepo.projectsOfOrganisation(ctx.db, organisationId).map((p) => p.id));
  const documents = source.documentPackages();
  return source.list().map(({ pkg, loadIssues }) => {
    const m = pkg.manifest;
    const issues: PackageIssue[] = [...loadIssues, ...validateTemplatePackage(pkg, { roles: roleKeys, documentPackages: documents })];
    const installs = projects.flatMap((p) => {
      const found = installedPackage(ctx, p.id, m.key);
      return found ? [{ projectId: p.id, projectName: p.name, version: found.version, installedAt: found.installedAt, installedBy: found.installedBy, overrides: found.overrides }] : [];
    });
    return {
      key: m.key, version: m.version, name: m.name, description: m.description, category: m.category ?? null,
      parts: {
        forms: pkg.forms.map((p) => ({ key: p.key, name: p.body.name })), flows: pkg.flows.map((p) => ({ key: p.key, name: p.body.name })),
        rules: pkg.rules.map((p) => ({ key: p.key, name: p.body.name })), riskLibraries: pkg.riskLibraries.map((p) => ({ key: p.key, name: p.body.name })),
        keywordDictionaries: pkg.keywordDictionaries.map((p) => ({ key: p.key, name: p.body.name })), reports: pkg.reports.map((p) => ({ key: p.key, name: p.body.name })),
      },
      documents: m.documents, settings: m.settings ?? [], externalLinks: m.externalLinks ?? [], overridable: m.overridable,
      issues, installs,
    };
  });
}
