// The handler context against a real D1 (Miniflare, migrated): reads with the account check in the
// same batch, writes with their audit rows, guarded writes, scope by path and by unit id, paging.
import { orgUnits, users } from "@ishc/domain/schema";
import { and, asc, eq, gt, sql } from "drizzle-orm";
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
import { createServiceApp } from "./app";
import { requireWriter } from "./auth";
import type { FixedRead } from "./context";
import { chunkForInsert, insertWhere } from "./db";
import { decodeCursor, toPage } from "./pagination";
import { createRouter, defineRoute } from "./routes";
import { findInScope, inScope, withinSubtree } from "./scope";

const unitId = z.string().regex(/^org_[0-9A-Z]{26}$/);
const unitView = z.object({ id: z.string(), name: z.string(), path: z.string() });
const base = { summary: "s", description: "d", tags: ["t"] };

const getUnit = defineRoute({
  ...base,
  method: "get",
  path: "/units/:id",
  operationId: "getUnit",
  params: z.object({ id: unitId }),
  response: unitView,
});
const listUnits = defineRoute({
  ...base,
  method: "get",
  path: "/units",
  operationId: "listUnits",
  query: z.object({
    limit: z.coerce.number().int().min(1).max(50).default(2),
    cursor: z.string().optional(),
    by: z.enum(["unit", "path"]).default("unit"),
  }),
  response: z.object({ items: z.array(unitView), nextCursor: z.string().nullable() }),
});
const noteUnit = defineRoute({
  ...base,
  method: "post",
  path: "/units/:id/notes",
  operationId: "noteUnit",
  params: z.object({ id: unitId }),
  body: z.strictObject({ text: z.string().min(1) }),
  response: z.object({ entityId: z.string() }),
  status: 201,
});
const renameUnit = defineRoute({
  ...base,
  method: "post",
  path: "/units/:id/rename",
  operationId: "renameUnit",
  params: z.object({ id: unitId }),
  body: z.strictObject({ name: z.string().min(1) }),
  response: z.object({ name: z.string() }),
});
const noteMany = defineRoute({
  ...base,
  method: "post",
  path: "/notes",
  operationId: "noteMany",
  body: z.strictObject({ entityIds: z.array(z.string()) }),
  response: z.object({ written: z.number() }),
});
const accountsWithUnits = defineRoute({
  ...base,
  method: "get",
  path: "/accounts",
  operationId: "listAccounts",
  response: z.array(z.object({ userId: z.string(), unitId: z.string(), unitName: z.string() })),
});
const unitWithParent = defineRoute({
  ...base,
  method: "get",
  path: "/units/:id/parent",
  operationId: "getUnitWithParent",
  params: z.object({ id: unitId }),
  response: z.object({ id: z.string(), path: z.string(), parentId: z.string(), parentName: z.string() }),
});
const answerOnly = defineRoute({
  ...base,
  method: "get",
  path: "/ping",
  operationId: "ping",
  response: z.object({ pong: z.literal(true) }),
});
const whoIsPublic = defineRoute({
  ...base,
  method: "get",
  path: "/who",
  operationId: "who",
  public: true,
  response: z.object({ sub: z.string() }),
});

