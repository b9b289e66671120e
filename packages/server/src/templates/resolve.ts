import type { Duration } from '@siteflow/runtime';
import { templateMessage } from './messages.js';
import type { OverridableSla, PackageIssue, PackagePart, PublishOverrides, TemplatePackage } from './types.js';

const SETTING = /\{\{settings\.([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

/** Returns a deep copy of a JSON value with `fn` applied to every object (children first). Pure. */
function mapJson(value: unknown, fn: (obj: Record<string, unknown>) => Record<string, unknown>, onString: (s: string) => string): unknown {
  if (typeof value === 'string') return onString(value);
  if (Array.isArray(value)) return value.map((v) => mapJson(v, fn, onString));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapJson(v, fn, onString);
    return fn(out);
  }
  return value;
}

/** Returns the duration an overridable SLA points at in a (resolved) package, or null. Pure. */
export function slaTarget(pkg: TemplatePackage, sla: OverridableSla): Duration | null {
  if (sla.flow) {
    const flow = pkg.flows.find((f) => f.key === sla.flow)?.body as { nodes?: { id: string; sla?: { duration: Duration } }[]; deadline?: { duration: Duration } } | undefined;
    if (!flow) return null;
    if (!sla.node) return flow.deadline?.duration ?? null;
    return flow.nodes?.find((n) => n.id === sla.node)?.sla?.duration ?? null;
  }
  if (sla.rule) {
    const rule = pkg.rules.find((r) => r.key === sla.rule)?.body as { actions?: { due?: Duration }[] } | undefined;
    return rule?.actions?.[sla.action ?? 0]?.due ?? null;
  }
  return null;
}

function setSla(pkg: TemplatePackage, sla: OverridableSla, duration: Duration): TemplatePackage {
  const patch = (parts: readonly PackagePart[], key: string, edit: (body: Record<string, any>) => Record<string, unknown>) =>
    parts.map((p) => (p.key === key ? { ...p, body: edit(p.body as Record<string, any>) } : p));
  if (sla.flow) {
    return {
      ...pkg,
      flows: patch(pkg.flows, sla.flow, (f) => (sla.node
        ? { ...f, nodes: f.nodes.map((n: Record<string, any>) => (n.id === sla.node && n.sla ? { ...n, sla: { ...n.sla, duration } } : n)) }
        : f.deadline ? { ...f, deadline: { ...f.deadline, duration } } : f)),
    };
  }
  if (sla.rule) {
    const index = sla.action ?? 0;
    return { ...pkg, rules: patch(pkg.rules, sla.rule, (r) => ({ ...r, actions: r.actions.map((a: Record<string, unknown>, i: number) => (i === index ? { ...a, due: duration } : a)) })) };
  }
  return pkg;
}

/**
 * Returns the package with each rule's `risk.library` given as a library key replaced by that
 * risk library of the package (the runtime's Rule embeds the library). Unknown keys stay as
 * they are, for validation to report. Pure.
 */
export function linkRiskLibraries(pkg: TemplatePackage): TemplatePackage {
  const libraries = new Map(pkg.riskLibraries.map((l) => [l.key, l.body]));
  const rules = pkg.rules.map((r) => {
    const risk = (r.body as { risk?: { library?: unknown } }).risk;
    if (!risk || typeof risk.library !== 'string' || !libraries.has(risk.library)) return r;
    return { ...r, body: { ...r.body, risk: { ...risk, library: libraries.get(risk.library) } } };
  });
  return { ...pkg, rules };
}

/**
 * Returns the package as a project gets it: `{{settings.x}}` filled (override, else default),
 * roles renamed and SLAs replaced per `overrides`, plus the problems with the overrides. Pure;
 * the input is not modified. `knownRoles` are the roles a project can have.
 */
export function resolvePackage(pkg: TemplatePackage, overrides: PublishOverrides = {}, knownRoles: readonly string[] = []): { pkg: TemplatePackage; issues: PackageIssue[] } {
  const issues: PackageIssue[] = [];
  const m = pkg.manifest;
  const settings = new Map((m.settings ?? []).map((s) => [s.key, s]));
  for (const [key, value] of Object.entries(overrides.settings ?? {})) {
    const s = settings.get(key);
    if (!s) issues.push({ code: 'TPL_OVERRIDE_UNKNOWN', message: templateMessage('TPL_OVERRIDE_UNKNOWN', { key, allowed: [...settings.keys()].join(', ') || '-' }), file: 'manifest.json', path: `settings.${key}` });
    else if (s.type === 'url' && !/^https?:\/\/\S+$/.test(value)) issues.push({ code: 'TPL_SETTING_INVALID', message: templateMessage('TPL_SETTING_INVALID', { key, value }), file: 'manifest.json', path: `settings.${key}` });
  }
  const allowedRoles = new Set(m.overridable.roles.map((r) => r.role));
  const roleMap = new Map<string, string>();
  for (const [from, to] of Object.entries(overrides.roles ?? {})) {
    if (!allowedRoles.has(from)) {
      issues.push({ code: 'TPL_OVERRIDE_UNKNOWN', message: templateMessage('TPL_OVERRIDE_UNKNOWN', { key: from, allowed: [...allowedRoles].join(', ') || '-' }), file: 'manifest.json', path: `roles.${from}` });
    } else if (knownRoles.length > 0 && !knownRoles.includes(to)) {
      issues.push({ code: 'TPL_UNKNOWN_ROLE', message: templateMessage('TPL_UNKNOWN_ROLE', { role: to, allowed: knownRoles.join(', ') }), file: 'manifest.json', path: `roles.${from}` });
    } else roleMap.set(from, to);
  }
  const slas = new Map(m.overridable.slas.map((s) => [s.key, s]));
  for (const [key, d] of Object.entries(overrides.slas ?? {})) {
    if (!slas.has(key)) issues.push({ code: 'TPL_OVERRIDE_UNKNOWN', message: templateMessage('TPL_OVERRIDE_UNKNOWN', { key, allowed: [...slas.keys()].join(', ') || '-' }), file: 'manifest.json', path: `slas.${key}` });
    else if (!(d.amount > 0)) issues.push({ code: 'TPL_OVERRIDE_DURATION', message: templateMessage('TPL_OVERRIDE_DURATION', { key }), file: 'manifest.json', path: `slas.${key}` });
  }

  const rewrite = (part: PackagePart): PackagePart => {
    const onString = (s: string) => s.replace(SETTING, (whole, key: string) => {
      const setting = settings.get(key);
      if (!setting) {
        issues.push({ code: 'TPL_SETTING_UNKNOWN', message: templateMessage('TPL_SETTING_UNKNOWN', { key, file: part.file }), file: part.file });
        return whole;
      }
      return overrides.settings?.[key] ?? setting.default;
    });
    const onObject = (o: Record<string, unknown>) => (o.kind === 'role' && typeof o.role === 'string' && roleMap.has(o.role) ? { ...o, role: roleMap.get(o.role) } : o);
    return { ...part, body: mapJson(part.body, onObject, onString) as Record<string, unknown> };
  };
  let out: TemplatePackage = {
    manifest: m,
    forms: pkg.forms.map(rewrite), flows: pkg.flows.map(rewrite), rules: pkg.rules.map(rewrite),
    riskLibraries: pkg.riskLibraries.map(rewrite), keywordDictionaries: pkg.keywordDictionaries.map(rewrite), reports: pkg.reports.map(rewrite),
  };
  for (const [key, d] of Object.entries(overrides.slas ?? {})) {
    const sla = slas.get(key);
    if (sla && d.amount > 0) out = setSla(out, sla, d);
  }
  return { pkg: linkRiskLibraries(out), issues };
}
