import { hashKey, hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  ApiError, definitionListQuery, definitionVersionQuery, definitionVersionsQuery, projectQuery, projectsQuery, sessionQuery,
  type DefinitionSummary, type Session,
} from '../../api/index.js';
import { isKeptQuery, KEPT_MAX_AGE_MS, keptFallback, mergeKept, offlineSession, publishedTargets, toDehydrated, toKept, toRemembered, type KeptQuery, type QueryLike } from '../query-cache-logic.js';

const success = (data: unknown, dataUpdatedAt = 1_000) => ({ status: 'success', data, dataUpdatedAt });
const query = (options: { queryKey: readonly unknown[]; meta?: Record<string, unknown> }, state = success({ ok: true })): QueryLike =>
  ({ queryKey: options.queryKey, queryHash: hashKey(options.queryKey), meta: options.meta, state });

describe('isKeptQuery: what is kept on the device', () => {
  it('keeps the published definitions, the 发起 lists and the projects', () => {
    for (const options of [
      definitionListQuery('p1', 'forms'), definitionListQuery('p1', 'flows'),
      definitionVersionsQuery('p1', 'forms', 'customer-followup'), definitionVersionQuery('p1', 'forms', 'customer-followup', 3),
      definitionVersionQuery('p1', 'flows', 'refund', 2), projectQuery('p1'), projectsQuery(),
    ]) expect(isKeptQuery(query(options)), JSON.stringify(options.queryKey)).toBe(true);
  });

  it('keeps neither the session, nor rules, nor unmarked queries (inboxes, records), nor failed or pending ones', () => {
    expect(isKeptQuery(query(sessionQuery()))).toBe(false);
    expect(isKeptQuery(query(definitionListQuery('p1', 'rules')))).toBe(false);
    expect(isKeptQuery(query({ queryKey: ['ws', 'inbox'] }))).toBe(false);
    expect(isKeptQuery(query(definitionListQuery('p1', 'forms'), { status: 'error', data: undefined, dataUpdatedAt: 0 }))).toBe(false);
    expect(isKeptQuery(query(definitionListQuery('p1', 'forms'), { status: 'pending', data: undefined, dataUpdatedAt: 0 }))).toBe(false);
  });
});

describe('mergeKept', () => {
  const kept = (key: string, dataUpdatedAt: number, data: unknown = key): KeptQuery => ({ queryKey: [key], queryHash: hashKey([key]), data, dataUpdatedAt });

  it('replaces stored copies with newer ones and keeps stored ones the memory forgot', () => {
    const merged = mergeKept([kept('a', 1, 'old'), kept('b', 1)], [kept('a', 2, 'new')], 10);
    expect(merged.map((q) => [q.queryHash, q.data])).toEqual([[hashKey(['a']), 'new'], [hashKey(['b']), 'b']]);
  });

  it('never lets an older copy replace a newer one', () => {
    expect(mergeKept([kept('a', 5, 'newer')], [kept('a', 3, 'older')], 10)[0]?.data).toBe('newer');
  });

  it('drops what is older than the maximum age', () => {
    const now = KEPT_MAX_AGE_MS + 100;
    expect(mergeKept([kept('old', 50), kept('recent', 200)], [], now).map((q) => q.data)).toEqual(['recent']);
  });
});

describe('toDehydrated', () => {
  it('puts the kept answers back as successful queries with their marks, after IndexedDB\'s structured clone', () => {
    const client = new QueryClient();
    const options = definitionVersionQuery<{ key: string }>('p1', 'forms', 'f', 2);
    const kept = structuredClone(toKept(query(options, success({ version: 2, definition: { key: 'f' } }, 1_234))));
    hydrate(client, toDehydrated([kept]));
    const restored = client.getQueryCache().find({ queryKey: options.queryKey });
    expect(restored?.state).toMatchObject({ status: 'success', dataUpdatedAt: 1_234, fetchStatus: 'idle', data: { version: 2, definition: { key: 'f' } } });
    expect(restored?.meta).toEqual({ offline: true });
  });

  it('never replaces a newer answer already in the app', () => {
    const client = new QueryClient();
    const options = projectsQuery();
    client.setQueryData(options.queryKey, [{ id: 'fresh', name: '新' }]);
    hydrate(client, toDehydrated([toKept(query(options, success([{ id: 'old', name: '旧' }], 1)))]));
    expect(client.getQueryData(options.queryKey)).toEqual([{ id: 'fresh', name: '新' }]);
  });
});

