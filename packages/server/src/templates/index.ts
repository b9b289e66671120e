// Template packages 模板包: format, loading, validation, overrides and publishing to projects.
export type {
  DocumentRef, ExternalLinkStep, OverridableRole, OverridableSla, PackageIssue, PackagePart, PackageSetting,
  PublishOverrides, TemplateManifest, TemplatePackage,
} from './types.js';
export { PartKind } from './types.js';
export { templateManifestSchema, manifestSchemaErrors } from './manifest-schema.js';
export { loadTemplatePackage, packageFolders, documentPackageKeys, defaultTemplatesDir, type LoadResult } from './loader.js';
export { resolvePackage, slaTarget } from './resolve.js';
export { validateTemplatePackage, type ValidatePackageOptions } from './validate-package.js';
export { templateMessages, templateMessage, type TemplateCode } from './messages.js';
export { linkRiskLibraries } from './resolve.js';
export { directoryTemplateSource, memoryTemplateSource, findPackage, type TemplateSource, type AvailablePackage } from './source.js';
export {
  publishTemplatePackage, installedPackage, upsertVersion, InstalledKind, TemplateError,
  type InstallRecord, type InstalledDefinition, type ProjectPublishResult, type PublishActor, type PublishInput,
} from './publish-service.js';
export { listTemplatePackages } from './list-service.js';
export { templateRoutes } from './routes.js';
export { createTemplatesRouter, type TemplatesRouterDeps } from './router.js';
export { runTemplatesCommand, parseDuration } from './cli.js';
export { addDictionaryTerms, projectDictionary, mergeTerms, type NewTerm } from './dictionary-terms.js';
