import type { EpochMs } from '@siteflow/runtime';
import type { DocumentCase } from './service.js';

/** The seller's details, kept in project settings (the same for every case of a project). */
export interface SellerProfile {
  readonly projectName: string;
  readonly sellerName: string;
  readonly sellerCreditCode: string;
  readonly sellerAddress: string;
  readonly sellerRepresentative: string;
  /** Working days within which refunds are paid (default 10). */
  readonly refundDays?: number;
}

/** Work-order fields whose names differ from the document field names. */
const RENAMED: Readonly<Record<string, string>> = { requestedAt: 'requestDate' };

/**
 * Returns the document case of a 退订工单 record (templates/cancellation-work-order): the record's
 * fields (same names as the document fields, `requestedAt` -> `requestDate`), the cancellation type
 * from `cancellationType`, the seller from project settings, `signDate` = `now` and the handler's
 * name. Pure; missing fields are left out so rendering names them.
 */
export function documentCaseFromWorkOrder(input: {
  readonly data: Readonly<Record<string, unknown>>;
  readonly seller: SellerProfile;
  readonly handlerName: string;
  readonly now: EpochMs;
}): DocumentCase {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input.data)) data[RENAMED[key] ?? key] = value;
  const { refundDays, ...seller } = input.seller;
  return {
    reason: typeof input.data.cancellationType === 'string' ? input.data.cancellationType : '',
    data: { ...data, ...seller, refundDays: refundDays ?? 10, signDate: input.now, handlerName: input.handlerName },
  };
}
