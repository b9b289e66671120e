/** Returns the device draft key of a start form: per user, project and flow. Pure. */
export function draftKey(userId: string, projectId: string, flowKey: string): string {
  return `${userId}|${projectId}|${flowKey}`;
}

/** Returns the flow key of a device draft key when it belongs to this user and project, else null. Pure. */
export function flowKeyOfDraft(key: string, userId: string, projectId: string): string | null {
  const prefix = draftKey(userId, projectId, '');
  return key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null;
}
