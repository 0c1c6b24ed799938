import { childPath, foldVietnamese, newId } from "@ishc/domain";
import type { OrgUnitKind, UserRole } from "@ishc/domain/schema";
import { clubStatusHistory, clubs, orgUnits, orgUnitVersions, users } from "@ishc/domain/schema";
import { drizzle } from "drizzle-orm/d1";
import { issueAccessToken } from "../src/auth";
import { hashPassword } from "../src/passwords";
import { TEST_JWT_SECRET } from "./secret.ts";

/**
 * A small real tree for tests, written through the real schema:
 * a province with two communes, one club in each.
 */
export type OrgFixture = Awaited<ReturnType<typeof seedOrgFixture>>;

type Unit = { id: string; path: string; name: string };

export async function seedOrgFixture(db: D1Database) {
  const orm = drizzle(db);
  const created = "2024-01-01T00:00:00.000Z";
  const unit = (
    kind: OrgUnitKind,
    name: string,
    code: string,
    parent: Unit | null,
  ): Unit & { kind: OrgUnitKind; code: string; parentId: string | null } => {
    const id = newId("orgUnit");
    // Codes are unique system-wide; a suffix lets a test file seed the tree more than once.
    return {
      id,
      kind,
      name,
      code: `${code}-${id.slice(-4)}`,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
    };
  };
  const province = unit("province", "Tỉnh Thử Nghiệm", "TN", null);
  const communeA = unit("commune", "Xã Hoàng Đồng", "TN-HD", province);
  const communeB = unit("commune", "Phường Tam Thanh", "TN-TT", province);
  const clubA = unit("club", "CLB Liên thế hệ thôn Nà Chuông", "TN-HD-01", communeA);
  const clubB = unit("club", "CLB Liên thế hệ khối 5", "TN-TT-01", communeB);
  const all = [province, communeA, communeB, clubA, clubB];
  await orm.batch([
    orm
      .insert(orgUnits)
      .values(all.map((u) => ({ ...u, nameSearch: foldVietnamese(u.name), createdAt: created }))),
    orm.insert(orgUnitVersions).values(
      all.map((u) => ({
        id: newId("orgUnitVersion"),
        orgUnitId: u.id,
        parentId: u.parentId,
        name: u.name,
        validFrom: "2017-01-01",
      })),
    ),
    orm.insert(clubs).values([
      { id: clubA.id, foundedOn: "2018-03-15", status: "active", statusSince: "2018-03-15" },
      { id: clubB.id, foundedOn: "2022-09-01", status: "active", statusSince: "2022-09-01" },
    ]),
    orm.insert(clubStatusHistory).values([
      { id: newId("clubStatus"), clubId: clubA.id, status: "active", effectiveFrom: "2018-03-15" },
      { id: newId("clubStatus"), clubId: clubB.id, status: "active", effectiveFrom: "2022-09-01" },
    ]),
  ]);
  return { province, communeA, communeB, clubA, clubB };
}

export const FIXTURE_PASSWORD = "correct horse battery";

/** A user row (for login tests) bound to `unit`; the password is FIXTURE_PASSWORD. */
export async function seedUser(db: D1Database, login: string, role: UserRole, unit: Unit) {
  const id = newId("user");
  await drizzle(db)
    .insert(users)
    .values({
      id,
      login,
      displayName: login,
      role,
      orgUnitId: unit.id,
      passwordHash: await hashPassword(FIXTURE_PASSWORD, new Uint8Array(16), 1000),
      createdAt: new Date().toISOString(),
    });
  return id;
}

/**
 * A signed access token as the membership service would issue it, for a real
 * account (the kit honours tokens only of accounts that exist and are enabled).
 */
