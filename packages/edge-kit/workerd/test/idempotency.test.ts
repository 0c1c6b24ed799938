import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, disableAccount, type OrgFixture, seedOrgFixture, tokenFor } from "../../testing/fixtures";

const URL_ = "http://x/kit-test/transfers";

async function transfer(token: string, body: unknown, key?: string) {
  const headers: Record<string, string> = { ...bearer(token), "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  const res = await exports.default.fetch(URL_, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined, text };
}

const transfersWritten = async () =>
  (await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'transfer'").first<{
    n: number;
  }>())!.n;
const keysStored = async () =>
  (await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys").first<{ n: number }>())!.n;

describe("retry-safe writes (Idempotency-Key)", () => {
  let fixture: OrgFixture;
  let treasurer: string;
  let otherTreasurer: string;
  beforeAll(async () => {
    fixture = await seedOrgFixture(env.DB);
    treasurer = await tokenFor(env.DB, "club_board", fixture.clubA);
    otherTreasurer = await tokenFor(env.DB, "club_board", fixture.clubB);
  });

  it("refuses a money-moving write without a key, naming the header, and writes nothing", async () => {
    const before = await transfersWritten();
    const res = await transfer(treasurer, { amount: 1000, note: "no key" });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ field: "Idempotency-Key" })]);
    const short = await transfer(treasurer, { amount: 1000, note: "short key" }, "abc");
    expect(short.status).toBe(400);
    expect(await transfersWritten()).toBe(before);
  });

  it("answers a retry with the first answer and posts nothing twice", async () => {
    const before = await transfersWritten();
    const key = crypto.randomUUID();
    const first = await transfer(treasurer, { amount: 250_000, note: "trả nợ tháng 5" }, key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // The same body with its keys in another order is the same request.
    const again = await transfer(treasurer, { note: "trả nợ tháng 5", amount: 250_000 }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.json).toEqual(first.json);
    expect(await transfersWritten()).toBe(before + 1);
  });

  it("refuses the same key with a different body (422) and posts nothing", async () => {
    const key = crypto.randomUUID();
    expect((await transfer(treasurer, { amount: 1000, note: "a" }, key)).status).toBe(201);
    const before = await transfersWritten();
    const res = await transfer(treasurer, { amount: 2000, note: "a" }, key);
    expect(res.status).toBe(422);
    expect(res.json.errors[0].field).toBe("Idempotency-Key");
    expect(await transfersWritten()).toBe(before);
  });

  it("keeps keys apart per account: another account's same key is its own operation", async () => {
    const key = crypto.randomUUID();
    const mine = await transfer(treasurer, { amount: 5000, note: "x" }, key);
    const theirs = await transfer(otherTreasurer, { amount: 5000, note: "x" }, key);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.json.id).not.toBe(mine.json.id);
  });

  it("posts once when 20 retries of one operation race, and every answer is the first", async () => {
    const before = await transfersWritten();
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => transfer(treasurer, { amount: 75_000, note: "race" }, key)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect(await transfersWritten()).toBe(before + 1);
  });

  it("documents the Idempotency-Key header as required on retry-safe routes", async () => {
    const doc = await (await exports.default.fetch("http://x/kit-test/openapi.json")).json<{
      paths: Record<
        string,
        Record<string, { parameters: { name: string; in: string; required: boolean }[] }>
      >;
    }>();
    expect(doc.paths["/kit-test/transfers"]!.post!.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
  });

  it("answers a disabled account 401 even when its body or key is missing or invalid, and writes nothing", async () => {
    const token = await tokenFor(env.DB, "club_board", fixture.clubA);
    await disableAccount(env.DB, token);
    const before = await transfersWritten();
    const invalidBody = await transfer(token, { amount: "lots" }, crypto.randomUUID());
    expect(invalidBody.status).toBe(401);
    const validBody = await transfer(token, { amount: 1, note: "x" }, crypto.randomUUID());
    expect(validBody.status).toBe(401);
    const noKey = await transfer(token, { amount: 1, note: "x" });
    expect(noKey.status).toBe(401);
    expect(await transfersWritten()).toBe(before);
  });

  it("stores no key when the batch fails, so a corrected retry goes through", async () => {
    const keysBefore = await keysStored();
    const before = await transfersWritten();
    const key = crypto.randomUUID();
    const failed = await transfer(treasurer, { amount: 1, note: "fail-in-batch" }, key);
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(failed.text).not.toMatch(/INSERT|audit_log|sqlite/i);
    expect(await transfersWritten()).toBe(before);
    expect(await keysStored()).toBe(keysBefore);
  });
});
