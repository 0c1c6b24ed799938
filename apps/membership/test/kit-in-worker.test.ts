import { env } from "cloudflare:workers";
import { orgUnits } from "@ishc/domain/schema";
import { withinSubtree } from "@ishc/edge-kit";
import { accountIdOf, type OrgFixture, seedOrgFixture, tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { asc, like } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./helpers";

/** The kit's parts that need a real D1: the account check, subtree ranges, paging. */
describe("the account check in a real worker", () => {
  let tree: OrgFixture;
  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
  });

  const sql = (statement: string, ...values: unknown[]) =>
    env.DB.prepare(statement)
      .bind(...values)
      .run();

  async function expectSignedOut(token: string) {
    for (const path of ["/session", "/clubs", `/clubs/${tree.clubA.id}`]) {
      const res = await call("GET", path, { token });
      expect(res.status, path).toBe(401);
      expect(res.json.code).toBe("UNAUTHENTICATED");
    }
  }

  it("signs out a disabled account at once, and lets it back in when enabled again", async () => {
    const token = await tokenFor(env.DB, "commune_officer", tree.communeA);
    expect((await call("GET", "/session", { token })).status).toBe(200);
    await sql("UPDATE users SET disabled_at = ? WHERE id = ?", new Date().toISOString(), accountIdOf(token));
    await expectSignedOut(token);
    await sql("UPDATE users SET disabled_at = NULL WHERE id = ?", accountIdOf(token));
    expect((await call("GET", "/session", { token })).status).toBe(200);
  });

  it("refuses the token of a deleted account", async () => {
    const token = await tokenFor(env.DB, "commune_officer", tree.communeA);
    await sql("DELETE FROM users WHERE id = ?", accountIdOf(token));
    await expectSignedOut(token);
  });

  it("refuses a token whose account has another role now, either way", async () => {
    const demoted = await tokenFor(env.DB, "commune_officer", tree.communeA);
    await sql("UPDATE users SET role = 'viewer' WHERE id = ?", accountIdOf(demoted));
    await expectSignedOut(demoted);
    const promoted = await tokenFor(env.DB, "viewer", tree.communeA);
    await sql("UPDATE users SET role = 'province_admin' WHERE id = ?", accountIdOf(promoted));
    await expectSignedOut(promoted);
  });

  it("refuses a token whose account is bound to another unit now", async () => {
    const token = await tokenFor(env.DB, "commune_officer", tree.communeA);
    await sql("UPDATE users SET org_unit_id = ? WHERE id = ?", tree.communeB.id, accountIdOf(token));
    await expectSignedOut(token);
  });

  it("lets scope follow a unit that moved: the token's path claim is not what counts", async () => {
    const fixture = await seedOrgFixture(env.DB);
    const itsAdmin = await tokenFor(env.DB, "province_admin", fixture.province);
    const board = await tokenFor(env.DB, "club_board", fixture.clubA);
    const officerA = await tokenFor(env.DB, "commune_officer", fixture.communeA);
    const officerB = await tokenFor(env.DB, "commune_officer", fixture.communeB);
    const moved = await call("POST", `/org-units/${fixture.clubA.id}/reorganisations`, {
      token: itsAdmin,
      body: { parentId: fixture.communeB.id, effectiveFrom: "2024-06-01" },
    });
    expect(moved.status, moved.text).toBe(200);
    const session = await call("GET", "/session", { token: board });
    expect(session.status).toBe(200);
    expect(session.json.orgPath).toBe(`${fixture.communeB.path}${fixture.clubA.id}/`);
    expect((await call("GET", `/clubs/${fixture.clubA.id}`, { token: board })).status).toBe(200);
    expect((await call("GET", `/clubs/${fixture.clubA.id}`, { token: officerA })).status).toBe(404);
    expect((await call("GET", `/clubs/${fixture.clubA.id}`, { token: officerB })).status).toBe(200);
  });
});

