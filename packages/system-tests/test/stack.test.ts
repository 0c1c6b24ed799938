/**
 * The five workers together, as they ship: the dry-run bundles in each app's
 * `dist/` (turbo builds them before this test), run by the Miniflare API with
 * the bindings their wrangler configs declare and one shared D1 database that
 * holds the real migrations. Every call goes through the gateway.
 */
import { randomBytes } from "node:crypto";
import { childPath, foldVietnamese, newId } from "@ishc/domain";
import { problem } from "@ishc/domain/contracts";
import { hashPassword, issueAccessToken } from "@ishc/edge-kit";
import { API_SERVICES, SERVICE_LIST } from "@ishc/gateway";
import type { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wranglerConfigOf } from "../../../infra/lib/jsonc.mjs";
import { startStack } from "../../../infra/lib/stack.mjs";

const GATEWAY = "gateway";
/** The services with an API and a database; the console (apps/web) only serves files. */
const SERVICES = API_SERVICES.map((service) => service.name);
const WORKERS = SERVICE_LIST.map((service) => service.name);
const ORIGIN = "http://localhost:8787";

const SECRET = randomBytes(32).toString("hex");
const PASSWORD = "stack-test-password";
const LOGIN = "officer@stack.test";

let mf: Miniflare;
const user = {
  id: newId("user"),
  displayName: "Cán bộ Xã Thử Nghiệm",
  role: "commune_officer" as const,
};
let commune: { id: string; path: string };
let token: string;
let tokenSource: "login" | "minted";

const get = (pathname: string, headers: Record<string, string> = {}) =>
  mf.dispatchFetch(`${ORIGIN}${pathname}`, { headers });

beforeAll(async () => {
  // The first app answers dispatchFetch: the gateway, as on :8787 under `npm run dev`.
  const stack = await startStack({ apps: [GATEWAY, ...WORKERS], jwtSecret: SECRET });
  mf = stack.mf;
  const db = stack.db;

  // A province, a commune and a club, with columns as in 0000_foundation.sql, and one user.
  const created = "2024-01-01T00:00:00.000Z";
  const province = { id: newId("orgUnit"), kind: "province", name: "Tỉnh Thử Nghiệm", code: "ST" };
  const communeRow = { id: newId("orgUnit"), kind: "commune", name: "Xã Hoàng Đồng", code: "ST-HD" };
  const club = {
    id: newId("orgUnit"),
    kind: "club",
    name: "CLB Liên thế hệ thôn Nà Chuông",
    code: "ST-HD-01",
  };
  const provincePath = childPath(null, province.id);
  const communePath = childPath(provincePath, communeRow.id);
  const clubPath = childPath(communePath, club.id);
  commune = { id: communeRow.id, path: communePath };
  const units = [
    { ...province, parentId: null, path: provincePath },
    { ...communeRow, parentId: province.id, path: communePath },
    { ...club, parentId: communeRow.id, path: clubPath },
  ];
  await db.batch([
    ...units.map((u) =>
      db
        .prepare(
          "INSERT INTO org_units (id, kind, name, name_search, code, parent_id, path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(u.id, u.kind, u.name, foldVietnamese(u.name), u.code, u.parentId, u.path, created),
    ),
    ...units.map((u) =>
      db
        .prepare(
          "INSERT INTO org_unit_versions (id, org_unit_id, parent_id, name, valid_from) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(newId("orgUnitVersion"), u.id, u.parentId, u.name, "2017-01-01"),
    ),
    db
      .prepare("INSERT INTO clubs (id, founded_on, status, status_since) VALUES (?, ?, 'active', ?)")
      .bind(club.id, "2018-03-15", "2018-03-15"),
    db
      .prepare(
        "INSERT INTO club_status_history (id, club_id, status, effective_from) VALUES (?, ?, 'active', ?)",
      )
      .bind(newId("clubStatus"), club.id, "2018-03-15"),
    db
      .prepare(
        "INSERT INTO users (id, login, display_name, role, org_unit_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .bind(
        user.id,
        LOGIN,
        user.displayName,
        user.role,
        communeRow.id,
        await hashPassword(PASSWORD),
        created,
      ),
  ]);

  // Log in through the gateway if membership has its login route yet; else mint the
  // token membership would issue (same HS256 secret, same claims).
  const doc = (await (await get("/membership/openapi.json")).json()) as { paths: Record<string, unknown> };
  if ("/membership/auth/login" in doc.paths) {
    tokenSource = "login";
    const res = await mf.dispatchFetch(`${ORIGIN}/membership/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    token = ((await res.json()) as { accessToken: string }).accessToken;
  } else {
    tokenSource = "minted";
    token = await issueAccessToken(
      { JWT_SECRET: SECRET },
      { ...user, orgUnitId: commune.id, orgPath: commune.path },
    );
  }
  console.info(
    `stack test: access token ${tokenSource === "login" ? "from POST /membership/auth/login" : "minted (no login route yet)"}`,
  );
});

afterAll(async () => {
  await mf?.dispose();
});

describe("the stack behind the gateway", () => {
  it("serves every service's health with the database reachable", async () => {
    for (const service of SERVICES) {
      const res = await get(`/${service}/health`);
      expect(res.status, service).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok", service, database: "ok" });
    }
  });

  it("binds one D1 database to every service", async () => {
    const ids = SERVICES.map((service) => wranglerConfigOf(service).d1_databases?.[0]?.database_id);
    expect(new Set(ids).size).toBe(1);
    for (const service of SERVICES) {
      const db = await mf.getD1Database("DB", `ishc-${service}`);
      const row = await db.prepare("SELECT login FROM users WHERE id = ?").bind(user.id).first();
      expect(row, service).toEqual({ login: LOGIN });
    }
  });

  it("lets every service read the same user from one token", async () => {
    for (const service of [...SERVICES].reverse()) {
      const res = await get(`/${service}/session`, { authorization: `Bearer ${token}` });
      expect(res.status, service).toBe(200);
      expect(await res.json(), service).toMatchObject({
        userId: user.id,
        displayName: user.displayName,
        role: user.role,
        orgUnitId: commune.id,
        orgPath: commune.path,
      });
    }
  });

  it("passes the services' own refusals through", async () => {
    const forged = await issueAccessToken(
      { JWT_SECRET: randomBytes(32).toString("hex") },
      { ...user, orgUnitId: commune.id, orgPath: commune.path },
    );
    for (const service of SERVICES) {
      const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${forged}` }];
      for (const headers of attempts) {
        const res = await get(`/${service}/session`, headers);
        expect(res.status, service).toBe(401);
        expect(res.headers.get("content-type")).toContain("application/problem+json");
        expect(problem.parse(await res.json())).toMatchObject({ code: "UNAUTHENTICATED" });
      }
    }
  });

  it("serves the console at /, lists the services at /services and answers unknown paths with a not-found problem", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain('lang="vi"');
    const script = html.match(/src="(\/web\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const js = await get(script!);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(js.headers.get("cache-control")).toContain("immutable");
    await js.arrayBuffer();

    const index = (await (await get("/services")).json()) as { services: { name: string; docs: string }[] };
    expect(index.services.map((s) => s.docs)).toEqual(SERVICES.map((s) => `${ORIGIN}/${s}/docs`));

    const res = await get("/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(problem.parse(await res.json())).toMatchObject({
      type: "urn:ishc:problem:not-found",
      status: 404,
      code: "NOT_FOUND",
    });
  });

  it("serves each service's docs page", async () => {
    for (const service of SERVICES) {
      const res = await get(`/${service}/docs`);
      expect(res.status, service).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      await res.arrayBuffer();
    }
  });
});
