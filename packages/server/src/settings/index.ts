// Project settings: the seller profile 卖方信息 printed on the legal document packages.
// Routes are listed in routes/index.ts; the table is in ./schema.ts, listed in drizzle.config.ts.
export { sellerProfileRoutes } from './seller-profile-routes.js';
export { sellerProfileService, sellerProfileEditorRoles } from './seller-profile-service.js';
export { sellerProfileState, normalizeSellerProfile, DEFAULT_REFUND_DAYS, type SellerProfileInput, type SellerProfileState } from './seller-profile.js';
export { sellerProfiles } from './schema.js';
