import { childPath, foldVietnamese, type IdKind, isId } from "@ishc/domain";
import { BOARD_ROLES } from "@ishc/domain/schema";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ACTIVE_MEMBERS_TOTAL,
  ageOnReferenceDate,
  type DemoProvince,
  generateDemoProvince,
  MEETING_MONTHS,
  type MembershipRow,
  REFERENCE_DATE,
} from "./generate";

const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";
/** Generating a province takes a few hundred milliseconds alone, several times that on a busy machine. */
const GENERATE_TIMEOUT = 30_000;

/** Each seed's province is generated once per file, however many tests read it. */
const cache = new Map<number, DemoProvince>();
function province(seed: number): DemoProvince {
  let data = cache.get(seed);
  if (!data) {
    data = generateDemoProvince({ seed, passwordHash: PASSWORD_HASH });
    cache.set(seed, data);
  }
  return data;
}

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
const share = (part: number, whole: number) => part / whole;
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));

/**
 * Collects what is wrong instead of calling `expect` once per row (tens of thousands of
 * rows): a test then asserts the list is empty, and a failure shows every offending row.
 */
function problems() {
  const found: string[] = [];
  return {
    found,
    check(ok: boolean, what: () => string) {
      if (!ok && found.length < 50) found.push(what());
    },
  };
}

/** One province with the lookups its tests need, built once (Maps, no scans inside loops). */
function indexed(data: DemoProvince) {
  const active = data.memberships.filter((m) => m.leftOn == null);
  return {
    data,
    units: byId(data.orgUnits),
    clubs: byId(data.clubs),
    people: byId(data.people),
    meetings: byId(data.meetings),
    active,
    activePersonIds: new Set(active.map((m) => m.personId)),
    activeByClub: groupBy(active, (m) => m.clubId),
    membershipsByClub: groupBy(data.memberships, (m) => m.clubId),
    stintsByPersonAndClub: groupBy(data.memberships, (m) => `${m.personId}|${m.clubId}`),
    historyByClub: groupBy(data.clubStatusHistory, (h) => h.clubId),
    rolesByClub: groupBy(data.clubRoles, (r) => r.clubId),
    meetingsByClub: groupBy(data.meetings, (m) => m.clubId),
    attendanceByMeeting: groupBy(data.attendance, (a) => a.meetingId),
    checksByMeeting: groupBy(data.healthChecks, (h) => h.meetingId),
  };
}

describe("determinism and purity", () => {
  afterEach(() => vi.restoreAllMocks());

  it(
    "gives identical output for the same seed",
    () => {
      // Compared as JSON: one string comparison instead of a deep walk over some 40,000 rows.
      const a = JSON.stringify(province(2025));
      expect(JSON.stringify(generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH }))).toBe(a);
      expect(JSON.stringify(generateDemoProvince({ passwordHash: PASSWORD_HASH }))).toBe(a);
    },
    GENERATE_TIMEOUT,
  );

  it(
    "gives different people for a different seed",
    () => {
      const a = province(2025);
      const b = province(7);
      expect(b.people.map((p) => p.fullName)).not.toEqual(a.people.map((p) => p.fullName));
      expect(b.people.map((p) => p.id)).not.toEqual(a.people.map((p) => p.id));
    },
    GENERATE_TIMEOUT,
  );

  it(
    "uses neither Math.random nor the clock",
    () => {
      vi.spyOn(Math, "random").mockImplementation(() => {
        throw new Error("Math.random called");
      });
      vi.spyOn(Date, "now").mockImplementation(() => {
        throw new Error("Date.now called");
      });
      vi.spyOn(crypto, "getRandomValues").mockImplementation(() => {
        throw new Error("crypto.getRandomValues called");
      });
      expect(() => generateDemoProvince({ seed: 3, passwordHash: PASSWORD_HASH })).not.toThrow();
    },
    GENERATE_TIMEOUT,
  );
});

