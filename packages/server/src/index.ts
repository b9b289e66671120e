// Public API of @siteflow/server.
export { createApp, BODY_LIMIT } from './app.js';
export { startServer, createContext, type ServerOptions, type RunningServer } from './server.js';
export { openDatabase, type Db, type OpenDb } from './db/open.js';
export { realClock, manualClock, type ServerClock } from './clock.js';
export { defaultConfig, type AppConfig, type AppContext } from './context.js';
export { seedDemo, demoUserId } from './demo/seed-demo.js';
export { demoIds, demoUsers, DEMO_PASSWORD } from './demo/demo-data.js';
export { roles, roleKeys, type Role } from './auth/roles.js';
export { serverMessages, type ServerCode } from './i18n/messages.js';
export { createAdmin } from './services/setup-service.js';
export { allRoutes } from './routes/index.js';
export { checkRobotUrlShape, isPrivateAddress } from './outbox/robot-url.js';
export { robotPayload } from './outbox/robot-formats.js';
