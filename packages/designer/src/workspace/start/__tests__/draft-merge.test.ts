import { describe, expect, it } from 'vitest';
import { draftKey, draftMarks, pickDraft, targetOfDraft, type LocalDraft, type RemoteDraft } from '../index.js';

const T = Date.parse('2025-12-20T16:00:00+08:00');
const MIN = 60_000;
const server = (version: number, at: number, name = '张先生'): RemoteDraft => ({ data: { customerName: name }, version, updatedAt: at });
const local = (at: number, extra: Partial<LocalDraft> = {}, name = '李女士'): LocalDraft => ({ data: { customerName: name }, savedAt: at, ...extra });

describe('which start-form draft wins', () => {
  it('opens an empty form when neither the device nor the server has a draft', () => {
    expect(pickDraft(undefined, undefined, true)).toEqual({ kind: 'none', dropLocal: false });
  });

  it('restores the draft from another device on a device that has none', () => {
    // Given a consultant who typed on the phone (pushed as version 3), then opens the form on a desktop
    const choice = pickDraft(undefined, server(3, T), true);
    // Then the desktop shows the phone's values, with nothing of its own lost
    expect(choice).toEqual({ kind: 'server', draft: server(3, T), replacedLocalEdits: false });
  });

  it('keeps working offline from the device copy and pushes it later', () => {
    const mine = local(T, { serverVersion: 2, synced: false });
    expect(pickDraft(mine, undefined, false)).toEqual({ kind: 'local', draft: mine, baseVersion: 2, needsPush: true });
  });

  it('pushes a device-only draft as new when the server has none', () => {
    const mine = local(T);
    expect(pickDraft(mine, undefined, true)).toEqual({ kind: 'local', draft: mine, baseVersion: 0, needsPush: true });
  });

  it('drops a device copy the server already had and no longer has (submitted or discarded on another device)', () => {
    expect(pickDraft(local(T, { serverVersion: 4, synced: true }), undefined, true)).toEqual({ kind: 'none', dropLocal: true });
  });

  it('keeps the device copy when it is based on the server version, pushing only unsent edits', () => {
    const same = local(T, { serverVersion: 5, synced: true });
    expect(pickDraft(same, server(5, T - MIN), true)).toMatchObject({ kind: 'local', baseVersion: 5, needsPush: false });
    // Edits typed after the last push win even if the device clock is behind
    const edited = local(T - 10 * MIN, { serverVersion: 5, synced: false });
    expect(pickDraft(edited, server(5, T), true)).toMatchObject({ kind: 'local', baseVersion: 5, needsPush: true });
  });

  it('takes the server copy when another device moved on and this one has nothing unsent', () => {
    expect(pickDraft(local(T + MIN, { serverVersion: 2, synced: true }), server(3, T), true))
      .toEqual({ kind: 'server', draft: server(3, T), replacedLocalEdits: false });
  });

  it('keeps the newer of two drafts edited on two devices, and says when local edits were replaced', () => {
    // Given edits on this device since version 2, while another device saved version 3
    const mine = local(T, { serverVersion: 2, synced: false });
    // When the other device saved later, its draft replaces the form and the user is told
    expect(pickDraft(mine, server(3, T + MIN), true)).toEqual({ kind: 'server', draft: server(3, T + MIN), replacedLocalEdits: true });
    // When this device typed later, its draft stays and is pushed over version 3
    expect(pickDraft(mine, server(3, T - MIN), true)).toMatchObject({ kind: 'local', baseVersion: 3, needsPush: true });
    // A tie goes to the server, so two devices always agree
    expect(pickDraft(mine, server(3, T), true).kind).toBe('server');
  });
});

describe('draft marks on the start page', () => {
  it('marks drafts on this device, and drafts only on another device as such', () => {
    const marks = draftMarks(
      { refund: local(T, { serverVersion: 1, synced: true }), complaint: local(T), stale: local(T, { serverVersion: 2, synced: true }) },
      [{ key: 'refund', ...server(1, T) }, { key: 'loan', ...server(1, T) }],
    );
    expect(marks).toEqual({ refund: 'here', complaint: 'here', loan: 'otherDevice' });
  });

  it('shows the device drafts as they are when the server cannot be asked', () => {
    expect(draftMarks({ refund: local(T, { serverVersion: 2, synced: true }) }, null)).toEqual({ refund: 'here' });
  });
});

describe('device draft keys', () => {
  it('belong to one user and project', () => {
    const key = draftKey('u1', 'prj_yunqi', { kind: 'flow', key: 'cancellation' });
    expect(targetOfDraft(key, 'u1', 'prj_yunqi')).toEqual({ kind: 'flow', key: 'cancellation' });
    expect(targetOfDraft(key, 'u2', 'prj_yunqi')).toBeNull();
    expect(targetOfDraft(key, 'u1', 'prj_other')).toBeNull();
  });

  it('keep a flow\'s start-form draft and a record form\'s draft with the same key apart', () => {
    const flow = draftKey('u1', 'prj_yunqi', { kind: 'flow', key: 'followup' });
    const form = draftKey('u1', 'prj_yunqi', { kind: 'form', key: 'followup' });
    expect(flow).not.toBe(form);
    expect(targetOfDraft(flow, 'u1', 'prj_yunqi')).toEqual({ kind: 'flow', key: 'followup' });
    expect(targetOfDraft(form, 'u1', 'prj_yunqi')).toEqual({ kind: 'form', key: 'followup' });
    // A flow draft stored before record forms had drafts keeps its key
    expect(flow).toBe('u1|prj_yunqi|followup');
  });
});
