import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { hashPassword } from '../auth/passwords.js';
import { newId } from '../db/ids.js';
import { DEMO_PASSWORD, demoIds, demoUsers } from './demo-data.js';
import { seedDemoTemplates } from './seed-templates.js';
import { installDemoTemplatePackages } from './seed-packages.js';
import { seedDemoSellerProfiles } from './seed-seller-profiles.js';

/**
 * Creates the demo organisation 示例集团 (regions, three projects with their seller profiles, one
 * account per role) unless it exists, with every shipped template package installed
 * (`templatePackages: false` skips that, for tests of installing them). Returns the logins to
 * print. Writes the database.
 */
export async function seedDemo(ctx: AppContext, opts: { templatePackages?: boolean } = {}): Promise<{ created: boolean; logins: { username: string; displayName: string }[]; password: string }> {
  const logins = demoUsers.map((u) => ({ username: u.username, displayName: u.displayName }));
  if (tenancyRepo.findOrganisation(ctx.db, demoIds.organisation)) {
    seedDemoSellerProfiles(ctx, 'usr_admin');
    return { created: false, logins, password: DEMO_PASSWORD };
  }
  // Hash first (async), then write everything in one transaction. Every demo account shares the
  // printed demo password, so one hash serves them all (and the seed stays fast).
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now();
  ctx.sqlite.transaction(() => {
    tenancyRepo.insertOrganisation(ctx.db, { id: demoIds.organisation, name: '示例集团', createdAt: now });
    tenancyRepo.insertRegion(ctx.db, { id: demoIds.regionEast, organisationId: demoIds.organisation, name: '华东区域', createdAt: now });
    tenancyRepo.insertRegion(ctx.db, { id: demoIds.regionSouth, organisationId: demoIds.organisation, name: '华南区域', createdAt: now });
    const project = (id: string, name: string, city: string, regionId: string, at: number) =>
      tenancyRepo.insertProject(ctx.db, { id, organisationId: demoIds.organisation, regionId, name, city, createdAt: at });
    project(demoIds.projectYunqi, '杭州·云栖府', '杭州', demoIds.regionEast, now);
    project(demoIds.projectXixi, '杭州·西溪云庐', '杭州', demoIds.regionEast, now + 1);
    project(demoIds.projectShenzhen, '深圳·湾畔府', '深圳', demoIds.regionSouth, now + 2);
    demoUsers.forEach((u) => {
      const userId = `usr_${u.username.replace(/\W/g, '_')}`;
      usersRepo.insert(ctx.db, { id: userId, organisationId: demoIds.organisation, username: u.username, displayName: u.displayName, passwordHash: hash, createdAt: now });
      tenancyRepo.insertMembership(ctx.db, { id: newId('mem'), userId, organisationId: demoIds.organisation, regionId: u.regionId ?? null, projectId: u.projectId ?? null, role: u.role, createdAt: now });
    });
    seedDemoTemplates(ctx, 'usr_admin');
    seedDemoSellerProfiles(ctx, 'usr_admin');
  })();
  // Every shipped template package (退订工单, 退筹事件追踪表, …) into every demo project, by the
  // same publishing admins use; the small demo 退订申请/refund flow above stays for quick tries.
  if (opts.templatePackages !== false) installDemoTemplatePackages(ctx, { id: 'usr_admin', organisationId: demoIds.organisation });
  return { created: true, logins, password: DEMO_PASSWORD };
}

/** Returns the user id of a demo username. Pure. */
export function demoUserId(username: string): string {
  return `usr_${username.replace(/\W/g, '_')}`;
}
