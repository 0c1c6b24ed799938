import { readdirSync, readFileSync } from "node:fs";
import type { D1Database } from "@cloudflare/workers-types";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activitiesSqlStatements,
  COMMUNITY_SERVICE_SESSIONS,
  CULTURE_SPORTS_ACTIVITIES,
  type DemoActivities,
  DISASTER_LABOUR_DAYS,
  demoActivities,
  SINGLE_PARENT_LABOUR_DAYS,
  TRAINEE_PLACES,
} from "./activities";
import { fundsSqlStatements } from "./funds";
import { type DemoProvince, generateDemoProvince } from "./generate";
import {
  columnsOf,
  ROWS_PER_INSERT,
  sqlLiteral,
  tablesInInsertOrder,
  toSqlScript,
  toSqlStatements,
} from "./sql";

const MIGRATIONS = new URL("../../domain/migrations/", import.meta.url);
const MIGRATION = new URL("0000_foundation.sql", MIGRATIONS);
const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";

/** Starting workerd and loading the seed (some 4 MB with the activities) into SQLite take seconds on a busy machine. */
const D1_TIMEOUT = 60_000;

/**
 * One workerd (Miniflare) for the file, with two real local D1 databases (workerd's SQLite,
 * foreign keys enforced), each with the real migrations applied.
 */
async function startD1(): Promise<{ mf: Miniflare; seeded: D1Database; broken: D1Database }> {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response(null); } }",
    d1Databases: { SEEDED: "demo-data-seeded", BROKEN: "demo-data-broken" },
  });
  const statements = readdirSync(MIGRATIONS)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .flatMap((file) =>
      readFileSync(new URL(file, MIGRATIONS), "utf8")
        .split("--> statement-breakpoint")
        .filter((s) => s.trim()),
    );
  const migrated = async (binding: string) => {
    const db = await mf.getD1Database(binding);
    for (const statement of statements) await db.prepare(statement).run();
    return db;
  };
  return { mf, seeded: await migrated("SEEDED"), broken: await migrated("BROKEN") };
}

const countRows = async (db: D1Database, table: string) =>
  (await db.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n;

describe("sqlLiteral", () => {
  it("quotes strings, doubling single quotes", () => {
    expect(sqlLiteral("H'Mông")).toBe("'H''Mông'");
    expect(sqlLiteral("it''s")).toBe("'it''''s'");
    expect(sqlLiteral("")).toBe("''");
  });

  it("writes NULL, booleans as 0/1 and integers as they are", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
    expect(sqlLiteral(true)).toBe("1");
    expect(sqlLiteral(false)).toBe("0");
    expect(sqlLiteral(1954)).toBe("1954");
    expect(sqlLiteral(-3)).toBe("-3");
    expect(() => sqlLiteral(Number.NaN)).toThrow();
  });
});

