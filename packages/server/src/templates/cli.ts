import { parseArgs } from 'node:util';
import type { Duration } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { roleKeys } from '../auth/roles.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { loadAccess } from '../auth/access.js';
import { listTemplatePackages } from './list-service.js';
import { publishTemplatePackage, TemplateError, type ProjectPublishResult } from './publish-service.js';
import { directoryTemplateSource, findPackage, type TemplateSource } from './source.js';
import { validateTemplatePackage } from './validate-package.js';
import { templateMessage, type TemplateCode } from './messages.js';
import type { PublishOverrides } from './types.js';

const UNITS: Record<string, Duration['unit']> = { m: 'minutes', min: 'minutes', h: 'hours', wh: 'workingHours', d: 'days', wd: 'workingDays' };

/** Parses `12h`, `15m`, `3wd`, `2d`, `8wh` into a Duration, or null. Pure. */
export function parseDuration(text: string): Duration | null {
  const match = /^(\d+(?:\.\d+)?)(m|min|h|wh|d|wd)$/.exec(text.trim());
  return match ? { amount: Number(match[1]), unit: UNITS[match[2]!]! } : null;
}

const both = (code: TemplateCode, params: Record<string, unknown> = {}) => {
  const m = templateMessage(code, params);
  return `${m.zh} / ${m.en}`;
};

/** Returns `key=value` items as an object, or the first malformed item. Pure. */
function pairs(list: readonly string[] | undefined): { ok: Record<string, string> } | { bad: string } {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const at = item.indexOf('=');
    if (at <= 0) return { bad: item };
    out[item.slice(0, at)] = item.slice(at + 1);
  }
  return { ok: out };
}

/** Returns the id of `username` when it is an active administrator of the organisation, else null. Reads the database. */
function adminId(ctx: AppContext, organisationId: string, username: string): string | null {
  const user = usersRepo.findByUsername(ctx.db, username);
  if (!user || user.disabled || user.organisationId !== organisationId) return null;
  return loadAccess(ctx.db, user.id, organisationId).isAdmin ? user.id : null;
}

/** Returns the lines saying which running cases a publish moved per flow, and which stayed with why. Pure. */
export function migrationLines(result: ProjectPublishResult): string[] {
  return result.migrations.flatMap((m) => [
    ...(m.migrated > 0 ? [`  ${both('TPL_CLI_MIGRATED', { count: m.migrated, flow: m.flowKey, from: m.from, to: m.to })}`] : []),
    ...m.kept.map((k) => {
      const reason = { zh: k.problems.map((p) => p.zh).join('；'), en: k.problems.map((p) => p.en).join('; ') };
      const customer = k.title ? { zh: `（${k.title}）`, en: ` (${k.title})` } : { zh: ' ', en: '' };
      return `  ${both('TPL_CLI_KEPT', { instanceId: k.instanceId, customer: customer.zh, customerEn: customer.en, from: m.from, reason: reason.zh, reasonEn: reason.en })}`;
    }),
  ]);
}

/**
 * Runs `siteflow templates <list|validate|publish> …` against an opened server context and
 * returns the exit code; output lines go to `print`. Publishing acts in the first organisation (or
 * `--org`) as `cli`, or as the administrator named by `--as`, who is then named in version histories;
 * `--migrate-running` (which needs `--as`, as each moved case's timeline names who moved it) also moves
 * the running cases of the package's flows to their latest version. Usage:
 *   templates list
 *   templates validate [key]
 *   templates publish <key> --projects a,b [--version 1.0.0] [--sla key=12h] [--role from=to] [--setting key=value] [--as username [--migrate-running]]
 */
