import { validateFlow, validateFormDefinition } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo, type DefinitionKind } from '../repos/definitions-repo.js';
import { newId } from '../db/ids.js';
import { roleKeys } from '../auth/roles.js';
import { demoIds } from './demo-data.js';
import { demoRefundFlow, demoRefundForm } from './demo-templates.js';

/** Publishes a definition as version 1 of a project (draft + immutable version). Writes the database. */
export function publishDefinition(ctx: AppContext, projectId: string, kind: DefinitionKind, body: Record<string, unknown>, userId: string): void {
  const now = ctx.clock.now();
  const id = newId(kind);
  const key = String(body.key);
  definitionsRepo.insert(ctx.db, { id, projectId, kind, key, name: body.name as { zh: string; en: string }, draft: body, version: 1, latestVersion: 1, updatedBy: userId, createdAt: now, updatedAt: now });
  definitionsRepo.insertVersion(ctx.db, { id: newId('ver'), definitionId: id, projectId, kind, key, version: 1, body: { ...body, version: 1 }, note: '演示数据 / demo', publishedBy: userId, publishedAt: now });
}

/** Seeds the demo 退订申请 form and 退订工单 flow (published) into every demo project. Throws if they do not validate. */
export function seedDemoTemplates(ctx: AppContext, adminId: string): void {
  const formIssues = validateFormDefinition(demoRefundForm);
  const flowIssues = validateFlow(demoRefundFlow, { form: demoRefundForm as never, roles: roleKeys });
  if (formIssues.length || flowIssues.length) throw new Error(`demo templates invalid: ${JSON.stringify([...formIssues, ...flowIssues])}`);
  for (const projectId of [demoIds.projectYunqi, demoIds.projectXixi, demoIds.projectShenzhen]) {
    publishDefinition(ctx, projectId, 'form', demoRefundForm as unknown as Record<string, unknown>, adminId);
    publishDefinition(ctx, projectId, 'flow', demoRefundFlow as unknown as Record<string, unknown>, adminId);
  }
}
