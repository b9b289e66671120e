import { queryOptions } from '@tanstack/react-query';
import { api } from './client.js';

/** The seller (出卖人) the legal document packages print: 解约协议, 退款申请书, 风险告知函. */
export interface SellerProfile {
  /** The project's name (read-only here: it comes from the project). */
  readonly projectName: string;
  readonly sellerName: string;
  /** 统一社会信用代码, 18 characters (GB 32100-2015). */
  readonly sellerCreditCode: string;
  readonly sellerAddress: string;
  readonly sellerRepresentative: string;
  /** Working days within which a refund is paid (1–90). */
  readonly refundDays: number;
}

/** `GET /api/projects/:projectId/seller-profile`: the profile, whether it was ever saved, and its row version. */
export interface SellerProfileState {
  /** False until someone saved it; documents cannot be generated before. */
  readonly configured: boolean;
  /** Send back on save (409 when someone saved first). */
  readonly version: number;
  readonly profile: SellerProfile;
}

/** What a site manager or admin may change. */
export type SellerProfileInput = Omit<SellerProfile, 'projectName'>;

/** Query keys of the seller profile, for invalidation. */
export const sellerProfileKeys = {
  one: (projectId: string) => ['projects', projectId, 'seller-profile'] as const,
};

const path = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/seller-profile`;

/** Returns query options for a project's seller profile (any member may read it). */
export function sellerProfileQuery(projectId: string) {
  return queryOptions({
    queryKey: sellerProfileKeys.one(projectId),
    queryFn: () => api.get<SellerProfileState>(path(projectId)),
    // The form owns the values once loaded; it reloads explicitly after a conflict.
    refetchOnWindowFocus: false,
  });
}

/**
 * Saves the seller profile at row `version`; resolves to the stored state. Rejects with a 409
 * ApiError when someone saved first, 400 with issues naming the field, 403/404 without the right.
 */
export function saveSellerProfile(projectId: string, input: SellerProfileInput, version: number): Promise<SellerProfileState> {
  return api.put<SellerProfileState>(path(projectId), { ...input, version });
}
