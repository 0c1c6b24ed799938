/**
 * People and memberships: how many active members each club has, who they are (names, sex,
 * age, ethnicity, household), members who left and came back, former members, and then
 * the people and memberships rows, ids in the order people joined.
 */
import { addDays, foldVietnamese, type IsoDate, normalizeName } from "@ishc/domain";
import {
  addYears,
  clamp,
  compareDates,
  dateBetween,
  daysBetween,
  instantOn,
  isoTimestamp,
  maxDate,
} from "./calendar";
import type { Generation } from "./generation";
import {
  ETHNICITY_WEIGHTS,
  type Ethnicity,
  FAMILY_NAMES,
  GIVEN_NAMES,
  LEAVE_REASONS,
  MIDDLE_NAMES,
  MOBILE_PREFIXES,
} from "./names";
import type { ClubUnit } from "./org-tree";
import type { Rng } from "./random";
import type { PersonRow } from "./rows";
import {
  ACTIVE_MEMBERS_TOTAL,
  FEMALE_SHARE,
  FOUNDING_CORE,
  MAX_ACTIVE_PER_CLUB,
  MIN_ACTIVE_PER_CLUB,
  OLDER_SHARE,
  REFERENCE_DATE,
} from "./targets";

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

export interface Stint {
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
  readonly leaveReason: string | null;
}

export interface Member {
  readonly draft: PersonDraft;
  readonly stints: Stint[];
  id: string;
  /** The open stint's join date (null for former members). */
  activeSince: IsoDate | null;
  systolicBase: number;
  weightBase: number;
}

/** Every club's members (current and former), in the order of `clubs`, with their rows written. */
export function enrolMembers(g: Generation, clubs: readonly ClubUnit[]): Member[][] {
  const membersByClub = drawMembers(g.rng, clubs);
  writePeopleAndMemberships(g, clubs, membersByClub);
  return membersByClub;
}

function drawMembers(rng: Rng, clubUnits: readonly ClubUnit[]): Member[][] {
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
  return membersByClub;
}

/** People and memberships rows (ids ordered by the day they joined); gives each member its id. */
function writePeopleAndMemberships(
  g: Generation,
  clubUnits: readonly ClubUnit[],
  membersByClub: readonly Member[][],
): void {
  const { rng } = g;
  const usedPhones = new Set<string>();
  clubUnits.forEach((club, clubIndex) => {
    const members = membersByClub[clubIndex] as Member[];
    const ordered = [...members].sort((a, b) => compareDates(firstJoin(a), firstJoin(b)));
    for (const member of ordered) {
      const registeredMs = instantOn(rng, firstJoin(member));
      member.id = g.id("person", registeredMs);
      const { draft } = member;
      const povertyStatus = rng.weighted<PersonRow["povertyStatus"]>([
        ["poor", 12],
        ["near_poor", 15],
        ["none", 73],
      ]);
      g.out.people.push({
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
        g.out.memberships.push({
          id: g.id("membership", instantOn(rng, stint.joinedOn)),
          personId: member.id,
          clubId: club.id,
          joinedOn: stint.joinedOn,
          leftOn: stint.leftOn,
          leaveReason: stint.leaveReason,
        });
      }
    }
  });
}

function firstJoin(member: Member): IsoDate {
  return (member.stints[0] as Stint).joinedOn;
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
