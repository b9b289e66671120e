import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { hashPassword } from '../auth/passwords.js';
import { newId } from '../db/ids.js';

/**
 * Creates an organisation admin (and the organisation, with a first region, when it does not exist
 * yet). Used by `siteflow create-admin`. Returns the ids. Throws when the username is taken.
 */
export async function createAdmin(ctx: AppContext, input: { username: string; password: string; displayName?: string; organisation?: string; region?: string; project?: string }) {
  if (usersRepo.findByUsername(ctx.db, input.username)) throw new Error(`user ${input.username} already exists / 用户已存在`);
  if (input.password.length < 8) throw new Error('password must have at least 8 characters / 密码至少 8 位');
  const hash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return ctx.sqlite.transaction(() => {
    let org = input.organisation ? undefined : tenancyRepo.firstOrganisation(ctx.db);
    if (!org) {
      org = { id: newId('org'), name: input.organisation ?? '我的集团', createdAt: now };
      tenancyRepo.insertOrganisation(ctx.db, org);
    }
    let regionId = tenancyRepo.listRegions(ctx.db, org.id)[0]?.id;
    if (!regionId) {
      regionId = newId('reg');
      tenancyRepo.insertRegion(ctx.db, { id: regionId, organisationId: org.id, name: input.region ?? '默认区域', createdAt: now });
    }
    let projectId: string | null = null;
    if (input.project) {
      projectId = newId('prj');
      tenancyRepo.insertProject(ctx.db, { id: projectId, organisationId: org.id, regionId, name: input.project, createdAt: now });
    }
    const userId = newId('usr');
    usersRepo.insert(ctx.db, { id: userId, organisationId: org.id, username: input.username, displayName: input.displayName ?? input.username, passwordHash: hash, createdAt: now });
    tenancyRepo.insertMembership(ctx.db, { id: newId('mem'), userId, organisationId: org.id, role: 'admin', createdAt: now });
    return { organisationId: org.id, regionId, projectId, userId };
  })();
}
