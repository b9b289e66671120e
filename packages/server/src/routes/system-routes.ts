import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { Strict } from '../http/schemas.js';
import { ApiError } from '../http/api-error.js';

/** Test-mode routes: POST /api/test/clock moves the manual clock (404 outside test mode). */
export const testRoutes = [
  route({ method: 'post', path: '/api/test/clock', tag: 'test', auth: 'public', status: 200, async: true,
    summary: 'Test mode only: move the server clock forward and run the scheduler once',
    body: Strict({ advanceMs: Type.Integer({ minimum: 0, maximum: 400 * 24 * 3600 * 1000 }) }),
    response: Type.Object({ now: Type.Integer() }),
    handler: async ({ ctx, body, req }) => {
      if (!ctx.config.testMode || !ctx.clock.advance) throw new ApiError('API_TEST_MODE_ONLY');
      const now = ctx.clock.advance(body.advanceMs);
      const hooks = req.app.locals.afterClockMove as (() => Promise<void>) | undefined;
      if (hooks) await hooks();
      return { now };
    } }),
  route({ method: 'get', path: '/api/test/clock', tag: 'test', auth: 'public', summary: 'Test mode only: the server clock', response: Type.Object({ now: Type.Integer() }),
    handler: ({ ctx }) => {
      if (!ctx.config.testMode) throw new ApiError('API_TEST_MODE_ONLY');
      return { now: ctx.clock.now() };
    } }),
];
