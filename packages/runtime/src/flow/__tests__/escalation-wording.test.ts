import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../index.js';
import { edge, end, flow, m, role, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';
import { ladder } from './refund-flow.js';

/** start → handle (24 h SLA, the seed's three-step ladder) → end; the case deadline has two escalation steps. */
const twoStepDeadline: FlowDefinition = flow(
  [start(), task('handle', { name: m('处理退订', 'Handle'), assignees: [role('financeSpecialist')], sla: { duration: { amount: 24, unit: 'hours' }, escalation: ladder } }), end()],
  [edge('start', 'handle'), edge('handle', 'end')],
  { deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [
    { after: { amount: 0, unit: 'hours' }, action: 'notify', to: [role('siteManager')] },
    { after: { amount: 4, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] },
  ] } },
);

function texts(h: Harness, reason: string): string[] {
  return h.effects.flatMap((fx) => (fx.kind === 'notify' && fx.reason === reason ? [`${fx.message.zh} | ${fx.message.en}`] : []));
}

describe('escalation levels in notification texts', () => {
  it('counts from 1 everywhere: the first escalation step is 第 1 级, the deadline itself has no level', () => {
    const h = new Harness(twoStepDeadline, { start: '2025-09-26 16:00' });
    h.start();
    h.at('2025-10-02 16:00');
    h.tick();
    expect(texts(h, 'escalated')).toEqual([
      '超时升级（第 1 级）：待办“处理退订”已超时，请介入处理 | Escalation level 1: task "Handle" is overdue; please step in',
      '超时升级（第 2 级）：待办“处理退订”已超时，请介入处理 | Escalation level 2: task "Handle" is overdue; please step in',
      '超时升级（第 3 级）：待办“处理退订”已超时，请介入处理 | Escalation level 3: task "Handle" is overdue; please step in',
    ]);
    expect(texts(h, 'deadline')).toEqual([
      '工单整体时限已到，请介入处理 | The case deadline has passed; please step in',
      '超时升级（第 1 级）：工单已超过整体时限，请介入处理 | Escalation level 1: the case is past its deadline; please step in',
      '超时升级（第 2 级）：工单已超过整体时限，请介入处理 | Escalation level 2: the case is past its deadline; please step in',
    ]);
    expect(texts(h, 'deadline').concat(texts(h, 'escalated')).some((t) => t.includes('第 0 级') || t.includes('level 0'))).toBe(false);
  });
});
