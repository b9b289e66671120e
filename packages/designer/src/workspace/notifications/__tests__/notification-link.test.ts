import { describe, expect, it } from 'vitest';
import { notificationPath } from '../notification-link.js';

describe('notificationPath: every stored link form opens its page', () => {
  it('opens the project-scoped app paths the server stores now (task, record, report)', () => {
    expect(notificationPath('/p/prj_yunqi/workspace/tasks/tsk_1', 'prj_yunqi')).toBe('/p/prj_yunqi/workspace/tasks/tsk_1');
    expect(notificationPath('/p/prj_yunqi/workspace/records/rec_9', 'prj_yunqi')).toBe('/p/prj_yunqi/workspace/records/rec_9');
    expect(notificationPath('/p/prj_yunqi/reports?month=2026-10', 'prj_yunqi')).toBe('/p/prj_yunqi/reports?month=2026-10');
  });

  it('maps old /tasks/<id> rows to the task page of the notification’s project', () => {
    expect(notificationPath('/tasks/tsk_abc', 'prj_yunqi')).toBe('/p/prj_yunqi/workspace/tasks/tsk_abc');
    expect(notificationPath('https://siteflow.example.com/tasks/tsk_abc', 'prj_hz')).toBe('/p/prj_hz/workspace/tasks/tsk_abc');
  });

  it('maps old report links to the reports page, keeping the month', () => {
    expect(notificationPath('/projects/prj_yunqi/reports?month=2026-10', 'prj_yunqi')).toBe('/p/prj_yunqi/reports?month=2026-10');
  });

  it('opens nothing when there is no link, no project for an old task link, or no page for it', () => {
    expect(notificationPath(null, 'prj_yunqi')).toBeNull();
    expect(notificationPath('/tasks/tsk_abc', null)).toBeNull();
    expect(notificationPath('/projects/prj_yunqi/instances/ins_1', 'prj_yunqi')).toBeNull();
  });
});
