import { env } from "cloudflare:workers";
import { accountIdOf, FIXTURE_PASSWORD, seedUser, tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

const disable = (token: string, id: string, disabled = true) =>
  call("PATCH", `/users/${id}`, { token, body: { disabled } });

describe("PATCH /users/{id}: disabling and enabling accounts", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("lets a province admin disable an account and enable it again, with an audit row each time", async () => {
    const board = await tokenFor(env.DB, "club_board", w.clubA);
    const id = accountIdOf(board);
    const off = await disable(w.admin, id);
    expect(off.status).toBe(200);
    expect(off.json).toMatchObject({ id, role: "club_board", orgUnitId: w.clubA.id });
    expect(off.json.disabledAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await countRows("users", `id = '${id}' AND disabled_at IS NOT NULL`)).toBe(1);
    expect(
      await countRows("audit_log", `entity = 'user' AND entity_id = '${id}' AND action = 'disable'`),
    ).toBe(1);
    // Again: nothing changes, nothing more is recorded.
    const twice = await disable(w.admin, id);
    expect(twice.status).toBe(200);
    expect(await countRows("audit_log", `entity_id = '${id}' AND action = 'disable'`)).toBe(1);

    const on = await disable(w.admin, id, false);
    expect(on.status).toBe(200);
    expect(on.json.disabledAt).toBeNull();
    expect(await countRows("users", `id = '${id}' AND disabled_at IS NULL`)).toBe(1);
    expect(await countRows("audit_log", `entity_id = '${id}' AND action = 'enable'`)).toBe(1);
    // The token works again once the account is enabled.
    expect((await call("GET", `/clubs/${w.clubA.id}`, { token: board })).status).toBe(200);
  });

  it("lets a commune officer manage accounts strictly below their unit in roles they may grant", async () => {
    const board = accountIdOf(await tokenFor(env.DB, "club_board", w.clubA));
    const viewerBelow = accountIdOf(await tokenFor(env.DB, "viewer", w.clubA));
    expect((await disable(w.officerA, board)).status).toBe(200);
    expect((await disable(w.officerA, viewerBelow)).status).toBe(200);
    // A fellow officer of the same commune is not below them.
    const peer = accountIdOf(await tokenFor(env.DB, "commune_officer", w.communeA));
    const res = await disable(w.officerA, peer);
    expect(res.status).toBe(403);
    expect(res.json.code).toBe("FORBIDDEN");
    // Nor is the province admin, who is not in their subtree at all.
    expect((await disable(w.officerA, accountIdOf(w.admin))).status).toBe(404);
    expect(
      await countRows("users", `id IN ('${peer}', '${accountIdOf(w.admin)}') AND disabled_at IS NOT NULL`),
    ).toBe(0);
  });

  it("hides accounts of another commune behind 404 and refuses boards and viewers with 403", async () => {
    const boardB = accountIdOf(await tokenFor(env.DB, "club_board", w.clubB));
    expect((await disable(w.officerA, boardB)).status).toBe(404);
    expect((await disable(w.boardA, boardB)).status).toBe(403);
    expect((await disable(w.viewer, boardB)).status).toBe(403);
    expect((await disable(w.admin, "usr_01J00000000000000000000000")).status).toBe(404);
    expect(await countRows("users", `id = '${boardB}' AND disabled_at IS NOT NULL`)).toBe(0);
  });

  it("lets a national admin manage a province admin below it", async () => {
    const national = await tokenFor(env.DB, "national_admin", w.province);
    const provinceAdmin = await tokenFor(env.DB, "province_admin", w.province);
    const off = await disable(national, accountIdOf(provinceAdmin));
    expect(off.status).toBe(200);
    expect((await call("GET", `/clubs/${w.clubA.id}`, { token: provinceAdmin })).status).toBe(401);
  });

  it("never lets anyone disable their own account", async () => {
    const admin = await tokenFor(env.DB, "province_admin", w.province);
    const res = await disable(admin, accountIdOf(admin));
    expect(res.status).toBe(403);
    expect(await countRows("users", `id = '${accountIdOf(admin)}' AND disabled_at IS NOT NULL`)).toBe(0);
  });

  it("names unknown and missing fields with 422", async () => {
    const id = accountIdOf(w.boardA);
    const res = await call("PATCH", `/users/${id}`, {
      token: w.admin,
      body: { disabled: "yes", role: "viewer" },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(["disabled", "role"]);
  });
});

describe("a disabled or deleted account's token stops working at once", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("answers 401 to the old token on reads and on writes, and writes nothing", async () => {
    const board = await tokenFor(env.DB, "club_board", w.clubA);
    expect((await call("GET", `/clubs/${w.clubA.id}`, { token: board })).status).toBe(200);
    expect((await disable(w.officerA, accountIdOf(board))).status).toBe(200);

    const read = await call("GET", `/clubs/${w.clubA.id}`, { token: board });
    expect(read.status).toBe(401);
    expect(read.json.code).toBe("UNAUTHENTICATED");
    expect((await call("GET", "/session", { token: board })).status).toBe(401);

    const people = await countRows("people");
    const audits = await countRows("audit_log");
    const write = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: board,
      body: newMember({ fullName: "Người Sau Khoá", birthYear: 1950 }),
    });
    expect(write.status).toBe(401);
    expect(await countRows("people")).toBe(people);
    expect(await countRows("memberships", `club_id = '${w.clubA.id}'`)).toBe(0);
    expect(await countRows("audit_log")).toBe(audits);
  });

  it("answers 401 to the token of an account that was deleted", async () => {
    const officer = await tokenFor(env.DB, "commune_officer", w.communeA);
    expect((await call("GET", "/clubs", { token: officer })).status).toBe(200);
    await env.DB.prepare("DELETE FROM users WHERE id = ?").bind(accountIdOf(officer)).run();
    expect((await call("GET", "/clubs", { token: officer })).status).toBe(401);
    const audits = await countRows("audit_log");
    const write = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: officer,
      body: newMember({ fullName: "Người Sau Xoá", birthYear: 1950 }),
    });
    expect(write.status).toBe(401);
    expect(await countRows("audit_log")).toBe(audits);
  });

  it("refuses to sign a disabled account in, and signs it in again once enabled", async () => {
    const id = await seedUser(env.DB, "lan.disabled@tn.demo", "club_board", w.clubA);
    const login = () =>
      call("POST", "/auth/login", { body: { login: "lan.disabled@tn.demo", password: FIXTURE_PASSWORD } });
    expect((await login()).status).toBe(200);
    expect((await disable(w.admin, id)).status).toBe(200);
    const refused = await login();
    expect(refused.status).toBe(401);
    expect(refused.json.code).toBe("UNAUTHENTICATED");
    expect((await disable(w.admin, id, false)).status).toBe(200);
    expect((await login()).status).toBe(200);
  });
});

