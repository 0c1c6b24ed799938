/**
 * The device's outbox: retry-safe writes made while the connection is weak or gone. Each write
 * gets its Idempotency-Key when it is queued, is kept in localStorage until the service has
 * answered it, and is sent through the service's POST /<service>/sync — so a batch resent after
 * a lost answer is replayed by the service, never posted twice.
 */

export type Queued = {
  /** The Idempotency-Key, made once when the write was queued. */
  key: string;
  service: "funds" | "activities";
  /** The path after the service prefix, e.g. /loans/lon_…/repayments. */
  path: string;
  body: unknown;
  /** What the queue shows, in the user's words (e.g. "Trả nợ 500.000 ₫ — Nguyễn Thị Hoà"). */
  label: string;
  queuedAt: string;
  /** Set when the service refused it (4xx): kept to show, not sent again. */
  refused?: { status: number; message: string };
};

export type SyncResult = { idempotencyKey: string; status: number; replayed: boolean; body: unknown };
export type Send = (service: Queued["service"], operations: Queued[]) => Promise<SyncResult[]>;

export type Store = { getItem(key: string): string | null; setItem(key: string, value: string): void };

const KEY = "ishc.outbox";

export class Outbox {
  private sending: Promise<{ sent: number; refused: number }> | null = null;
  private listeners = new Set<() => void>();

  constructor(
    private readonly store: Store,
    private readonly newKey: () => string = () => crypto.randomUUID(),
  ) {}

  all(): Queued[] {
    try {
      const items = JSON.parse(this.store.getItem(KEY) ?? "[]");
      return Array.isArray(items) ? items : [];
    } catch {
      return [];
    }
  }

  pending(): Queued[] {
    return this.all().filter((item) => !item.refused);
  }

  private save(items: Queued[]) {
    this.store.setItem(KEY, JSON.stringify(items));
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a write with a fresh Idempotency-Key, or with the key it was already sent with once
   * (an answer lost on the way), so the queue's send cannot record it twice; returns it.
   */
  add(write: Omit<Queued, "key" | "queuedAt"> & { key?: string }): Queued {
    const item: Queued = { ...write, key: write.key ?? this.newKey(), queuedAt: new Date().toISOString() };
    this.save([...this.all(), item]);
    return item;
  }

  dismiss(key: string) {
    this.save(this.all().filter((item) => item.key !== key));
  }

  /** True while a send is under way (listeners are told when it starts and ends). */
  get busy(): boolean {
    return this.sending !== null;
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  /**
   * Sends what is pending, one service at a time, at most 100 per batch. An answered write leaves
   * the queue (refused ones stay, marked, to show why); a failed send leaves everything as it was
   * to be sent again with the same keys. One send at a time: a second call waits for the first.
   */
  flush(send: Send): Promise<{ sent: number; refused: number }> {
    if (this.sending) return this.sending;
    // The send is only marked finished once it is marked started: a run that settles before its
    // first await (nothing queued, or a send that throws at once) clears `sending` in a later
    // microtask, after the assignment below — never before it, which would leave that settled
    // promise in place and answer every later flush with it, sending nothing.
    const sending = this.send(send).finally(() => {
      if (this.sending === sending) this.sending = null;
      this.notify();
    });
    this.sending = sending;
    this.notify();
    return sending;
  }

  private async send(send: Send): Promise<{ sent: number; refused: number }> {
    let sent = 0;
    let refused = 0;
    for (const service of ["funds", "activities"] as const) {
      const batch = this.pending()
        .filter((item) => item.service === service)
        .slice(0, 100);
      if (batch.length === 0) continue;
      const results = await send(service, batch);
      const byKey = new Map(results.map((r) => [r.idempotencyKey, r]));
      const next = this.all().flatMap((item): Queued[] => {
        const result = byKey.get(item.key);
        if (!result) return [item];
        if (result.status < 400) {
          sent++;
          return [];
        }
        if (result.status >= 500) return [item];
        refused++;
        const body = result.body as { detail?: string; title?: string } | null;
        return [{ ...item, refused: { status: result.status, message: body?.detail ?? body?.title ?? "" } }];
      });
      this.save(next);
    }
    return { sent, refused };
  }
}