export function runTemplatesCommand(ctx: AppContext, argv: readonly string[], print: (line: string) => void, source: TemplateSource = directoryTemplateSource()): number {
  const { values, positionals } = parseArgs({
    args: [...argv], allowPositionals: true,
    options: {
      projects: { type: 'string' }, version: { type: 'string' }, org: { type: 'string' }, as: { type: 'string' }, 'migrate-running': { type: 'boolean' },
      sla: { type: 'string', multiple: true }, role: { type: 'string', multiple: true }, setting: { type: 'string', multiple: true },
    },
  });
  const [command, key] = positionals;
  const organisationId = values.org ?? tenancyRepo.firstOrganisation(ctx.db)?.id;
  switch (command) {
    case 'list': {
      if (!organisationId) { print(both('TPL_CLI_NO_ORG')); return 1; }
      for (const p of listTemplatePackages(ctx, source, organisationId)) {
        const installs = p.installs.map((i) => `${i.projectId}@${i.version}`).join(', ') || '-';
        print(`${p.key}@${p.version}  ${p.name.zh} / ${p.name.en}  issues=${p.issues.length}  installed: ${installs}`);
      }
      return 0;
    }
    case 'validate': {
      let failed = 0;
      for (const { pkg, loadIssues } of source.list()) {
        if (key && pkg.manifest.key !== key) continue;
        const issues = [...loadIssues, ...validateTemplatePackage(pkg, { roles: roleKeys, documentPackages: source.documentPackages() })];
        print(`${pkg.manifest.key}@${pkg.manifest.version}: ${issues.length === 0 ? 'OK' : both('TPL_CLI_ISSUES', { count: issues.length })}`);
        for (const i of issues) print(`  [${i.code}] ${i.file}${i.path ? ` ${i.path}` : ''}${i.nodeId ? ` #${i.nodeId}` : ''}: ${i.message.zh} / ${i.message.en}`);
        if (issues.length > 0) failed += 1;
      }
      return failed === 0 ? 0 : 1;
    }
    case 'publish': {
      if (!key || !values.projects) { print(both('TPL_CLI_USAGE')); return 2; }
      if (!organisationId) { print(both('TPL_CLI_NO_ORG')); return 1; }
      const parsed = { sla: pairs(values.sla), role: pairs(values.role), setting: pairs(values.setting) };
      for (const [option, result] of Object.entries(parsed)) {
        if ('bad' in result) { print(both('TPL_CLI_BAD_PAIR', { option, value: result.bad })); return 2; }
      }
      if (values['migrate-running'] && !values.as) { print(both('TPL_CLI_MIGRATE_NEEDS_ACTOR')); return 2; }
      const actorId = values.as === undefined ? 'cli' : adminId(ctx, organisationId, values.as);
      if (!actorId) { print(both('TPL_CLI_BAD_ACTOR', { username: values.as })); return 2; }
      const get = (r: (typeof parsed)['sla']) => ('ok' in r ? r.ok : {});
      const slas: Record<string, Duration> = {};
      for (const [k, text] of Object.entries(get(parsed.sla))) {
        const d = parseDuration(text);
        if (!d) { print(both('TPL_CLI_BAD_DURATION', { key: k, value: text })); return 2; }
        slas[k] = d;
      }
      const overrides: PublishOverrides = { roles: get(parsed.role), slas, settings: get(parsed.setting) };
      const version = values.version ?? findPackage(source, key)?.pkg.manifest.version;
      if (!version) { print(templateMessage('TPL_PACKAGE_NOT_FOUND', { key }).zh); return 1; }
      try {
        const projectIds = values.projects.split(',').map((s) => s.trim()).filter(Boolean);
        const out = publishTemplatePackage(ctx, source, { key, version, projectIds, overrides, migrateRunning: values['migrate-running'] === true }, { id: actorId, organisationId });
        for (const r of out.results) {
          print(`${r.projectId}: ${r.status}${r.fromVersion ? ` (from ${r.fromVersion})` : ''} → ${key}@${r.version}`);
          for (const i of r.issues) print(`  [${i.code}] ${i.message.zh} / ${i.message.en}`);
          for (const line of migrationLines(r)) print(line);
        }
        return out.results.every((r) => r.status !== 'failed') ? 0 : 1;
      } catch (err) {
        if (err instanceof TemplateError) { const m = templateMessage(err.code, err.params); print(`${m.zh} / ${m.en}`); return 1; }
        throw err;
      }
    }
    default:
      print(both('TPL_CLI_USAGE'));
      return 2;
  }
}
