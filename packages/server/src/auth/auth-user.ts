import type { Access } from './access.js';

/** The caller of a request after authentication. */
export interface AuthUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly access: Access;
  /** How the request authenticated: cookie session (CSRF applies) or Bearer API token. */
  readonly via: 'session' | 'token';
  readonly sessionId?: string;
  readonly csrfToken?: string;
}
