// Drizzle table of project settings: the seller 出卖人 printed on the legal document packages.
// Listed in drizzle.config.ts; created by the drizzle migrations.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects, users } from '../db/schema.js';

/** The seller profile 卖方信息 of a project: one row per project, versioned for optimistic concurrency. */
export const sellerProfiles = sqliteTable('seller_profiles', {
  projectId: text('project_id').primaryKey().references(() => projects.id),
  /** 出卖人名称. */
  sellerName: text('seller_name').notNull(),
  /** 统一社会信用代码 (GB 32100-2015, 18 characters, check character verified). */
  sellerCreditCode: text('seller_credit_code').notNull(),
  sellerAddress: text('seller_address').notNull(),
  /** 法定代表人. */
  sellerRepresentative: text('seller_representative').notNull(),
  /** 退款期限: working days within which a refund is paid (1–90). */
  refundDays: integer('refund_days').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by').notNull().references(() => users.id),
  updatedAt: integer('updated_at').notNull(),
});
