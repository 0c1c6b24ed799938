/**
 * The Idempotency-Key of a write sent from a form: made once for a body and kept (in the form's
 * draft) until the service has answered, so pressing Save again after a lost answer sends the
 * same key and the service replays its first answer instead of recording twice. A changed body
 * is another write and gets a new key (the same key with another body is refused).
 */
export type PendingSend = { key: string; body: string };

/** The key to send `body` with, and what to keep as pending until an answer comes. */
export function keyFor(
  pending: PendingSend | null | undefined,
  body: unknown,
  newKey: () => string = () => crypto.randomUUID(),
): PendingSend {
  const text = JSON.stringify(body);
  return pending && pending.body === text ? pending : { key: newKey(), body: text };
}

/** Whether an answer settles the write (keep no key) or it may be resent with the same key. */
export const settled = (status: number): boolean =>
  status > 0 && status < 500 && status !== 401 && status !== 429;
