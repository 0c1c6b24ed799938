import {
  addDays,
  ageOnWithYear,
  childPath,
  foldVietnamese,
  type IdKind,
  type IsoDate,
  isIsoDate,
  newId,
  normalizeName,
} from "@ishc/domain";
import type {
  attendance,
  auditLog,
  ClubRoleName,
  clubRoles,
  clubStatusHistory,
  clubs,
  healthChecks,
  meetings,
  memberships,
  orgUnits,
  orgUnitVersions,
  people,
  UserRole,
  users,
} from "@ishc/domain/schema";
import {
  AREAS,
  type AreaSeed,
  ETHNICITY_WEIGHTS,
  type Ethnicity,
  FAMILY_NAMES,
  GENERAL_TOPICS,
  GIVEN_NAMES,
  LEAVE_REASONS,
  MEETING_NOTES,
  MIDDLE_NAMES,
  MOBILE_PREFIXES,
  MONTHLY_TOPICS,
  VILLAGES,
} from "./names";
import { createRng, type Rng } from "./random";

export type OrgUnitRow = typeof orgUnits.$inferInsert;
export type OrgUnitVersionRow = typeof orgUnitVersions.$inferInsert;
export type ClubRow = typeof clubs.$inferInsert;
export type ClubStatusRow = typeof clubStatusHistory.$inferInsert;
export type PersonRow = typeof people.$inferInsert;
export type MembershipRow = typeof memberships.$inferInsert;
export type ClubRoleRow = typeof clubRoles.$inferInsert;
export type MeetingRow = typeof meetings.$inferInsert;
export type AttendanceRow = typeof attendance.$inferInsert;
export type HealthCheckRow = typeof healthChecks.$inferInsert;
export type UserRow = typeof users.$inferInsert;
export type AuditLogRow = typeof auditLog.$inferInsert;

export interface DemoLogin {
  readonly login: string;
  readonly role: UserRole;
  readonly displayName: string;
  readonly orgUnitId: string;
  readonly orgUnitName: string;
}

/** Rows per table (in foreign-key order) and the demo accounts. */
export interface DemoProvince {
  readonly seed: number;
  readonly referenceDate: IsoDate;
  readonly orgUnits: OrgUnitRow[];
  readonly orgUnitVersions: OrgUnitVersionRow[];
  readonly clubs: ClubRow[];
  readonly clubStatusHistory: ClubStatusRow[];
  readonly people: PersonRow[];
  readonly memberships: MembershipRow[];
  readonly clubRoles: ClubRoleRow[];
  readonly meetings: MeetingRow[];
  readonly attendance: AttendanceRow[];
  readonly healthChecks: HealthCheckRow[];
  readonly users: UserRow[];
  /** Always empty: the seed writes no audit entries. */
  readonly auditLog: AuditLogRow[];
  readonly demoLogins: DemoLogin[];
}

export interface GenerateOptions {
  readonly seed?: number;
  /** The stored hash (see edge-kit's `hashPassword`) every demo user gets. */
  readonly passwordHash: string;
}

export const DEFAULT_SEED = 2025;
/** The "today" of the demo: every date in it is on or before this day. */
export const REFERENCE_DATE: IsoDate = "2025-05-31";
export const CLUB_COUNT = 46;
export const CLUBS_FOUNDED_2017_2020 = 20;
export const CLUBS_FOUNDED_2021_2025 = CLUB_COUNT - CLUBS_FOUNDED_2017_2020;
export const ACTIVE_MEMBERS_TOTAL = 2471;
export const MIN_ACTIVE_PER_CLUB = 45;
export const MAX_ACTIVE_PER_CLUB = 70;
/** Monthly meetings are generated for these months (the six before June 2025). */
export const MEETING_MONTHS: readonly (readonly [number, number])[] = [
  [2024, 12],
  [2025, 1],
  [2025, 2],
  [2025, 3],
  [2025, 4],
  [2025, 5],
];