const units = createRouter()
  .add(getUnit, (ctx, { params }) =>
    findInScope(
      ctx,
      ctx.db
        .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
        .from(orgUnits)
        .where(eq(orgUnits.id, params.id)),
      "org unit",
    ),
  )
  .add(listUnits, async (ctx, { query }) => {
    const after = decodeCursor(query.cursor);
    const select = (within: ReturnType<typeof withinSubtree>) =>
      ctx.db
        .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
        .from(orgUnits)
        .where(and(within, after ? gt(orgUnits.id, after) : undefined))
        .orderBy(asc(orgUnits.id))
        .limit(query.limit + 1);
    if (query.by === "unit") {
      const [found] = await ctx.read(select(withinSubtree(orgUnits.path, { org: ctx.user.org })));
      return toPage(found, query.limit);
    }
    await ctx.read(); // the account check: the caller's unit as it stands now
    const [found] = await ctx.read(select(withinSubtree(orgUnits.path, ctx.user.path)));
    return toPage(found, query.limit);
  })
  .add(noteUnit, async (ctx, { params, body }) => {
    requireWriter(ctx.user, "write notes");
    const unit = await findInScope(
      ctx,
      ctx.db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, params.id)),
      "org unit",
    );
    await ctx.write([
      ctx.audit({ action: "note", entity: "org_unit", entityId: params.id, detail: { text: body.text } }),
    ]);
    return { entityId: unit.path };
  })
  .add(renameUnit, async (ctx, { params, body }) => {
    await ctx.write([
      ctx.db
        .update(orgUnits)
        .set({ name: body.name })
        .where(and(eq(orgUnits.id, params.id), sql`${orgUnits.name} <> ${body.name}`)),
      ctx.auditIfChanged({ action: "rename", entity: "org_unit", entityId: params.id, orgUnitId: params.id }),
    ]);
    return { name: body.name };
  })
  .add(noteMany, async (ctx, { body }) => {
    const results = await ctx.writeAll(
      body.entityIds.map((entityId) => ctx.audit({ action: "bulk-note", entity: "thing", entityId })),
    );
    return { written: results.length };
  })
  .add(accountsWithUnits, async (ctx) => {
    const [found] = await ctx.read(
      ctx.db
        .select({ userId: users.id, unitId: orgUnits.id, unitName: orgUnits.name })
        .from(users)
        .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
        .where(eq(users.id, ctx.user.sub)),
    );
    return found;
  })
  .add(unitWithParent, async (ctx, { params }) => {
    // Both tables' `id` and `name` come back: the read's own map sees them under unique names.
    const [found] = await ctx.read({
      sql: `SELECT * FROM (SELECT u.id, u.name, u.path, p.id, p.name FROM org_units u
        JOIN org_units p ON p.id = u.parent_id WHERE u.id = ?1)`,
      params: [params.id],
      map: (rows) =>
        rows.map((r) => ({
          id: r.id as string,
          path: r.path as string,
          parentId: r["id:1"] as string,
          parentName: r["name:1"] as string,
        })),
    } satisfies FixedRead<{ id: string; path: string; parentId: string; parentName: string }[]>);
    return inScope(ctx.user, found, "org unit");
  })
  .add(answerOnly, () => ({ pong: true as const }))
  .add(whoIsPublic, (ctx) => ({ sub: ctx.user.sub }));

const buildApp = () =>
  createServiceApp({
    service: "kit",
    title: "Kit",
    version: "9.9.9",
    description: "The kit's handler context on a real D1",
    routers: [units],
  });
// Built per request: each test that calls it runs the app's construction too, so StrykerJS
// attributes the construction code to the tests that depend on it.
const app = {
  fetch: (request: Request, env: object, executionCtx?: ExecutionContext) =>
    buildApp().fetch(request, env, executionCtx),
};

let d1: TestD1;
let fixture: OrgFixture;
let officerA: string;
let viewerA: string;

beforeAll(async () => {
  d1 = await startD1();
  fixture = await seedOrgFixture(d1.DB);
  officerA = await tokenFor(d1.DB, "commune_officer", fixture.communeA);
  viewerA = await tokenFor(d1.DB, "viewer", fixture.communeA);
}, 30_000);
afterAll(() => d1?.dispose());

