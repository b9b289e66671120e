import type { AppContext } from '../context.js';
import { sellerProfilesRepo } from '../repos/seller-profiles-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { demoSellerProfiles } from './demo-data.js';

/**
 * Stores the seller profile of each demo project that has none yet (also on a demo database made
 * before profiles existed, so its documents keep generating). Returns how many were stored. Writes the database.
 */
export function seedDemoSellerProfiles(ctx: AppContext, adminId: string): number {
  let stored = 0;
  if (!usersRepo.findById(ctx.db, adminId)) return stored;
  for (const [projectId, profile] of Object.entries(demoSellerProfiles)) {
    if (!tenancyRepo.findProject(ctx.db, projectId)) continue;
    if (sellerProfilesRepo.insert(ctx.db, projectId, { ...profile, updatedBy: adminId, updatedAt: ctx.clock.now() })) stored++;
  }
  return stored;
}