const PROVINCE_NAME = "Tỉnh Lạng Sơn (demo)";
const TREE_CREATED_ON: IsoDate = "2016-06-01";
const USERS_CREATED_ON: IsoDate = "2025-01-06";
/** Clubs founded before this day had a first board term that ended in January 2023. */
const SECOND_TERM_CUTOFF: IsoDate = "2022-07-01";
/** Members who join on the founding day and are all 55+ (the first board is drawn from them). */
const FOUNDING_CORE = 8;
const FEMALE_SHARE = 0.65;
/** Share of members aged 55 or more on the reference date. */
const OLDER_SHARE = 0.65;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const pad2 = (n: number) => String(n).padStart(2, "0");
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(to) - dayNumber(from);
const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function dateBetween(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** An instant during office hours (08:00–17:00, Vietnam time) on `date`. */
function instantOn(rng: Rng, date: IsoDate, hour?: number): number {
  const minutes = hour === undefined ? rng.int(8 * 60, 17 * 60 - 1) : hour * 60;
  return Date.parse(`${date}T00:00:00Z`) - VIETNAM_OFFSET_MS + minutes * 60_000;
}

const isoTimestamp = (ms: number) => new Date(ms).toISOString();

interface AreaUnit {
  readonly seed: AreaSeed;
  readonly id: string;
  readonly path: string;
}

interface ClubPlan {
  readonly area: AreaUnit;
  readonly old: boolean;
  readonly foundedOn: IsoDate;
  readonly label: string;
}

interface ClubUnit extends ClubPlan {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly path: string;
}

/** A person while being generated, before ids are given out. */
interface PersonDraft {
  readonly sex: "female" | "male";
  readonly older: boolean;
  readonly age: number;
  readonly fullName: string;
  readonly birthDate: IsoDate | null;
  readonly birthYear: number;
  readonly ethnicity: Ethnicity;
  /** The first day this person may join a club (their 18th birthday, or earlier if long past). */
  readonly adultFrom: IsoDate;
}

interface Stint {
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
  readonly leaveReason: string | null;
}

interface Member {
  readonly draft: PersonDraft;
  readonly stints: Stint[];
  id: string;
  /** The open stint's join date (null for former members). */
  activeSince: IsoDate | null;
  systolicBase: number;
  weightBase: number;
}

export function generateDemoProvince(options: GenerateOptions): DemoProvince {
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRng(seed);
  const idRandom = rng.fork("ids");
  const id = (kind: IdKind, ms: number) => newId(kind, ms, idRandom.bytes);

  const out = {
    orgUnits: [] as OrgUnitRow[],
    orgUnitVersions: [] as OrgUnitVersionRow[],
    clubs: [] as ClubRow[],
    clubStatusHistory: [] as ClubStatusRow[],
    people: [] as PersonRow[],
    memberships: [] as MembershipRow[],
    clubRoles: [] as ClubRoleRow[],
    meetings: [] as MeetingRow[],
    attendance: [] as AttendanceRow[],
    healthChecks: [] as HealthCheckRow[],
    users: [] as UserRow[],
  };

  const addOrgUnit = (
    kind: OrgUnitRow["kind"],
    rawName: string,
    code: string,
    parent: { id: string; path: string } | null,
    createdOn: IsoDate,
    reason: string,
  ) => {
    const ms = instantOn(rng, createdOn);
    const unitId = id("orgUnit", ms);
    const name = normalizeName(rawName);
    const path = childPath(parent?.path ?? null, unitId);
    out.orgUnits.push({
      id: unitId,
      kind,
      name,
      nameSearch: foldVietnamese(name),
      code,
      parentId: parent?.id ?? null,
      path,
      createdAt: isoTimestamp(ms),
    });
    out.orgUnitVersions.push({
      id: id("orgUnitVersion", ms),
      orgUnitId: unitId,
      parentId: parent?.id ?? null,
      name,
      validFrom: createdOn,
      validTo: null,
      reason,
    });
    return { id: unitId, path, name };
  };

  // --- The tree: province, communes and wards ---------------------------------
  const province = addOrgUnit(
    "province",
    PROVINCE_NAME,
    "LS",
    null,
    TREE_CREATED_ON,
    "Khởi tạo dữ liệu demo",
  );
  const areas: AreaUnit[] = AREAS.map((seedArea) => {
    const unit = addOrgUnit(
      seedArea.kind,
      seedArea.name,
      seedArea.code,
      province,
      TREE_CREATED_ON,
      "Khởi tạo dữ liệu demo",
    );
    return { seed: seedArea, id: unit.id, path: unit.path };
  });

  // --- Clubs: how many per area, which are old, when founded ------------------
  const clubsPerArea = areas.map(() => Math.floor(CLUB_COUNT / areas.length));
  const extra = CLUB_COUNT - clubsPerArea.reduce((a, b) => a + b, 0);
  for (const index of rng.sample(
    areas.map((_, i) => i),
    extra,
  ))
    clubsPerArea[index] = (clubsPerArea[index] ?? 0) + 1;

  const oldFlags = rng.shuffle([
    ...Array.from({ length: CLUBS_FOUNDED_2017_2020 }, () => true),
    ...Array.from({ length: CLUBS_FOUNDED_2021_2025 }, () => false),
  ]);
  const villages = rng.shuffle(VILLAGES);
  let slot = 0;
  const clubUnits: ClubUnit[] = [];
  areas.forEach((area, areaIndex) => {
    const count = clubsPerArea[areaIndex] ?? 0;
    const blocks = rng.sample(
      Array.from({ length: 12 }, (_, i) => i + 1),
      count,
    );
    const plans: ClubPlan[] = [];
    for (let i = 0; i < count; i++) {
      const old = oldFlags[slot++] ?? false;
      const label =
        area.seed.kind === "ward" ? `khối ${blocks[i]}` : `thôn ${villages.pop() ?? `Bản ${areaIndex}-${i}`}`;
      plans.push({ area, old, foundedOn: foundingDate(rng, old), label });
    }
    plans.sort((a, b) => (a.foundedOn < b.foundedOn ? -1 : a.foundedOn > b.foundedOn ? 1 : 0));
    plans.forEach((plan, i) => {
      const code = `${area.seed.code}-${pad2(i + 1)}`;
      const authority = area.seed.kind === "ward" ? "UBND phường" : "UBND xã";
      const unit = addOrgUnit(
        "club",
        `CLB Liên thế hệ tự giúp nhau ${plan.label}`,
        code,
        area,
        plan.foundedOn,
        `Thành lập theo quyết định của ${authority}`,
      );
      clubUnits.push({ ...plan, id: unit.id, code, name: unit.name, path: unit.path });
      out.clubs.push({
        id: unit.id,
        foundedOn: plan.foundedOn,
        status: "active",
        statusSince: plan.foundedOn,
      });
      out.clubStatusHistory.push({
        id: id("clubStatus", instantOn(rng, plan.foundedOn)),
        clubId: unit.id,
        status: "active",
        effectiveFrom: plan.foundedOn,
        reason: `Thành lập theo quyết định của ${authority}`,
      });
    });
  });

  // --- Active members per club: 45–70 each, 2,471 in all ----------------------
  const activeCounts = clubUnits.map(() => MIN_ACTIVE_PER_CLUB);
  let remaining = ACTIVE_MEMBERS_TOTAL - MIN_ACTIVE_PER_CLUB * clubUnits.length;
  while (remaining > 0) {
    const open = clubUnits
      .map((club, i) => [i, club.old ? 1.6 : 1] as const)
      .filter(([i]) => (activeCounts[i] ?? 0) < MAX_ACTIVE_PER_CLUB);
    const chosen = rng.weighted(open);
    activeCounts[chosen] = (activeCounts[chosen] ?? 0) + 1;
    remaining--;
  }

  // --- Members (drafts), former members and returning members ----------------
  const membersByClub: Member[][] = clubUnits.map((club, clubIndex) => {
    const members: Member[] = [];
    const count = activeCounts[clubIndex] ?? MIN_ACTIVE_PER_CLUB;
    // The founding core is all 55+, so the others are drawn to bring the club to about OLDER_SHARE.
    const olderAfterCore = (OLDER_SHARE * count - FOUNDING_CORE) / (count - FOUNDING_CORE);
    for (let i = 0; i < count; i++) {
      const founding = i < FOUNDING_CORE;
      const draft = personDraft(rng, founding ? 1 : olderAfterCore);
      const joinedOn = founding
        ? club.foundedOn
        : maxDate(
            rng.chance(0.45) ? club.foundedOn : dateBetween(rng, club.foundedOn, REFERENCE_DATE),
            draft.adultFrom,
          );
      members.push(newMember(rng, draft, [{ joinedOn, leftOn: null, leaveReason: null }]));
    }
    return members;
  });

  const endedTarget = Math.round(ACTIVE_MEMBERS_TOTAL * rng.uniform(0.025, 0.035));
  const returningTarget = rng.int(4, 6);
  // Members who left and came back: an earlier stint that ended, then the open one.
  let returning = 0;
  for (const clubIndex of rng.shuffle(clubUnits.map((_, i) => i))) {
    if (returning >= returningTarget) break;
    const club = clubUnits[clubIndex] as ClubUnit;
    const members = membersByClub[clubIndex] as Member[];
    const candidate = members.find(
      (m, i) =>
        i >= FOUNDING_CORE &&
        m.draft.older &&
        m.stints.length === 1 &&
        daysBetween(club.foundedOn, (m.stints[0] as Stint).joinedOn) >= 240,
    );
    if (!candidate) continue;
    const current = candidate.stints[0] as Stint;
    const firstJoined = dateBetween(rng, club.foundedOn, addDays(current.joinedOn, -180));
    const firstLeft = dateBetween(rng, addDays(firstJoined, 30), addDays(current.joinedOn, -30));
    candidate.stints.unshift({
      joinedOn: firstJoined,
      leftOn: firstLeft,
      leaveReason: rng.pick([LEAVE_REASONS.workAway, LEAVE_REASONS.moved, LEAVE_REASONS.health]),
    });
    returning++;
  }
  // Former members: people whose only membership ended.
  const clubsWithHistory = clubUnits
    .map((club, i) => [i, daysBetween(club.foundedOn, REFERENCE_DATE)] as const)
    .filter(([, days]) => days >= 120);
  for (let n = returning; n < endedTarget; n++) {
    const clubIndex = rng.weighted(clubsWithHistory);
    const club = clubUnits[clubIndex] as ClubUnit;
    const latestJoin = addDays(REFERENCE_DATE, -90);
    let draft = personDraft(rng);
    while (draft.adultFrom > latestJoin) draft = personDraft(rng);
    const joinedOn = maxDate(dateBetween(rng, club.foundedOn, latestJoin), draft.adultFrom);
    const leftOn = dateBetween(rng, addDays(joinedOn, 30), REFERENCE_DATE);
    const leaveReason = draft.older
      ? rng.weighted([
          [LEAVE_REASONS.died, 40],
          [LEAVE_REASONS.moved, 25],
          [LEAVE_REASONS.health, 25],
          [LEAVE_REASONS.voluntary, 10],
        ])
      : rng.weighted([
          [LEAVE_REASONS.workAway, 50],
          [LEAVE_REASONS.moved, 35],
          [LEAVE_REASONS.voluntary, 15],
        ]);
    (membersByClub[clubIndex] as Member[]).push(newMember(rng, draft, [{ joinedOn, leftOn, leaveReason }]));
  }

  // --- People and memberships rows (ids ordered by the day they joined) ------
  const usedPhones = new Set<string>();
  clubUnits.forEach((club, clubIndex) => {
    const members = membersByClub[clubIndex] as Member[];
    const ordered = [...members].sort((a, b) => compareDates(firstJoin(a), firstJoin(b)));
    for (const member of ordered) {
      const registeredMs = instantOn(rng, firstJoin(member));
      member.id = id("person", registeredMs);
      const { draft } = member;
      const povertyStatus = rng.weighted<PersonRow["povertyStatus"]>([
        ["poor", 12],
        ["near_poor", 15],
        ["none", 73],
      ]);
      out.people.push({
        id: member.id,
        orgUnitId: club.id,
        fullName: draft.fullName,
        nameSearch: foldVietnamese(draft.fullName),
        sex: draft.sex,
        birthDate: draft.birthDate,
        birthYear: draft.birthYear,
        ethnicity: draft.ethnicity,
        povertyStatus,
        povertyCertifiedYear: povertyStatus === "none" ? null : rng.int(2022, 2024),
        livesAlone: rng.chance(draft.older ? 0.11 : 0.025),
        phone: rng.chance(draft.older ? 0.62 : 0.85) ? phoneNumber(rng, usedPhones) : null,
        createdAt: isoTimestamp(registeredMs),
      });
      for (const stint of member.stints) {
        out.memberships.push({
          id: id("membership", instantOn(rng, stint.joinedOn)),
          personId: member.id,
          clubId: club.id,
          joinedOn: stint.joinedOn,
          leftOn: stint.leftOn,
          leaveReason: stint.leaveReason,
        });
      }
    }
  });

  // --- Boards and volunteers ---------------------------------------------------
  clubUnits.forEach((club, clubIndex) => {
    const active = (membersByClub[clubIndex] as Member[]).filter((m) => m.activeSince !== null);
    const addRole = (member: Member, role: ClubRoleName, startsOn: IsoDate, endsOn: IsoDate | null) => {
      out.clubRoles.push({
        id: id("clubRole", instantOn(rng, startsOn)),
        clubId: club.id,
        personId: member.id,
        role,
        startsOn,
        endsOn,
      });
    };
    const electBoard = (termStart: IsoDate, termEnd: IsoDate | null, keepChair: Member | null) => {
      const eligible = active.filter((m) => (m.activeSince as IsoDate) <= termStart);
      const olderEligible = eligible.filter((m) => m.draft.older);
      const chair = keepChair && rng.chance(0.5) ? keepChair : rng.pick(olderEligible);
      const rest = rng.shuffle(eligible.filter((m) => m !== chair));
      const seats: ClubRoleName[] = ["vice_chair", "treasurer", "secretary"];
      for (let i = rng.int(1, 3); i > 0; i--) seats.push("board_member");
      addRole(chair, "chair", termStart, termEnd);
      seats.forEach((role, i) => {
        addRole(rest[i] as Member, role, termStart, termEnd);
      });
      return chair;
    };
    let previousChair: Member | null = null;
    let termStart = club.foundedOn;
    if (club.foundedOn < SECOND_TERM_CUTOFF) {
      const newTerm = addDays("2023-01-05", rng.int(0, 20));
      previousChair = electBoard(club.foundedOn, addDays(newTerm, -1), null);
      termStart = newTerm;
    }
    electBoard(termStart, null, previousChair);
    for (const role of ["home_care_volunteer", "economic_volunteer"] as const) {
      for (const member of rng.sample(active, rng.int(5, 8))) {
        const from = maxDate(member.activeSince as IsoDate, club.foundedOn);
        addRole(member, role, dateBetween(rng, from, REFERENCE_DATE), null);
      }
    }
  });

  // --- Meetings, attendance, health checks --------------------------------------
  clubUnits.forEach((club, clubIndex) => {
    const members = membersByClub[clubIndex] as Member[];
    const usualDay = rng.int(8, 20);
    for (const [year, month] of MEETING_MONTHS) {
      const heldOn: IsoDate = `${year}-${pad2(month)}-${pad2(clamp(usualDay + rng.int(-3, 3), 1, 28))}`;
      if (heldOn < club.foundedOn || heldOn > REFERENCE_DATE) continue;
      const meetingMs = instantOn(rng, heldOn, rng.pick([7, 8, 14]));
      const meetingId = id("meeting", meetingMs);
      const topic = rng.pick(MONTHLY_TOPICS[month] ?? GENERAL_TOPICS);
      out.meetings.push({
        id: meetingId,
        clubId: club.id,
        heldOn,
        topic: `Sinh hoạt định kỳ tháng ${month}: ${topic}`,
        notes: rng.chance(0.4)
          ? rng.pick(MEETING_NOTES).replace("{area}", club.area.seed.kind === "ward" ? "phường" : "xã")
          : null,
      });
      const present = members.filter((m) =>
        m.stints.some((s) => s.joinedOn <= heldOn && (s.leftOn === null || s.leftOn > heldOn)),
      );
      const attendees = rng.sample(present, Math.round(present.length * rng.uniform(0.7, 0.9)));
      attendees.sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const member of attendees) {
        out.attendance.push({ meetingId, personId: member.id });
        if (!rng.chance(0.85)) continue;
        const measure = rng.weighted([
          ["both", 92],
          ["pressure", 4],
          ["weight", 4],
        ] as const);
        const systolic = clamp(Math.round(member.systolicBase + rng.normal() * 6), 100, 170);
        const diastolic = clamp(Math.round(systolic * 0.58 + 8 + rng.normal() * 5), 60, 100);
        const weightGrams = clamp(
          Math.round((member.weightBase + rng.normal() * 700) / 100) * 100,
          40000,
          75000,
        );
        out.healthChecks.push({
          id: id("healthCheck", meetingMs),
          meetingId,
          personId: member.id,
          systolic: measure === "weight" ? null : systolic,
          diastolic: measure === "weight" ? null : diastolic,
          weightGrams: measure === "pressure" ? null : weightGrams,
        });
      }
    }
  });

  // --- Demo users -------------------------------------------------------------------
  const firstArea = areas[0] as AreaUnit;
  const firstClub = clubUnits.find((club) => club.area === firstArea) as ClubUnit;
  const accounts: {
    login: string;
    role: UserRole;
    displayName: string;
    unit: { id: string; name: string };
  }[] = [
    {
      login: "admin@langson.demo",
      role: "province_admin",
      displayName: "Quản trị Hội NCT tỉnh (demo)",
      unit: province,
    },
    {
      login: "officer@langson.demo",
      role: "commune_officer",
      displayName: `Cán bộ Hội NCT ${firstArea.seed.name} (demo)`,
      unit: { id: firstArea.id, name: normalizeName(firstArea.seed.name) },
    },
    {
      login: "club@langson.demo",
      role: "club_board",
      displayName: `Ban chủ nhiệm ${firstClub.name} (demo)`,
      unit: firstClub,
    },
    { login: "viewer@langson.demo", role: "viewer", displayName: "Người xem báo cáo (demo)", unit: province },
  ];
  const demoLogins: DemoLogin[] = [];
  for (const account of accounts) {
    const ms = instantOn(rng, USERS_CREATED_ON);
    const displayName = normalizeName(account.displayName);
    out.users.push({
      id: id("user", ms),
      login: account.login,
      displayName,
      role: account.role,
      orgUnitId: account.unit.id,
      passwordHash: options.passwordHash,
      createdAt: isoTimestamp(ms),
      disabledAt: null,
    });
    demoLogins.push({
      login: account.login,
      role: account.role,
      displayName,
      orgUnitId: account.unit.id,
      orgUnitName: account.unit.name,
    });
  }

  return { seed, referenceDate: REFERENCE_DATE, ...out, auditLog: [], demoLogins };
}

