import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, seedDemo, type AppContext } from '../../index.js';
import { installedPackage, parseDuration, runTemplatesCommand } from '../index.js';
import { migrationLines } from '../cli.js';
import { loadAccess } from '../../auth/access.js';
import { engineService } from '../../engine/engine-service.js';
import { usersRepo } from '../../repos/users-repo.js';

// `siteflow templates …` as the coordinator wires it into the server CLI.
let ctx: AppContext;
beforeAll(async () => {
  ctx = createContext({ dbPath: ':memory:', testMode: true });
  await seedDemo(ctx, { templatePackages: false });
});
afterAll(() => ctx?.sqlite.close());

function run(...argv: string[]) {
  const lines: string[] = [];
  const code = runTemplatesCommand(ctx, argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('templates CLI', () => {
  it('parses durations like 12h, 15m and 3wd', () => {
    expect(parseDuration('12h')).toEqual({ amount: 12, unit: 'hours' });
    expect(parseDuration('15m')).toEqual({ amount: 15, unit: 'minutes' });
    expect(parseDuration('3wd')).toEqual({ amount: 3, unit: 'workingDays' });
    expect(parseDuration('soon')).toBeNull();
  });

  it('validates every shipped package', () => {
    const { code, out } = run('validate');
    expect(code).toBe(0);
    expect(out).toContain('cancellation-work-order@1.0.0: OK');
  });

  it('publishes to several projects with an SLA override, then reports unchanged on a rerun', () => {
    const first = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi,prj_xixi', '--sla', 'classification=12h');
    expect(first.code).toBe(0);
    expect(first.out).toContain('prj_yunqi: installed');
    expect(first.out).toContain('prj_xixi: installed');
    expect(installedPackage(ctx, 'prj_xixi', 'cancellation-work-order')?.overrides.slas).toEqual({ classification: { amount: 12, unit: 'hours' } });
    const again = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi,prj_xixi', '--sla', 'classification=12h');
    expect(again.out).toContain('prj_yunqi: unchanged');
    expect(run('list').out).toMatch(/cancellation-work-order@1\.0\.0 .*prj_yunqi@1\.0\.0/);
  });

  it('explains bad input instead of throwing', () => {
    expect(run('publish', 'cancellation-work-order').code).toBe(2);
    const bad = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi', '--sla', 'classification=soon');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('12h');
    const unknown = run('publish', 'no-such-package', '--projects', 'prj_yunqi');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('模板包「no-such-package」不存在');
    const elsewhere = run('publish', 'loan-prescreen', '--projects', 'prj_nowhere');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.out).toContain('TPL_PROJECT_NOT_FOUND');
  });

  it('lists the cases a publish could not move, each with its reason in both languages', () => {
    const problem = { zh: '工单停在步骤“客服归档”，v2 中已没有这个步骤', en: 'The case waits at step "Archive", which v2 no longer has' };
    const lines = migrationLines({
      projectId: 'prj_yunqi', status: 'unchanged', fromVersion: '1.0.0', version: '1.0.0', definitions: [], issues: [],
      migrations: [{ flowKey: 'cancellation-work-order', from: 1, to: 2, migrated: 0, kept: [{ instanceId: 'ins_1', recordId: 'rec_1', title: '张**', problems: [problem] }] }],
    });
    expect(lines).toEqual([`  工单 ins_1（张**）留在 v1：${problem.zh} / Case ins_1 (张**) stays on v1: ${problem.en}`]);
  });

  describe('publishing as a named administrator, moving running cases (--as, --migrate-running)', () => {
    const flowVersion = (id: string) => (ctx.sqlite.prepare('select flow_version as v from instances where id = ?').get(id) as { v: number }).v;
    const latestFlow = () => (ctx.sqlite.prepare("select max(version) as v from definition_versions where project_id = 'prj_yunqi' and kind = 'flow' and key = 'cancellation-work-order'").get() as { v: number }).v;

    it('refuses --migrate-running without --as, and an --as who is not an active administrator, publishing nothing', () => {
      const before = latestFlow();
      const noActor = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi', '--sla', 'classification=8h', '--migrate-running');
      expect(noActor.code).toBe(2);
      expect(noActor.out).toContain('--migrate-running 需要同时用 --as 指定管理员的用户名');
      expect(noActor.out).toContain('needs --as with an administrator');
      for (const who of ['consultant', 'nobody']) {
        const bad = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi', '--sla', 'classification=8h', '--as', who, '--migrate-running');
        expect([who, bad.code, bad.out]).toEqual([who, 2, `参数 --as ${who}：不是本组织中启用的管理员 / Option --as ${who}: not an active administrator of this organisation`]);
      }
      expect(latestFlow()).toBe(before);
    });

    it('moves the running case to the new version, naming the administrator in the version history and on the case timeline', () => {
      // Given a 退订工单 running on the installed version
      const consultant = { id: 'usr_consultant', username: 'consultant', displayName: '王芳', organisationId: 'org_demo', access: loadAccess(ctx.db, 'usr_consultant', 'org_demo'), via: 'session' as const };
      const data = { customerName: '张先生', customerPhone: '13812341234', building: '3', unit: '1', room: '1502', requestedAt: '2025-12-22T09:00:00+08:00' };
      const started = ctx.sqlite.transaction(() => engineService.start(ctx, consultant, 'prj_yunqi', { flowKey: 'cancellation-work-order', data }))();
      const from = flowVersion(started.instanceId);
      // When head office publishes an 8-hour classification as admin, moving running cases
      const out = run('publish', 'cancellation-work-order', '--projects', 'prj_yunqi', '--sla', 'classification=8h', '--as', 'admin', '--migrate-running');
      expect(out.code, out.out).toBe(0);
      // Then the output says the case moved, and it runs on the new version
      const to = latestFlow();
      expect(to).toBe(from + 1);
      expect(out.out).toContain(`迁移工单 1 个（cancellation-work-order v${from} → v${to}） / Moved 1 running case(s) (cancellation-work-order v${from} → v${to})`);
      expect(flowVersion(started.instanceId)).toBe(to);
      // And the version history and the case's timeline name the administrator, not the CLI
      const admin = usersRepo.findByUsername(ctx.db, 'admin')!;
      const published = ctx.sqlite.prepare("select published_by as by from definition_versions where project_id = 'prj_yunqi' and kind = 'flow' and key = 'cancellation-work-order' and version = ?").get(to) as { by: string };
      const moved = ctx.sqlite.prepare("select actor_id as by from events where instance_id = ? and type = 'flow.migrated'").all(started.instanceId) as { by: string }[];
      expect([published.by, moved.map((m) => m.by)]).toEqual([admin.id, [admin.id]]);
    });
  });
});
