import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chinaCalendar2025_2026, decide, openTasks, toInstant, type Directory, type FlowDefinition, type StartNode,
} from '../../packages/runtime/src/index.js';
import { SequentialIds } from '../../packages/runtime/src/testing/index.js';
import { defaultTemplatesDir, loadTemplatePackage, resolvePackage, type TemplatePackage } from '../../packages/server/src/templates/index.js';

// Who gets a customer-facing step, and what the start form 发起 shows, in the shipped packages.
const load = (name: string): TemplatePackage => resolvePackage(loadTemplatePackage(join(defaultTemplatesDir(), name)).pkg!).pkg;
const SHIPPED = ['cancellation-work-order', 'school-district-cancellation', 'cancellation-tracking', 'followup-risk', 'loan-prescreen', 'daily-sentiment-patrol'];
const packages = SHIPPED.map(load);
const flows = packages.flatMap((p) => p.flows.map((f) => f.body as unknown as FlowDefinition));
const forms = packages.flatMap((p) => p.forms.map((f) => f.body as unknown as { key: string; name: { zh: string }; schema: { required?: string[]; properties: Record<string, unknown> } }));
const flowOf = (key: string) => flows.find((f) => f.key === key)!;

// Two consultants in the project: 王芳 owns the customer, 李强 does not.
const directory: Directory = { roles: { consultant: ['wangfang', 'liqiang'], siteManager: ['mgr'] }, regionalDirector: 'director' };
const rolesOf = (user: string) => Object.entries(directory.roles).filter(([, users]) => users.includes(user)).map(([r]) => r);

/** Starts `flowKey` as `starter` on a record and returns who may act on the first task. */
function firstTaskPending(flowKey: string, starter: string, record: Record<string, unknown>) {
  const now = toInstant(chinaCalendar2025_2026, '2025-09-22 10:00') ?? 0;
  const decision = decide(flowOf(flowKey), null, { type: 'start' }, {
    now, calendar: chinaCalendar2025_2026, ids: new SequentialIds(), record, directory, actor: { userId: starter, roles: rolesOf(starter) },
  });
  const [task] = openTasks(decision.state);
  return { nodeId: task?.nodeId, pending: task?.pending };
}

describe("a customer's first step goes to the customer's own consultant 直接对接的置业顾问", () => {
  const steps = [
    ['cancellation-work-order', 'interview'], ['school-district-cancellation', 'interview'], ['cancellation-tracking', 'followUp'],
  ] as const;

  it.each(steps)('%s: %s is for the record’s 置业顾问 only, not every consultant', (flowKey, nodeId) => {
    // Given 王芳's customer, whoever opens the case (she or the site manager)
    for (const starter of ['wangfang', 'mgr']) {
      // Then only 王芳 is asked to act; 李强 never sees the task
      expect(firstTaskPending(flowKey, starter, { customerName: '张先生', consultant: 'wangfang' })).toEqual({ nodeId, pending: ['wangfang'] });
    }
  });

  it.each(steps)('%s: with no 置业顾问 filled in, %s goes to the consultant who opened it', (flowKey, nodeId) => {
    expect(firstTaskPending(flowKey, 'liqiang', { customerName: '张先生' })).toEqual({ nodeId, pending: ['liqiang'] });
  });

  it('the closing notice of a work order goes to the site manager and the owner, not to every consultant', () => {
    const closed = flowOf('cancellation-work-order').nodes.find((n) => n.id === 'closed');
    expect(JSON.stringify(closed)).not.toContain('"role":"consultant"');
  });
});

describe('the start form 发起 shows only the intake fields', () => {
  it.each(flows.map((f) => [f.key, f] as const))('%s: every field has a start permission; later steps’ fields are hidden', (_key, flow) => {
    const form = forms.find((f) => f.key === flow.formKey)!;
    const start = flow.nodes.find((n): n is StartNode => n.kind === 'start')!;
    // Every field of the form is listed, so nothing falls back to "editable" by omission
    expect(Object.keys(start.fields ?? {}).sort()).toEqual(Object.keys(form.schema.properties).sort());
    // Fields someone fills in at a later step are hidden at 发起, and the form's required fields are not
    for (const node of flow.nodes) {
      if (node.kind !== 'task') continue;
      for (const [field, access] of Object.entries(node.fields ?? {})) {
        if (access === 'edit' || access === 'required') {
          const atStart = start.fields?.[field];
          expect(['hidden', 'edit'], `${flow.key}.${field}`).toContain(atStart);
        }
      }
    }
    for (const field of form.schema.required ?? []) expect(start.fields?.[field], `${flow.key}.${field}`).toBe('required');
  });

  it('the work order hides the reply, damages, refund, bank and archive fields at 发起', () => {
    const start = flowOf('cancellation-work-order').nodes.find((n): n is StartNode => n.kind === 'start')!;
    for (const field of ['resolution', 'penaltyAmount', 'refundAmount', 'refundAccountNo', 'archivedAt', 'reviewNotes', 'reasons']) {
      expect(start.fields?.[field], field).toBe('hidden');
    }
    expect(start.fields).toMatchObject({ customerName: 'required', customerPhone: 'required', consultant: 'edit' });
  });
});

describe('flows and forms have names a consultant can tell apart', () => {
  it('no flow shares its name with a form, and the cancellation flows say what they do', () => {
    const names = [...flows.map((f) => f.name.zh), ...forms.map((f) => f.name.zh)];
    expect(new Set(names).size).toBe(names.length);
    for (const key of ['cancellation-work-order', 'school-district-cancellation', 'cancellation-tracking']) {
      const flow = flowOf(key) as FlowDefinition & { description?: { zh: string; en: string } };
      expect(flow.description?.zh, key).toMatch(/置业顾问/);
      expect(flow.description?.en, key).toMatch(/consultant/);
    }
  });
});