/** The same day `years` later (29 February becomes 1 March in a common year). */
function addYears(date: IsoDate, years: number): IsoDate {
  const shifted = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  return shifted.endsWith("-02-29") && !isIsoDate(shifted)
    ? addDays(shifted.replace(/-29$/, "-28"), 1)
    : shifted;
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstJoin(member: Member): IsoDate {
  return (member.stints[0] as Stint).joinedOn;
}

function foundingDate(rng: Rng, old: boolean): IsoDate {
  if (old) {
    const year = rng.int(2017, 2020);
    return dateBetween(rng, `${year}-01-01`, `${year}-12-31`);
  }
  const year = rng.weighted([
    [2021, 6],
    [2022, 6],
    [2023, 6],
    [2024, 5],
    [2025, 2],
  ] as const);
  // Clubs founded in 2025 are at least two months old on the reference date.
  return year === 2025
    ? dateBetween(rng, "2025-01-01", "2025-03-31")
    : dateBetween(rng, `${year}-01-01`, `${year}-12-31`);
}

function personDraft(rng: Rng, olderProbability = OLDER_SHARE): PersonDraft {
  const sex = rng.chance(FEMALE_SHARE) ? "female" : "male";
  const older = rng.chance(olderProbability);
  const age = older
    ? rng.weighted([
        [rng.int(55, 59), 18],
        [rng.int(60, 69), 40],
        [rng.int(70, 79), 30],
        [rng.int(80, 92), 12],
      ])
    : rng.weighted([
        [rng.int(18, 29), 20],
        [rng.int(30, 44), 40],
        [rng.int(45, 54), 40],
      ]);
  // Registers often keep only the year of birth for older people.
  const yearOnly = older && rng.chance(0.22);
  // Born between (ref year − age − 1)-06-01 and (ref year − age)-05-31: exactly `age` on the reference date.
  const refYear = Number(REFERENCE_DATE.slice(0, 4));
  const birthDate = dateBetween(rng, `${refYear - age - 1}-06-01`, `${refYear - age}-05-31`);
  const birthYear = yearOnly ? refYear - age : Number(birthDate.slice(0, 4));
  const ethnicity = rng.weighted(ETHNICITY_WEIGHTS);
  const family = rng.weighted(FAMILY_NAMES[ethnicity]);
  let middle: string;
  let given: string;
  if (ethnicity === "H'Mông") {
    middle = sex === "female" ? "Thị" : "A";
    given = rng.pick(sex === "female" ? GIVEN_NAMES.hmongFemale : GIVEN_NAMES.hmongMale);
  } else if (sex === "female") {
    middle = rng.weighted(older ? MIDDLE_NAMES.femaleOlder : MIDDLE_NAMES.femaleYounger);
    given = rng.pick(older ? GIVEN_NAMES.femaleOlder : GIVEN_NAMES.femaleYounger);
  } else {
    middle = rng.weighted(older ? MIDDLE_NAMES.maleOlder : MIDDLE_NAMES.maleYounger);
    given = rng.pick(older ? GIVEN_NAMES.maleOlder : GIVEN_NAMES.maleYounger);
  }
  return {
    sex,
    older,
    age,
    fullName: normalizeName(`${family} ${middle} ${given}`),
    birthDate: yearOnly ? null : birthDate,
    birthYear,
    ethnicity,
    adultFrom: yearOnly ? `${birthYear + 18}-01-01` : addYears(birthDate, 18),
  };
}

function newMember(rng: Rng, draft: PersonDraft, stints: Stint[]): Member {
  const open = stints.find((s) => s.leftOn === null);
  const systolicBase = clamp(104 + (draft.age - 18) * 0.55 + rng.normal() * 10, 102, 165);
  const weightBase =
    draft.sex === "female"
      ? clamp(51000 + rng.normal() * 5500, 41000, 70000)
      : clamp(58000 + rng.normal() * 6500, 44000, 74000);
  return { draft, stints, id: "", activeSince: open?.joinedOn ?? null, systolicBase, weightBase };
}

function phoneNumber(rng: Rng, used: Set<string>): string {
  for (;;) {
    const phone = `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

/** Whole years on the reference date, using the birth year alone when the date is unknown. */
export function ageOnReferenceDate(person: Pick<PersonRow, "birthDate" | "birthYear">): number {
  return ageOnWithYear({ birthDate: person.birthDate ?? null, birthYear: person.birthYear }, REFERENCE_DATE);
}
