// Retry-safe writes (Idempotency-Key) and offline batches (POST /sync) on a real D1, in node: the
// kit's test worker (workerd/src/index.ts) and a service with a retry-safe write under a path id.
import { auditLog } from "@ishc/domain/schema";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { rows, startD1, type TestD1 } from "../test-node/d1";
import {
  accountIdOf,
  bearer,
  disableAccount,
  type OrgFixture,
  seedOrgFixture,
  tokenFor,
} from "../testing/fixtures";
import testWorker from "../workerd/src/index";
import { createServiceApp } from "./app";
import { canonicalJson, isKeyTaken, readIdempotencyKey, requestHash } from "./idempotency";
import { createRouter, defineRoute } from "./routes";
import { MAX_SYNC_OPERATIONS, runSync, syncTarget } from "./sync";

// biome-ignore lint/suspicious/noExplicitAny: reading JSON answers
type Json = any;

const base = { summary: "s", description: "d", tags: ["t"] };
const deposit = defineRoute({
  ...base,
  method: "post",
  path: "/accounts/:id/deposits",
  operationId: "deposit",
  idempotent: true,
  params: z.object({ id: z.string().regex(/^acc\d+$/) }),
  body: z.strictObject({ amount: z.number().int().positive() }),
  response: z.object({ id: z.string(), account: z.string(), amount: z.number(), waited: z.boolean() }),
  status: 201,
});
const unkeyedWrite = defineRoute({
  ...base,
  method: "post",
  path: "/careless",
  operationId: "careless",
  idempotent: true,
  body: z.strictObject({}),
  response: z.object({}),
});
const plainWrite = defineRoute({
  ...base,
  method: "post",
  path: "/plain",
  operationId: "plain",
  body: z.strictObject({ n: z.number() }),
  response: z.object({ n: z.number() }),
});
const badAnswer = defineRoute({
  ...base,
  method: "post",
  path: "/bad-answers",
  operationId: "badAnswer",
  idempotent: true,
  body: z.strictObject({}),
  response: z.object({ id: z.string() }),
});

const twice = defineRoute({
  ...base,
  method: "post",
  path: "/twice",
  operationId: "twice",
  idempotent: true,
  body: z.strictObject({}),
  response: z.object({}),
});

const accounts = createRouter()
  .add(twice, (ctx) => {
    // The same id twice: the database refuses the whole batch on audit_log's primary key.
    const id = crypto.randomUUID();
    const insert = () =>
      ctx.db.run(
        sql`INSERT INTO ${auditLog} (id, at, service, action, entity, entity_id) VALUES (${id}, 'now', 'bank', 'twice', 'x', 'x')`,
      );
    return ctx.commit([insert(), insert()], {});
  })
  .add(deposit, async (ctx, { params, body }) => {
    const id = crypto.randomUUID();
    // Work after the answer, as a worker does with waitUntil: present whenever the runtime gives a context.
    let waited = false;
    try {
      ctx.c.executionCtx.waitUntil(Promise.resolve());
      waited = true;
    } catch {
      waited = false;
    }
    return ctx.commit(
      [ctx.audit({ action: "deposit", entity: "account", entityId: params.id, detail: { id, ...body } })],
      { id, account: params.id, amount: body.amount, waited },
    );
  })
  .add(unkeyedWrite, async (ctx) => {
    await ctx.write([ctx.audit({ action: "careless", entity: "x", entityId: "x" })]);
    return {};
  })
  .add(plainWrite, async (ctx, { body }) => {
    await ctx.commit([ctx.audit({ action: "plain", entity: "x", entityId: String(body.n) })], body);
    return body;
  })
  .add(
    badAnswer,
    (ctx) => ctx.commit([ctx.audit({ action: "bad-answer", entity: "x", entityId: "x" })], {}) as never,
  );

const buildBank = () =>
  createServiceApp({
    service: "bank",
    title: "Bank",
    version: "1",
    description: "Retry-safe writes on a real D1",
    routers: [accounts],
  });
// Built per request: each test that calls it runs the app's construction too, so StrykerJS
// attributes the construction code to the tests that depend on it.
const bank = {
  fetch: (request: Request, env: object, executionCtx?: ExecutionContext) =>
    buildBank().fetch(request, env, executionCtx),
};

let d1: TestD1;
let fixture: OrgFixture;
let treasurer: string;
let otherTreasurer: string;

beforeAll(async () => {
  d1 = await startD1();
  fixture = await seedOrgFixture(d1.DB);
  treasurer = await tokenFor(d1.DB, "club_board", fixture.clubA);
  otherTreasurer = await tokenFor(d1.DB, "club_board", fixture.clubB);
}, 30_000);
afterAll(() => d1?.dispose());

