import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { sellerProfiles } from '../settings/schema.js';

/** A stored seller profile row. */
export type SellerProfileRow = typeof sellerProfiles.$inferSelect;

/** What a save writes (the version is managed here). */
export type SellerProfileFields = Omit<SellerProfileRow, 'projectId' | 'version'>;

/** Seller profiles 卖方信息 of projects: all their SQL. */
export const sellerProfilesRepo = {
  find(db: Db, projectId: string): SellerProfileRow | undefined {
    return db.select().from(sellerProfiles).where(eq(sellerProfiles.projectId, projectId)).get();
  },
  /** Inserts version 1; returns false when the project already has a profile. */
  insert(db: Db, projectId: string, fields: SellerProfileFields): boolean {
    return db.insert(sellerProfiles).values({ projectId, ...fields, version: 1 }).onConflictDoNothing().run().changes === 1;
  },
  /** Writes `fields` when the stored version is `version`; returns false when it is not. */
  update(db: Db, projectId: string, version: number, fields: SellerProfileFields): boolean {
    return db.update(sellerProfiles).set({ ...fields, version: version + 1 })
      .where(and(eq(sellerProfiles.projectId, projectId), eq(sellerProfiles.version, version))).run().changes === 1;
  },
};
