import type { Text } from '../i18n/index.js';

/** The signed-in user as the session endpoint returns it. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName?: string | Text;
  readonly organisationName?: string;
  readonly isAdmin?: boolean;
}

/** One role grant of the signed-in user, on a project, a region or the whole organisation. */
export interface Membership {
  readonly id?: string;
  readonly role: string;
  readonly roleName?: Text;
  readonly scope?: 'project' | 'region' | 'organisation';
  readonly projectId: string | null;
  readonly regionId?: string | null;
}

/** `GET /api/auth/session`: the user (null when signed out), memberships and the CSRF token. */
export interface Session {
  readonly user: SessionUser | null;
  readonly memberships: readonly Membership[];
  /** projectId -> role keys, including roles held through a region or the organisation. */
  readonly projectRoles: Readonly<Record<string, readonly string[]>>;
  readonly csrfToken: string | null;
}

/** One project (楼盘 / sales site) visible to the user. */
export interface Project {
  readonly id: string;
  readonly name: string | Text;
  readonly code?: string;
  readonly regionId?: string;
  readonly regionName?: string | Text;
  readonly city?: string | null;
  /** The caller's roles in this project. */
  readonly myRoles?: readonly string[];
}

/** A page of items; list endpoints may answer a bare array or `{ items, total }`. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Returns `{ items, total }` whether the server answered an array or a page object. Pure. */
export function toPage<T>(raw: unknown): Page<T> {
  if (Array.isArray(raw)) return { items: raw as T[], total: raw.length };
  const r = (raw ?? {}) as { items?: T[]; data?: T[]; total?: number };
  const items = r.items ?? r.data ?? [];
  return { items, total: r.total ?? items.length };
}
