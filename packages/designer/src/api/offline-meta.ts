/**
 * Meta of the queries kept on the device so the app opens without network (src/offline/query-cache.ts
 * persists these and nothing else, per user): the published form and flow definitions, the lists the
 * 发起 page shows, and the projects the shell needs. Never inboxes, records or other personal data.
 */
export const keptOffline = { offline: true } as const;
