import { describe, expect, it } from 'vitest';
import { shouldReloadForStaleBuild } from '../stale-build.js';

describe('a chunk that fails to load after a deploy', () => {
  const now = 1_800_000_000_000;
  it('reloads the page when online and no reload happened lately', () => {
    expect(shouldReloadForStaleBuild(true, null, now)).toBe(true);
    expect(shouldReloadForStaleBuild(true, now - 5 * 60_000, now)).toBe(true);
  });
  it('keeps the open app when offline (a reload would lose it)', () => {
    expect(shouldReloadForStaleBuild(false, null, now)).toBe(false);
  });
  it('does not reload again within a minute of the last reload (no reload loop)', () => {
    expect(shouldReloadForStaleBuild(true, now - 10_000, now)).toBe(false);
  });
});