describe("POST /users: who is bound where", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });
  const account = (role: string, orgUnitId: string) => ({
    login: `acct-${crypto.randomUUID().slice(0, 8)}`,
    displayName: "Hoàng Văn Sơn",
    role,
    orgUnitId,
    password: "mật khẩu đủ dài",
  });

  it("binds each role to its level: no province admin at a club, no board at a commune (422 orgUnitId)", async () => {
    const users = await countRows("users");
    for (const [role, unit] of [
      ["province_admin", w.clubA.id],
      ["club_board", w.communeA.id],
      ["commune_officer", w.province.id],
    ] as const) {
      const res = await call("POST", "/users", { token: w.admin, body: account(role, unit) });
      expect(res.status, role).toBe(422);
      expect(res.json.errors[0]).toMatchObject({ field: "orgUnitId", rule: "role_unit_mismatch" });
    }
    expect(await countRows("users")).toBe(users);
    const fits = await call("POST", "/users", { token: w.admin, body: account("club_board", w.clubA.id) });
    expect(fits.status).toBe(201);
    const again = await call("POST", "/users", {
      token: w.admin,
      body: { ...account("viewer", w.clubA.id), login: fits.json.login },
    });
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([expect.objectContaining({ field: "login", rule: "login_taken" })]);
    expect(await countRows("users")).toBe(users + 1);
  });

  it("lets an officer create accounts only below its own unit, as it may disable only those", async () => {
    const atOwnUnit = await call("POST", "/users", {
      token: w.officerA,
      body: account("viewer", w.communeA.id),
    });
    expect(atOwnUnit.status).toBe(403);
    const below = await call("POST", "/users", { token: w.officerA, body: account("viewer", w.clubA.id) });
    expect(below.status).toBe(201);
    expect((await disable(w.officerA, below.json.id)).status).toBe(200);
  });
});

describe("POST /users: passwords", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  const account = (login: string, password: string) => ({
    login,
    displayName: "Hoàng Văn Bình",
    role: "club_board",
    orgUnitId: w.clubA.id,
    password,
  });

  it("refuses a password of only spaces or other whitespace with 422 naming password", async () => {
    for (const [i, password] of ["          ", " \t\u00a0\u3000      \n "].entries()) {
      const res = await call("POST", "/users", {
        token: w.officerA,
        body: account(`blank${i}@tn.demo`, password),
      });
      expect(res.status, JSON.stringify(password)).toBe(422);
      expect(res.json.errors).toEqual([expect.objectContaining({ field: "password" })]);
    }
    expect(await countRows("users", "login LIKE 'blank%'")).toBe(0);
  });

  it("signs in with the password typed in another Unicode form", async () => {
    const password = "mật khẩu của bà Hoà".normalize("NFC");
    const created = await call("POST", "/users", {
      token: w.officerA,
      body: account("hoa.nfc@tn.demo", password),
    });
    expect(created.status).toBe(201);
    const login = await call("POST", "/auth/login", {
      body: { login: "hoa.nfc@tn.demo", password: password.normalize("NFD") },
    });
    expect(login.status).toBe(200);
  });
});
