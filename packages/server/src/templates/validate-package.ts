import * as runtime from '@siteflow/runtime';
import type { FlowDefinition, Issue, Message } from '@siteflow/runtime';
import { templateMessage } from './messages.js';
import { resolvePackage, slaTarget } from './resolve.js';
import { validateRulePart, validateRiskLibraryPart, validateDictionaryPart, validateReportPart, type PartContext } from './validate-parts.js';
import type { PackageIssue, PackagePart, PublishOverrides, TemplatePackage } from './types.js';

/** What a package is validated against: the roles a project can have and the legal document packages that exist. */
export interface ValidatePackageOptions {
  readonly roles: readonly string[];
  readonly documentPackages: readonly string[];
}

function fromIssues(file: string, issues: readonly Issue[]): PackageIssue[] {
  return issues.map((i) => ({ code: i.code, message: i.message as Message, file, ...(i.path ? { path: i.path } : {}), ...(i.nodeId ? { nodeId: i.nodeId } : {}) }));
}

function duplicates(kind: string, parts: readonly PackagePart[]): PackageIssue[] {
  const seen = new Set<string>();
  const out: PackageIssue[] = [];
  for (const p of parts) {
    if (seen.has(p.key)) out.push({ code: 'TPL_DUPLICATE_KEY', message: templateMessage('TPL_DUPLICATE_KEY', { kind, key: p.key }), file: p.file });
    seen.add(p.key);
  }
  return out;
}

/**
 * Returns every problem of a loaded package: each form through the runtime's
 * validateFormDefinition, each flow through validateFlow (against its form and the roles),
 * rules, risk libraries, keyword dictionaries and reports through their checks, and the
 * manifest's cross references (documents, overridable roles and SLAs, settings), after applying
 * a project's `overrides`. Pure; empty when the package can be published.
 */
export function validateTemplatePackage(raw: TemplatePackage, options: ValidatePackageOptions, overrides: PublishOverrides = {}): PackageIssue[] {
  const { pkg, issues } = resolvePackage(raw, overrides, options.roles);
  const m = pkg.manifest;
  issues.push(...duplicates('forms', pkg.forms), ...duplicates('flows', pkg.flows), ...duplicates('rules', pkg.rules));
  issues.push(...duplicates('riskLibraries', pkg.riskLibraries), ...duplicates('keywordDictionaries', pkg.keywordDictionaries), ...duplicates('reports', pkg.reports));

  for (const f of pkg.forms) issues.push(...fromIssues(f.file, runtime.validateFormDefinition(f.body)));

  const forms = new Map(pkg.forms.map((f) => [f.key, f.body]));
  for (const f of pkg.flows) {
    const flow = f.body as unknown as FlowDefinition;
    const form = forms.get(flow.formKey);
    if (!form) issues.push({ code: 'TPL_UNKNOWN_FORM', message: templateMessage('TPL_UNKNOWN_FORM', { flow: f.key, form: String(flow.formKey) }), file: f.file });
    issues.push(...fromIssues(f.file, runtime.validateFlow(flow, { ...(form ? { form: form as never } : {}), roles: options.roles })));
    for (const node of flow.nodes ?? []) {
      for (const step of node.kind === 'action' ? node.steps : []) {
        if (step.kind === 'generateDocuments' && !m.documents.some((d) => d.key === step.packageKey)) {
          issues.push({ code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: '文书包', whatEn: 'Document package', key: step.packageKey, file: f.file }), file: f.file, nodeId: node.id });
        }
        if (step.kind === 'startFlow' && !pkg.flows.some((x) => x.key === step.flowKey)) {
          issues.push({ code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: '流程', whatEn: 'Flow', key: step.flowKey, file: f.file }), file: f.file, nodeId: node.id });
        }
      }
      if (node.kind === 'subflow' && !pkg.flows.some((x) => x.key === node.flowKey)) {
        issues.push({ code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: '子流程', whatEn: 'Sub-flow', key: node.flowKey, file: f.file }), file: f.file, nodeId: node.id });
      }
    }
  }

  const ctx: PartContext = { pkg, roles: options.roles, forms };
  for (const r of pkg.rules) issues.push(...validateRulePart(r, ctx));
  for (const l of pkg.riskLibraries) issues.push(...validateRiskLibraryPart(l, ctx));
  for (const d of pkg.keywordDictionaries) issues.push(...validateDictionaryPart(d));
  for (const r of pkg.reports) issues.push(...validateReportPart(r, ctx));

  for (const d of m.documents) {
    if (!options.documentPackages.includes(d.key)) issues.push({ code: 'TPL_UNKNOWN_DOCUMENT', message: templateMessage('TPL_UNKNOWN_DOCUMENT', { key: d.key }), file: 'manifest.json', path: 'documents' });
  }
  for (const r of m.overridable.roles) {
    if (!options.roles.includes(r.role)) issues.push({ code: 'TPL_UNKNOWN_ROLE', message: templateMessage('TPL_UNKNOWN_ROLE', { role: r.role, allowed: options.roles.join(', ') }), file: 'manifest.json', path: 'overridable.roles' });
  }
  for (const s of m.overridable.slas) {
    const actual = slaTarget(pkg, s);
    const target = s.flow ? `${s.flow}${s.node ? `#${s.node}` : ''}` : `${s.rule ?? '?'}#${s.action ?? 0}`;
    if (!actual) issues.push({ code: 'TPL_SLA_TARGET', message: templateMessage('TPL_SLA_TARGET', { key: s.key, target }), file: 'manifest.json', path: `overridable.slas.${s.key}` });
    else if (!overrides.slas?.[s.key] && (actual.amount !== s.default.amount || actual.unit !== s.default.unit)) {
      issues.push({ code: 'TPL_SLA_DEFAULT', message: templateMessage('TPL_SLA_DEFAULT', { key: s.key, declared: `${s.default.amount} ${s.default.unit}`, actual: `${actual.amount} ${actual.unit}` }), file: 'manifest.json', path: `overridable.slas.${s.key}` });
    }
  }
  for (const link of m.externalLinks ?? []) {
    const flow = pkg.flows.find((f) => f.key === link.flow)?.body as unknown as FlowDefinition | undefined;
    const node = flow?.nodes.find((n) => n.id === link.node);
    if (!flow || !node || node.kind !== 'task') {
      issues.push({ code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: '外部链接步骤', whatEn: 'External link step', key: `${link.flow}#${link.node}`, file: 'manifest.json' }), file: 'manifest.json', path: 'externalLinks' });
      continue;
    }
    const props = (forms.get(flow.formKey) as { schema?: { properties?: Record<string, unknown> } } | undefined)?.schema?.properties ?? {};
    for (const field of [link.contactField, ...link.fields]) {
      if (!(field.split('.')[0]! in props)) issues.push({ code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: '字段', whatEn: 'Field', key: field, file: 'manifest.json' }), file: 'manifest.json', path: 'externalLinks' });
    }
  }
  return issues;
}
