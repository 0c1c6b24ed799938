import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import {
  accountIdOf,
  type OrgFixture,
  seedClub,
  seedClubRecords,
  seedOrgFixture,
  tokenFor,
} from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { tableCounts } from "../../../packages/edge-kit/testing/robustness.ts";
import worker from "../src/index";
import { call, type Json } from "./helpers";

/**
 * What each write leaves behind: exactly the rows it should add (every other
 * table keeps its count) and one audit row per recorded fact, naming the action,
 * the entity, its id and the account behind the token.
 */
type AuditRow = { action: string; entity: string; entity_id: string; actor_user_id: string; service: string };

async function auditIds(): Promise<Set<string>> {
  const rows = await env.DB.prepare("SELECT id FROM audit_log").all<{ id: string }>();
  return new Set(rows.results.map((r) => r.id));
}

async function auditRowsSince(before: Set<string>): Promise<AuditRow[]> {
  const rows = await env.DB.prepare(
    "SELECT id, action, entity, entity_id, actor_user_id, service FROM audit_log ORDER BY id",
  ).all<AuditRow & { id: string }>();
  return rows.results.filter((r) => !before.has(r.id)).map(({ id: _id, ...row }) => row);
}

const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(
    Object.keys(after)
      .map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)] as const)
      .filter(([, n]) => n !== 0),
  );

const REGISTER =
  "Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\r\nLý Thị Mai,Nữ,1951,01/03/2021\r\nNông Văn Tư,Nam,1948,15/04/2021\r\n";