type App = {
  fetch(request: Request, env: unknown, executionCtx?: ExecutionContext): Response | Promise<Response>;
};

async function post(app: App, url: string, token: string, body: unknown, key?: string, raw?: string) {
  const headers: Record<string, string> = { ...bearer(token), "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  const res = await app.fetch(
    new Request(url, { method: "POST", headers, body: raw ?? JSON.stringify(body) }),
    d1.env,
  );
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: (text ? JSON.parse(text) : undefined) as Json,
  };
}

const transfer = (token: string, body: unknown, key?: string) =>
  post(testWorker, "http://x/kit-test/transfers", token, body, key);
const count = async (action: string) =>
  (await rows<{ n: number }>(d1.DB, "SELECT count(*) AS n FROM audit_log WHERE action = ?", action))[0]!.n;
const storedKeys = () =>
  rows<{
    user_id: string;
    key: string;
    service: string;
    request_hash: string;
    response_status: number;
    response_body: string;
    created_at: string;
  }>(d1.DB, "SELECT * FROM idempotency_keys");

describe("retry-safe writes (Idempotency-Key)", () => {
  it("refuses a write without a usable key, naming the header, and writes nothing", async () => {
    const before = await count("transfer");
    const missing = await transfer(treasurer, { amount: 1000, note: "no key" });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      code: "MALFORMED_REQUEST",
      detail: "This write moves money: send an Idempotency-Key header",
      errors: [
        { field: "Idempotency-Key", message: "is required: a unique value per operation, reused on retries" },
      ],
    });
    expect((await transfer(treasurer, { amount: 1000, note: "empty" }, "")).json.detail).toBe(
      "This write moves money: send an Idempotency-Key header",
    );
    for (const key of ["1234567", "x".repeat(201), "has space1", "khóa-12345"]) {
      const res = await transfer(treasurer, { amount: 1000, note: "bad key" }, key);
      expect(res.status, key).toBe(400);
      expect(res.json).toMatchObject({
        detail: "The Idempotency-Key header is not usable",
        errors: [
          {
            field: "Idempotency-Key",
            message: "must be 8 to 200 visible ASCII characters (a UUID is ideal)",
          },
        ],
      });
    }
    expect(await count("transfer")).toBe(before);
    for (const key of ["12345678", "~".repeat(200), "!#$%&'()*+,-./:;<=>?@[]^_`{|}"]) {
      expect((await transfer(treasurer, { amount: 1, note: "edge key" }, key)).status, key).toBe(201);
    }
  });

  it("answers a retry with the first answer, stored under the account and key, and posts nothing twice", async () => {
    const before = await count("transfer");
    const key = crypto.randomUUID();
    const first = await transfer(treasurer, { amount: 250_000, note: "trả nợ tháng 5" }, key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await transfer(treasurer, { note: "trả nợ tháng 5", amount: 250_000 }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(again.json).toEqual(first.json);
    expect(await count("transfer")).toBe(before + 1);
    const [stored] = (await storedKeys()).filter((k) => k.key === key);
    expect(stored).toMatchObject({
      user_id: accountIdOf(treasurer),
      service: "kit-test",
      response_status: 201,
      request_hash: await requestHash("POST", "/kit-test/transfers", {
        amount: 250_000,
        note: "trả nợ tháng 5",
      }),
    });
    expect(JSON.parse(stored!.response_body)).toEqual(first.json);
    expect(Math.abs(Date.parse(stored!.created_at) - Date.now())).toBeLessThan(60_000);
  });

  it("refuses the same key with a different body or path (422) and posts nothing", async () => {
    const key = crypto.randomUUID();
    expect((await transfer(treasurer, { amount: 1000, note: "a" }, key)).status).toBe(201);
    const before = await count("transfer");
    const res = await transfer(treasurer, { amount: 2000, note: "a" }, key);
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      detail: "This Idempotency-Key was used for a different request",
      errors: [
        { field: "Idempotency-Key", message: "was already used with another body or path; use a new key" },
      ],
    });
    expect(await count("transfer")).toBe(before);

    const depositKey = crypto.randomUUID();
    const one = await post(
      bank,
      "http://x/bank/accounts/acc1/deposits",
      treasurer,
      { amount: 5 },
      depositKey,
    );
    expect(one.status).toBe(201);
    const other = await post(
      bank,
      "http://x/bank/accounts/acc2/deposits",
      treasurer,
      { amount: 5 },
      depositKey,
    );
    expect(other.status).toBe(422);
  });

  it("keeps keys apart per account: another account's same key is its own operation", async () => {
    const key = crypto.randomUUID();
    const mine = await transfer(treasurer, { amount: 5000, note: "x" }, key);
    const theirs = await transfer(otherTreasurer, { amount: 5000, note: "x" }, key);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.json.id).not.toBe(mine.json.id);
  });

  // Racing retries are tested in workerd (workerd/test/idempotency.test.ts): Miniflare's D1 proxy,
  // which these node tests go through, serves one call at a time and fails under concurrent calls.
  it("posts once when one operation is retried many times, and every answer is the first", async () => {
    const before = await count("transfer");
    const key = crypto.randomUUID();
    const answers = [];
    for (let i = 0; i < 12; i++)
      answers.push(await transfer(treasurer, { amount: 75_000, note: "race" }, key));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect(await count("transfer")).toBe(before + 1);
  });

  it("answers a disabled account 401 even when its body or key is missing or invalid, and writes nothing", async () => {
    const token = await tokenFor(d1.DB, "club_board", fixture.clubA);
    await disableAccount(d1.DB, token);
    const before = await count("transfer");
    expect((await transfer(token, { amount: "lots" }, crypto.randomUUID())).status).toBe(401);
    expect((await transfer(token, { amount: 1, note: "x" }, crypto.randomUUID())).status).toBe(401);
    expect((await transfer(token, { amount: 1, note: "x" })).status).toBe(401);
    expect(await count("transfer")).toBe(before);
    // An enabled account with an invalid body learns what is wrong with it.
    expect((await transfer(treasurer, { amount: "lots" }, crypto.randomUUID())).status).toBe(422);
  });

  it("stores no key when the batch fails, so a corrected retry goes through", async () => {
    const keysBefore = (await storedKeys()).length;
    const before = await count("transfer");
    const key = crypto.randomUUID();
    const failed = await transfer(treasurer, { amount: 1, note: "fail-in-batch" }, key);
    expect(failed.status).toBe(500);
    expect(failed.text).not.toMatch(/INSERT|audit_log|sqlite/i);
    expect(await count("transfer")).toBe(before);
    expect((await storedKeys()).length).toBe(keysBefore);
    expect((await transfer(treasurer, { amount: 1, note: "corrected" }, key)).status).toBe(201);
  });

  it("answers a batch the database refuses on another table's key 409, storing no key", async () => {
    const keysBefore = (await storedKeys()).length;
    const res = await post(bank, "http://x/bank/twice", treasurer, {}, crypto.randomUUID());
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("CONFLICT");
    expect(await count("twice")).toBe(0);
    expect((await storedKeys()).length).toBe(keysBefore);
  });

  it("refuses ctx.write on a retry-safe route, and a commit without a key on a plain route is a plain write", async () => {
    const careless = await post(bank, "http://x/bank/careless", treasurer, {}, crypto.randomUUID());
    expect(careless.status).toBe(500);
    expect(await count("careless")).toBe(0);
    const plain = await post(bank, "http://x/bank/plain", treasurer, { n: 7 });
    expect(plain.status).toBe(200);
    expect(plain.json).toEqual({ n: 7 });
    expect(await count("plain")).toBe(1);
    const again = await post(bank, "http://x/bank/plain", treasurer, { n: 7 });
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(await count("plain")).toBe(2);
  });

  it("stores no answer that breaks the route's contract, and writes nothing with it", async () => {
    const res = await post(bank, "http://x/bank/bad-answers", treasurer, {}, crypto.randomUUID());
    expect(res.status).toBe(500);
    expect(await count("bad-answer")).toBe(0);
  });
});