async function call(path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = token ? bearer(token) : {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await app.fetch(
    new Request(`http://x/kit${path}`, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    d1.env,
  );
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: reading JSON answers
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as any };
}

const auditRows = (action: string) =>
  rows<{
    actor_user_id: string | null;
    service: string;
    entity: string;
    entity_id: string;
    org_unit_id: string | null;
    request_id: string | null;
    detail: string | null;
    at: string;
    id: string;
  }>(d1.DB, "SELECT * FROM audit_log WHERE action = ? ORDER BY at, id", action);

describe("reads through the handler context", () => {
  it("answers a unit in the caller's subtree, and 404 for one outside it or unknown", async () => {
    const own = await call(`/units/${fixture.clubA.id}`, officerA);
    expect(own.status).toBe(200);
    expect(own.json).toEqual({ id: fixture.clubA.id, name: fixture.clubA.name, path: fixture.clubA.path });
    const sibling = await call(`/units/${fixture.clubB.id}`, officerA);
    expect(sibling.status).toBe(404);
    expect(sibling.json).toMatchObject({
      code: "NOT_FOUND",
      detail: "No org unit with that id is visible to you",
    });
    const parent = await call(`/units/${fixture.province.id}`, officerA);
    expect(parent.status).toBe(404);
    const unknown = await call("/units/org_00000000000000000000000000", officerA);
    expect(unknown.status).toBe(404);
  });

  it("refuses a malformed id as 404 before any query", async () => {
    const res = await call("/units/not-an-id", officerA);
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: "NOT_FOUND", detail: "Nothing has an id like that" });
  });

  it("lists the caller's subtree by unit id and by path alike, a page at a time", async () => {
    for (const by of ["unit", "path"]) {
      const first = await call(`/units?limit=1&by=${by}`, officerA);
      expect(first.status).toBe(200);
      expect(first.json.items).toHaveLength(1);
      expect(first.json.nextCursor).toEqual(expect.any(String));
      const second = await call(`/units?limit=1&by=${by}&cursor=${first.json.nextCursor}`, officerA);
      expect(second.json.nextCursor).toBeNull();
      const seen = [...first.json.items, ...second.json.items].map((u: { id: string }) => u.id).sort();
      // commune A and its club; not the province, not commune B or its club
      expect(seen).toEqual([fixture.communeA.id, fixture.clubA.id].sort());
    }
    const province = await tokenFor(d1.DB, "province_admin", fixture.province);
    const all = await call("/units?limit=50", province);
    expect(all.json.items.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining([fixture.province.id, fixture.communeB.id, fixture.clubB.id]),
    );
  });

  it("keeps a look-alike sibling path out of a subtree (its path only starts the same)", async () => {
    // A unit whose path is commune A's path with a character added before the slash.
    const lookAlike = `${fixture.communeA.path.slice(0, -1)}0/`;
    const id = `${fixture.communeA.id.slice(0, -1)}0`;
    await d1.DB.prepare(
      "INSERT INTO org_units (id, kind, name, name_search, code, parent_id, path, created_at) VALUES (?, 'commune', 'Giống', 'giong', ?, ?, ?, '2024-01-01T00:00:00.000Z')",
    )
      .bind(id, `LOOK-${id.slice(-6)}`, fixture.province.id, lookAlike)
      .run();
    for (const by of ["unit", "path"]) {
      const res = await call(`/units?limit=50&by=${by}`, officerA);
      expect(res.json.items.map((u: { id: string }) => u.id)).not.toContain(id);
    }
    expect((await call(`/units/${id}`, officerA)).status).toBe(404);
  });

  it("maps a join whose tables share column names into the right fields", async () => {
    const res = await call("/accounts", officerA);
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      { userId: accountIdOf(officerA), unitId: fixture.communeA.id, unitName: fixture.communeA.name },
    ]);
  });

  it("runs a read written out once beside the account check, mapped by the read's own map", async () => {
    const own = await call(`/units/${fixture.clubA.id}/parent`, officerA);
    expect(own.status).toBe(200);
    expect(own.json).toEqual({
      id: fixture.clubA.id,
      path: fixture.clubA.path,
      parentId: fixture.communeA.id,
      parentName: fixture.communeA.name,
    });
    expect((await call(`/units/${fixture.clubB.id}/parent`, officerA)).status).toBe(404);
    const token = await tokenFor(d1.DB, "commune_officer", fixture.communeA);
    await disableAccount(d1.DB, token);
    expect((await call(`/units/${fixture.clubA.id}/parent`, token)).status).toBe(401);
  });

  it("follows the caller's unit when it moved: scope is the unit's current path", async () => {
    const { DB } = d1;
    const tree = await seedOrgFixture(DB);
    const officer = await tokenFor(DB, "commune_officer", tree.communeA);
    // Commune A moves under another province: its path and its club's change.
    const elsewhere = (await seedOrgFixture(DB)).province;
    const movedA = `${elsewhere.path}${tree.communeA.id}/`;
    const movedClub = `${movedA}${tree.clubA.id}/`;
    await DB.batch([
      DB.prepare("UPDATE org_units SET path = ?, parent_id = ? WHERE id = ?").bind(
        movedA,
        elsewhere.id,
        tree.communeA.id,
      ),
      DB.prepare("UPDATE org_units SET path = ? WHERE id = ?").bind(movedClub, tree.clubA.id),
    ]);
    const club = await call(`/units/${tree.clubA.id}`, officer);
    expect(club.status).toBe(200);
    expect(club.json.path).toBe(movedClub);
    const byPath = await call("/units?limit=50&by=path", officer);
    expect(byPath.json.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [tree.communeA.id, tree.clubA.id].sort(),
    );
    const session = await call("/session", officer);
    expect(session.json.orgPath).toBe(movedA);
  });
});