describe("side effects of each membership write", () => {
  let tree: OrgFixture;
  let admin: string;
  let actor: string;
  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    admin = await tokenFor(env.DB, "province_admin", tree.province);
    actor = accountIdOf(admin);
  });

  /** Sends the write, then checks the status, the row deltas and the audit rows. */
  async function expectEffects(
    request: { method: string; path: string; body?: unknown; raw?: string },
    status: number,
    rows: Record<string, number>,
    audits: (res: Json) => { action: string; entity: string; entityId: string }[],
  ) {
    const counts = await tableCounts();
    const ids = await auditIds();
    const res = await call(request.method, request.path, {
      token: admin,
      ...(request.raw !== undefined ? { raw: request.raw } : { body: request.body }),
    });
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    const expectedAudits = audits(res.json);
    expect(delta(counts, await tableCounts())).toEqual({ ...rows, audit_log: expectedAudits.length });
    const written = await auditRowsSince(ids);
    expect(written).toEqual(
      expect.arrayContaining(
        expectedAudits.map((a) => ({
          action: a.action,
          entity: a.entity,
          entity_id: a.entityId,
          actor_user_id: actor,
          service: "membership",
        })),
      ),
    );
    expect(written).toHaveLength(expectedAudits.length);
    return res;
  }

  it("add an org unit", async () => {
    await expectEffects(
      {
        method: "POST",
        path: "/org-units",
        body: {
          kind: "ward",
          name: "Phường Đông Kinh",
          parentId: tree.province.id,
          effectiveFrom: "2024-01-01",
        },
      },
      201,
      { org_units: 1, org_unit_versions: 1 },
      (res) => [{ action: "create", entity: "org_unit", entityId: res.id }],
    );
  });

  it("rename an org unit", async () => {
    const club = await seedClub(env.DB, tree.communeA);
    await expectEffects(
      {
        method: "POST",
        path: `/org-units/${club.id}/reorganisations`,
        body: { name: "CLB đổi tên", effectiveFrom: "2024-06-01" },
      },
      200,
      { org_unit_versions: 1 },
      () => [{ action: "reorganise", entity: "org_unit", entityId: club.id }],
    );
  });

  it("register a club", async () => {
    await expectEffects(
      {
        method: "POST",
        path: "/clubs",
        body: {
          name: "CLB Bản Lải",
          code: `SE-${Date.now()}`,
          parentId: tree.communeA.id,
          foundedOn: "2020-01-01",
        },
      },
      201,
      { org_units: 1, org_unit_versions: 1, clubs: 1, club_status_history: 1 },
      (res) => [{ action: "create", entity: "club", entityId: res.id }],
    );
  });

  it("change a club's status", async () => {
    const club = await seedClub(env.DB, tree.communeA);
    await expectEffects(
      {
        method: "POST",
        path: `/clubs/${club.id}/status`,
        body: { status: "suspended", effectiveFrom: "2024-01-01" },
      },
      200,
      { club_status_history: 1 },
      () => [{ action: "change_status", entity: "club", entityId: club.id }],
    );
  });

  it("give a member a club role, and end it", async () => {
    const rec = await seedClubRecords(env.DB, tree.clubA);
    const res = await expectEffects(
      {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/roles`,
        body: { personId: rec.personId, role: "treasurer", startsOn: "2024-01-01" },
      },
      201,
      { club_roles: 1 },
      (json) => [{ action: "assign_role", entity: "club_role", entityId: json.id }],
    );
    await expectEffects(
      {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/roles/${res.json.id}/end`,
        body: { endsOn: "2024-06-01" },
      },
      200,
      {},
      () => [{ action: "end_role", entity: "club_role", entityId: res.json.id }],
    );
  });

  it("enrol a new person, and enrol a person on record again after they left", async () => {
    await expectEffects(
      {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/members`,
        body: {
          person: { fullName: "Đàm Thị Hương", sex: "female", birthYear: 1950 },
          joinedOn: "2024-01-01",
        },
      },
      201,
      { people: 1, memberships: 1 },
      (json) => [
        { action: "create", entity: "person", entityId: json.person.id },
        { action: "enrol", entity: "membership", entityId: json.membership.id },
      ],
    );
    const rec = await seedClubRecords(env.DB, tree.clubA);
    await env.DB.prepare("UPDATE memberships SET left_on = '2021-01-01' WHERE id = ?")
      .bind(rec.membershipId)
      .run();
    await expectEffects(
      {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/members`,
        body: { personId: rec.personId, joinedOn: "2024-01-01" },
      },
      201,
      { memberships: 1 },
      (json) => [{ action: "enrol", entity: "membership", entityId: json.membership.id }],
    );
  });

  it("import a member register", async () => {
    const club = await seedClub(env.DB, tree.communeA);
    await expectEffects(
      { method: "POST", path: `/clubs/${club.id}/members/import`, raw: REGISTER },
      201,
      { people: 2, memberships: 2 },
      () => [{ action: "import", entity: "club", entityId: club.id }],
    );
  });

  it("record a member leaving, which ends their open roles", async () => {
    const rec = await seedClubRecords(env.DB, tree.clubA);
    await expectEffects(
      {
        method: "POST",
        path: `/memberships/${rec.membershipId}/leave`,
        body: { leftOn: "2024-06-01", reason: "Chuyển nơi ở" },
      },
      200,
      {},
      () => [{ action: "leave", entity: "membership", entityId: rec.membershipId }],
    );
    const role = await env.DB.prepare("SELECT ends_on FROM club_roles WHERE id = ?")
      .bind(rec.roleId)
      .first<{ ends_on: string }>();
    expect(role?.ends_on).toBe("2024-06-01");
  });

  it("update a person", async () => {
    const rec = await seedClubRecords(env.DB, tree.clubA);
    await expectEffects(
      { method: "PATCH", path: `/people/${rec.personId}`, body: { phone: "0912 345 678" } },
      200,
      {},
      () => [{ action: "update", entity: "person", entityId: rec.personId }],
    );
  });

  it("record a meeting with its attendance, then health checks", async () => {
    const rec = await seedClubRecords(env.DB, tree.clubA);
    const res = await expectEffects(
      {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/meetings`,
        body: { heldOn: "2024-06-01", topic: "Sinh hoạt tháng 6", attendeeIds: [rec.personId] },
      },
      201,
      { meetings: 1, attendance: 1 },
      (json) => [{ action: "create", entity: "meeting", entityId: json.id }],
    );
    await expectEffects(
      {
        method: "POST",
        path: `/meetings/${res.json.id}/health-checks`,
        body: { checks: [{ personId: rec.personId, systolic: 135, diastolic: 85, weightKg: 52.5 }] },
      },
      201,
      { health_checks: 1 },
      () => [{ action: "record_health_checks", entity: "meeting", entityId: res.json.id }],
    );
  });

  it("create an account, and disable it", async () => {
    const res = await expectEffects(
      {
        method: "POST",
        path: "/users",
        body: {
          login: `side-effects-${Date.now()}`,
          displayName: "Cán bộ mới",
          role: "commune_officer",
          orgUnitId: tree.communeA.id,
          password: "mật-khẩu-đủ-dài",
        },
      },
      201,
      { users: 1 },
      (json) => [{ action: "create", entity: "user", entityId: json.id }],
    );
    await expectEffects(
      { method: "PATCH", path: `/users/${res.json.id}`, body: { disabled: true } },
      200,
      {},
      () => [{ action: "disable", entity: "user", entityId: res.json.id }],
    );
  });
});

/**
 * A stale read, made on purpose: request A runs against a D1 binding that, as
 * soon as A's first batch (its read) has answered, lets request B run to the
 * end. A's JavaScript check passed on what it read; only the guard in its SQL
 * can stop it. Exactly one of them may succeed, the other gets 409, and there
 * is exactly one audit row.
 *
 * (Two requests sent together with Promise.all do not make a stale read here:
 * the test runtime serves them one after the other, so the second is stopped
 * by the JavaScript check. One round of that is kept for the invariant.)
 */
function afterFirstBatch(db: D1Database, meanwhile: () => Promise<unknown>): D1Database {
  let fired = false;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          const results = await target.batch(statements);
          if (!fired) {
            fired = true;
            await meanwhile();
          }
          return results;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Sent = { status: number; text: string; json: Json };

async function staleRace(
  token: string,
  a: { method: string; path: string; body: unknown },
  b: { method: string; path: string; body: unknown },
): Promise<{ a: Sent; b: Sent }> {
  let second: Sent | undefined;
  const racingEnv = {
    ...env,
    DB: afterFirstBatch(env.DB, async () => {
      second = await call(b.method, b.path, { token, body: b.body });
    }),
  };
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`http://local/membership${a.path}`, {
      method: a.method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(a.body),
    }),
    racingEnv,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  expect(second, "B never ran: A sent no batch").toBeDefined();
  return { a: { status: res.status, text, json: JSON.parse(text) as Json }, b: second! };
}

describe("guarded writes under a stale read", () => {
  const ROUNDS = 3;
  let tree: OrgFixture;
  let admin: string;
  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    admin = await tokenFor(env.DB, "province_admin", tree.province);
  });

  async function auditCount(action: string, entityId: string) {
    const row = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ? AND entity_id = ?")
      .bind(action, entityId)
      .first<{ n: number }>();
    return row?.n ?? 0;
  }

  /** B (which ran in the middle of A) wins; A, stopped by the SQL guard, gets 409 and no SQL text. */
  function expectGuardStopsA({ a, b }: { a: Sent; b: Sent }, okStatus: number) {
    expect(b.status, b.text.slice(0, 300)).toBe(okStatus);
    expect(a.status, a.text.slice(0, 300)).toBe(409);
    expect(a.json.code).toBe("CONFLICT");
    expect(a.text).not.toMatch(/SQLITE|D1_ERROR|constraint failed/i);
  }

  it("a membership leaves once", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rec = await seedClubRecords(env.DB, tree.clubA);
      const path = `/memberships/${rec.membershipId}/leave`;
      const race = await staleRace(
        admin,
        { method: "POST", path, body: { leftOn: "2024-07-01", reason: "Qua đời" } },
        { method: "POST", path, body: { leftOn: "2024-06-01", reason: "Chuyển nơi ở" } },
      );
      expectGuardStopsA(race, 200);
      expect(await auditCount("leave", rec.membershipId)).toBe(1);
      const row = await env.DB.prepare("SELECT left_on FROM memberships WHERE id = ?")
        .bind(rec.membershipId)
        .first<{ left_on: string }>();
      expect(row?.left_on).toBe("2024-06-01");
    }
  });

  it("a club role ends once", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rec = await seedClubRecords(env.DB, tree.clubA);
      const path = `/clubs/${tree.clubA.id}/roles/${rec.roleId}/end`;
      const race = await staleRace(
        admin,
        { method: "POST", path, body: { endsOn: "2024-07-01" } },
        { method: "POST", path, body: { endsOn: "2024-06-01" } },
      );
      expectGuardStopsA(race, 200);
      expect(await auditCount("end_role", rec.roleId)).toBe(1);
    }
  });

  it("a club's status changes once from the status both requests saw", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const club = await seedClub(env.DB, tree.communeA);
      const path = `/clubs/${club.id}/status`;
      const race = await staleRace(
        admin,
        { method: "POST", path, body: { status: "dissolved", effectiveFrom: "2024-02-01" } },
        { method: "POST", path, body: { status: "suspended", effectiveFrom: "2024-01-01" } },
      );
      expectGuardStopsA(race, 200);
      expect(await auditCount("change_status", club.id)).toBe(1);
      const history = await env.DB.prepare("SELECT count(*) AS n FROM club_status_history WHERE club_id = ?")
        .bind(club.id)
        .first<{ n: number }>();
      expect(history?.n).toBe(2); // founded + the one change
    }
  });

  it("an account is disabled once", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const account = accountIdOf(await tokenFor(env.DB, "viewer", tree.clubA));
      const request = { method: "PATCH", path: `/users/${account}`, body: { disabled: true } };
      expectGuardStopsA(await staleRace(admin, request, request), 200);
      expect(await auditCount("disable", account)).toBe(1);
    }
  });

  it("a login is taken once (the unique index answers 409 without SQL)", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const login = `race-${round}-${Date.now()}`;
      const body = {
        login,
        displayName: "Hai lần",
        role: "viewer",
        orgUnitId: tree.communeA.id,
        password: "mật-khẩu-đủ-dài",
      };
      const request = { method: "POST", path: "/users", body };
      expectGuardStopsA(await staleRace(admin, request, request), 201);
      const rows = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE login = ?")
        .bind(login)
        .first<{ n: number }>();
      expect(rows?.n).toBe(1);
    }
  });

  it("a person is enrolled once (the open-membership index answers 409)", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rec = await seedClubRecords(env.DB, tree.clubA);
      await env.DB.prepare("UPDATE memberships SET left_on = '2021-01-01' WHERE id = ?")
        .bind(rec.membershipId)
        .run();
      const request = {
        method: "POST",
        path: `/clubs/${tree.clubA.id}/members`,
        body: { personId: rec.personId, joinedOn: "2024-01-01" },
      };
      expectGuardStopsA(await staleRace(admin, request, request), 201);
      const open = await env.DB.prepare(
        "SELECT count(*) AS n FROM memberships WHERE person_id = ? AND left_on IS NULL",
      )
        .bind(rec.personId)
        .first<{ n: number }>();
      expect(open?.n).toBe(1);
    }
  });

  it("a club gets one chair when two are named at once", { timeout: 30_000 }, async () => {
    const club = await seedClub(env.DB, tree.communeA);
    const first = await seedClubRecords(env.DB, club);
    const second = await seedClubRecords(env.DB, club);
    const chair = (personId: string) => ({
      method: "POST",
      path: `/clubs/${club.id}/roles`,
      body: { personId, role: "chair", startsOn: "2024-01-01" },
    });
    const race = await staleRace(admin, chair(first.personId), chair(second.personId));
    const chairs = await env.DB.prepare(
      "SELECT count(*) AS n FROM club_roles WHERE club_id = ? AND role = 'chair' AND ends_on IS NULL",
    )
      .bind(club.id)
      .first<{ n: number }>();
    expect(chairs?.n, `A ${race.a.status}, B ${race.b.status}`).toBe(1);
    expectGuardStopsA(race, 201);
  });

  it("two requests sent together: one wins, one audit row", { timeout: 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const rec = await seedClubRecords(env.DB, tree.clubA);
      const results = await Promise.all(
        ["2024-06-01", "2024-07-01"].map((leftOn) =>
          call("POST", `/memberships/${rec.membershipId}/leave`, {
            token: admin,
            body: { leftOn, reason: "Chuyển nơi ở" },
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await auditCount("leave", rec.membershipId)).toBe(1);
    }
  });
});
