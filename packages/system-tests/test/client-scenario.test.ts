/**
 * The typed client against the real membership worker: its dry-run bundle (built here, as it
 * ships) on Miniflare over a D1 database with the real migrations, through infra/lib/stack.mjs.
 * A club's board member signs in, uploads a register with a bad row (the row's error comes back
 * where `rowErrors` puts it, nothing is saved), uploads it fixed, edits a member with a date in
 * the future (the error lands on its form field) and, once the account is disabled, the next
 * call reports the refused token through `onUnauthorized`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApi, fieldErrors, type Problem, rowErrors } from "@ishc/client";
import { childPath, foldVietnamese, newId } from "@ishc/domain";
import { clubStatusHistory, clubs, orgUnits, orgUnitVersions, users } from "@ishc/domain/schema";
import { hashPassword } from "@ishc/edge-kit/passwords";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../../infra/lib/jsonc.mjs";
import { type Stack, startStack } from "../../../infra/lib/stack.mjs";

const PASSWORD = "mật khẩu của ban chủ nhiệm";
const LOGIN = "board@scenario.test";
const HEADER = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào CLB";

let dir: string;
let stack: Stack;
let orm: ReturnType<typeof drizzle>;
const club = { id: newId("orgUnit"), path: "" };
let accountId: string;

/** The tree a board member needs: a province, a commune, their club; and the account. */
async function seed() {
  const created = "2024-01-01T00:00:00.000Z";
  const province = { id: newId("orgUnit"), kind: "province" as const, name: "Tỉnh Kịch Bản", parentId: null };
  const provincePath = childPath(null, province.id);
  const commune = {
    id: newId("orgUnit"),
    kind: "commune" as const,
    name: "Xã Hoàng Đồng",
    parentId: province.id,
  };
  const communePath = childPath(provincePath, commune.id);
  club.path = childPath(communePath, club.id);
  const units = [
    { ...province, path: provincePath, code: "KB" },
    { ...commune, path: communePath, code: "KB-HD" },
    {
      id: club.id,
      kind: "club" as const,
      name: "CLB Liên thế hệ thôn Nà Chuông",
      parentId: commune.id,
      path: club.path,
      code: "KB-HD-01",
    },
  ];
  await orm
    .insert(orgUnits)
    .values(units.map((u) => ({ ...u, nameSearch: foldVietnamese(u.name), createdAt: created })));
  await orm.insert(orgUnitVersions).values(
    units.map((u) => ({
      id: newId("orgUnitVersion"),
      orgUnitId: u.id,
      parentId: u.parentId,
      name: u.name,
      validFrom: "2017-01-01",
    })),
  );
  await orm
    .insert(clubs)
    .values({ id: club.id, foundedOn: "2018-03-15", status: "active", statusSince: "2018-03-15" });
  await orm
    .insert(clubStatusHistory)
    .values({ id: newId("clubStatus"), clubId: club.id, status: "active", effectiveFrom: "2018-03-15" });
  accountId = newId("user");
  await orm.insert(users).values({
    id: accountId,
    login: LOGIN,
    displayName: "Ban chủ nhiệm",
    role: "club_board",
    orgUnitId: club.id,
    passwordHash: await hashPassword(PASSWORD, new Uint8Array(16), 1000),
    createdAt: created,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ishc-client-scenario-"));
  const build = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
      "deploy",
      "--dry-run",
      "--outdir",
      path.join(dir, "membership"),
      "-c",
      path.join(ROOT, "apps/membership/wrangler.jsonc"),
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 180_000,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    },
  );
  if (build.status !== 0) throw new Error(`building the membership worker failed:\n${build.stderr}`);
  stack = await startStack({
    apps: ["membership"],
    scriptPaths: { membership: path.join(dir, "membership", "index.js") },
  });
  const db = stack.db;
  orm = drizzle(async (sql, params, method) => {
    const statement = db.prepare(sql).bind(...params);
    if (method === "run") {
      await statement.run();
      return { rows: [] };
    }
    return { rows: (await statement.raw()) as unknown[] };
  });
  await seed();
}, 240_000);

