import { readFileSync } from "node:fs";
import {
  activityMeasureProblems,
  activityType,
  activityTypeProblem,
  ageOnWithYear,
  CARE_SERVICES,
  foldVietnamese,
  type IdKind,
  isId,
  participantCountProblem,
} from "@ishc/domain";
import {
  activities,
  activityBeneficiaries,
  activityParticipants,
  BOARD_ROLES,
  beneficiaries,
  communications,
  homeCareVisits,
  trainingTrainees,
} from "@ishc/domain/schema";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ACTIVITIES_FROM,
  ACTIVITIES_TO,
  ARTICLES,
  activitiesSqlStatements,
  CARE_RECIPIENT_MIN_AGE,
  COMMUNITY_SERVICE_SESSIONS,
  CULTURE_SPORTS_ACTIVITIES,
  catalogueVersionOn,
  type DemoActivities,
  DISASTER_LABOUR_DAYS,
  demoActivities,
  NEWS_ITEMS,
  REPORTS,
  SINGLE_PARENT_LABOUR_DAYS,
  TRAINEE_PLACES,
  TRAINING_COURSES,
} from "./activities";
import { type DemoProvince, generateDemoProvince, type MembershipRow } from "./generate";
import { columnsOf } from "./sql";

const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";
/** Generating the province and its activities: about a second alone, several on a busy 2-core machine. */
const GENERATE_TIMEOUT = 30_000;
const MIGRATION = new URL("../../domain/migrations/0004_activities.sql", import.meta.url);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Collects what is wrong (at most 50 lines) instead of one `expect` per row. */
function problems() {
  const found: string[] = [];
  return {
    found,
    check(ok: boolean, what: () => string) {
      if (!ok && found.length < 50) found.push(what());
    },
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const memberOn = (m: MembershipRow, on: string) => m.joinedOn <= on && (m.leftOn == null || m.leftOn > on);

let data: DemoProvince;
let acts: DemoActivities;
/** The province and its activities with the lookups the tests need, built once. */
let d: ReturnType<typeof indexed>;

function indexed() {
  const stints = groupBy(data.memberships, (m) => `${m.personId}|${m.clubId}`);
  const membershipsByClub = groupBy(data.memberships, (m) => m.clubId);
  const roles = groupBy(data.clubRoles, (r) => `${r.personId}|${r.clubId}`);
  return {
    units: new Map(data.orgUnits.map((u) => [u.id, u])),
    clubs: new Map(data.clubs.map((c) => [c.id, c])),
    people: new Map(data.people.map((p) => [p.id, p])),
    province: data.orgUnits.find((u) => u.kind === "province")!,
    activity: new Map(acts.activities.map((a) => [a.id!, a])),
    beneficiary: new Map(acts.beneficiaries.map((b) => [b.id, b])),
    participantsOf: groupBy(acts.activityParticipants, (p) => p.activityId),
    recipientsOf: groupBy(acts.activityBeneficiaries, (b) => b.activityId),
    traineesOf: groupBy(acts.trainingTrainees, (t) => t.activityId),
    visitOf: new Map(acts.homeCareVisits.map((v) => [v.activityId, v])),
    communicationOf: new Map(acts.communications.map((c) => [c.activityId, c])),
    /** Whether `personId` was a member of `clubId` on `on`. */
    memberOf: (personId: string, clubId: string, on: string) =>
      (stints.get(`${personId}|${clubId}`) ?? []).some((m) => memberOn(m, on)),
    membersOn: (clubId: string, on: string) =>
      (membershipsByClub.get(clubId) ?? []).filter((m) => memberOn(m, on)).length,
    /** Whether `personId` held one of `names` in `clubId` on `on`. */
    heldRole: (personId: string, clubId: string, names: readonly string[], on: string) =>
      (roles.get(`${personId}|${clubId}`) ?? []).some(
        (r) => names.includes(r.role) && r.startsOn <= on && (r.endsOn == null || r.endsOn >= on),
      ),
  };
}

beforeAll(() => {
  data = generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH });
  acts = demoActivities(data);
  d = indexed();
}, GENERATE_TIMEOUT);

