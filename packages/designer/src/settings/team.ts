import type { TeamMember } from './team-api.js';

/** How a team member stands in the project. */
export type MemberStatus = 'active' | 'disabled' | 'left';

/** Returns the member's status: left the project (still holding work there), disabled account, or active. Pure. */
export function memberStatus(member: Pick<TeamMember, 'disabled' | 'leftProject'>): MemberStatus {
  return member.leftProject ? 'left' : member.disabled ? 'disabled' : 'active';
}

/** Returns true when the member still has open tasks or open customers to hand over. Pure. */
export function hasOpenWork(member: Pick<TeamMember, 'openTasks' | 'openRecords'>): boolean {
  return member.openTasks > 0 || member.openRecords > 0;
}
