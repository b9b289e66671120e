import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, seedDemo, type AppContext } from '../../index.js';
import { installedPackage, parseDuration, runTemplatesCommand } from '../index.js';

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
});
