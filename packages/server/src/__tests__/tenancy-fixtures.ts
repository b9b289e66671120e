// Re-exports for the tenancy test (through the package's public index).
export { allRoutes, createAdmin } from '../index.js';
export { chinaCalendar2025_2026 as chinaCalendar } from '@siteflow/runtime';