describe("toSqlStatements", () => {
  let data: DemoProvince;
  let statements: string[];
  let acts: DemoActivities;
  let activityStatements: string[];
  let d1: Awaited<ReturnType<typeof startD1>> | undefined;

  beforeAll(async () => {
    data = generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH });
    statements = toSqlStatements(data);
    acts = demoActivities(data);
    activityStatements = activitiesSqlStatements(data, acts);
    d1 = await startD1();
  }, D1_TIMEOUT);

  afterAll(async () => {
    await d1?.mf.dispose();
  }, D1_TIMEOUT);

  it("uses the migration's column names", () => {
    const migration = readFileSync(MIGRATION, "utf8");
    for (const { name, table } of tablesInInsertOrder(data)) {
      const create = new RegExp(`CREATE TABLE \`${name}\` \\(([\\s\\S]*?)\\n\\);`).exec(migration);
      expect(create, name).not.toBeNull();
      const sqlColumns = [...(create?.[1] ?? "").matchAll(/^\t`([a-z_]+)` /gm)].map((m) => m[1]);
      expect(columnsOf(table).map(([, column]) => column)).toEqual(sqlColumns);
    }
  });

  it("puts at most 100 rows in one INSERT and keeps statements small and free of semicolons", () => {
    expect(ROWS_PER_INSERT).toBe(100);
    for (const statement of statements) {
      expect(statement.startsWith("INSERT INTO ")).toBe(true);
      const rows = statement.split("\n").length - 1;
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(100);
      // D1 caps a statement at 100 KB; wrangler splits a file on semicolons outside quotes.
      expect(Buffer.byteLength(statement, "utf8")).toBeLessThan(100_000);
      expect(statement.includes(";")).toBe(false);
    }
    const script = toSqlScript(data);
    // The funds' and the activities' rows (funds.ts and activities.ts, tested there) follow the tables above.
    expect(script).toBe(
      `${[...statements, ...fundsSqlStatements(data), ...activityStatements].join(";\n")};\n`,
    );
  });

  it("writes tables in foreign-key order and leaves audit_log empty", () => {
    const order = statements.map((s) => /^INSERT INTO "([a-z_]+)"/.exec(s)?.[1]);
    const firstSeen = [...new Set(order)];
    expect(firstSeen).toEqual([
      "org_units",
      "org_unit_versions",
      "clubs",
      "club_status_history",
      "people",
      "memberships",
      "club_roles",
      "meetings",
      "attendance",
      "health_checks",
      "users",
    ]);
  });

  it(
    "loads into a freshly migrated local D1 in one batch, with foreign keys and checks enforced, activities and all",
    async () => {
      const db = d1!.seeded;
      await db.batch([...statements, ...activityStatements].map((statement) => db.prepare(statement)));
      const expected: Record<string, number> = {
        org_units: data.orgUnits.length,
        org_unit_versions: data.orgUnitVersions.length,
        clubs: 46,
        club_status_history: 46,
        people: data.people.length,
        memberships: data.memberships.length,
        club_roles: data.clubRoles.length,
        meetings: data.meetings.length,
        attendance: data.attendance.length,
        health_checks: data.healthChecks.length,
        users: 4,
        audit_log: 0,
        beneficiaries: acts.beneficiaries.length,
        activities: acts.activities.length,
        activity_participants: acts.activityParticipants.length,
        activity_beneficiaries: acts.activityBeneficiaries.length,
        home_care_visits: acts.homeCareVisits.length,
        training_trainees: acts.trainingTrainees.length,
        communications: acts.communications.length,
      };
      for (const [table, count] of Object.entries(expected))
        expect(await countRows(db, table), table).toBe(count);
      const active = await db
        .prepare("SELECT count(*) AS n FROM memberships WHERE left_on IS NULL")
        .first<{ n: number }>();
      expect(active?.n).toBe(2471);
      const byFoundingYear = await db
        .prepare(
          "SELECT sum(founded_on < '2021-01-01') AS early, sum(founded_on >= '2021-01-01') AS late FROM clubs WHERE founded_on >= '2017-01-01' AND founded_on <= '2025-05-31'",
        )
        .first();
      expect(byFoundingYear).toEqual({ early: 20, late: 26 });
      // Text survives the round trip: diacritics, quotes and booleans.
      const person = data.people.find((p) => p.ethnicity === "H'Mông") ?? data.people[0]!;
      const stored = await db
        .prepare("SELECT full_name, name_search, ethnicity, lives_alone FROM people WHERE id = ?")
        .bind(person.id)
        .first();
      expect(stored).toEqual({
        full_name: person.fullName,
        name_search: person.nameSearch,
        ethnicity: person.ethnicity,
        lives_alone: person.livesAlone ? 1 : 0,
      });
      const users = await db.prepare("SELECT password_hash FROM users").all<{ password_hash: string }>();
      expect(users.results.map((u) => u.password_hash)).toEqual(Array(4).fill(PASSWORD_HASH));
      // The province's published figures, read back from the tables as the reporting queries read them.
      const figures = await db
        .prepare(
          `SELECT
            (SELECT sum(p.labour_half_days) FROM activity_participants p JOIN activities a ON a.id = p.activity_id
              WHERE a.purpose = 'single_parent_household') AS singleParentHalfDays,
            (SELECT sum(p.labour_half_days) FROM activity_participants p JOIN activities a ON a.id = p.activity_id
              WHERE a.purpose IN ('storm', 'flood')) AS stormFloodHalfDays,
            (SELECT sum(sessions) FROM activities WHERE type_code = 'community_service') AS communityServiceSessions,
            (SELECT count(*) FROM activities WHERE area = 'culture_sports') AS cultureSports,
            (SELECT count(*) FROM activities WHERE type_code = 'training_course' AND organiser_level = 'province') AS courses,
            (SELECT sum(participant_count) FROM activities WHERE type_code = 'training_course') AS traineePlaces,
            (SELECT count(*) FROM communications WHERE kind IN ('news_item', 'article')) AS newsAndArticles,
            (SELECT count(*) FROM communications WHERE kind = 'report') AS reports,
            (SELECT count(DISTINCT club_id) FROM home_care_visits) AS clubsVisiting,
            (SELECT count(*) FROM activities WHERE starts_on < '2020-06-01' OR ends_on > '2025-05-31') AS outside`,
        )
        .first();
      expect(figures).toEqual({
        singleParentHalfDays: SINGLE_PARENT_LABOUR_DAYS * 2,
        stormFloodHalfDays: DISASTER_LABOUR_DAYS * 2,
        communityServiceSessions: COMMUNITY_SERVICE_SESSIONS,
        cultureSports: CULTURE_SPORTS_ACTIVITIES,
        courses: 5,
        traineePlaces: TRAINEE_PLACES,
        newsAndArticles: 33,
        reports: 5,
        clubsVisiting: 46,
        outside: 0,
      });
      // Every participant, visitor and trainee who is a member was a member of that club on the day.
      const notMembers = await db
        .prepare(
          `SELECT count(*) AS n FROM (
            SELECT p.person_id, p.club_id, a.starts_on FROM activity_participants p JOIN activities a ON a.id = p.activity_id
            UNION ALL
            SELECT t.person_id, t.club_id, a.starts_on FROM training_trainees t JOIN activities a ON a.id = t.activity_id
              WHERE t.person_id IS NOT NULL
          ) x WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = x.person_id AND m.club_id = x.club_id
            AND m.joined_on <= x.starts_on AND (m.left_on IS NULL OR m.left_on > x.starts_on))`,
        )
        .first<{ n: number }>();
      expect(notMembers?.n).toBe(0);
    },
    D1_TIMEOUT,
  );

  it(
    "is rejected whole by the database when a foreign key is broken (the check is real)",
    async () => {
      const db = d1!.broken;
      // The org tree and clubs (rows that load), then a membership of nobody: the batch must
      // leave nothing behind. No people and no meetings: the check needs no 3 MB load.
      const broken: DemoProvince = {
        ...data,
        people: [],
        memberships: [{ ...data.memberships[0]!, personId: "per_00000000000000000000000000" }],
        clubRoles: [],
        meetings: [],
        attendance: [],
        healthChecks: [],
      };
      const brokenStatements = toSqlStatements(broken);
      expect(brokenStatements.some((s) => s.startsWith('INSERT INTO "org_units"'))).toBe(true);
      await expect(db.batch(brokenStatements.map((s) => db.prepare(s)))).rejects.toThrow(/FOREIGN KEY/);
      expect(await countRows(db, "org_units")).toBe(0);
      expect(await countRows(db, "users")).toBe(0);
    },
    D1_TIMEOUT,
  );
});
