import type { Page } from 'playwright-core';
import { collectErrors, demoIds, type TestApp, type ViewportName } from './support/index.js';

/**
 * Starts a shipped 退订工单 (cancellation-work-order) for 王女士 as `username` (the consultant by
 * default) in 杭州·云栖府 through the API, and returns its instance and the open first interview
 * (首次面谈, due 15 minutes after the case starts), which waits in that person's inbox.
 */
export async function startCancellationCase(app: TestApp, username = 'consultant', requestedAt = '2025-12-22T09:50:00+08:00'): Promise<{ instanceId: string; taskId: string }> {
  const P = demoIds.projectYunqi;
  const session = await app.server.login(username);
  const started = await session.request('POST', `/api/projects/${P}/instances`, {
    flowKey: 'cancellation-work-order', data: { customerName: '王女士', customerPhone: '13912345678', building: '5', room: '902', requestedAt },
  });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  const instanceId = started.body.instanceId as string;
  const inbox = await session.request('GET', `/api/tasks?scope=mine&projectId=${P}`);
  const taskId = (inbox.body.items as { id: string; instanceId: string }[]).find((t) => t.instanceId === instanceId)!.id;
  return { instanceId, taskId };
}

/** Opens a task's page as `user` and waits for it; returns the page and the errors it logs from then on. */
export async function openTaskPage(app: TestApp, user: string, taskId: string, viewport: ViewportName = 'desktop'): Promise<{ page: Page; errors: string[] }> {
  const { page } = await app.open({ viewport, user, next: `/p/${demoIds.projectYunqi}/workspace/tasks/${taskId}` });
  const errors = collectErrors(page);
  await page.getByTestId('task-page').waitFor();
  return { page, errors };
}
