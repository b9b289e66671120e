import { hash, verify } from '@node-rs/argon2';

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;

/** Returns an argon2id hash of the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Returns true when the password matches; always spends one verification (also for unknown users). */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hash('siteflow-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
