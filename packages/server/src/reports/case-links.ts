import { DAY_MS, type EpochMs } from '@siteflow/runtime';

/** A record that may take part in a case: its id, when it was created and the customer's mobile number. */
export interface LinkableRecord {
  readonly id: string;
  readonly createdAt: EpochMs;
  /** The customer's phone as stored (any punctuation or +86 prefix), or anything else when missing. */
  readonly phone: unknown;
}

/**
 * How far apart a 退订工单 and its 退筹事件追踪表 record may be opened and still be one case: the
 * site opens the work order when the customer asks and registers the case within days at most.
 */
export const CASE_LINK_WINDOW_MS = 7 * DAY_MS;

/** Returns the last 11 digits of a phone number (`+86 138-1234-5678` → `13812345678`), or null without 7 digits. Pure. */
export function phoneKey(phone: unknown): string | null {
  if (typeof phone !== 'string') return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? null : digits.slice(-11);
}

/**
 * Returns, for each work order that belongs to a tracked case, the id of that 退筹事件追踪表 record
 * (pure). The two forms share no id, so a work order belongs to the tracking record of the same
 * customer phone opened nearest in time, within `windowMs`; ties go to the earlier record. Each
 * work order belongs to one case at most, so none is counted twice; several work orders (a
 * duplicate opened by a colleague, a 学区房 work order) may belong to one case.
 */
export function linkWorkOrders(tracking: readonly LinkableRecord[], orders: readonly LinkableRecord[], windowMs = CASE_LINK_WINDOW_MS): Map<string, string> {
  const byPhone = new Map<string, LinkableRecord[]>();
  for (const record of tracking) {
    const key = phoneKey(record.phone);
    if (key !== null) (byPhone.get(key) ?? byPhone.set(key, []).get(key)!).push(record);
  }
  const links = new Map<string, string>();
  for (const order of orders) {
    const key = phoneKey(order.phone);
    let best: LinkableRecord | null = null;
    for (const candidate of key === null ? [] : byPhone.get(key) ?? []) {
      const gap = Math.abs(candidate.createdAt - order.createdAt);
      if (gap > windowMs) continue;
      const bestGap = best === null ? Infinity : Math.abs(best.createdAt - order.createdAt);
      if (gap < bestGap || (gap === bestGap && best !== null && (candidate.createdAt < best.createdAt || (candidate.createdAt === best.createdAt && candidate.id < best.id)))) best = candidate;
    }
    if (best) links.set(order.id, best.id);
  }
  return links;
}
