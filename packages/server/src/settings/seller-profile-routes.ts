import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { ProjectParams, Strict } from '../http/schemas.js';
import { sellerProfileService } from './seller-profile-service.js';

const SellerProfileView = Type.Object({
  projectName: Type.String(),
  sellerName: Type.String({ description: '出卖人名称' }),
  sellerCreditCode: Type.String({ description: '统一社会信用代码 (GB 32100-2015)' }),
  sellerAddress: Type.String(),
  sellerRepresentative: Type.String({ description: '法定代表人' }),
  refundDays: Type.Integer({ description: '退款期限 in working days' }),
});

const SellerProfileState = Type.Object({
  configured: Type.Boolean({ description: 'False until saved once; documents cannot be generated before' }),
  version: Type.Integer({ minimum: 0 }),
  profile: SellerProfileView,
});

const SellerProfileBody = Strict({
  sellerName: Type.String({ minLength: 1, maxLength: 100 }),
  sellerCreditCode: Type.String({ minLength: 1, maxLength: 32, description: '18 characters with a valid check character' }),
  sellerAddress: Type.String({ minLength: 1, maxLength: 200 }),
  sellerRepresentative: Type.String({ minLength: 1, maxLength: 50 }),
  refundDays: Type.Integer({ minimum: 1, maximum: 90 }),
  version: Type.Integer({ minimum: 0, description: 'Row version you read (0 the first time); a stale one answers 409' }),
});

/** Seller profile 卖方信息 of a project (printed on 解约协议, 退款申请书, 风险告知函). */
export const sellerProfileRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/seller-profile', tag: 'settings', auth: 'user', summary: 'The seller printed on the legal documents (any member)',
    params: ProjectParams, response: SellerProfileState,
    handler: ({ ctx, user, params }) => sellerProfileService.get(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/seller-profile', tag: 'settings', auth: 'user',
    summary: 'Save the seller profile (site manager or organisation admin; version 0 the first time; 409 when stale)',
    params: ProjectParams, body: SellerProfileBody, response: SellerProfileState,
    handler: ({ ctx, user, params, body }) => sellerProfileService.put(ctx, user, params.projectId, body) }),
];