describe("offline batches (POST /sync)", () => {
  const op = (key: string, body: unknown, path = "/transfers") => ({
    idempotencyKey: key,
    method: "post",
    path,
    body,
  });
  const sync = (token: string, body: unknown) => post(testWorker, "http://x/kit-test/sync", token, body);

  it("applies each operation on its own, in order, and a resent batch posts nothing twice", async () => {
    const before = await count("transfer");
    const batch = {
      operations: [
        op("offline-key-0001", { amount: 10_000, note: "phí tháng 3" }),
        op("offline-key-0002", { amount: -5, note: "a typo on the phone" }),
        op("offline-key-0003", { amount: 20_000, note: "phí tháng 4" }),
      ],
    };
    const first = await sync(treasurer, batch);
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({ applied: 2, refused: 1 });
    expect(first.json.results.map((r: { status: number }) => r.status)).toEqual([201, 422, 201]);
    expect(first.json.results[0]).toEqual({
      idempotencyKey: "offline-key-0001",
      status: 201,
      replayed: false,
      body: { id: expect.any(String), amount: 10_000, note: "phí tháng 3" },
    });
    expect(first.json.results[1].body).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await count("transfer")).toBe(before + 2);

    const again = await sync(treasurer, batch);
    expect(
      again.json.results.map((r: { status: number; replayed: boolean }) => [r.status, r.replayed]),
    ).toEqual([
      [201, true],
      [422, false],
      [201, true],
    ]);
    expect(again.json.results[0].body).toEqual(first.json.results[0].body);
    expect(await count("transfer")).toBe(before + 2);
  });

  it("runs each operation as the caller: a disabled account's batch applies nothing", async () => {
    const token = await tokenFor(d1.DB, "club_board", fixture.clubA);
    const before = await count("transfer");
    await disableAccount(d1.DB, token);
    const res = await sync(token, { operations: [op("offline-key-0201", { amount: 1, note: "x" })] });
    expect(res.status).toBe(401);
    expect(await count("transfer")).toBe(before);
  });

  it("refuses a batch naming a path that is not a retry-safe write, applying none of it", async () => {
    const before = await count("transfer");
    const res = await sync(treasurer, {
      operations: [
        op("offline-key-0101", { amount: 1, note: "ok" }),
        op("offline-key-0102", {}, "/session"),
        op("offline-key-0103", {}, "/sync"),
      ],
    });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      detail: "Some operations cannot be synced",
      errors: [
        { field: "operations.1.path", message: "is not a retry-safe write of this service" },
        { field: "operations.2.path", message: "is not a retry-safe write of this service" },
      ],
    });
    expect(await count("transfer")).toBe(before);
  });

  it("refuses malformed operations by field", async () => {
    const bad = await sync(treasurer, {
      operations: [
        { ...op("short", {}), method: "post" },
        { ...op("offline-key-0301", {}), method: "get" },
        op("offline-key-0302", {}, "transfers"),
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e: { field: string }) => e.field)).toEqual([
      "operations.0.idempotencyKey",
      "operations.1.method",
      "operations.2.path",
    ]);
    const many = Array.from({ length: MAX_SYNC_OPERATIONS + 1 }, (_, i) => op(`offline-key-${1000 + i}`, {}));
    expect((await sync(treasurer, { operations: many })).status).toBe(422);
    expect((await sync(treasurer, { operations: [] })).status).toBe(422);
  });

  it("passes the worker's execution context to each operation", async () => {
    const waits: Promise<unknown>[] = [];
    const executionCtx = {
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      passThroughOnException() {},
      props: {},
    };
    const res = await bank.fetch(
      new Request("http://x/bank/sync", {
        method: "POST",
        headers: { ...bearer(treasurer), "content-type": "application/json" },
        body: JSON.stringify({
          operations: [op("offline-key-0401", { amount: 3 }, "/accounts/acc9/deposits")],
        }),
      }),
      d1.env,
      executionCtx as unknown as ExecutionContext,
    );
    const json = (await res.json()) as {
      results: { status: number; body: { waited: boolean; account: string } }[];
    };
    expect(json.results[0]).toMatchObject({ status: 201, body: { waited: true, account: "acc9" } });
    expect(waits.length).toBeGreaterThan(0);
    // Without one (a script or a test), the operations still run.
    const bare = await post(bank, "http://x/bank/sync", treasurer, {
      operations: [op("offline-key-0402", { amount: 3 }, "/accounts/acc9/deposits")],
    });
    expect(bare.json.results[0]).toMatchObject({ status: 201, body: { waited: false } });
  });

  it("is offered only by a service with retry-safe writes", async () => {
    const plainApp = createServiceApp({
      service: "plain",
      title: "Plain",
      version: "1",
      description: "No retry-safe writes",
      routers: [createRouter().add(plainWrite, (_ctx, { body }) => body)],
    });
    const res = await post(plainApp, "http://x/plain/sync", treasurer, { operations: [] });
    expect(res.status).toBe(404);
    const doc = (await (await bank.fetch(new Request("http://x/bank/openapi.json"), d1.env)).json()) as {
      paths: Record<
        string,
        Record<string, { parameters: { name: string; in: string; required: boolean }[] }>
      >;
    };
    expect(Object.keys(doc.paths)).toContain("/bank/sync");
    expect(doc.paths["/bank/accounts/{id}/deposits"]!.post!.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
    expect(doc.paths["/bank/plain"]!.post!.parameters.map((p) => p.name)).not.toContain("Idempotency-Key");
  });
});

