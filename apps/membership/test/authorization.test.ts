import { env } from "cloudflare:workers";
import {
  accountIdOf,
  type OrgFixture,
  seedClub,
  seedClubRecords,
  seedOrgFixture,
  seedOtherProvince,
  tokenFor,
} from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { tableCounts } from "../../../packages/edge-kit/testing/robustness.ts";
import { call } from "./helpers";

/**
 * Who may do what, as one table: role × action × where the target lies (the
 * caller's own subtree, or a foreign one) → the class of answer. One test per
 * cell runs against the real worker, so a changed decision fails here by name.
 *
 * Callers: a province admin bound to province 1, a commune officer and a viewer
 * bound to commune A, a club board bound to club A. Own targets: commune A (a
 * new ward goes under province 1), a new club in it (club A itself for the
 * board). Foreign targets: commune B and its clubs for the officer, board and
 * viewer; province 2 for the admin and for a new ward.
 */
type Role = "province_admin" | "commune_officer" | "club_board" | "viewer";
type Outcome = "2xx" | "403" | "404";
/** [own subtree, foreign subtree]; null where the action names no target. */
type Row = Record<Role, readonly [Outcome, Outcome | null]>;

const ONLY_ADMIN: Row = {
  province_admin: ["2xx", "404"],
  commune_officer: ["403", "403"],
  club_board: ["403", "403"],
  viewer: ["403", "403"],
};
const ADMIN_AND_OFFICER: Row = { ...ONLY_ADMIN, commune_officer: ["2xx", "404"] };
const WRITERS: Row = { ...ADMIN_AND_OFFICER, club_board: ["2xx", "404"] };

export const AUTHORIZATION = {
  "add an org unit": ONLY_ADMIN,
  "rename or move an org unit": ONLY_ADMIN,
  "register a club": ADMIN_AND_OFFICER,
  "change a club's status": ADMIN_AND_OFFICER,
  "give a member a club role": WRITERS,
  "end a club role": WRITERS,
  "enrol a new member": WRITERS,
  "import a member register": WRITERS,
  "record a member leaving": WRITERS,
  "update a person": WRITERS,
  "record a meeting": WRITERS,
  "record health checks": WRITERS,
  "list accounts": {
    province_admin: ["2xx", null],
    commune_officer: ["2xx", null],
    club_board: ["403", null],
    viewer: ["403", null],
  },
  "create a viewer account": ADMIN_AND_OFFICER,
  "create a club board account": ADMIN_AND_OFFICER,
  // Accounts at a commune are made by the province: an officer makes none at its own level.
  "create a commune officer account": ONLY_ADMIN,
  // An officer may not grant a role above their own, wherever the account would sit.
  "create a province admin account": ONLY_ADMIN,
  "disable an account": ADMIN_AND_OFFICER,
} satisfies Record<string, Row>;

type Action = keyof typeof AUTHORIZATION;

/** Where a case acts: a commune-level unit and a club in it, with records inside the club. */
type Target = {
  province: { id: string };
  commune: { id: string; path: string; name: string };
  club: { id: string; path: string; name: string };
  records: Awaited<ReturnType<typeof seedClubRecords>>;
  account: string;
};

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

const REGISTER = "Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\r\nLý Thị Mai,Nữ,1951,01/03/2021\r\n";

const REQUESTS: Record<
  Action,
  (t: Target) => { method: string; path: string; body?: unknown; raw?: string }