describe.each([2025, 1, 42, 987654])("the demo province for seed %i", (seed) => {
  let d: ReturnType<typeof indexed>;
  beforeAll(() => {
    d = indexed(province(seed));
  }, GENERATE_TIMEOUT);

  it("has a national root, one province under it, 10–12 communes and wards, and 46 clubs under them", () => {
    const { data, units, clubs } = d;
    const roots = data.orgUnits.filter((u) => u.parentId == null);
    expect(roots).toHaveLength(1);
    const national = roots[0];
    expect(national).toMatchObject({
      kind: "national",
      name: "Hội Người cao tuổi Việt Nam (demo)",
      code: "VN",
    });
    expect(data.orgUnits.filter((u) => u.kind === "national")).toHaveLength(1);
    const provinces = data.orgUnits.filter((u) => u.kind === "province");
    expect(provinces).toHaveLength(1);
    expect(provinces[0]).toMatchObject({ name: "Tỉnh Lạng Sơn (demo)", code: "LS", parentId: national?.id });
    expect(provinces[0]?.path).toBe(childPath(national?.path ?? null, provinces[0]?.id ?? ""));
    // Every unit's first version names the same parent: the tree as it stood is the tree as it is.
    const versions = new Map(data.orgUnitVersions.map((v) => [v.orgUnitId, v]));
    expect(versions.get(national?.id ?? "")).toMatchObject({ parentId: null, validFrom: "2016-06-01" });
    expect(versions.get(provinces[0]?.id ?? "")).toMatchObject({ parentId: national?.id });
    for (const unit of data.orgUnits) {
      expect(unit.path.startsWith(national?.path ?? "?"), unit.id).toBe(true);
    }
    const areas = data.orgUnits.filter((u) => u.kind === "commune" || u.kind === "ward");
    expect(areas.length).toBeGreaterThanOrEqual(10);
    expect(areas.length).toBeLessThanOrEqual(12);
    for (const area of areas) {
      expect(area.parentId).toBe(provinces[0]?.id);
      expect(area.code).toMatch(/^LS-[A-Z]{2}$/);
    }
    const clubUnits = data.orgUnits.filter((u) => u.kind === "club");
    expect(clubUnits).toHaveLength(46);
    expect(data.clubs).toHaveLength(46);
    for (const unit of clubUnits) {
      expect(clubs.has(unit.id)).toBe(true);
      const parent = units.get(unit.parentId ?? "");
      expect(parent?.kind === "commune" || parent?.kind === "ward").toBe(true);
      expect(unit.code?.startsWith(`${parent?.code}-`)).toBe(true);
      expect(unit.code).toMatch(/^LS-[A-Z]{2}-\d{2}$/);
      expect(unit.name).toMatch(/^CLB Liên thế hệ tự giúp nhau (thôn|khối) /u);
    }
    expect(new Set(data.orgUnits.map((u) => u.code)).size).toBe(data.orgUnits.length);
  });

  it("founded 20 clubs in 2017–2020 and 26 in 2021–2025, all active since founding", () => {
    const { data, historyByClub } = d;
    const years = data.clubs.map((c) => Number(c.foundedOn.slice(0, 4)));
    expect(years.filter((y) => y >= 2017 && y <= 2020)).toHaveLength(20);
    expect(years.filter((y) => y >= 2021 && y <= 2025)).toHaveLength(26);
    for (const club of data.clubs) {
      expect(club.foundedOn <= REFERENCE_DATE).toBe(true);
      expect(club.status).toBe("active");
      expect(club.statusSince).toBe(club.foundedOn);
      const history = historyByClub.get(club.id) ?? [];
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ status: "active", effectiveFrom: club.foundedOn });
    }
  });

  it("has exactly 2,471 active members, 45–70 per club, and a few ended memberships", () => {
    const { data, active, activeByClub } = d;
    expect(active).toHaveLength(ACTIVE_MEMBERS_TOTAL);
    for (const club of data.clubs) {
      const count = activeByClub.get(club.id)?.length ?? 0;
      expect(count).toBeGreaterThanOrEqual(45);
      expect(count).toBeLessThanOrEqual(70);
    }
    const ended = data.memberships.filter((m) => m.leftOn != null);
    expect(share(ended.length, ACTIVE_MEMBERS_TOTAL)).toBeGreaterThanOrEqual(0.02);
    expect(share(ended.length, ACTIVE_MEMBERS_TOTAL)).toBeLessThanOrEqual(0.04);
    expect(ended.filter((m) => !m.leaveReason)).toEqual([]);
    expect(ended.some((m) => m.leaveReason === "Qua đời")).toBe(true);
    expect(ended.some((m) => m.leaveReason === "Chuyển nơi ở")).toBe(true);
  });

  it("dates memberships between the club's founding and the reference date", () => {
    const { data, clubs, people } = d;
    const { found, check } = problems();
    for (const m of data.memberships) {
      const what = () => `membership ${m.id}`;
      const club = clubs.get(m.clubId);
      check(club !== undefined, () => `${what()}: no club ${m.clubId}`);
      check(m.joinedOn >= (club?.foundedOn ?? ""), () => `${what()}: joined before the club was founded`);
      check(m.joinedOn <= REFERENCE_DATE, () => `${what()}: joined after the reference date`);
      if (m.leftOn != null) {
        check(m.leftOn >= m.joinedOn, () => `${what()}: left before joining`);
        check(m.leftOn <= REFERENCE_DATE, () => `${what()}: left after the reference date`);
      } else {
        check(m.leaveReason == null, () => `${what()}: a leave reason while still a member`);
      }
      const person = people.get(m.personId);
      check(person?.orgUnitId === m.clubId, () => `${what()}: the person belongs to another unit`);
      // Nobody joined before turning 18.
      const birth = person?.birthDate ?? `${person?.birthYear}-01-01`;
      check(
        Number(m.joinedOn.slice(0, 4)) - Number(birth.slice(0, 4)) >= 18,
        () => `${what()}: joined before turning 18`,
      );
    }
    expect(found).toEqual([]);
  });

  it("keeps at most one open membership per person and club, and no overlapping stints", () => {
    const { data, active } = d;
    const { found, check } = problems();
    const open = new Set<string>();
    for (const m of active) {
      const key = `${m.personId}|${m.clubId}`;
      check(!open.has(key), () => `${key}: two open memberships`);
      open.add(key);
    }
    const byPerson = groupBy(data.memberships, (m) => m.personId);
    for (const [personId, stints] of byPerson) {
      const sorted = [...stints].sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        check(
          (sorted[i - 1]?.leftOn ?? "9999") < (sorted[i]?.joinedOn ?? ""),
          () => `${personId}: stints overlap`,
        );
      }
    }
    expect(found).toEqual([]);
    expect([...byPerson.values()].some((stints) => stints.length > 1)).toBe(true);
  });

  it("describes people the way the brief asks", () => {
    const { data, clubs, activePersonIds } = d;
    const current = data.people.filter((p) => activePersonIds.has(p.id));
    for (const group of [data.people, current]) {
      const women = group.filter((p) => p.sex === "female").length;
      expect(share(women, group.length)).toBeGreaterThanOrEqual(0.6);
      expect(share(women, group.length)).toBeLessThanOrEqual(0.7);
      const older = group.filter((p) => ageOnReferenceDate(p) >= 55).length;
      expect(share(older, group.length)).toBeGreaterThanOrEqual(0.6);
      expect(share(older, group.length)).toBeLessThanOrEqual(0.7);
    }
    const n = data.people.length;
    const shareOf = (predicate: (p: (typeof data.people)[number]) => boolean) =>
      share(data.people.filter(predicate).length, n);
    const shares: [string, number, number, number][] = [
      ["birth year only", shareOf((p) => p.birthDate == null), 0.1, 0.2],
      ["poor", shareOf((p) => p.povertyStatus === "poor"), 0.09, 0.15],
      ["near poor", shareOf((p) => p.povertyStatus === "near_poor"), 0.12, 0.18],
      ["lives alone", shareOf((p) => p.livesAlone === true), 0.05, 0.11],
      ["has a phone", shareOf((p) => p.phone != null), 0.65, 0.75],
    ];
    for (const [what, value, above, below] of shares) {
      expect(value, what).toBeGreaterThan(above);
      expect(value, what).toBeLessThan(below);
    }
    const ethnicities = new Map<string, number>();
    for (const p of data.people)
      ethnicities.set(p.ethnicity ?? "", (ethnicities.get(p.ethnicity ?? "") ?? 0) + 1);
    expect([...ethnicities.keys()].sort()).toEqual(
      ["Dao", "H'Mông", "Kinh", "Nùng", "Sán Chay", "Tày"].sort(),
    );
    const main =
      (ethnicities.get("Tày") ?? 0) + (ethnicities.get("Nùng") ?? 0) + (ethnicities.get("Kinh") ?? 0);
    expect(share(main, n)).toBeGreaterThan(0.85);
    const phones = data.people.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
    const { found, check } = problems();
    for (const p of data.people) {
      const what = () => `person ${p.id}`;
      const age = ageOnReferenceDate(p);
      check(age >= 18 && age <= 100, () => `${what()}: aged ${age}`);
      if (p.phone != null) check(/^0[35789]\d{8}$/.test(p.phone), () => `${what()}: phone ${p.phone}`);
      check(
        (p.povertyCertifiedYear != null) === (p.povertyStatus !== "none"),
        () => `${what()}: certified year ${p.povertyCertifiedYear} with status ${p.povertyStatus}`,
      );
      if (p.povertyCertifiedYear != null) {
        check(
          p.povertyCertifiedYear >= 2022 && p.povertyCertifiedYear <= 2024,
          () => `${what()}: certified in ${p.povertyCertifiedYear}`,
        );
      }
      check(p.fullName.split(" ").length >= 3, () => `${what()}: name “${p.fullName}”`);
      check(clubs.has(p.orgUnitId), () => `${what()}: not in a club`);
    }
    expect(found).toEqual([]);
  });

  it("spells family names with realistic frequencies", () => {
    const { data } = d;
    const families = new Map<string, number>();
    for (const p of data.people) {
      const family = p.fullName.split(" ")[0] ?? "";
      families.set(family, (families.get(family) ?? 0) + 1);
    }
    const top = [...families.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    expect(top[0]).toBe("Hoàng");
    for (const name of ["Nguyễn", "Nông", "Vi", "Lương"]) expect(top.slice(0, 8)).toContain(name);
    for (const name of ["Trần", "Lê", "Phạm", "Hà", "Lăng", "Triệu"]) expect(families.has(name)).toBe(true);
  });

  it("follows the schema's rules", () => {
    const { data, units, clubs, people, meetings } = d;
    const { found, check } = problems();
    const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    // Ids: unique and of the right kind.
    const kinds: [readonly { id: string }[], IdKind][] = [
      [data.orgUnits, "orgUnit"],
      [data.orgUnitVersions, "orgUnitVersion"],
      [data.clubStatusHistory, "clubStatus"],
      [data.people, "person"],
      [data.memberships, "membership"],
      [data.clubRoles, "clubRole"],
      [data.meetings, "meeting"],
      [data.healthChecks, "healthCheck"],
      [data.users, "user"],
    ];
    const allIds = new Set<string>();
    for (const [rows, kind] of kinds) {
      for (const row of rows) {
        check(isId(row.id, kind), () => `${row.id}: not a ${kind} id`);
        check(!allIds.has(row.id), () => `${row.id}: used twice`);
        allIds.add(row.id);
      }
    }
    // Org tree: parents first, paths from childPath, names NFC and folded.
    const seen = new Set<string>();
    for (const unit of data.orgUnits) {
      const what = () => `org unit ${unit.id} (${unit.name})`;
      const parent = unit.parentId ? units.get(unit.parentId) : null;
      if (unit.parentId) check(seen.has(unit.parentId), () => `${what()}: listed before its parent`);
      check(unit.path === childPath(parent?.path ?? null, unit.id), () => `${what()}: path ${unit.path}`);
      check(unit.name === unit.name.normalize("NFC"), () => `${what()}: name not NFC`);
      check(unit.nameSearch === foldVietnamese(unit.name), () => `${what()}: name_search ${unit.nameSearch}`);
      check(timestamp.test(unit.createdAt ?? ""), () => `${what()}: created_at ${unit.createdAt}`);
      seen.add(unit.id);
    }
    for (const version of data.orgUnitVersions) {
      const what = () => `org unit version ${version.id}`;
      const unit = units.get(version.orgUnitId);
      check(unit !== undefined, () => `${what()}: no org unit ${version.orgUnitId}`);
      check((version.parentId ?? null) === (unit?.parentId ?? null), () => `${what()}: another parent`);
      check(version.name === unit?.name, () => `${what()}: another name`);
      check(version.validTo == null, () => `${what()}: closed`);
    }
    expect(data.orgUnitVersions).toHaveLength(data.orgUnits.length);
    for (const club of data.clubs) check(units.get(club.id)?.kind === "club", () => `club ${club.id}: kind`);
    // People: NFC names, folded search, birth year matching the date.
    for (const p of data.people) {
      const what = () => `person ${p.id} (${p.fullName})`;
      check(p.fullName === p.fullName.normalize("NFC"), () => `${what()}: name not NFC`);
      check(p.nameSearch === foldVietnamese(p.fullName), () => `${what()}: name_search ${p.nameSearch}`);
      check(/^[a-z' ]+$/.test(p.nameSearch ?? ""), () => `${what()}: name_search ${p.nameSearch}`);
      if (p.birthDate != null) {
        check(/^\d{4}-\d{2}-\d{2}$/.test(p.birthDate), () => `${what()}: birth date ${p.birthDate}`);
        check(Number(p.birthDate.slice(0, 4)) === p.birthYear, () => `${what()}: birth year ${p.birthYear}`);
      }
      check(timestamp.test(p.createdAt ?? ""), () => `${what()}: created_at ${p.createdAt}`);
    }
    // Foreign keys.
    for (const m of data.memberships) {
      check(people.has(m.personId), () => `membership ${m.id}: no person ${m.personId}`);
      check(clubs.has(m.clubId), () => `membership ${m.id}: no club ${m.clubId}`);
    }
    for (const r of data.clubRoles) {
      check(people.has(r.personId), () => `role ${r.id}: no person ${r.personId}`);
      check(clubs.has(r.clubId), () => `role ${r.id}: no club ${r.clubId}`);
      if (r.endsOn != null) check(r.endsOn >= r.startsOn, () => `role ${r.id}: ends before it starts`);
    }
    for (const h of data.clubStatusHistory) check(clubs.has(h.clubId), () => `status ${h.id}: no club`);
    for (const m of data.meetings) check(clubs.has(m.clubId), () => `meeting ${m.id}: no club`);
    for (const a of data.attendance) {
      check(meetings.has(a.meetingId), () => `attendance ${a.meetingId}|${a.personId}: no meeting`);
      check(people.has(a.personId), () => `attendance ${a.meetingId}|${a.personId}: no person`);
    }
    for (const h of data.healthChecks) {
      check(meetings.has(h.meetingId), () => `health check ${h.id}: no meeting`);
      check(people.has(h.personId), () => `health check ${h.id}: no person`);
      check(h.systolic != null || h.weightGrams != null, () => `health check ${h.id}: measures nothing`);
    }
    for (const u of data.users) check(units.has(u.orgUnitId), () => `user ${u.login}: no org unit`);
    expect(found).toEqual([]);
    expect(data.auditLog).toEqual([]);
  });

  it("gives every club a board of 5–7 and at least 5 volunteers of each kind, all members", () => {
    const { data, rolesByClub, stintsByPersonAndClub } = d;
    const { found, check } = problems();
    for (const club of data.clubs) {
      const roles = rolesByClub.get(club.id) ?? [];
      const open = roles.filter((r) => r.endsOn == null);
      const board = open.filter((r) => (BOARD_ROLES as readonly string[]).includes(r.role));
      expect(board.length).toBeGreaterThanOrEqual(5);
      expect(board.length).toBeLessThanOrEqual(7);
      for (const role of ["chair", "vice_chair", "treasurer", "secretary"] as const) {
        expect(board.filter((r) => r.role === role)).toHaveLength(1);
      }
      expect(new Set(board.map((r) => r.personId)).size).toBe(board.length);
      expect(open.filter((r) => r.role === "home_care_volunteer").length).toBeGreaterThanOrEqual(5);
      expect(open.filter((r) => r.role === "economic_volunteer").length).toBeGreaterThanOrEqual(5);
      const openKeys = open.map((r) => `${r.personId}|${r.role}`);
      expect(new Set(openKeys).size).toBe(openKeys.length);
      for (const role of roles) {
        const what = () => `role ${role.id} (${role.role}) in club ${club.id}`;
        check(role.startsOn >= club.foundedOn, () => `${what()}: starts before the club was founded`);
        check(role.startsOn <= REFERENCE_DATE, () => `${what()}: starts after the reference date`);
        // The holder was a member of this club on the day the role started, and still is while it is open.
        const stints: MembershipRow[] = stintsByPersonAndClub.get(`${role.personId}|${club.id}`) ?? [];
        const covering = stints.find(
          (m) =>
            m.joinedOn <= role.startsOn && (m.leftOn == null || m.leftOn >= (role.endsOn ?? REFERENCE_DATE)),
        );
        check(covering !== undefined, () => `${what()}: the holder is not a member throughout`);
      }
    }
    expect(found).toEqual([]);
  });

  it("holds monthly meetings with 70–90% attendance and health checks for most attendees", () => {
    const { data, meetingsByClub, membershipsByClub, attendanceByMeeting, checksByMeeting } = d;
    const { found, check } = problems();
    const months = MEETING_MONTHS.map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    let attendees = 0;
    let checks = 0;
    for (const club of data.clubs) {
      const held = meetingsByClub.get(club.id) ?? [];
      const expected = months.filter((month) => `${month}-28` >= club.foundedOn);
      expect(held.length).toBeGreaterThanOrEqual(expected.length - 1);
      expect(held.length).toBeLessThanOrEqual(6);
      expect(new Set(held.map((m) => m.heldOn.slice(0, 7))).size).toBe(held.length);
      const clubMemberships = membershipsByClub.get(club.id) ?? [];
      for (const meeting of held) {
        const what = () => `meeting ${meeting.id} on ${meeting.heldOn}`;
        check(months.includes(meeting.heldOn.slice(0, 7)), () => `${what()}: not in a meeting month`);
        check(meeting.heldOn >= club.foundedOn, () => `${what()}: before the club was founded`);
        check(
          /^Sinh hoạt định kỳ tháng \d{1,2}: \S/u.test(meeting.topic) &&
            meeting.topic.includes(`tháng ${Number(meeting.heldOn.slice(5, 7))}:`),
          () => `${what()}: topic “${meeting.topic}”`,
        );
        const activeIds = new Set(
          clubMemberships
            .filter((m) => m.joinedOn <= meeting.heldOn && (m.leftOn == null || m.leftOn > meeting.heldOn))
            .map((m) => m.personId),
        );
        const present = attendanceByMeeting.get(meeting.id) ?? [];
        const presentIds = new Set(present.map((a) => a.personId));
        check(presentIds.size === present.length, () => `${what()}: someone attends twice`);
        for (const a of present) {
          check(activeIds.has(a.personId), () => `${what()}: ${a.personId} attends but is not a member`);
        }
        const rate = present.length / activeIds.size;
        check(rate >= 0.69 && rate <= 0.91, () => `${what()}: attendance ${rate.toFixed(3)}`);
        const meetingChecks = checksByMeeting.get(meeting.id) ?? [];
        for (const h of meetingChecks) {
          const measured = () => `${what()}: health check ${h.id}`;
          check(presentIds.has(h.personId), () => `${measured()}: for someone absent`);
          if (h.systolic != null) {
            const { systolic, diastolic } = h;
            check(
              systolic >= 100 &&
                systolic <= 170 &&
                diastolic != null &&
                diastolic >= 60 &&
                diastolic <= 100 &&
                diastolic < systolic,
              () => `${measured()}: blood pressure ${systolic}/${diastolic}`,
            );
          }
          if (h.weightGrams != null) {
            check(
              h.weightGrams >= 40000 && h.weightGrams <= 75000,
              () => `${measured()}: weight ${h.weightGrams} g`,
            );
          }
        }
        attendees += present.length;
        checks += meetingChecks.length;
      }
    }
    expect(found).toEqual([]);
    expect(share(checks, attendees)).toBeGreaterThan(0.75);
    expect(share(checks, attendees)).toBeLessThan(0.95);
  });

  it("creates one demo user per role, bound as described", () => {
    const { data } = d;
    const province = data.orgUnits.find((u) => u.kind === "province");
    const firstArea = data.orgUnits.find((u) => u.kind === "commune" || u.kind === "ward");
    const firstClub = data.orgUnits.find((u) => u.kind === "club" && u.parentId === firstArea?.id);
    expect(firstClub?.code).toBe(`${firstArea?.code}-01`);
    const expected = [
      ["admin@langson.demo", "province_admin", province],
      ["officer@langson.demo", "commune_officer", firstArea],
      ["club@langson.demo", "club_board", firstClub],
      ["viewer@langson.demo", "viewer", province],
    ] as const;
    expect(data.users).toHaveLength(4);
    expect(data.demoLogins).toHaveLength(4);
    expected.forEach(([login, role, unit], i) => {
      expect(data.users[i]).toMatchObject({ login, role, orgUnitId: unit?.id, passwordHash: PASSWORD_HASH });
      expect(data.demoLogins[i]).toMatchObject({ login, role, orgUnitId: unit?.id, orgUnitName: unit?.name });
    });
  });
});