describe("the account behind the token, checked with the first batch", () => {
  it("answers 401 to a disabled account on a read, a write and a route that touches no table", async () => {
    const token = await tokenFor(d1.DB, "commune_officer", fixture.communeA);
    expect((await call("/ping", token)).status).toBe(200);
    await disableAccount(d1.DB, token);
    const before = (await auditRows("note")).length;
    for (const res of [
      await call(`/units/${fixture.clubA.id}`, token),
      await call("/ping", token),
      await call("/session", token),
      await call(`/units/${fixture.clubA.id}/notes`, token, { method: "POST", body: { text: "x" } }),
      await call("/notes", token, { method: "POST", body: { entityIds: ["a"] } }),
      await call(`/units/${fixture.clubA.id}/rename`, token, { method: "POST", body: { name: "Mới" } }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({
        code: "UNAUTHENTICATED",
        detail: "The account is disabled or no longer exists",
      });
    }
    expect((await auditRows("note")).length).toBe(before);
  });

  it("answers 401 when the account's role or unit changed since the token", async () => {
    const token = await tokenFor(d1.DB, "commune_officer", fixture.communeA);
    await d1.DB.prepare("UPDATE users SET role = 'viewer' WHERE id = ?").bind(accountIdOf(token)).run();
    const res = await call("/ping", token);
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe("The account's role or unit changed; sign in again");
  });

  it("answers 401 on a public route that asks who the caller is", async () => {
    const res = await call("/who", officerA);
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: "UNAUTHENTICATED", detail: "Sign in first" });
  });

  it("answers the session as the database has it now", async () => {
    const res = await call("/session", officerA);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      userId: accountIdOf(officerA),
      displayName: "commune_officer test",
      role: "commune_officer",
      orgUnitId: fixture.communeA.id,
      orgPath: fixture.communeA.path,
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
    });
    const expires = Date.parse(res.json.expiresAt);
    expect(expires - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it("answers /health with the service, version and database", async () => {
    const res = await call("/health", undefined);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok", service: "kit", version: "9.9.9", database: "ok" });
  });
});

describe("writes and their audit rows", () => {
  it("writes the audit row with the actor, service, request id and detail", async () => {
    const res = await call(`/units/${fixture.clubA.id}/notes`, officerA, {
      method: "POST",
      body: { text: "họp tháng 6" },
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ entityId: fixture.clubA.path });
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    const [row] = (await auditRows("note")).filter((r) => r.request_id === requestId);
    expect(row).toMatchObject({
      actor_user_id: accountIdOf(officerA),
      service: "kit",
      entity: "org_unit",
      entity_id: fixture.clubA.id,
      org_unit_id: null,
      request_id: requestId,
    });
    expect(JSON.parse(row!.detail!)).toEqual({ text: "họp tháng 6" });
    expect(row!.id).toMatch(/^aud_[0-9A-Z]{26}$/);
    expect(Math.abs(Date.parse(row!.at) - Date.now())).toBeLessThan(60_000);
  });

  it("refuses a viewer's write with 403 and writes nothing", async () => {
    const before = (await auditRows("note")).length;
    const res = await call(`/units/${fixture.clubA.id}/notes`, viewerA, {
      method: "POST",
      body: { text: "x" },
    });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ code: "FORBIDDEN", detail: "A viewer may not write notes" });
    expect((await auditRows("note")).length).toBe(before);
  });

  it("audits a guarded write only when it changed a row", async () => {
    const tree = await seedOrgFixture(d1.DB);
    const token = await tokenFor(d1.DB, "commune_officer", tree.communeA);
    const renamed = async () => (await auditRows("rename")).filter((r) => r.entity_id === tree.clubA.id);
    const first = await call(`/units/${tree.clubA.id}/rename`, token, {
      method: "POST",
      body: { name: "CLB Mới" },
    });
    expect(first.status).toBe(200);
    expect(await renamed()).toHaveLength(1);
    expect((await renamed())[0]).toMatchObject({ org_unit_id: tree.clubA.id, detail: null, service: "kit" });
    // The same name again changes no row: no second audit row.
    await call(`/units/${tree.clubA.id}/rename`, token, { method: "POST", body: { name: "CLB Mới" } });
    expect(await renamed()).toHaveLength(1);
    await call(`/units/${tree.clubA.id}/rename`, token, { method: "POST", body: { name: "CLB Khác" } });
    expect(await renamed()).toHaveLength(2);
  });

  it("writes statements built at run time, none included", async () => {
    const count = async () => (await auditRows("bulk-note")).length;
    const none = await call("/notes", officerA, { method: "POST", body: { entityIds: [] } });
    expect(none.json).toEqual({ written: 0 });
    const before = await count();
    const two = await call("/notes", officerA, { method: "POST", body: { entityIds: ["a", "b"] } });
    expect(two.json).toEqual({ written: 2 });
    expect(await count()).toBe(before + 2);
  });
});

