import { describe, expect, it } from "vitest";
import { csvRows, fold, matches, parseDate, parseMoney, showDate, showMoney, showShare } from "../ui/format";
import { Outbox, type Queued, type SyncResult } from "../ui/queue";

describe("Vietnamese formats", () => {
  it("shows dates as dd/mm/yyyy and reads them back", () => {
    expect(showDate("2025-05-12")).toBe("12/05/2025");
    expect(parseDate("12/05/2025")).toBe("2025-05-12");
    expect(parseDate("1/5/2025")).toBe("2025-05-01");
    expect(parseDate("31/02/2025")).toBeNull();
    expect(parseDate("2025-05-12")).toBe("2025-05-12");
  });

  it("shows money as 1.234.000 ₫ and reads amounts typed with dots or spaces", () => {
    expect(showMoney(1234000)).toBe("1.234.000\u00a0₫");
    expect(showMoney(0)).toBe("0\u00a0₫");
    expect(parseMoney("1.234.000")).toBe(1234000);
    expect(parseMoney("500 000 ₫")).toBe(500000);
    expect(parseMoney("12,5")).toBeNull();
    expect(parseMoney("0")).toBeNull();
    expect(showShare(0.4167)).toBe("41,7\u00a0%");
  });

  it("searches names without diacritics", () => {
    expect(fold("Nguyễn Thị Hoà  ĐINH")).toBe("nguyen thi hoa dinh");
    expect(matches("Nguyễn Thị Hoà", "nguyen hoa")).toBe(true);
    expect(matches("Nguyễn Thị Hoà", "hoang")).toBe(false);
  });

  it("splits a register into rows numbered by line, as the API counts them", () => {
    const rows = csvRows('\uFEFFHọ và tên;Giới tính\r\n"Lò, Văn A";Nam\r\n\r\nB;Nữ\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ["Họ và tên", "Giới tính"] },
      { line: 2, cells: ["Lò, Văn A", "Nam"] },
      { line: 4, cells: ["B", "Nữ"] },
    ]);
  });
});

describe("the outbox", () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
  };
  let n = 0;
  const write = { service: "funds" as const, path: "/loans/l1/repayments", body: { amount: 1 }, label: "x" };

  it("keeps a write's key across failed sends and drops it once answered", async () => {
    const box = new Outbox(memory(), () => `key-${++n}`);
    const item = box.add(write);
    const sent: string[][] = [];
    const failing = async (_: string, ops: Queued[]) => {
      sent.push(ops.map((o) => o.key));
      throw new Error("offline");
    };
    await expect(box.flush(failing)).rejects.toThrow("offline");
    expect(box.pending().map((q) => q.key)).toEqual([item.key]);
    const ok = async (_: string, ops: Queued[]): Promise<SyncResult[]> => {
      sent.push(ops.map((o) => o.key));
      return ops.map((o) => ({ idempotencyKey: o.key, status: 201, replayed: true, body: {} }));
    };
    expect(await box.flush(ok)).toEqual({ sent: 1, refused: 0 });
    expect(sent).toEqual([[item.key], [item.key]]);
    expect(box.all()).toEqual([]);
  });

  it("sends once when flushed twice at the same time, and keeps refusals to show", async () => {
    const box = new Outbox(memory(), () => `key-${++n}`);
    box.add(write);
    let calls = 0;
    const send = async (_: string, ops: Queued[]): Promise<SyncResult[]> => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return ops.map((o) => ({
        idempotencyKey: o.key,
        status: 422,
        replayed: false,
        body: { detail: "too much" },
      }));
    };
    const [a, b] = await Promise.all([box.flush(send), box.flush(send)]);
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(box.pending()).toEqual([]);
    expect(box.all()[0]?.refused).toEqual({ status: 422, message: "too much" });
  });

  it("sends what is queued after a flush that found nothing to send", async () => {
    // The console flushes at load and at sign-in, usually with nothing queued; a later write
    // must still reach the service, not get that first flush's empty answer again.
    const box = new Outbox(memory(), () => `key-${++n}`);
    const sent: string[][] = [];
    const send = async (_: string, ops: Queued[]): Promise<SyncResult[]> => {
      sent.push(ops.map((o) => o.key));
      return ops.map((o) => ({ idempotencyKey: o.key, status: 201, replayed: false, body: {} }));
    };
    expect(await box.flush(send)).toEqual({ sent: 0, refused: 0 });
    const item = box.add(write);
    expect(await box.flush(send)).toEqual({ sent: 1, refused: 0 });
    expect(sent).toEqual([[item.key]]);
    expect(box.all()).toEqual([]);
  });

  it("sends again after a send that failed before its first answer", async () => {
    const box = new Outbox(memory(), () => `key-${++n}`);
    const item = box.add(write);
    const throwing = (): Promise<SyncResult[]> => {
      throw new Error("no network");
    };
    await expect(box.flush(throwing)).rejects.toThrow("no network");
    const ok = async (_: string, ops: Queued[]): Promise<SyncResult[]> =>
      ops.map((o) => ({ idempotencyKey: o.key, status: 201, replayed: true, body: {} }));
    expect(await box.flush(ok)).toEqual({ sent: 1, refused: 0 });
    expect(box.all().map((q) => q.key)).not.toContain(item.key);
  });

  it("tells its listeners while a send is under way", async () => {
    const box = new Outbox(memory(), () => `key-${++n}`);
    box.add(write);
    const seen: boolean[] = [];
    box.subscribe(() => seen.push(box.busy));
    let answer: (r: SyncResult[]) => void = () => {};
    const send = (_: string, ops: Queued[]) =>
      new Promise<SyncResult[]>((resolve) => {
        answer = () =>
          resolve(ops.map((o) => ({ idempotencyKey: o.key, status: 201, replayed: false, body: {} })));
      });
    const flushing = box.flush(send);
    expect(box.busy).toBe(true);
    answer([]);
    await flushing;
    expect(box.busy).toBe(false);
    expect(seen[0]).toBe(true);
    expect(seen.at(-1)).toBe(false);
  });
});