> = {
  "add an org unit": (t) => ({
    method: "POST",
    path: "/org-units",
    body: { kind: "ward", name: "Phường mới", parentId: t.province.id, effectiveFrom: "2024-01-01" },
  }),
  "rename or move an org unit": (t) => ({
    method: "POST",
    path: `/org-units/${t.club.id}/reorganisations`,
    body: { name: "CLB đổi tên", effectiveFrom: "2024-06-01" },
  }),
  "register a club": (t) => ({
    method: "POST",
    path: "/clubs",
    body: { name: "CLB mới", code: `AZ-${unique()}`, parentId: t.commune.id, foundedOn: "2020-01-01" },
  }),
  "change a club's status": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/status`,
    body: { status: "suspended", effectiveFrom: "2024-01-01" },
  }),
  "give a member a club role": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/roles`,
    body: { personId: t.records.personId, role: "secretary", startsOn: "2024-01-01" },
  }),
  "end a club role": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/roles/${t.records.roleId}/end`,
    body: { endsOn: "2024-06-01" },
  }),
  "enrol a new member": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/members`,
    body: { person: { fullName: "Đàm Thị Hương", sex: "female", birthYear: 1950 }, joinedOn: "2024-01-01" },
  }),
  "import a member register": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/members/import`,
    raw: REGISTER,
  }),
  "record a member leaving": (t) => ({
    method: "POST",
    path: `/memberships/${t.records.membershipId}/leave`,
    body: { leftOn: "2024-06-01", reason: "Chuyển nơi ở" },
  }),
  "update a person": (t) => ({
    method: "PATCH",
    path: `/people/${t.records.personId}`,
    body: { phone: "0912 345 678" },
  }),
  "record a meeting": (t) => ({
    method: "POST",
    path: `/clubs/${t.club.id}/meetings`,
    body: { heldOn: "2024-06-01", topic: "Sinh hoạt", attendeeIds: [t.records.personId] },
  }),
  "record health checks": (t) => ({
    method: "POST",
    path: `/meetings/${t.records.meetingId}/health-checks`,
    body: { checks: [{ personId: t.records.personId, systolic: 130, diastolic: 85 }] },
  }),
  "list accounts": () => ({ method: "GET", path: "/users" }),
  "create a viewer account": (t) => newAccount("viewer", t.club.id),
  "create a club board account": (t) => newAccount("club_board", t.club.id),
  "create a commune officer account": (t) => newAccount("commune_officer", t.commune.id),
  "create a province admin account": (t) => newAccount("province_admin", t.province.id),
  "disable an account": (t) => ({ method: "PATCH", path: `/users/${t.account}`, body: { disabled: true } }),
};

function newAccount(role: Role, orgUnitId: string) {
  return {
    method: "POST",
    path: "/users",
    body: {
      login: `az-${unique()}`,
      displayName: "Tài khoản thử",
      role,
      orgUnitId,
      password: "mật-khẩu-đủ-dài",
    },
  };
}

describe("authorization table", () => {
  let tree: OrgFixture;
  let other: Awaited<ReturnType<typeof seedOtherProvince>>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    other = await seedOtherProvince(env.DB);
    tokens.province_admin = await tokenFor(env.DB, "province_admin", tree.province);
    tokens.commune_officer = await tokenFor(env.DB, "commune_officer", tree.communeA);
    tokens.club_board = await tokenFor(env.DB, "club_board", tree.clubA);
    tokens.viewer = await tokenFor(env.DB, "viewer", tree.communeA);
  });

  /** Fresh records for one case, so a write allowed in one cell cannot change the next. */
  async function targetFor(role: Role, where: "own" | "foreign"): Promise<Target> {
    const commune =
      where === "own" ? tree.communeA : role === "province_admin" ? other.commune : tree.communeB;
    // The board's own subtree is its club; everyone else gets a new club in the commune.
    const club = where === "own" && role === "club_board" ? tree.clubA : await seedClub(env.DB, commune);
    const records = await seedClubRecords(env.DB, club);
    const account = accountIdOf(await tokenFor(env.DB, "viewer", club));
    const province = where === "own" ? tree.province : other.province;
    return { province, commune, club, records, account };
  }

  const cells = Object.entries(AUTHORIZATION).flatMap(([action, row]) =>
    Object.entries(row).flatMap(([role, outcomes]) =>
      (["own", "foreign"] as const).flatMap((where, i) => {
        const expected = outcomes[i];
        return expected ? [{ action: action as Action, role: role as Role, where, expected }] : [];
      }),
    ),
  );

  it("covers every write of the service and the account routes", () => {
    expect(Object.keys(AUTHORIZATION)).toHaveLength(Object.keys(REQUESTS).length);
    expect(cells.length).toBeGreaterThan(120);
  });

  for (const { action, role, where, expected } of cells) {
    it(`${role} · ${action} · ${where} subtree → ${expected}`, async () => {
      const target = await targetFor(role, where);
      const request = REQUESTS[action](target);
      const before = await tableCounts();
      const res = await call(request.method, request.path, {
        token: tokens[role],
        ...(request.raw !== undefined ? { raw: request.raw } : { body: request.body }),
      });
      const got = res.status < 300 ? "2xx" : String(res.status);
      expect(got, `${request.method} ${request.path}: ${res.text.slice(0, 300)}`).toBe(expected);
      if (expected !== "2xx") {
        expect(res.headers.get("content-type")).toContain("application/problem+json");
        expect(await tableCounts(), "a refused write changed a table").toEqual(before);
      }
    });
  }
});
