import type { ApiIssue, Session, SellerProfile, SellerProfileInput } from '../api/index.js';
import { normaliseCreditCode } from '@siteflow/runtime';

/** The fields of the seller profile form, in display order. */
export const sellerFields = ['sellerName', 'sellerCreditCode', 'sellerAddress', 'sellerRepresentative', 'refundDays'] as const;
/** One editable field of the seller profile. */
export type SellerField = (typeof sellerFields)[number];

/** Returns true when the user may change the seller profile: the project's site manager or an organisation admin. Pure. */
export function canEditSellerProfile(session: Session | undefined, projectId: string): boolean {
  if (session?.user?.isAdmin) return true;
  return (session?.projectRoles[projectId] ?? []).includes('siteManager');
}

/** Returns the form's values from a stored profile (missing text as ''; refundDays kept when set). Pure. */
export function toFormValues(profile: Partial<SellerProfile> | undefined): Partial<SellerProfileInput> {
  return {
    sellerName: profile?.sellerName ?? '',
    sellerCreditCode: profile?.sellerCreditCode ?? '',
    sellerAddress: profile?.sellerAddress ?? '',
    sellerRepresentative: profile?.sellerRepresentative ?? '',
    ...(typeof profile?.refundDays === 'number' ? { refundDays: profile.refundDays } : {}),
  };
}

/** Returns the body to save: text trimmed, the credit code upper-cased. Pure. */
export function toSellerInput(values: SellerProfileInput): SellerProfileInput {
  return {
    sellerName: values.sellerName.trim(),
    sellerCreditCode: normaliseCreditCode(values.sellerCreditCode),
    sellerAddress: values.sellerAddress.trim(),
    sellerRepresentative: values.sellerRepresentative.trim(),
    refundDays: Number(values.refundDays),
  };
}

/**
 * Returns the form field a server issue is about, or null when it names none of them. Accepts
 * `sellerCreditCode`, `/sellerCreditCode`, `body.sellerCreditCode` and a `field` property. Pure.
 */
export function issueField(issue: ApiIssue & { readonly field?: string }): SellerField | null {
  const raw = issue.path ?? issue.field ?? '';
  const last = raw.split(/[./]/).filter(Boolean).pop() ?? '';
  return (sellerFields as readonly string[]).includes(last) ? (last as SellerField) : null;
}