describe("withinSubtree against D1", () => {
  // Hand-made paths: the unit A, its child, and siblings whose paths start with A's characters.
  const units = {
    root: "/LK/",
    a: "/LK/A/",
    child: "/LK/A/C/",
    grandchild: "/LK/A/C/D/",
    longer: "/LK/AB/",
    digit: "/LK/A0/",
    dash: "/LK/A-/",
    dot: "/LK/A./",
    tilde: "/LK/A~/",
    other: "/LK/B/",
  };
  const idOf = (key: string) => `org_LOOKALIKE${key.toUpperCase()}`;

  beforeAll(async () => {
    await env.DB.batch(
      Object.entries(units).map(([key, path]) =>
        env.DB.prepare(
          "INSERT INTO org_units (id, kind, name, name_search, path, created_at) VALUES (?, 'commune', ?, ?, ?, '2024-01-01')",
        ).bind(idOf(key), key, key, path),
      ),
    );
  });

  const inside = async (root: string | { org: string }) => {
    const rows = await drizzle(env.DB)
      .select({ path: orgUnits.path })
      .from(orgUnits)
      .where(withinSubtree(orgUnits.path, root))
      .orderBy(asc(orgUnits.path));
    return rows.map((r) => r.path).filter((p) => p.startsWith("/LK/"));
  };

  it("takes the unit and its descendants, no look-alike sibling", async () => {
    const expected = [units.a, units.child, units.grandchild];
    expect(await inside(units.a)).toEqual(expected);
    expect(await inside({ org: idOf("a") })).toEqual(expected);
  });

  it("takes the whole tree from the root and nothing for a unit that does not exist", async () => {
    expect((await inside(units.root)).length).toBe(Object.keys(units).length);
    expect(await inside({ org: "org_NOSUCHUNIT" })).toEqual([]);
  });

  it("treats LIKE wildcards in a path as plain characters", async () => {
    const rows = await drizzle(env.DB)
      .select({ path: orgUnits.path })
      .from(orgUnits)
      .where(like(orgUnits.path, "/LK/%"));
    expect(rows.length).toBe(Object.keys(units).length);
    expect(await inside("/LK/_/")).toEqual([]);
    expect(await inside("/LK/%/")).toEqual([]);
  });
});

describe("paging through a real list", () => {
  let admin: string;
  beforeAll(async () => {
    const tree = await seedOrgFixture(env.DB);
    await seedOrgFixture(env.DB);
    admin = await tokenFor(env.DB, "province_admin", tree.province);
  });

  it("walks the org units page by page: every unit once, in order, the last page says so", async () => {
    const all = await call("GET", "/org-units?limit=200", { token: admin });
    expect(all.status).toBe(200);
    const ids = all.json.items.map((u: { id: string }) => u.id);
    expect(ids.length).toBeGreaterThan(3);
    for (const limit of [1, 2, 3]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/org-units?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const page = await call("GET", query, { token: admin });
        expect(page.status).toBe(200);
        expect(page.json.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.json.items.map((u: { id: string }) => u.id));
        cursor = page.json.nextCursor;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(ids);
    }
  });

  it("refuses a forged cursor and an out-of-range limit as 422 naming the field", async () => {
    for (const cursor of ["forged", btoa("1 OR 1=1"), btoa("org_' OR 1=1 --")]) {
      const res = await call("GET", `/org-units?cursor=${encodeURIComponent(cursor)}`, { token: admin });
      expect(res.status, cursor).toBe(422);
      expect(JSON.stringify(res.json.errors)).toContain("cursor");
    }
    for (const limit of ["0", "201", "-1", "abc", "1.5"]) {
      const res = await call("GET", `/org-units?limit=${limit}`, { token: admin });
      expect(res.status, limit).toBe(422);
      expect(JSON.stringify(res.json.errors)).toContain("limit");
    }
  });
});
