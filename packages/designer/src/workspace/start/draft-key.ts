/** Returns the device draft key of a start form: per user, project and flow. Pure. */
export function draftKey(userId: string, projectId: string, flowKey: string): string {
  return `${userId}|${projectId}|${flowKey}`;
}
