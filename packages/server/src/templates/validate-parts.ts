import { validateCondition, validateDictionary, validateRule, type Condition, type Issue, type KeywordDictionary, type Message, type Rule } from '@siteflow/runtime';
import { templateMessage } from './messages.js';
import type { PackageIssue, PackagePart, TemplatePackage } from './types.js';

/** What part checks look things up in. */
export interface PartContext {
  readonly pkg: TemplatePackage;
  readonly roles: readonly string[];
  readonly forms: ReadonlyMap<string, Record<string, unknown>>;
}

function problem(file: string, detail: Message, path?: string): PackageIssue {
  return { code: 'TPL_PART_INVALID', message: templateMessage('TPL_PART_INVALID', { file, detail: detail.zh, detailEn: detail.en }), file, ...(path ? { path } : {}) };
}

function unknownRef(file: string, what: Message, key: string, path: string): PackageIssue {
  return { code: 'TPL_UNKNOWN_REF', message: templateMessage('TPL_UNKNOWN_REF', { what: what.zh, whatEn: what.en, key, file }), file, path };
}

function fromIssues(file: string, issues: readonly Issue[], prefix = ''): PackageIssue[] {
  return issues.map((i) => ({ code: i.code, message: i.message as Message, file, ...(i.path || prefix ? { path: `${prefix}${i.path ?? ''}` } : {}) }));
}

function isMessage(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as Message).zh === 'string' && typeof (v as Message).en === 'string' && (v as Message).zh !== '';
}

function fieldsOf(form: Record<string, unknown> | undefined): Set<string> {
  const props = (form?.schema as { properties?: Record<string, { properties?: Record<string, unknown> }> } | undefined)?.properties ?? {};
  const out = new Set<string>();
  for (const [k, v] of Object.entries(props)) {
    out.add(k);
    for (const sub of Object.keys(v.properties ?? {})) out.add(`${k}.${sub}`);
  }
  return out;
}

/**
 * Returns the problems of one rule (runtime `Rule`): its form and the flows it starts exist in
 * the package, its risk library was linked, then the runtime's validateRule against the form
 * and the roles. Pure.
 */
export function validateRulePart(part: PackagePart, ctx: PartContext): PackageIssue[] {
  const rule = part.body as unknown as Rule;
  const f = part.file;
  const out: PackageIssue[] = [];
  if (!isMessage(rule.name)) out.push(problem(f, { zh: '规则需要中英文名称 name', en: 'a rule needs a name { zh, en }' }, 'name'));
  if (!rule.trigger || !Array.isArray(rule.actions)) return [...out, problem(f, { zh: '规则需要 trigger 和 actions', en: 'a rule needs a trigger and actions' })];
  const form = rule.formKey ? ctx.forms.get(rule.formKey) : undefined;
  if (rule.formKey && !form) out.push(unknownRef(f, { zh: '表单', en: 'Form' }, rule.formKey, 'formKey'));
  rule.actions.forEach((a, i) => {
    if (a.kind === 'startFlow' && !ctx.pkg.flows.some((x) => x.key === a.flowKey)) out.push(unknownRef(f, { zh: '流程', en: 'Flow' }, a.flowKey, `actions.${i}.flowKey`));
  });
  if (rule.risk && typeof rule.risk.library !== 'object') {
    return [...out, unknownRef(f, { zh: '风险库', en: 'Risk library' }, String(rule.risk.library), 'risk.library')];
  }
  out.push(...fromIssues(f, validateRule(rule, { ...(form ? { form: form as never } : {}), roles: ctx.roles })));
  return out;
}

