// The regional overview 区域看板: live figures of every project a director or admin may see.
export { OverviewPage } from './OverviewPage.js';
export { overviewQuery, OVERVIEW_REFRESH_MS, type Overview, type ProjectOverview } from './api.js';
export { overviewMessages } from './messages.js';
