import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { deleteServerDraft, isApiError, listServerDrafts, putServerDraft, type DraftTarget } from '../../api/index.js';
import { useT } from '../../i18n/index.js';
import { deleteDraft, isOffline, loadDraft, saveDraft } from '../../offline/index.js';
import { serverNowQuery } from '../shared/api.js';
import { draftKey } from './draft-key.js';
import { DRAFTS_QUERY_KEY } from './draft-marks.js';
import { createDraftSync, type DraftSync, type DraftSyncIo, type DraftSyncState } from './draft-sync.js';
import { startMessages } from './messages.js';

const AUTOSAVE_MS = 600;

/** A form's draft (a flow's start form or a record form) as the form uses it. */
export interface FormDraft {
  readonly value: Record<string, unknown>;
  readonly loaded: boolean;
  readonly savedAt: number | null;
  readonly sync: DraftSyncState;
  /** The user changed the form: autosaved after a short pause. */
  change(next: SetStateAction<Record<string, unknown>>): void;
  readonly sink: Pick<DraftSync, 'hold' | 'release' | 'submitted' | 'discard'>;
}

function draftIo(projectId: string, target: DraftTarget, key: string, offset: () => number): DraftSyncIo {
  return {
    loadLocal: () => loadDraft(key),
    saveLocal: ({ data, savedAt, serverVersion, synced }) => saveDraft(key, data, savedAt, { ...(serverVersion !== undefined ? { serverVersion } : {}), ...(synced !== undefined ? { synced } : {}) }),
    deleteLocal: () => deleteDraft(key),
    fetchServer: async () => (await listServerDrafts(projectId, target.kind)).find((d) => d.key === target.key),
    putServer: (data, version) => putServerDraft(projectId, target, data, version),
    deleteServer: () => deleteServerDraft(projectId, target).catch((error: unknown) => {
      if (!(isApiError(error) && error.status === 404)) throw error;
    }),
    isConflict: (error) => isApiError(error) && error.isConflict,
    now: () => Date.now() + offset(),
    offline: isOffline,
  };
}

/**
 * Returns the draft of one form — a flow's start form or a record form (登记记录), as the target
 * says: loaded from whichever of the device and the server is newer, autosaved on the device after
 * each pause in typing and pushed to the server when online, so the user can continue on another
 * device. Tells the user when another device's draft is shown.
 */
export function useFormDraft(userId: string, projectId: string, { kind, key: targetKey }: DraftTarget): FormDraft {
  const t = useT(startMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const offset = useQuery(serverNowQuery()).data?.offset ?? 0;
  const offsetRef = useRef(offset);
  offsetRef.current = offset;
  const notify = useRef({ t, message });
  notify.current = { t, message };
  const [value, setValue] = useState<Record<string, unknown>>({});
  const [loaded, setLoaded] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [sync, setSync] = useState<DraftSyncState>('none');
  const dirty = useRef(false);
  const engine = useRef<DraftSync | null>(null);
  const key = draftKey(userId, projectId, { kind, key: targetKey });

  useEffect(() => {
    let alive = true;
    const draft = createDraftSync(draftIo(projectId, { kind, key: targetKey }, key, () => offsetRef.current), {
      value: (data, at, reason) => {
        if (!alive) return;
        dirty.current = false;
        setValue(data);
        setSavedAt(at);
        const { t: tr, message: msg } = notify.current;
        if (reason === 'restored') void msg.info(tr('start.draft.restored'));
        if (reason === 'replaced') void msg.warning(tr('start.draft.replaced'));
      },
      saved: (at) => { if (alive) setSavedAt(at); },
      sync: (state) => { if (alive) setSync(state); },
      listChanged: () => void client.invalidateQueries({ queryKey: DRAFTS_QUERY_KEY }),
    });
    engine.current = draft;
    void draft.open().finally(() => { if (alive) setLoaded(true); });
    const online = () => void draft.flush();
    window.addEventListener('online', online);
    return () => {
      alive = false;
      window.removeEventListener('online', online);
      draft.close();
      engine.current = null;
    };
  }, [projectId, kind, targetKey, key, client]);

  // Autosave: a short pause after the last change saves the draft on the device (then the server).
  useEffect(() => {
    if (!loaded || !dirty.current) return;
    const id = setTimeout(() => { void engine.current?.save(value); }, AUTOSAVE_MS);
    return () => clearTimeout(id);
  }, [value, loaded]);

  const change = useCallback((next: SetStateAction<Record<string, unknown>>) => { dirty.current = true; setValue(next); }, []);
  const sink = {
    hold: async () => { dirty.current = false; await engine.current?.hold(); },
    release: () => engine.current?.release(),
    submitted: async () => { dirty.current = false; await engine.current?.submitted(); },
    discard: async () => { dirty.current = false; return (await engine.current?.discard()) ?? true; },
  };
  return { value, loaded, savedAt, sync, change, sink };
}
