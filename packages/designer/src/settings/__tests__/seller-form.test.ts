import { describe, expect, it } from 'vitest';
import type { Session } from '../../api/index.js';
import { canEditSellerProfile, issueField, toSellerInput } from '../index.js';

const session = (roles: string[], isAdmin = false): Session => ({
  user: { id: 'u1', username: 'u', isAdmin }, memberships: [], projectRoles: { prj_a: roles }, csrfToken: null,
});

describe('seller profile form helpers', () => {
  it('lets the site manager of the project and an organisation admin edit, and nobody else', () => {
    expect(canEditSellerProfile(session(['siteManager']), 'prj_a')).toBe(true);
    expect(canEditSellerProfile(session([], true), 'prj_a')).toBe(true);
    expect(canEditSellerProfile(session(['consultant', 'salesSupervisor']), 'prj_a')).toBe(false);
    // A site manager of another project only reads here
    expect(canEditSellerProfile(session(['siteManager']), 'prj_b')).toBe(false);
    expect(canEditSellerProfile(undefined, 'prj_a')).toBe(false);
  });

  it('finds the field a server issue names, however the path is written', () => {
    const message = { zh: '校验位错误', en: 'Wrong check character' };
    expect(issueField({ code: 'X', message, path: 'sellerCreditCode' })).toBe('sellerCreditCode');
    expect(issueField({ code: 'X', message, path: '/refundDays' })).toBe('refundDays');
    expect(issueField({ code: 'X', message, path: 'body.sellerName' })).toBe('sellerName');
    expect(issueField({ code: 'X', message, field: 'sellerAddress' })).toBe('sellerAddress');
    expect(issueField({ code: 'X', message, path: 'version' })).toBeNull();
    expect(issueField({ code: 'X', message })).toBeNull();
  });

  it('saves trimmed text and the credit code in capitals', () => {
    expect(toSellerInput({ sellerName: ' 杭州云栖置业有限公司 ', sellerCreditCode: '91110000802100433b', sellerAddress: '杭州市西湖区 ', sellerRepresentative: ' 王建', refundDays: 10 }))
      .toEqual({ sellerName: '杭州云栖置业有限公司', sellerCreditCode: '91110000802100433B', sellerAddress: '杭州市西湖区', sellerRepresentative: '王建', refundDays: 10 });
  });
});
