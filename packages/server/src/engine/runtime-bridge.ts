import * as runtime from '@siteflow/runtime';
import { ApiError } from '../http/api-error.js';

// The runtime is built alongside the server. Optional functions are looked up by name so the
// server compiles before they land; a missing one answers 503 API_RUNTIME_UNAVAILABLE.
type Fn = (...args: never[]) => unknown;

/** Returns the runtime export `name`, or throws API_RUNTIME_UNAVAILABLE. */
export function runtimeFn<T extends Fn>(name: string): T {
  const fn = (runtime as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new ApiError('API_RUNTIME_UNAVAILABLE', { name });
  return fn as T;
}

/** Returns true when the runtime exports `name`. */
export function hasRuntimeFn(name: string): boolean {
  return typeof (runtime as unknown as Record<string, unknown>)[name] === 'function';
}
