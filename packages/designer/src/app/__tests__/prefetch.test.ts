import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { definitionDraftQuery, formSourceQuery, onSessionExpired, projectQuery } from '../../api/index.js';
import { pageTarget, prefetchPageData } from '../prefetch.js';

const signedIn = { user: { id: 'u1', username: 'siteManager' }, memberships: [], projectRoles: {}, csrfToken: 't' };
const answers: Record<string, unknown> = {
  '/api/projects/p1': { id: 'p1' },
  '/api/projects/p1/flows/refund': { key: 'refund', version: 3, definition: { key: 'refund', formKey: 'refund-form', nodes: [], edges: [] } },
  '/api/projects/p1/forms/refund-form': { key: 'refund-form', latestVersion: 2, definition: { key: 'refund-form', schema: { draft: true } } },
  '/api/projects/p1/forms/refund-form/versions/2': { version: 2, definition: { key: 'refund-form', schema: { published: true } } },
};

/** Stubs fetch with a server that knows `session` and the answers above; returns the requested paths. */
function fakeServer(session: unknown): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = url === '/api/auth/session' ? session : answers[url];
    if (url !== '/api/auth/session' && !(session as { user: unknown }).user) return new Response('{"code":"UNAUTHORIZED"}', { status: 401 });
    return new Response(JSON.stringify(body ?? { code: 'NOT_FOUND' }), { status: body === undefined ? 404 : 200 });
  });
  return asked;
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('pageTarget', () => {
  it('names the project, and the flow on a flow designer address', () => {
    expect(pageTarget('/p/p1/workspace')).toEqual({ projectId: 'p1' });
    expect(pageTarget('/p/p%201/studio/flows/%E9%80%80%E7%AD%B9')).toEqual({ projectId: 'p 1', flowKey: '退筹' });
    expect(pageTarget('/p/p1/studio/flows')).toEqual({ projectId: 'p1' });
    expect(pageTarget('/login')).toBeNull();
    expect(pageTarget('/p/%E0%A4%A/studio/flows/x')).toBeNull();
  });
});

describe('prefetchPageData', () => {
  it('loads the project, the flow draft and its published form together with the session', async () => {
    const asked = fakeServer(signedIn);
    const client = new QueryClient();
    await prefetchPageData(client, '/p/p1/studio/flows/refund');
    expect(asked).toEqual(expect.arrayContaining([
      '/api/auth/session', '/api/projects/p1', '/api/projects/p1/flows/refund',
      '/api/projects/p1/forms/refund-form', '/api/projects/p1/forms/refund-form/versions/2',
    ]));
    // The form needs the draft's formKey; everything else goes out at once.
    expect(asked.indexOf('/api/projects/p1/forms/refund-form')).toBeGreaterThan(asked.indexOf('/api/auth/session'));
    expect(client.getQueryData(projectQuery('p1').queryKey)).toEqual({ id: 'p1' });
    expect(client.getQueryData(definitionDraftQuery('p1', 'flows', 'refund').queryKey)?.version).toBe(3);
    expect(client.getQueryData(formSourceQuery('p1', 'refund-form').queryKey))
      .toEqual({ published: { key: 'refund-form', schema: { published: true } }, draft: { key: 'refund-form', schema: { draft: true } } });
  });

  it('drops a signed-out visitor\'s answers without announcing an expired session', async () => {
    const asked = fakeServer({ user: null });
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    const client = new QueryClient();
    await prefetchPageData(client, '/p/p1/studio/flows/refund');
    stop();
    expect(expired).not.toHaveBeenCalled();
    expect(asked.some((u) => u.includes('/forms/'))).toBe(false);
    expect(client.getQueryState(projectQuery('p1').queryKey)).toBeUndefined();
    expect(client.getQueryState(definitionDraftQuery('p1', 'flows', 'refund').queryKey)).toBeUndefined();
  });

  it('settles quietly when the flow is missing, leaving the error to the page', async () => {
    const asked = fakeServer(signedIn);
    const client = new QueryClient();
    await expect(prefetchPageData(client, '/p/p1/studio/flows/gone')).resolves.toBeUndefined();
    expect(asked).toContain('/api/projects/p1/flows/gone');
    expect(asked.some((u) => u.includes('/forms/'))).toBe(false);
  });
});