const ofType = (...codes: string[]) => acts.activities.filter((a) => codes.includes(a.typeCode));
const halfDaysFor = (purposes: readonly string[]) =>
  sum(
    acts.activityParticipants
      .filter((p) => purposes.includes(d.activity.get(p.activityId)?.purpose ?? ""))
      .map((p) => p.labourHalfDays ?? 0),
  );

describe("the demo province's activities", () => {
  afterEach(() => vi.restoreAllMocks());

  it(
    "are the same for the same province, change none of its tables, and use neither Math.random nor the clock",
    () => {
      const before = JSON.stringify(data);
      vi.spyOn(Math, "random").mockImplementation(() => {
        throw new Error("Math.random called");
      });
      vi.spyOn(Date, "now").mockImplementation(() => {
        throw new Error("Date.now called");
      });
      vi.spyOn(crypto, "getRandomValues").mockImplementation(() => {
        throw new Error("crypto.getRandomValues called");
      });
      expect(JSON.stringify(demoActivities(data))).toBe(JSON.stringify(acts));
      expect(JSON.stringify(data)).toBe(before);
    },
    GENERATE_TIMEOUT,
  );

  it("add up to the province's published figures over June 2020 – May 2025", () => {
    // 895 labour days for single-parent households, 155 of storm and flood clean-up.
    expect(halfDaysFor(["single_parent_household"])).toBe(SINGLE_PARENT_LABOUR_DAYS * 2);
    expect(halfDaysFor(["storm", "flood"])).toBe(DISASTER_LABOUR_DAYS * 2);
    expect(SINGLE_PARENT_LABOUR_DAYS).toBe(895);
    expect(DISASTER_LABOUR_DAYS).toBe(155);
    expect(halfDaysFor(["storm"])).toBeGreaterThan(0);
    expect(halfDaysFor(["flood"])).toBeGreaterThan(0);
    // Labour days are given for these purposes alone.
    expect(halfDaysFor(["other", "other_disaster"])).toBe(0);
    // More than 300 community-service sessions, more than 300 cultural and sports activities.
    const service = ofType("community_service");
    expect(service).toHaveLength(COMMUNITY_SERVICE_SESSIONS);
    expect(sum(service.map((a) => a.sessions ?? 0))).toBe(COMMUNITY_SERVICE_SESSIONS);
    expect(COMMUNITY_SERVICE_SESSIONS).toBeGreaterThan(300);
    const culture = ofType("cultural_event", "sports_event");
    expect(culture).toHaveLength(CULTURE_SPORTS_ACTIVITIES);
    expect(sum(culture.map((a) => a.sessions ?? 0))).toBe(CULTURE_SPORTS_ACTIVITIES);
    expect(CULTURE_SPORTS_ACTIVITIES).toBeGreaterThan(300);
    expect(ofType("cultural_event").length).toBeGreaterThan(100);
    expect(ofType("sports_event").length).toBeGreaterThan(100);
    // Five province courses, more than 600 trainee places.
    const courses = ofType("training_course");
    expect(courses).toHaveLength(5);
    expect(sum(courses.map((c) => c.participantCount ?? 0))).toBe(TRAINEE_PLACES);
    expect(TRAINEE_PLACES).toBe(618);
    expect(acts.trainingTrainees).toHaveLength(TRAINEE_PLACES);
    // 33 news items and articles, 5 reports, in the province paper and on radio and TV.
    const kinds = groupBy(acts.communications, (c) => c.kind);
    expect(kinds.get("news_item")?.length).toBe(NEWS_ITEMS);
    expect(kinds.get("article")?.length).toBe(ARTICLES);
    expect(NEWS_ITEMS + ARTICLES).toBe(33);
    expect(kinds.get("report")?.length).toBe(REPORTS);
    expect(REPORTS).toBe(5);
    expect(new Set(acts.communications.map((c) => c.outlet))).toEqual(
      new Set(["province_newspaper", "radio_tv"]),
    );
    expect(ofType("communication")).toHaveLength(NEWS_ITEMS + ARTICLES + REPORTS);
    // Every club's volunteers visit; the years are all covered.
    const visitingClubs = new Set(acts.homeCareVisits.map((v) => v.clubId));
    expect(visitingClubs.size).toBe(data.clubs.length);
    expect(acts.homeCareVisits.length).toBeGreaterThan(1000);
    const years = new Set(acts.activities.map((a) => a.startsOn.slice(0, 4)));
    expect([...years].sort()).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });

  it("follow the catalogue: current types with the measures they call for, on dates within the five years", () => {
    const { found, check } = problems();
    const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    for (const a of acts.activities) {
      const what = () => `activity ${a.id} (${a.typeCode} on ${a.startsOn})`;
      const type = activityType(a.typeCode);
      check(type !== undefined, () => `${what()}: unknown type`);
      if (!type) continue;
      check(
        activityTypeProblem(a.typeCode, a.startsOn, type.recordedAs) === null,
        () => `${what()}: ${activityTypeProblem(a.typeCode, a.startsOn, type.recordedAs)}`,
      );
      check(a.area === type.area, () => `${what()}: area ${a.area}`);
      check(
        a.catalogueVersion === catalogueVersionOn(a.startsOn) && a.catalogueVersion >= type.since,
        () => `${what()}: catalogue version ${a.catalogueVersion}`,
      );
      check(
        a.startsOn >= ACTIVITIES_FROM && a.endsOn >= a.startsOn && a.endsOn <= ACTIVITIES_TO,
        () => `${what()}: dates ${a.startsOn}–${a.endsOn}`,
      );
      check(
        timestamp.test(a.createdAt) && a.createdAt.slice(0, 10) >= a.startsOn.slice(0, 10),
        () => `${what()}: created at ${a.createdAt}`,
      );
      check(
        a.createdAt <= `${ACTIVITIES_TO}T23:59:59.999Z`,
        () => `${what()}: created after the reference date`,
      );
      const participants = d.participantsOf.get(a.id!) ?? [];
      if (type.recordedAs === "activity") {
        const measureProblems = activityMeasureProblems(type, {
          startsOn: a.startsOn,
          endsOn: a.endsOn,
          purpose: a.purpose,
          sessions: a.sessions,
          hours: a.minutes == null ? null : a.minutes / 60,
          participantCount: a.participantCount,
          moneyVnd: a.moneyVnd,
          goodsVnd: a.goodsVnd,
          peopleReached: a.peopleReached,
          participants: participants.map((p) => ({
            labourDays: p.labourHalfDays == null ? null : p.labourHalfDays / 2,
            hours: p.minutes == null ? null : p.minutes / 60,
          })),
        });
        check(measureProblems.length === 0, () => `${what()}: ${JSON.stringify(measureProblems)}`);
      }
      // Organisers: clubs for what clubs do, the province association for courses and communications.
      const club = d.clubs.get(a.organiserId);
      if (type.recordedAs === "training" || type.recordedAs === "communication") {
        check(
          a.organiserId === d.province.id && a.organiserLevel === "province",
          () => `${what()}: organised by ${a.organiserId}`,
        );
      } else {
        check(club !== undefined && a.organiserLevel === "club", () => `${what()}: not organised by a club`);
        check(a.startsOn >= (club?.foundedOn ?? "9999"), () => `${what()}: before the club was founded`);
        const tooMany = participantCountProblem(a.participantCount, d.membersOn(a.organiserId, a.startsOn));
        check(tooMany === null, () => `${what()}: ${tooMany?.message}`);
      }
    }
    expect(found).toEqual([]);
    // Storm and flood clean-up before 2025 as its own type, as labour-day support once it was retired.
    const cleanups = ofType("disaster_cleanup");
    expect(cleanups.length).toBeGreaterThan(0);
    expect(cleanups.every((a) => a.startsOn < "2025-01-01" && a.catalogueVersion === 1)).toBe(true);
    expect(
      ofType("labour_support").some(
        (a) => (a.purpose === "storm" || a.purpose === "flood") && a.catalogueVersion === 2,
      ),
    ).toBe(true);
  });

  it("list as participants members of the organising club on the activity's first day", () => {
    const { found, check } = problems();
    const keys = new Set<string>();
    for (const p of acts.activityParticipants) {
      const a = d.activity.get(p.activityId);
      const what = () => `participant ${p.personId} of ${p.activityId}`;
      check(a !== undefined, () => `${what()}: no activity`);
      if (!a) continue;
      const key = `${p.activityId}|${p.personId}`;
      check(!keys.has(key), () => `${what()}: listed twice`);
      keys.add(key);
      check(p.clubId === a.organiserId, () => `${what()}: another club ${p.clubId}`);
      check(d.memberOf(p.personId, p.clubId, a.startsOn), () => `${what()}: not a member on ${a.startsOn}`);
      if (a.typeCode === "home_care_visit") {
        check(p.labourHalfDays == null && p.minutes === a.minutes, () => `${what()}: the visitor's measures`);
      } else {
        check(a.purpose != null && (p.labourHalfDays ?? 0) > 0, () => `${what()}: no labour days`);
      }
    }
    expect(found).toEqual([]);
  });

  it("have home-care visits by volunteers holding the role on the day, to people aged 60 or more", () => {
    const { found, check } = problems();
    const visits = ofType("home_care_visit");
    expect(acts.homeCareVisits).toHaveLength(visits.length);
    for (const a of visits) {
      const what = () => `visit ${a.id} on ${a.startsOn}`;
      const visit = d.visitOf.get(a.id!);
      check(visit !== undefined, () => `${what()}: no home_care_visits row`);
      if (!visit) continue;
      check(visit.clubId === a.organiserId, () => `${what()}: another club`);
      const participants = d.participantsOf.get(a.id!) ?? [];
      check(
        participants.length === 1 && participants[0]?.personId === visit.visitorPersonId,
        () => `${what()}: the visitor is not its one participant`,
      );
      check(
        d.heldRole(visit.visitorPersonId, visit.clubId, ["home_care_volunteer"], a.startsOn),
        () => `${what()}: the visitor did not hold the home-care volunteer role`,
      );
      check(
        visit.services.length > 0 &&
          new Set(visit.services).size === visit.services.length &&
          visit.services.every((s) => CARE_SERVICES.includes(s)),
        () => `${what()}: services ${visit.services}`,
      );
      check(
        a.minutes != null && a.minutes > 0 && a.minutes <= 24 * 60,
        () => `${what()}: ${a.minutes} minutes`,
      );
      const recipients = d.recipientsOf.get(a.id!) ?? [];
      check(recipients.length === 1, () => `${what()}: ${recipients.length} recipients`);
      const r = recipients[0];
      if (r?.personId) {
        const person = d.people.get(r.personId);
        check(r.personId !== visit.visitorPersonId, () => `${what()}: visits the visitor`);
        check(
          d.memberOf(r.personId, visit.clubId, a.startsOn),
          () => `${what()}: the recipient is not a member`,
        );
        const age = person
          ? ageOnWithYear({ birthDate: person.birthDate ?? null, birthYear: person.birthYear }, a.startsOn)
          : 0;
        check(age >= CARE_RECIPIENT_MIN_AGE, () => `${what()}: the recipient is ${age}`);
      } else if (r?.beneficiaryId) {
        const b = d.beneficiary.get(r.beneficiaryId);
        check(
          b !== undefined &&
            b.orgUnitId === visit.clubId &&
            b.livesAlone &&
            b.householdKinds.includes("older_living_alone"),
          () => `${what()}: the recipient is not an older person living alone registered by the club`,
        );
        check(
          Number(a.startsOn.slice(0, 4)) - (b?.birthYear ?? 9999) >= CARE_RECIPIENT_MIN_AGE,
          () => `${what()}: the recipient was born in ${b?.birthYear}`,
        );
      }
    }
    expect(found).toEqual([]);
    // Every home-care volunteer visits.
    const holders = data.clubRoles
      .filter((r) => r.role === "home_care_volunteer")
      .map((r) => `${r.personId}|${r.clubId}`);
    expect(new Set(acts.homeCareVisits.map((v) => `${v.visitorPersonId}|${v.clubId}`))).toEqual(
      new Set(holders),
    );
    // Members and non-members both receive visits; some are visited again and again.
    const recipients = acts.activityBeneficiaries.filter((r) => d.visitOf.has(r.activityId));
    expect(recipients.some((r) => r.personId)).toBe(true);
    expect(recipients.some((r) => r.beneficiaryId)).toBe(true);
    const distinct = new Set(recipients.map((r) => r.personId ?? r.beneficiaryId));
    expect(distinct.size).toBeLessThan(visits.length / 2);
  });

  it("name as beneficiaries registered households of the right kind, each registered before it is named", () => {
    const { found, check } = problems();
    const kindFor = (a: { typeCode: string; purpose?: string | null }) =>
      a.typeCode === "home_care_visit"
        ? "older_living_alone"
        : a.purpose === "single_parent_household"
          ? "single_parent"
          : "disaster_hit";
    const named = new Set<string>();
    for (const r of acts.activityBeneficiaries) {
      const a = d.activity.get(r.activityId);
      const what = () => `beneficiary row ${r.id}`;
      check(isId(r.id, "activityBeneficiary"), () => `${what()}: id`);
      check(a !== undefined, () => `${what()}: no activity`);
      check((r.beneficiaryId == null) !== (r.personId == null), () => `${what()}: names both or neither`);
      if (!a) continue;
      if (r.personId) {
        check(d.people.has(r.personId), () => `${what()}: no person`);
        check(
          a.typeCode === "home_care_visit" || a.purpose !== "single_parent_household",
          () => `${what()}: a member`,
        );
        check(d.memberOf(r.personId, a.organiserId, a.startsOn), () => `${what()}: not a member of the club`);
      } else {
        const b = d.beneficiary.get(r.beneficiaryId!);
        check(b !== undefined, () => `${what()}: no beneficiary ${r.beneficiaryId}`);
        if (!b) continue;
        named.add(b.id);
        check(b.orgUnitId === a.organiserId, () => `${what()}: registered by another unit`);
        check(b.createdAt.slice(0, 10) <= a.startsOn, () => `${what()}: registered after ${a.startsOn}`);
        check(
          b.householdKinds.includes(kindFor(a)),
          () => `${what()}: ${b.householdKinds} for ${a.typeCode}`,
        );
      }
    }
    const labour = ofType("labour_support", "disaster_cleanup");
    for (const a of labour) {
      check((d.recipientsOf.get(a.id!) ?? []).length > 0, () => `activity ${a.id}: helped nobody`);
    }
    for (const b of acts.beneficiaries) {
      const what = () => `beneficiary ${b.id} (${b.fullName})`;
      check(isId(b.id, "beneficiary"), () => `${what()}: id`);
      check(named.has(b.id), () => `${what()}: never named`);
      check(b.personId == null, () => `${what()}: linked to a person`);
      check(
        b.fullName === b.fullName.normalize("NFC") && b.fullName.split(" ").length >= 3,
        () => `${what()}: name`,
      );
      check(b.nameSearch === foldVietnamese(b.fullName), () => `${what()}: name_search ${b.nameSearch}`);
      check(
        new Set(b.householdKinds).size === b.householdKinds.length && b.householdKinds.length > 0,
        () => `${what()}: household kinds ${b.householdKinds}`,
      );
    }
    expect(found).toEqual([]);
  });

  it("run five courses for club boards and commune association staff, each trainee place named", () => {
    const { found, check } = problems();
    const courses = ofType("training_course").sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    expect(courses.map((c) => [c.startsOn, c.endsOn, c.participantCount])).toEqual(
      TRAINING_COURSES.map((c) => [c.startsOn, c.endsOn, c.places]),
    );
    for (const course of courses) {
      const trainees = d.traineesOf.get(course.id!) ?? [];
      const what = () => `course of ${course.startsOn}`;
      check(
        trainees.length === course.participantCount,
        () => `${what()}: ${trainees.length} trainees listed`,
      );
      const members = trainees.filter((t) => t.personId != null);
      const staff = trainees.filter((t) => t.staffName != null);
      check(
        members.length + staff.length === trainees.length,
        () => `${what()}: a trainee neither member nor staff`,
      );
      check(
        members.length > staff.length && staff.length >= 20,
        () => `${what()}: ${members.length}/${staff.length}`,
      );
      check(
        new Set(members.map((t) => t.personId)).size === members.length,
        () => `${what()}: someone twice`,
      );
      for (const t of members) {
        check(
          t.clubId != null && t.staffName == null && d.memberOf(t.personId!, t.clubId, course.startsOn),
          () => `${what()}: ${t.personId} not a member of ${t.clubId}`,
        );
        check(
          d.heldRole(t.personId!, t.clubId!, BOARD_ROLES, course.startsOn),
          () => `${what()}: ${t.personId} not on the board`,
        );
      }
      for (const t of staff) {
        check(
          t.personId == null &&
            t.clubId == null &&
            /Hội Người cao tuổi (xã|phường) /u.test(t.staffRole ?? ""),
          () => `${what()}: staff ${t.staffName} as ${t.staffRole}`,
        );
      }
    }
    expect(found).toEqual([]);
  });

  it("keep unique ids of the right kind and write SQL that fits the migration", () => {
    const { found, check } = problems();
    const kinds: [readonly { id?: string }[], IdKind][] = [
      [acts.activities, "activity"],
      [acts.beneficiaries, "beneficiary"],
      [acts.activityBeneficiaries, "activityBeneficiary"],
      [acts.trainingTrainees, "trainee"],
    ];
    const ids = new Set<string>();
    for (const [rows, kind] of kinds) {
      for (const row of rows) {
        check(isId(row.id ?? "", kind), () => `${row.id}: not a ${kind} id`);
        check(!ids.has(row.id ?? ""), () => `${row.id}: used twice`);
        ids.add(row.id ?? "");
      }
    }
    for (const c of acts.communications)
      check(d.activity.has(c.activityId), () => `communication ${c.activityId}`);
    for (const c of ofType("communication"))
      check(d.communicationOf.has(c.id!), () => `activity ${c.id}: no outlet`);
    expect(found).toEqual([]);

    const migration = readFileSync(MIGRATION, "utf8");
    const tables: [string, object][] = [
      ["beneficiaries", beneficiaries],
      ["activities", activities],
      ["activity_participants", activityParticipants],
      ["activity_beneficiaries", activityBeneficiaries],
      ["home_care_visits", homeCareVisits],
      ["training_trainees", trainingTrainees],
      ["communications", communications],
    ];
    for (const [name, table] of tables) {
      const create = new RegExp(`CREATE TABLE \`${name}\` \\(([\\s\\S]*?)\\n\\);`).exec(migration);
      const sqlColumns = [...(create?.[1] ?? "").matchAll(/^\t`([a-z_]+)` /gm)].map((m) => m[1]);
      expect(
        columnsOf(table).map(([, column]) => column),
        name,
      ).toEqual(sqlColumns);
    }
    const statements = activitiesSqlStatements(data, acts);
    const order = [...new Set(statements.map((s) => /^INSERT INTO "([a-z_]+)"/.exec(s)?.[1]))];
    expect(order).toEqual(tables.map(([name]) => name));
    for (const statement of statements) {
      const rows = statement.split("\n").length - 1;
      check(rows > 0 && rows <= 100, () => `${rows} rows in one INSERT`);
      check(Buffer.byteLength(statement, "utf8") < 100_000, () => "a statement of 100 KB or more");
      check(!statement.includes(";"), () => "a semicolon in a statement");
    }
    expect(found).toEqual([]);
  });
});