/** Returns the problems of a risk library (runtime `RiskLibrary`): signals, weights, conditions over its form, levels. Pure. */
export function validateRiskLibraryPart(part: PackagePart, ctx: PartContext): PackageIssue[] {
  const l = part.body as { name?: unknown; formKey?: string; signals?: { key?: string; label?: unknown; weight?: unknown; condition?: unknown }[]; levels?: { key?: string; label?: unknown; minIndex?: unknown; minSignals?: unknown }[] };
  const f = part.file;
  const out: PackageIssue[] = [];
  if (!isMessage(l.name)) out.push(problem(f, { zh: '风险库需要中英文名称', en: 'a risk library needs a name { zh, en }' }, 'name'));
  const form = l.formKey ? ctx.forms.get(l.formKey) : undefined;
  if (l.formKey && !form) out.push(unknownRef(f, { zh: '表单', en: 'Form' }, l.formKey, 'formKey'));
  const fields = fieldsOf(form);
  const known = form ? (p: string) => fields.has(p) || fields.has(p.split('.')[0]!) : undefined;
  if (!Array.isArray(l.signals) || l.signals.length === 0) out.push(problem(f, { zh: '风险库需要至少一个信号', en: 'a risk library needs at least one signal' }, 'signals'));
  const keys = new Set<string>();
  (l.signals ?? []).forEach((s, i) => {
    if (!s.key || keys.has(s.key) || !isMessage(s.label) || typeof s.weight !== 'number' || s.weight <= 0) {
      out.push(problem(f, { zh: '信号需要唯一 key、中英文 label 和正数权重 weight', en: 'a signal needs a unique key, a label { zh, en } and a positive weight' }, `signals.${i}`));
    }
    if (s.key) keys.add(s.key);
    if (s.condition !== undefined) out.push(...fromIssues(f, validateCondition(s.condition as Condition, known), `signals.${i}.condition.`));
  });
  if (!Array.isArray(l.levels) || l.levels.length === 0) out.push(problem(f, { zh: '风险库需要至少一个等级', en: 'a risk library needs at least one level' }, 'levels'));
  (l.levels ?? []).forEach((lv, i) => {
    const bound = typeof lv.minIndex === 'number' || typeof lv.minSignals === 'number';
    if (!lv.key || !isMessage(lv.label) || !bound) out.push(problem(f, { zh: '等级需要 key、label 以及 minIndex 或 minSignals', en: 'a level needs a key, a label and minIndex or minSignals' }, `levels.${i}`));
  });
  return out;
}

/** Returns the problems of a keyword dictionary (runtime `KeywordDictionary`) through the runtime's validateDictionary. Pure. */
export function validateDictionaryPart(part: PackagePart): PackageIssue[] {
  const d = part.body as unknown as KeywordDictionary;
  const out: PackageIssue[] = [];
  if (!isMessage(d.name)) out.push(problem(part.file, { zh: '词典需要中英文名称', en: 'a dictionary needs a name { zh, en }' }, 'name'));
  if (!Array.isArray(d.entries) || d.entries.length === 0) return [...out, problem(part.file, { zh: '词典需要至少一个词语', en: 'a dictionary needs at least one term' }, 'entries')];
  return [...out, ...fromIssues(part.file, validateDictionary(d))];
}

/**
 * Returns the problems of a report definition: its form exists and the fields its dimensions
 * and measures read are fields of it. Pure.
 */
export function validateReportPart(part: PackagePart, ctx: PartContext): PackageIssue[] {
  const r = part.body as { name?: unknown; formKey?: string; dimensions?: { key?: string; field?: string }[]; measures?: { key?: string; field?: string }[] };
  const f = part.file;
  const out: PackageIssue[] = [];
  if (!isMessage(r.name)) out.push(problem(f, { zh: '报表需要中英文名称', en: 'a report needs a name { zh, en }' }, 'name'));
  const form = r.formKey ? ctx.forms.get(r.formKey) : undefined;
  if (!form) return [...out, unknownRef(f, { zh: '表单', en: 'Form' }, String(r.formKey), 'formKey')];
  const fields = fieldsOf(form);
  for (const [list, name] of [[r.dimensions, 'dimensions'], [r.measures, 'measures']] as const) {
    (list ?? []).forEach((x, i) => {
      if (x.field !== undefined && !fields.has(x.field) && !fields.has(x.field.split('.')[0]!)) {
        out.push(problem(f, { zh: `字段 ${x.field} 不在表单中`, en: `field ${x.field} is not in the form` }, `${name}.${i}.field`));
      }
    });
  }
  return out;
}
