import { api } from './client.js';

/** Units a link's lifetime may use (the server's `expiresIn.unit`). */
export const LINK_DURATION_UNITS = ['minutes', 'hours', 'workingHours', 'days', 'workingDays'] as const;
/** A lifetime unit of a link. */
export type LinkDurationUnit = (typeof LINK_DURATION_UNITS)[number];
/** Smallest and largest `expiresIn.amount` the server accepts. */
export const LINK_DURATION_LIMITS = { min: 1, max: 1000 } as const;
/** The server's default lifetime when none is sent. */
export const DEFAULT_LINK_DURATION = { amount: 3, unit: 'workingDays' } as const satisfies LinkDuration;

/** How long a link stays usable, counted on the project's business calendar for working units. */
export interface LinkDuration {
  readonly amount: number;
  readonly unit: LinkDurationUnit;
}

/** The body of `POST /api/tasks/:id/external-links`. */
export interface IssueLinkInput {
  /** Who receives the link, e.g. 刘老师（区教育局）. */
  readonly contactName: string;
  /** Phone or e-mail of the contact (kept for the audit; the issuer sends the link). */
  readonly contact?: string;
  /** Fields of the task's form the contact answers; each must be editable at the step. */
  readonly fields: readonly string[];
  /** Values the step gets besides the contact's answers (editable fields only). */
  readonly preset?: Readonly<Record<string, unknown>>;
  readonly expiresIn?: LinkDuration;
}

/** The server's answer: the token, the JSON and page paths (relative to the site) and the expiry. */
export interface IssuedLink {
  readonly linkId: string;
  readonly token: string;
  readonly path: string;
  readonly pagePath: string;
  readonly expiresAt: number;
}

/**
 * Issues a signed one-time link for an open task the caller is pending on; resolves to the link,
 * or rejects with the server's ApiError (403 not an assignee, 404 unknown task, 409 task closed,
 * 400 field not editable).
 */
export function issueExternalLink(taskId: string, input: IssueLinkInput): Promise<IssuedLink> {
  return api.post<IssuedLink>(`/tasks/${encodeURIComponent(taskId)}/external-links`, input);
}
