import { describe, expect, it } from 'vitest';
import { shouldRegisterWorker } from '../register.js';

describe('shouldRegisterWorker', () => {
  it('registers in a production build on a secure page of a browser with service workers', () => {
    expect(shouldRegisterWorker({ production: true, secure: true, supported: true })).toBe(true);
  });

  it('does not register on the dev server, on plain http, or without service workers', () => {
    expect(shouldRegisterWorker({ production: false, secure: true, supported: true })).toBe(false);
    expect(shouldRegisterWorker({ production: true, secure: false, supported: true })).toBe(false);
    expect(shouldRegisterWorker({ production: true, secure: true, supported: false })).toBe(false);
  });
});
