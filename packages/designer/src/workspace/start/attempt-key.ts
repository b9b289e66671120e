/** One send of a form: its Idempotency-Key and the body it was sent with. */
export interface Attempt {
  readonly key: string;
  readonly body: string;
}

/**
 * Returns the attempt to send `body` with. Pure (ids come from `newKey`). The same body as the
 * previous, unanswered attempt keeps its key, so pressing 提交 again after a timeout replays the
 * first answer instead of storing a second record; changed data gets a new key (the server answers
 * 422 to a key reused with another body).
 */
export function attemptFor(previous: Attempt | null, body: unknown, newKey: () => string): Attempt {
  const text = JSON.stringify(body);
  return previous?.body === text ? previous : { key: newKey(), body: text };
}
