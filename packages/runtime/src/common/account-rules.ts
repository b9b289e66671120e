/**
 * What an account's username, display name and password must look like: the one set of limits the
 * server's admin routes validate with and the designer's user dialogs check before sending. Pure data.
 */
export const accountRules = {
  username: { minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' },
  displayName: { minLength: 1, maxLength: 64 },
  password: { minLength: 8, maxLength: 200 },
} as const;