const user = { id: 'usr_consultant', username: 'consultant', displayName: '王芳' } as unknown as Session['user'];
const known: Session = { user, memberships: [], projectRoles: { p1: ['consultant'] }, csrfToken: null };
const networkError = new ApiError(0, { code: 'NETWORK', message: { zh: '网络连接失败', en: 'Network error' } });

describe('offlineSession: the last known session, for routing only while offline', () => {
  it('is used while the session check waits for the network or got no answer', () => {
    expect(offlineSession({ data: undefined, error: null, fetchStatus: 'paused' }, known)).toBe(known);
    expect(offlineSession({ data: undefined, error: networkError, fetchStatus: 'idle' }, known)).toBe(known);
  });

  it('is never used over a server answer: signed out, a server error, or the session itself', () => {
    const signedOut: Session = { user: null, memberships: [], projectRoles: {}, csrfToken: null };
    expect(offlineSession({ data: signedOut, error: null, fetchStatus: 'idle' }, known)).toBeNull();
    expect(offlineSession({ data: undefined, error: new ApiError(500, { code: 'INTERNAL', message: { zh: '错误', en: 'Error' } }), fetchStatus: 'idle' }, known)).toBeNull();
    expect(offlineSession({ data: undefined, error: null, fetchStatus: 'fetching' }, known)).toBeNull();
  });

  it('stays while the check runs again when the network returns, so the open page is not replaced by a loading screen', () => {
    expect(offlineSession({ data: undefined, error: null, fetchStatus: 'fetching' }, known, true)).toBe(known);
    // A fresh start with network still waits for the server
    expect(offlineSession({ data: undefined, error: null, fetchStatus: 'fetching' }, known, false)).toBeNull();
    // and the server's answer wins once it comes.
    expect(offlineSession({ data: { user: null, memberships: [], projectRoles: {}, csrfToken: null }, error: null, fetchStatus: 'idle' }, known, true)).toBeNull();
  });

  it('needs a session known on this device', () => {
    expect(offlineSession({ data: undefined, error: null, fetchStatus: 'paused' }, null)).toBeNull();
  });

  it('is remembered without its CSRF token', () => {
    expect(toRemembered({ ...known, csrfToken: 'secret' })).toEqual(known);
  });
});

describe('publishedTargets', () => {
  const summary = (key: string, latestVersion: number | null): DefinitionSummary => ({ key, name: { zh: key, en: key }, version: 1, latestVersion, updatedAt: 0 });

  it('names the latest published version of each flow and form, skipping never-published drafts', () => {
    expect(publishedTargets([summary('customer-followup', 3), summary('draft-only', null)], [summary('refund', 2)])).toEqual([
      { kind: 'flows', key: 'refund', version: 2 },
      { kind: 'forms', key: 'customer-followup', version: 3 },
    ]);
  });
});

describe('keptFallback: kept answers when the phone claims to be online but nothing answers', () => {
  it('gives a kept query its kept answer back when its fetch got no answer and it has nothing to show', () => {
    const forms = { queryKey: ['projects', 'p1', 'forms'], queryHash: '["projects","p1","forms"]', meta: { offline: true }, data: [{ key: 'f' }], dataUpdatedAt: 5 };
    const failed = (error: unknown, extra: Partial<QueryLike> = {}) => ({ queryKey: forms.queryKey, queryHash: forms.queryHash, meta: { offline: true }, state: { status: 'error', dataUpdatedAt: 0, error }, ...extra });
    expect(keptFallback(failed(networkError), [forms])).toBe(forms);
    // Not for a server's answer, a query that is not kept, one that still shows data, or one never kept
    expect(keptFallback(failed(new ApiError(503, { code: 'UNAVAILABLE', message: { zh: '服务不可用', en: 'Unavailable' } })), [forms])).toBeUndefined();
    expect(keptFallback(failed(networkError, { meta: {} }), [forms])).toBeUndefined();
    expect(keptFallback(failed(networkError, { state: { status: 'error', dataUpdatedAt: 1, data: [], error: networkError } as QueryLike['state'] }), [forms])).toBeUndefined();
    expect(keptFallback(failed(networkError), [])).toBeUndefined();
  });
});
