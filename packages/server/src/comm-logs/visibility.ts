// Who reads which communication logs, and how: the records' masking rules applied to 沟通记录.
// A log belongs to the consultant it names (the CRM's 置业顾问 column) and to whoever pushed or
// imported it, as a record belongs to its owner and creator. Roles that oversee conversations read
// every customer's logs; everyone else (e.g. 置业顾问) reads only their own customers'. The customer's
// name, and the name, phone and id numbers inside the text, are masked (赵**, 138****1234) unless
// the viewer owns the log or holds a role that sees personal data in clear.
import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { maskValue } from '@siteflow/runtime';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole } from '../auth/access.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { commLogs } from './schema.js';

/** Roles that read every customer's communication logs (masked unless they also see personal data in clear). */
export const commLogOverseerRoles: readonly string[] = [...clearPersonalDataRoles, 'salesSupervisor', 'customerService', 'customerServiceLead', 'regionalDirector'];

/** What one user may read of a project's communication logs. */
export interface CommLogViewer {
  readonly userId: string;
  /** The names a log's 置业顾问 column may call this user by. */
  readonly names: readonly string[];
  /** Reads every customer's logs (else only the logs they own). */
  readonly seesAll: boolean;
  /** Reads every log's personal data in clear (else only of the logs they own). */
  readonly seesAllClear: boolean;
}

/** Returns the viewer of a project's logs. Pure. */
export function commLogViewer(user: AuthUser, projectId: string): CommLogViewer {
  // 王芳（置业顾问） is 王芳 in the CRM: a display name's trailing (role) note is not part of the name.
  const bare = user.displayName.replace(/\s*[（(][^（()）]*[)）]\s*$/, '').trim();
  const names = [...new Set([user.id, user.username, user.displayName, bare].filter((n) => n !== ''))];
  return {
    userId: user.id, names,
    seesAll: hasAnyRole(user.access, projectId, commLogOverseerRoles),
    seesAllClear: hasAnyRole(user.access, projectId, clearPersonalDataRoles),
  };
}

/** Returns the SQL condition limiting a list to the logs the viewer may read, or undefined when they read all. Pure. */
export function readableLogs(viewer: CommLogViewer): SQL | undefined {
  if (viewer.seesAll) return undefined;
  return or(inArray(commLogs.consultant, [...viewer.names]), eq(commLogs.createdBy, viewer.userId));
}

/** Returns true when the viewer owns the log: it names them as its consultant, or they pushed / imported it. Pure. */
export function ownsLog(viewer: CommLogViewer, row: { consultant: string | null; createdBy: string }): boolean {
  return row.createdBy === viewer.userId || (row.consultant !== null && viewer.names.includes(row.consultant));
}

const ID_CARD = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])/g;
const PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;

/**
 * Returns a message's text with the customer's name, id card and mobile numbers masked as the
 * records mask them (赵**, 330106********1234, 138****1234). Pure.
 */
export function maskLogText(text: string, customerName: string | null): string {
  let out = text.replace(ID_CARD, (m) => maskValue(m, 'idCard')).replace(PHONE, (m) => maskValue(m, 'phone'));
  if (customerName && customerName.length > 1) out = out.split(customerName).join(maskValue(customerName, 'name'));
  return out;
}

/**
 * Returns the log view as the viewer may see it: `customerName` and `text` masked unless they see
 * the stored `row` in clear, with `masked` listing the fields that were changed. Pure.
 */
export function logForViewer<T extends { customerName: string | null; text: string }>(
  viewer: CommLogViewer, row: { consultant: string | null; createdBy: string }, log: T,
): T & { masked: string[] } {
  if (viewer.seesAllClear || ownsLog(viewer, row)) return { ...log, masked: [] };
  const customerName = log.customerName === null ? null : maskValue(log.customerName, 'name');
  const text = maskLogText(log.text, log.customerName);
  const masked = [...(customerName !== log.customerName ? ['customerName'] : []), ...(text !== log.text ? ['text'] : [])];
  return { ...log, customerName, text, masked };
}
