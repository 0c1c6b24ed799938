import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, seedOrgFixture, tokenFor } from "../../testing/fixtures";

async function sync(token: string, body: unknown) {
  const res = await exports.default.fetch("http://x/kit-test/sync", {
    method: "POST",
    headers: { ...bearer(token), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  type SyncAnswer = { applied: number; refused: number; results: { status: number; replayed: boolean }[] };
  return { status: res.status, json: await res.json<SyncAnswer>() };
}

const transfersWritten = async () =>
  (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'transfer'").first<{
    n: number;
  }>())!.n;

describe("offline batches (POST /sync)", () => {
  let token: string;
  beforeAll(async () => {
    token = await tokenFor(env.DB, "club_board", (await seedOrgFixture(env.DB)).clubA);
  });

  const op = (key: string, body: unknown) => ({
    idempotencyKey: key,
    method: "post",
    path: "/transfers",
    body,
  });

  it("applies each operation on its own, in order, and a resent batch posts nothing twice", async () => {
    const before = await transfersWritten();
    const batch = {
      operations: [
        op("offline-key-0001", { amount: 10_000, note: "phí tháng 3" }),
        op("offline-key-0002", { amount: -5, note: "a typo on the phone" }),
        op("offline-key-0003", { amount: 20_000, note: "phí tháng 4" }),
      ],
    };
    const first = await sync(token, batch);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ applied: 2, refused: 1 });
    const results = first.json.results;
    expect(results.map((r) => r.status)).toEqual([201, 422, 201]);
    expect(await transfersWritten()).toBe(before + 2);

    const again = await sync(token, batch);
    const replays = again.json.results;
    expect(replays.map((r) => [r.status, r.replayed])).toEqual([
      [201, true],
      [422, false],
      [201, true],
    ]);
    expect(await transfersWritten()).toBe(before + 2);
  });

  it("refuses a batch naming a path that is not a retry-safe write, applying none of it", async () => {
    const before = await transfersWritten();
    const res = await sync(token, {
      operations: [
        op("offline-key-0101", { amount: 1, note: "ok" }),
        { ...op("offline-key-0102", {}), path: "/session" },
      ],
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.json)).toContain("operations.1.path");
    expect(await transfersWritten()).toBe(before);
  });
});
