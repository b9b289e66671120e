import type { SellerProfile } from '../documents/index.js';
import { ApiError, apiIssue, type ApiIssue } from '../http/api-error.js';
import type { SellerProfileRow } from '../repos/seller-profiles-repo.js';
import { creditCodeProblem, normaliseCreditCode } from '@siteflow/runtime';

/** Refund period 退款期限 shown before a project saved its own (working days). */
export const DEFAULT_REFUND_DAYS = 10;

/** What a site manager or admin may change (the project name comes from the project). */
export interface SellerProfileInput {
  readonly sellerName: string;
  readonly sellerCreditCode: string;
  readonly sellerAddress: string;
  readonly sellerRepresentative: string;
  readonly refundDays: number;
}

/** The answer of GET and PUT: the profile, whether it was ever saved, and its row version. */
export interface SellerProfileState {
  readonly configured: boolean;
  readonly version: number;
  readonly profile: Required<SellerProfile>;
}

/** Returns the state of a project's profile: the stored row, or empty strings and the default refund days. Pure. */
export function sellerProfileState(projectName: string, row: SellerProfileRow | undefined): SellerProfileState {
  if (!row) {
    return { configured: false, version: 0, profile: { projectName, sellerName: '', sellerCreditCode: '', sellerAddress: '', sellerRepresentative: '', refundDays: DEFAULT_REFUND_DAYS } };
  }
  const { sellerName, sellerCreditCode, sellerAddress, sellerRepresentative, refundDays } = row;
  return { configured: true, version: row.version, profile: { projectName, sellerName, sellerCreditCode, sellerAddress, sellerRepresentative, refundDays } };
}

const TEXT_FIELDS = ['sellerName', 'sellerAddress', 'sellerRepresentative'] as const;

/**
 * Returns the input trimmed, with the credit code in capitals, or throws a 400 ApiError whose
 * issues name each bad field (blank text, credit code shape or check character). Pure.
 */
export function normalizeSellerProfile(input: SellerProfileInput): SellerProfileInput {
  const out = {
    sellerName: input.sellerName.trim(),
    sellerCreditCode: normaliseCreditCode(input.sellerCreditCode),
    sellerAddress: input.sellerAddress.trim(),
    sellerRepresentative: input.sellerRepresentative.trim(),
    refundDays: input.refundDays,
  };
  const issues: ApiIssue[] = TEXT_FIELDS.filter((f) => out[f] === '').map((field) => apiIssue('API_FIELD_BLANK', { field }, field));
  const problem = creditCodeProblem(out.sellerCreditCode);
  if (problem) {
    const code = problem === 'checkChar' ? 'SELLER_CREDIT_CODE_CHECKSUM' : 'SELLER_CREDIT_CODE_FORMAT';
    issues.push(apiIssue(code, { field: 'sellerCreditCode' }, 'sellerCreditCode'));
  }
  if (issues.length) throw new ApiError('API_VALIDATION', {}, issues);
  return out;
}