describe("the kit's statement helpers on D1", () => {
  it("insertWhere writes a row only while its condition holds, naming columns, leaving undefined out", async () => {
    const { drizzle } = await import("drizzle-orm/d1");
    const { auditLog } = await import("@ishc/domain/schema");
    const db = drizzle(d1.DB);
    const row = (id: string) => ({
      id,
      at: "2025-01-01T00:00:00.000Z",
      service: "kit",
      action: "insert-where",
      entity: "thing",
      entityId: id,
      orgUnitId: undefined,
      detail: { n: 1 },
    });
    await insertWhere(db, auditLog, row("iw-1"), sql`1 = 1`);
    await insertWhere(db, auditLog, row("iw-2"), sql`1 = 0`);
    const written = await rows<{ id: string; detail: string; org_unit_id: null }>(
      d1.DB,
      "SELECT id, detail, org_unit_id FROM audit_log WHERE action = 'insert-where'",
    );
    expect(written).toEqual([{ id: "iw-1", detail: '{"n":1}', org_unit_id: null }]);
  });

  it("chunkForInsert sizes chunks by the columns of the first row, at least one row each", () => {
    const rowsOf = (n: number, columns: number) =>
      Array.from({ length: n }, () => Object.fromEntries(Array.from({ length: columns }, (_, c) => [c, c])));
    expect(chunkForInsert(rowsOf(25, 10)).map((c) => c.length)).toEqual([10, 10, 5]);
    expect(chunkForInsert(rowsOf(3, 101)).map((c) => c.length)).toEqual([1, 1, 1]);
    expect(chunkForInsert(rowsOf(100, 1)).map((c) => c.length)).toEqual([100]);
    expect(chunkForInsert([])).toEqual([]);
  });
});