describe("the pieces of a retry-safe write", () => {
  it("hashes the method, path and body, with the body's keys in any order", async () => {
    const hash = await requestHash("POST", "/a", { b: 1, a: [1, { d: 2, c: null }] });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await requestHash("POST", "/a", { a: [1, { c: null, d: 2 }], b: 1 })).toBe(hash);
    expect(await requestHash("PUT", "/a", { b: 1, a: [1, { d: 2, c: null }] })).not.toBe(hash);
    expect(await requestHash("POST", "/b", { b: 1, a: [1, { d: 2, c: null }] })).not.toBe(hash);
    expect(await requestHash("POST", "/a", { b: 2, a: [1, { d: 2, c: null }] })).not.toBe(hash);
    // A known digest: the input is `POST /a\n{"x":1}`.
    const { createHash } = await import("node:crypto");
    expect(await requestHash("POST", "/a", { x: 1 })).toBe(
      createHash("sha256").update('POST /a\n{"x":1}').digest("hex"),
    );
    expect(await requestHash("POST", "/a", undefined)).toBe(
      createHash("sha256").update("POST /a\nnull").digest("hex"),
    );
  });

  it("writes canonical JSON: keys sorted, undefined left out, arrays in order", () => {
    expect(canonicalJson({ b: 1, a: "x", c: undefined, B: true })).toBe('{"B":true,"a":"x","b":1}');
    expect(canonicalJson([3, { z: null, y: [2, 1] }])).toBe('[3,{"y":[2,1],"z":null}]');
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson("đ")).toBe('"đ"');
    expect(canonicalJson({ a: 1, aa: 2, "": 0 })).toBe('{"":0,"a":1,"aa":2}');
    expect(canonicalJson({ b: 1, a: 1 })).toBe('{"a":1,"b":1}');
    expect(canonicalJson({ a: 1, b: 1 })).toBe('{"a":1,"b":1}');
  });

  it("knows a taken key from any other database error, in the message or its cause", () => {
    expect(
      isKeyTaken(new Error("UNIQUE constraint failed: idempotency_keys.user_id, idempotency_keys.key")),
    ).toBe(true);
    expect(
      isKeyTaken(
        new Error("D1_ERROR", { cause: new Error("unique constraint failed: IDEMPOTENCY_KEYS.key") }),
      ),
    ).toBe(true);
    expect(isKeyTaken(new Error("UNIQUE constraint failed: users.login"))).toBe(false);
    expect(isKeyTaken(new Error("D1_ERROR", { cause: "something else" }))).toBe(false);
    expect(isKeyTaken("UNIQUE constraint failed: idempotency_keys.key")).toBe(false);
  });

  it("reads the key from the header, refusing an empty or unusable one", () => {
    const headerOf = (value: string | undefined) =>
      ({ req: { header: () => value } }) as unknown as Parameters<typeof readIdempotencyKey>[0];
    expect(readIdempotencyKey(headerOf("k".repeat(8)))).toBe("kkkkkkkk");
    expect(() => readIdempotencyKey(headerOf(undefined))).toThrow(/send an Idempotency-Key header/);
    expect(() => readIdempotencyKey(headerOf("\tabcdefgh"))).toThrow(/not usable/);
    expect(() => readIdempotencyKey(headerOf("abcdefgh\n"))).toThrow(/not usable/);
  });

  it("matches an operation only to a retry-safe POST of the service", () => {
    const specs = [
      deposit,
      plainWrite,
      { ...deposit, method: "patch" as const, operationId: "x", path: "/p/:id" },
    ];
    expect(syncTarget("/accounts/acc1/deposits", specs)).toBe(deposit);
    expect(syncTarget("/plain", specs)).toBeUndefined();
    expect(syncTarget("/p/1", specs)).toBeUndefined();
    expect(syncTarget("/accounts//deposits", specs)).toBeUndefined();
  });

  it("counts answers under 400 as applied, and reads an empty answer as null", async () => {
    const answers = [
      new Response(null, { status: 204 }),
      new Response('{"a":1}', { status: 399 }),
      new Response("{}", { status: 400 }),
    ];
    const result = await runSync(
      ["k-000001", "k-000002", "k-000003"].map((key) => ({
        idempotencyKey: key,
        method: "post" as const,
        path: "/accounts/acc1/deposits",
        body: {},
      })),
      [deposit],
      async () => answers.shift()!,
    );
    expect(result).toEqual({
      applied: 2,
      refused: 1,
      results: [
        { idempotencyKey: "k-000001", status: 204, replayed: false, body: null },
        { idempotencyKey: "k-000002", status: 399, replayed: false, body: { a: 1 } },
        { idempotencyKey: "k-000003", status: 400, replayed: false, body: {} },
      ],
    });
  });
});
