// The installable app: service worker registration (the worker itself is generated at build time).
export { registerServiceWorker, shouldRegisterWorker, type WorkerContext } from './register.js';
