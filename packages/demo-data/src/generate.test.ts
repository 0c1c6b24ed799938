import { childPath, foldVietnamese, type IdKind, isId } from "@ishc/domain";
import { BOARD_ROLES } from "@ishc/domain/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ACTIVE_MEMBERS_TOTAL,
  ageOnReferenceDate,
  type DemoProvince,
  generateDemoProvince,
  MEETING_MONTHS,
  REFERENCE_DATE,
} from "./generate";

const PASSWORD_HASH = "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==";
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

describe("determinism and purity", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives identical output for the same seed", () => {
    const a = generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH });
    const b = generateDemoProvince({ seed: 2025, passwordHash: PASSWORD_HASH });
    expect(a).toEqual(b);
    expect(generateDemoProvince({ passwordHash: PASSWORD_HASH })).toEqual(a);
  });

  it("gives different people for a different seed", () => {
    const a = province(2025);
    const b = province(7);
    expect(b.people.map((p) => p.fullName)).not.toEqual(a.people.map((p) => p.fullName));
    expect(b.people.map((p) => p.id)).not.toEqual(a.people.map((p) => p.id));
  });

  it("uses neither Math.random nor the clock", () => {
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
  });
});

describe.each([2025, 1, 42, 987654])("the demo province for seed %i", (seed) => {
  const data = province(seed);
  const units = byId(data.orgUnits);
  const clubs = byId(data.clubs);
  const people = byId(data.people);
  const meetings = byId(data.meetings);
  const active = data.memberships.filter((m) => m.leftOn == null);
  const activePersonIds = new Set(active.map((m) => m.personId));

  it("has one province, 10–12 communes and wards, and 46 clubs under them", () => {
    const provinces = data.orgUnits.filter((u) => u.kind === "province");
    expect(provinces).toHaveLength(1);
    expect(provinces[0]).toMatchObject({ name: "Tỉnh Lạng Sơn (demo)", code: "LS", parentId: null });
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
    const years = data.clubs.map((c) => Number(c.foundedOn.slice(0, 4)));
    expect(years.filter((y) => y >= 2017 && y <= 2020)).toHaveLength(20);
    expect(years.filter((y) => y >= 2021 && y <= 2025)).toHaveLength(26);
    for (const club of data.clubs) {
      expect(club.foundedOn <= REFERENCE_DATE).toBe(true);
      expect(club.status).toBe("active");
      expect(club.statusSince).toBe(club.foundedOn);
      const history = data.clubStatusHistory.filter((h) => h.clubId === club.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ status: "active", effectiveFrom: club.foundedOn });
    }
  });

  it("has exactly 2,471 active members, 45–70 per club, and a few ended memberships", () => {
    expect(active).toHaveLength(ACTIVE_MEMBERS_TOTAL);
    for (const club of data.clubs) {
      const count = active.filter((m) => m.clubId === club.id).length;
      expect(count).toBeGreaterThanOrEqual(45);
      expect(count).toBeLessThanOrEqual(70);
    }
    const ended = data.memberships.filter((m) => m.leftOn != null);
    expect(share(ended.length, ACTIVE_MEMBERS_TOTAL)).toBeGreaterThanOrEqual(0.02);
    expect(share(ended.length, ACTIVE_MEMBERS_TOTAL)).toBeLessThanOrEqual(0.04);
    for (const m of ended) expect(m.leaveReason).toBeTruthy();
    expect(ended.some((m) => m.leaveReason === "Qua đời")).toBe(true);
    expect(ended.some((m) => m.leaveReason === "Chuyển nơi ở")).toBe(true);
  });

  it("dates memberships between the club's founding and the reference date", () => {
    for (const m of data.memberships) {
      const club = clubs.get(m.clubId);
      expect(club).toBeDefined();
      expect(m.joinedOn >= (club?.foundedOn ?? "")).toBe(true);
      expect(m.joinedOn <= REFERENCE_DATE).toBe(true);
      if (m.leftOn != null) {
        expect(m.leftOn >= m.joinedOn).toBe(true);
        expect(m.leftOn <= REFERENCE_DATE).toBe(true);
      } else {
        expect(m.leaveReason ?? null).toBeNull();
      }
      const person = people.get(m.personId);
      expect(person?.orgUnitId).toBe(m.clubId);
      // Nobody joined before turning 18.
      const birth = person?.birthDate ?? `${person?.birthYear}-01-01`;
      expect(Number(m.joinedOn.slice(0, 4)) - Number(birth.slice(0, 4))).toBeGreaterThanOrEqual(18);
    }
  });

  it("keeps at most one open membership per person and club, and no overlapping stints", () => {
    const open = new Set<string>();
    for (const m of active) {
      const key = `${m.personId}|${m.clubId}`;
      expect(open.has(key)).toBe(false);
      open.add(key);
    }
    const byPerson = groupBy(data.memberships, (m) => m.personId);
    for (const stints of byPerson.values()) {
      const sorted = [...stints].sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        expect((sorted[i - 1]?.leftOn ?? "9999") < (sorted[i]?.joinedOn ?? "")).toBe(true);
      }
    }
    expect([...byPerson.values()].some((stints) => stints.length > 1)).toBe(true);
  });

  it("describes people the way the brief asks", () => {
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
    const count = (predicate: (p: (typeof data.people)[number]) => boolean) =>
      data.people.filter(predicate).length;
    expect(
      share(
        count((p) => p.birthDate == null),
        n,
      ),
    ).toBeGreaterThan(0.1);
    expect(
      share(
        count((p) => p.birthDate == null),
        n,
      ),
    ).toBeLessThan(0.2);
    expect(
      share(
        count((p) => p.povertyStatus === "poor"),
        n,
      ),
    ).toBeGreaterThan(0.09);
    expect(
      share(
        count((p) => p.povertyStatus === "poor"),
        n,
      ),
    ).toBeLessThan(0.15);
    expect(
      share(
        count((p) => p.povertyStatus === "near_poor"),
        n,
      ),
    ).toBeGreaterThan(0.12);
    expect(
      share(
        count((p) => p.povertyStatus === "near_poor"),
        n,
      ),
    ).toBeLessThan(0.18);
    expect(
      share(
        count((p) => p.livesAlone === true),
        n,
      ),
    ).toBeGreaterThan(0.05);
    expect(
      share(
        count((p) => p.livesAlone === true),
        n,
      ),
    ).toBeLessThan(0.11);
    expect(
      share(
        count((p) => p.phone != null),
        n,
      ),
    ).toBeGreaterThan(0.65);
    expect(
      share(
        count((p) => p.phone != null),
        n,
      ),
    ).toBeLessThan(0.75);
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
    for (const p of data.people) {
      const age = ageOnReferenceDate(p);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(100);
      if (p.phone != null) expect(p.phone).toMatch(/^0[35789]\d{8}$/);
      expect(p.povertyCertifiedYear != null).toBe(p.povertyStatus !== "none");
      if (p.povertyCertifiedYear != null) {
        expect(p.povertyCertifiedYear).toBeGreaterThanOrEqual(2022);
        expect(p.povertyCertifiedYear).toBeLessThanOrEqual(2024);
      }
      expect(p.fullName.split(" ").length).toBeGreaterThanOrEqual(3);
      expect(clubs.has(p.orgUnitId)).toBe(true);
    }
  });

  it("spells family names with realistic frequencies", () => {
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
        expect(isId(row.id, kind)).toBe(true);
        expect(allIds.has(row.id)).toBe(false);
        allIds.add(row.id);
      }
    }
    // Org tree: parents first, paths from childPath, names NFC and folded.
    const seen = new Set<string>();
    for (const unit of data.orgUnits) {
      const parent = unit.parentId ? units.get(unit.parentId) : null;
      if (unit.parentId) expect(seen.has(unit.parentId)).toBe(true);
      expect(unit.path).toBe(childPath(parent?.path ?? null, unit.id));
      expect(unit.name).toBe(unit.name.normalize("NFC"));
      expect(unit.nameSearch).toBe(foldVietnamese(unit.name));
      expect(unit.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      seen.add(unit.id);
    }
    for (const version of data.orgUnitVersions) {
      const unit = units.get(version.orgUnitId);
      expect(unit).toBeDefined();
      expect(version.parentId ?? null).toBe(unit?.parentId ?? null);
      expect(version.name).toBe(unit?.name);
      expect(version.validTo ?? null).toBeNull();
    }
    expect(data.orgUnitVersions).toHaveLength(data.orgUnits.length);
    for (const club of data.clubs) expect(units.get(club.id)?.kind).toBe("club");
    // People: NFC names, folded search, birth year matching the date.
    for (const p of data.people) {
      expect(p.fullName).toBe(p.fullName.normalize("NFC"));
      expect(p.nameSearch).toBe(foldVietnamese(p.fullName));
      expect(p.nameSearch).toMatch(/^[a-z' ]+$/);
      if (p.birthDate != null) {
        expect(p.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number(p.birthDate.slice(0, 4))).toBe(p.birthYear);
      }
      expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    // Foreign keys.
    for (const m of data.memberships) {
      expect(people.has(m.personId)).toBe(true);
      expect(clubs.has(m.clubId)).toBe(true);
    }
    for (const r of data.clubRoles) {
      expect(people.has(r.personId)).toBe(true);
      expect(clubs.has(r.clubId)).toBe(true);
      if (r.endsOn != null) expect(r.endsOn >= r.startsOn).toBe(true);
    }
    for (const h of data.clubStatusHistory) expect(clubs.has(h.clubId)).toBe(true);
    for (const m of data.meetings) expect(clubs.has(m.clubId)).toBe(true);
    for (const a of data.attendance) {
      expect(meetings.has(a.meetingId)).toBe(true);
      expect(people.has(a.personId)).toBe(true);
    }
    for (const h of data.healthChecks) {
      expect(meetings.has(h.meetingId)).toBe(true);
      expect(people.has(h.personId)).toBe(true);
      expect(h.systolic != null || h.weightGrams != null).toBe(true);
    }
    for (const u of data.users) expect(units.has(u.orgUnitId)).toBe(true);
    expect(data.auditLog).toEqual([]);
  });

  it("gives every club a board of 5–7 and at least 5 volunteers of each kind, all members", () => {
    for (const club of data.clubs) {
      const roles = data.clubRoles.filter((r) => r.clubId === club.id);
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
        expect(role.startsOn >= club.foundedOn).toBe(true);
        expect(role.startsOn <= REFERENCE_DATE).toBe(true);
        // The holder was a member of this club on the day the role started, and still is while it is open.
        const stints = data.memberships.filter((m) => m.personId === role.personId && m.clubId === club.id);
        const covering = stints.find(
          (m) =>
            m.joinedOn <= role.startsOn && (m.leftOn == null || m.leftOn >= (role.endsOn ?? REFERENCE_DATE)),
        );
        expect(covering).toBeDefined();
      }
    }
  });

  it("holds monthly meetings with 70–90% attendance and health checks for most attendees", () => {
    const months = MEETING_MONTHS.map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    const attendanceByMeeting = groupBy(data.attendance, (a) => a.meetingId);
    const checksByMeeting = groupBy(data.healthChecks, (h) => h.meetingId);
    let attendees = 0;
    let checks = 0;
    for (const club of data.clubs) {
      const held = data.meetings.filter((m) => m.clubId === club.id);
      const expected = months.filter((month) => `${month}-28` >= club.foundedOn);
      expect(held.length).toBeGreaterThanOrEqual(expected.length - 1);
      expect(held.length).toBeLessThanOrEqual(6);
      expect(new Set(held.map((m) => m.heldOn.slice(0, 7))).size).toBe(held.length);
      for (const meeting of held) {
        expect(months).toContain(meeting.heldOn.slice(0, 7));
        expect(meeting.heldOn >= club.foundedOn).toBe(true);
        expect(meeting.topic).toMatch(/^Sinh hoạt định kỳ tháng \d{1,2}: \S/u);
        expect(meeting.topic).toContain(`tháng ${Number(meeting.heldOn.slice(5, 7))}:`);
        const activeThen = data.memberships.filter(
          (m) =>
            m.clubId === club.id &&
            m.joinedOn <= meeting.heldOn &&
            (m.leftOn == null || m.leftOn > meeting.heldOn),
        );
        const activeIds = new Set(activeThen.map((m) => m.personId));
        const present = attendanceByMeeting.get(meeting.id) ?? [];
        expect(new Set(present.map((a) => a.personId)).size).toBe(present.length);
        for (const a of present) expect(activeIds.has(a.personId)).toBe(true);
        const rate = present.length / activeIds.size;
        expect(rate).toBeGreaterThanOrEqual(0.69);
        expect(rate).toBeLessThanOrEqual(0.91);
        const presentIds = new Set(present.map((a) => a.personId));
        const meetingChecks = checksByMeeting.get(meeting.id) ?? [];
        for (const h of meetingChecks) {
          expect(presentIds.has(h.personId)).toBe(true);
          if (h.systolic != null) {
            expect(h.systolic).toBeGreaterThanOrEqual(100);
            expect(h.systolic).toBeLessThanOrEqual(170);
            expect(h.diastolic).toBeGreaterThanOrEqual(60);
            expect(h.diastolic).toBeLessThanOrEqual(100);
            expect(h.diastolic).toBeLessThan(h.systolic);
          }
          if (h.weightGrams != null) {
            expect(h.weightGrams).toBeGreaterThanOrEqual(40000);
            expect(h.weightGrams).toBeLessThanOrEqual(75000);
          }
        }
        attendees += present.length;
        checks += meetingChecks.length;
      }
    }
    expect(share(checks, attendees)).toBeGreaterThan(0.75);
    expect(share(checks, attendees)).toBeLessThan(0.95);
  });

  it("creates one demo user per role, bound as described", () => {
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