export async function tokenFor(db: D1Database, role: UserRole, unit: Unit): Promise<string> {
  const id = newId("user");
  await drizzle(db)
    .insert(users)
    .values({
      id,
      login: `${role}-${id.slice(-10).toLowerCase()}`,
      displayName: `${role} test`,
      role,
      orgUnitId: unit.id,
      passwordHash: "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
      createdAt: new Date().toISOString(),
    });
  return issueAccessToken(
    { JWT_SECRET: TEST_JWT_SECRET },
    { id, displayName: `${role} test`, role, orgUnitId: unit.id, orgPath: unit.path },
  );
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The account id (`sub`) a token was issued for, read without verifying it. */
export function accountIdOf(token: string): string {
  const payload = token.split(".")[1] ?? "";
  const json = atob(payload.replaceAll("-", "+").replaceAll("_", "/"));
  return (JSON.parse(json) as { sub: string }).sub;
}

/** Disables the token's account in D1 directly, as an administrator would. */
export async function disableAccount(db: D1Database, token: string): Promise<void> {
  await db
    .prepare("UPDATE users SET disabled_at = ? WHERE id = ?")
    .bind(new Date().toISOString(), accountIdOf(token))
    .run();
}

/** A further province with one commune and one club, for callers of another province. */
export async function seedOtherProvince(db: D1Database) {
  const { province, communeA, clubA } = await seedOrgFixture(db);
  return { province, commune: communeA, club: clubA };
}

/** A fresh active club under `parent` (founded 2018-03-15), written straight to D1. */
export async function seedClub(db: D1Database, parent: Unit, name = "CLB Liên thế hệ thử"): Promise<Unit> {
  const orm = drizzle(db);
  const id = newId("orgUnit");
  const path = childPath(parent.path, id);
  await orm.batch([
    orm.insert(orgUnits).values({
      id,
      kind: "club",
      name,
      nameSearch: foldVietnamese(name),
      code: `T-${id.slice(-10)}`,
      parentId: parent.id,
      path,
      createdAt: "2024-01-01T00:00:00.000Z",
    }),
    orm.insert(orgUnitVersions).values({
      id: newId("orgUnitVersion"),
      orgUnitId: id,
      parentId: parent.id,
      name,
      validFrom: "2018-03-15",
    }),
    orm.insert(clubs).values({ id, foundedOn: "2018-03-15", status: "active", statusSince: "2018-03-15" }),
    orm.insert(clubStatusHistory).values({
      id: newId("clubStatus"),
      clubId: id,
      status: "active",
      effectiveFrom: "2018-03-15",
    }),
  ]);
  return { id, path, name };
}

/**
 * Records inside `club`, written straight to D1: a person with an open
 * membership (joined 2020-01-10), an open volunteer duty, and a meeting
 * (2024-05-02) the person attended.
 */
export async function seedClubRecords(db: D1Database, club: Unit) {
  const personId = newId("person");
  const membershipId = newId("membership");
  const roleId = newId("clubRole");
  const meetingId = newId("meeting");
  const statements = [
    db
      .prepare(
        `INSERT INTO people (id, org_unit_id, full_name, name_search, sex, birth_year, poverty_status,
          lives_alone, created_at) VALUES (?, ?, ?, ?, 'female', 1955, 'none', 0, ?)`,
      )
      .bind(personId, club.id, "Hoàng Thị Lan", foldVietnamese("Hoàng Thị Lan"), new Date().toISOString()),
    db
      .prepare("INSERT INTO memberships (id, person_id, club_id, joined_on) VALUES (?, ?, ?, '2020-01-10')")
      .bind(membershipId, personId, club.id),
    db
      .prepare(
        "INSERT INTO club_roles (id, club_id, person_id, role, starts_on) VALUES (?, ?, ?, 'home_care_volunteer', '2020-02-01')",
      )
      .bind(roleId, club.id, personId),
    db
      .prepare("INSERT INTO meetings (id, club_id, held_on, topic) VALUES (?, ?, '2024-05-02', 'Sinh hoạt')")
      .bind(meetingId, club.id),
    db.prepare("INSERT INTO attendance (meeting_id, person_id) VALUES (?, ?)").bind(meetingId, personId),
  ];
  await db.batch(statements);
  return { personId, membershipId, roleId, meetingId };
}