afterAll(async () => {
  await stack?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The client as the console makes it, sending through the stack. */
function clientFor(token: () => string | null, onUnauthorized?: (problem: Problem | null) => void) {
  return createApi({
    baseUrl: "http://localhost:8787",
    token,
    ...(onUnauthorized ? { onUnauthorized } : {}),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await stack.mf.dispatchFetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        body: request.method === "GET" ? undefined : await request.text(),
      });
      return new Response(await response.arrayBuffer(), {
        status: response.status,
        headers: [...response.headers],
      });
    },
  });
}

const upload = (csv: string) => ({
  params: { path: { id: club.id } },
  body: csv as never,
  bodySerializer: (body: unknown) => body as string,
  headers: { "content-type": "text/csv; charset=utf-8" },
});

describe("a board member's session through the typed client", () => {
  let token: string | null = null;
  const refused: (Problem | null)[] = [];
  const api = clientFor(
    () => token,
    (problem) => refused.push(problem),
  );
  const members = async () => {
    const { data, error } = await api.membership.GET("/membership/clubs/{id}/members", {
      params: { path: { id: club.id }, query: { limit: 50 } },
    });
    expect(error).toBeUndefined();
    return data?.items ?? [];
  };

  it("signs in with the account's password", async () => {
    const { data, error } = await api.membership.POST("/membership/auth/login", {
      body: { login: LOGIN, password: PASSWORD },
    });
    expect(error).toBeUndefined();
    expect(data?.user).toMatchObject({ login: LOGIN, role: "club_board", orgUnitId: club.id });
    token = data?.accessToken ?? null;
    expect(await members()).toEqual([]);
  });

  it("gets a bad register row's error by its line, and nothing is saved", async () => {
    const csv = `\uFEFF${HEADER}\nNguyễn Thị Hoà,Nữ,12/04/1958,Tày,15/03/2021\nHoàng Văn Bình,Nam,03/09/2090,Nùng,15/03/2021\n`;
    const { data, error, response } = await api.membership.POST(
      "/membership/clubs/{id}/members/import",
      upload(csv),
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    const rows = rowErrors(error as Problem);
    expect([...rows.keys()]).toEqual([3]);
    expect(rows.get(3)?.map((e) => e.field)).toContain("birthDate");
    expect(await members()).toEqual([]);
  });

  it("saves the register once the row is fixed", async () => {
    const csv = `${HEADER}\nNguyễn Thị Hoà,Nữ,12/04/1958,Tày,15/03/2021\nHoàng Văn Bình,Nam,03/09/1990,Nùng,15/03/2021\n`;
    const { data, error } = await api.membership.POST("/membership/clubs/{id}/members/import", upload(csv));
    expect(error).toBeUndefined();
    expect(data?.imported).toBe(2);
    const names = (await members()).map((m) => m.person.fullName).sort();
    expect(names).toEqual(["Hoàng Văn Bình", "Nguyễn Thị Hoà"]);
  });

  it("puts a refused edit's error on its form field, and the person is unchanged", async () => {
    const [member] = await members();
    const id = member!.person.id;
    const { data, error, response } = await api.membership.PATCH("/membership/people/{id}", {
      params: { path: { id } },
      body: { birthDate: "2090-01-01" },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(Object.keys(fieldErrors(error as Problem))).toContain("birthDate");
    const after = await api.membership.GET("/membership/people/{id}", { params: { path: { id } } });
    expect(after.data?.person.birthDate).toBe(member!.person.birthDate);
  });

  it("reports the token refused once the account is disabled", async () => {
    expect(refused).toEqual([]);
    await orm.update(users).set({ disabledAt: new Date().toISOString() }).where(eq(users.id, accountId));
    const { data, response } = await api.membership.GET("/membership/clubs/{id}/members", {
      params: { path: { id: club.id } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status).toBe(401);
  });
});
