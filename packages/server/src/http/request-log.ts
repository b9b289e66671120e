import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Level, Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id, echoed as X-Request-Id. */
    id: string;
    /** A pino logger bound to this request (id, method, path); created on first use. */
    log: Logger;
  }
}

const QUIET_PATHS = new Set(['/healthz', '/readyz']);
const GIVEN_ID = /^[\w-]{8,64}$/;

/** The level a finished request is logged at: errors for 5xx, info for other refusals, debug for success. */
export function levelOf(status: number): Level {
  return status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
}

/**
 * Returns middleware that gives each request an id (a caller's well-formed X-Request-Id, or a
 * new UUID, echoed back) and a pino logger bound to it, and logs the outcome with its duration.
 * No personal data: paths carry ids only; query strings (search text, names), cookies and bodies
 * are never logged. The bound logger is built only when something is logged, so a successful
 * request below the log level costs no serialisation.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    let bound: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      get: () => (bound ??= logger.child({ req: { id, method: req.method, path: req.originalUrl.split('?')[0] } })),
    });
    if (!QUIET_PATHS.has(req.url)) {
      const started = performance.now();
      res.once('finish', () => {
        const level = levelOf(res.statusCode);
        if (logger.isLevelEnabled(level)) req.log[level]({ res: { status: res.statusCode }, responseTime: Math.round(performance.now() - started) }, 'request completed');
      });
      res.once('close', () => {
        if (!res.writableFinished && logger.isLevelEnabled('info')) req.log.info({ responseTime: Math.round(performance.now() - started) }, 'request aborted by the client');
      });
    }
    next();
  };
}
