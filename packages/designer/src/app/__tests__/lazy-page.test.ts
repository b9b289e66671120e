import { describe, expect, it } from 'vitest';
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { lazyPage, pageModule } from '../lazy-page.js';

const Hello = () => createElement('p', null, 'hello');
const shown = (Page: ReturnType<typeof lazyPage>) => renderToString(createElement(Suspense, { fallback: 'loading' }, createElement(Page)));

describe('pageModule', () => {
  it('imports once and remembers the module', async () => {
    let imports = 0;
    const mod = pageModule(async () => { imports++; return { Hello }; });
    expect(mod.loaded()).toBeNull();
    await Promise.all([mod.load(), mod.load()]);
    expect(imports).toBe(1);
    expect(mod.loaded()?.Hello).toBe(Hello);
  });

  it('imports again after a failed attempt (e.g. offline)', async () => {
    let attempt = 0;
    const mod = pageModule(async () => { attempt++; if (attempt === 1) throw new Error('offline'); return { Hello }; });
    await expect(mod.load()).rejects.toThrow('offline');
    await expect(mod.load()).resolves.toEqual({ Hello });
  });
});

describe('lazyPage', () => {
  it('shows the fallback while the module loads and the page at once when it was preloaded', async () => {
    const cold = pageModule(async () => ({ Hello }));
    expect(shown(lazyPage(cold, (m) => m.Hello))).toContain('loading');

    const warm = pageModule(async () => ({ Hello }));
    await warm.load();
    const html = shown(lazyPage(warm, (m) => m.Hello));
    expect(html).toContain('<p>hello</p>');
    expect(html).not.toContain('loading');
  });
});
