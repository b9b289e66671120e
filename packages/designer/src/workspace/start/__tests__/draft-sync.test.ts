import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSync, type DraftValueReason, type LocalDraft, type RemoteDraft } from '../index.js';

class Conflict extends Error {}

/** One user's draft of one flow on a fake server and a fake device, with a manual clock. */
function world() {
  const state = {
    now: 1_000,
    offline: false,
    server: undefined as RemoteDraft | undefined,
    local: undefined as LocalDraft | undefined,
    puts: [] as { data: Record<string, unknown>; version: number }[],
    shown: [] as { data: Record<string, unknown>; reason: DraftValueReason }[],
    sync: 'none',
  };
  const io = {
    loadLocal: async () => state.local,
    saveLocal: async (d: LocalDraft) => { state.local = d; },
    deleteLocal: async () => { state.local = undefined; },
    fetchServer: async () => { if (state.offline) throw new Error('offline'); return state.server; },
    putServer: async (data: Record<string, unknown>, version: number) => {
      if (state.offline) throw new Error('offline');
      state.puts.push({ data, version });
      if ((state.server?.version ?? 0) !== version) throw new Conflict();
      state.server = { data, version: version + 1, updatedAt: state.now };
      return state.server;
    },
    deleteServer: async () => { if (state.offline) throw new Error('offline'); state.server = undefined; },
    isConflict: (e: unknown) => e instanceof Conflict,
    now: () => state.now,
    offline: () => state.offline,
  };
  const events = {
    value: (data: Record<string, unknown>, _at: number | null, reason: DraftValueReason) => { state.shown.push({ data, reason }); },
    saved: () => undefined,
    sync: (s: string) => { state.sync = s; },
    listChanged: () => undefined,
  };
  return { state, sync: createDraftSync(io, events, 1_000) };
}

describe('start-form draft sync between the device and the server', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('saves on the device at once and on the server after a pause, then continues from that version', async () => {
    const { state, sync } = world();
    await sync.open();
    // When the consultant types
    await sync.save({ customerName: '张' });
    // Then the device has it before the server does
    expect(state.local?.data).toEqual({ customerName: '张' });
    expect(state.server).toBeUndefined();
    expect(state.sync).toBe('deviceOnly');
    // And after the pause the server has it, as a new draft
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.server).toMatchObject({ data: { customerName: '张' }, version: 1 });
    expect(state.local).toMatchObject({ serverVersion: 1, synced: true });
    expect(state.sync).toBe('synced');
    // And the next save is pushed over version 1
    await sync.save({ customerName: '张先生' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.puts.map((p) => p.version)).toEqual([0, 1]);
    expect(state.server?.data).toEqual({ customerName: '张先生' });
  });

  it('restores the draft from another device on a device that has none', async () => {
    const { state, sync } = world();
    state.server = { data: { customerName: '张先生' }, version: 3, updatedAt: 900 };
    await sync.open();
    expect(state.shown).toEqual([{ data: { customerName: '张先生' }, reason: 'restored' }]);
    expect(state.local).toMatchObject({ serverVersion: 3, synced: true });
  });

  it('replaces the form with a newer draft another device saved, and says so', async () => {
    // Given a form opened on this device when the server had version 1
    const { state, sync } = world();
    state.server = { data: { customerName: '张' }, version: 1, updatedAt: 500 };
    await sync.open();
    // And the phone saved version 2 later than this device's edit
    await sync.save({ customerName: '张（台式机）' });
    state.server = { data: { customerName: '张先生（手机）' }, version: 2, updatedAt: state.now + 10 };
    // When this device pushes (409)
    await vi.advanceTimersByTimeAsync(1_000);
    // Then the phone's draft is shown, the user is told, and the device keeps it
    expect(state.shown.at(-1)).toEqual({ data: { customerName: '张先生（手机）' }, reason: 'replaced' });
    expect(state.local).toMatchObject({ data: { customerName: '张先生（手机）' }, serverVersion: 2, synced: true });
    expect(state.server?.version).toBe(2);
  });

  it('pushes its own draft over another device’s older one after a 409', async () => {
    const { state, sync } = world();
    await sync.open();
    // Given another device saved first, but earlier than this device's edit
    state.server = { data: { customerName: '旧' }, version: 4, updatedAt: 500 };
    await sync.save({ customerName: '新' });
    await vi.advanceTimersByTimeAsync(1_000);
    // Then this device's draft is on the server over version 4, and the form was not replaced
    expect(state.puts.map((p) => p.version)).toEqual([0, 4]);
    expect(state.server).toMatchObject({ data: { customerName: '新' }, version: 5 });
    expect(state.shown.every((s) => s.reason === 'opened')).toBe(true);
  });

  it('keeps the draft on the device without network and sends it when the network returns', async () => {
    const { state, sync } = world();
    state.offline = true;
    await sync.open();
    await sync.save({ customerName: '李女士' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.server).toBeUndefined();
    expect(state.local).toMatchObject({ data: { customerName: '李女士' }, synced: false });
    state.offline = false;
    await sync.flush();
    expect(state.server?.data).toEqual({ customerName: '李女士' });
  });

  it('sends no draft after a submission, and forgets the device copy', async () => {
    const { state, sync } = world();
    await sync.open();
    await sync.save({ customerName: '张先生' });
    // When the form is submitted before the pause ends
    await sync.hold();
    await sync.submitted();
    await vi.advanceTimersByTimeAsync(5_000);
    // Then nothing reached the server, and the device has no draft
    expect(state.puts).toEqual([]);
    expect(state.local).toBeUndefined();
  });

  it('discards both copies, and reports when the server copy could not be deleted', async () => {
    const { state, sync } = world();
    await sync.open();
    await sync.save({ customerName: '张先生' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await sync.discard()).toBe(true);
    expect(state.local).toBeUndefined();
    expect(state.server).toBeUndefined();
    expect(state.shown.at(-1)).toEqual({ data: {}, reason: 'discarded' });

    await sync.save({ customerName: '王' });
    await vi.advanceTimersByTimeAsync(1_000);
    state.offline = true;
    expect(await sync.discard()).toBe(false);
    expect(state.local).toBeUndefined();
  });

  it('drops a device copy that was submitted on another device', async () => {
    const { state, sync } = world();
    state.local = { data: { customerName: '张先生' }, savedAt: 500, serverVersion: 2, synced: true };
    await sync.open();
    expect(state.shown).toEqual([{ data: {}, reason: 'opened' }]);
    expect(state.local).toBeUndefined();
  });
});
