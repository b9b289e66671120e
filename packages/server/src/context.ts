import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Db } from './db/open.js';
import type { ServerClock } from './clock.js';

/** Settings of one server process. */
export interface AppConfig {
  /** Test mode: manual clock, POST /api/test/clock, loopback robot URLs allowed. */
  readonly testMode: boolean;
  /** Folder of the built web app (served with SPA fallback) or null. */
  readonly webDist: string | null;
  readonly sessionIdleMs: number;
  readonly sessionAbsoluteMs: number;
  /** Login attempts per username+IP per 15 minutes. */
  readonly loginLimit: number;
  /** Host names (exact or `*.suffix`) robot webhooks may call. */
  readonly robotAllowList: readonly string[];
  /** Express `trust proxy` setting, so `Secure` cookies work behind an https proxy. */
  readonly trustProxy: boolean | number | string;
  /** Public base URL used in links sent to robots (e.g. https://siteflow.example.com). */
  readonly publicUrl: string;
}

/** Everything a service needs: the database, the clocks, the settings and the logger. */
export interface AppContext {
  readonly db: Db;
  readonly sqlite: Database.Database;
  /** Business time: SLAs, due dates, events. Manual in test mode. */
  readonly clock: ServerClock;
  /** Wall time for sessions and rate limits (never moved by the test clock). */
  readonly wallClock: ServerClock;
  readonly config: AppConfig;
  readonly logger: Logger;
}

/** Default settings; callers override what they need. */
export const defaultConfig: AppConfig = {
  testMode: false,
  webDist: null,
  sessionIdleMs: 2 * 60 * 60 * 1000,
  sessionAbsoluteMs: 12 * 60 * 60 * 1000,
  loginLimit: 10,
  robotAllowList: ['qyapi.weixin.qq.com', 'oapi.dingtalk.com', 'open.feishu.cn', 'open.larksuite.com'],
  trustProxy: 'loopback',
  publicUrl: 'http://localhost:3000',
};
