import {
  ACTIVITY_AREAS,
  type ActivityArea,
  LABOUR_PURPOSES,
  type LabourPurpose,
} from "../activities/catalogue";
import { COMMUNICATION_KINDS, type CommunicationKind } from "../activities/vocabulary";
import { isMemberOn, type PovertyStatus, type Sex } from "../composition";
import { ageOnWithYear, type IsoDate } from "../dates";
import type { ClubStatus } from "../enums";
import {
  CASH_ACCOUNT,
  FUNDS,
  type Fund,
  GRANT_SOURCES,
  type GrantSource,
  type JournalEntry,
} from "../funds/ledger";
import {
  grantsReceivedIn,
  holdsBothFunds,
  type LoanRecord,
  loansDisbursedIn,
  loansInArrears,
  onTimeRepaymentRate,
  outstandingPrincipal,
  par30,
  repaidIn,
  shareOfMembersWhoBorrowed,
  writeOffsIn,
} from "../funds/measures";
import { rangePeriod } from "../periods";
import { monthLabels } from "./periods";

/**
 * One org unit's own figures for a period, before rolling up: flows over the
 * period and stocks at its end. A club has both; an association level (a
 * commune, the province) has flows of the activities it organised itself.
 * Facts are plain JSON: the consumer stores them per unit and month, and
 * facts of consecutive periods merge into the facts of the whole
 * (`followedBy`), so a year is twelve months merged and all history is the
 * previous history and one month.
 */

export const AGE_BANDS = ["under_35", "35_54", "55_69", "70_79", "80_plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBandOf(age: number): AgeBand {
  if (age < 35) return "under_35";
  if (age < 55) return "35_54";
  if (age < 70) return "55_69";
  if (age < 80) return "70_79";
  return "80_plus";
}

export type MemberRecord = {
  readonly clubId: string;
  readonly personId: string;
  readonly sex: Sex;
  readonly birthDate: IsoDate | null;
  readonly birthYear: number;
  readonly povertyStatus: PovertyStatus;
  readonly livesAlone: boolean;
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
};

export type MeetingRecord = {
  readonly heldOn: IsoDate;
  readonly attendances: number;
  readonly healthChecks: number;
};

export type ActivityRecord = {
  readonly startsOn: IsoDate;
  readonly area: ActivityArea;
  readonly typeCode: string;
  readonly purpose: LabourPurpose | null;
  readonly sessions: number | null;
  readonly participantCount: number | null;
  readonly labourHalfDays: number;
  readonly communicationKind: CommunicationKind | null;
  /** For a home-care visit: who was visited (a person's id, or a beneficiary's). */
  readonly visited: readonly string[];
};

/** Everything recorded of one unit, as the reporting worker loads it. */
export type UnitRecords = {
  readonly unitId: string;
  readonly club: {
    readonly foundedOn: IsoDate;
    readonly statuses: readonly { readonly status: ClubStatus; readonly effectiveFrom: IsoDate }[];
  } | null;
  readonly members: readonly MemberRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly loans: readonly LoanRecord[];
  readonly journal: readonly JournalEntry[];
  readonly activities: readonly ActivityRecord[];
};

type Counts<K extends string> = Record<K, number>;
const zeros = <K extends string>(keys: readonly K[]): Counts<K> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export type Fraction = { numerator: number; denominator: number };

export type Flows = {
  clubsFounded: number;
  membersJoined: number;
  membersLeft: number;
  meetings: number;
  attendances: number;
  healthChecks: number;
  /** Months (`2025-05`) with at least one meeting. */
  meetingMonths: string[];
  activitiesByArea: Counts<ActivityArea>;
  labourHalfDaysByPurpose: Counts<LabourPurpose>;
  communityServiceSessions: number;
  cultureSportsSessions: number;
  homeCareVisits: number;
  /** Distinct people visited at home (person or beneficiary ids). */
  peopleVisited: string[];
  trainingCourses: number;
  traineePlaces: number;
  communicationsByKind: Counts<CommunicationKind>;
  grants: Record<Fund, Counts<GrantSource>>;
  loansDisbursed: number;
  amountDisbursed: number;
  /** Each borrower with a loan paid out in the period: household status at the earliest such loan. */
  borrowers: Record<string, { status: PovertyStatus; on: IsoDate }>;
  principalRepaid: number;
  interestReceived: number;
  writeOffs: number;
  amountWrittenOff: number;
};

export type Stocks = {
  on: IsoDate;
  /** Founded by `on`. */
  exists: boolean;
  foundedOn: IsoDate;
  status: ClubStatus | null;
  members: {
    total: number;
    female: number;
    male: number;
    aged55Plus: number;
    livingAlone: number;
    ageBands: Counts<AgeBand>;
    poverty: Counts<PovertyStatus>;
  };
  holdsBothFunds: boolean;
  cash: Record<Fund, number>;
  outstanding: number;
  loansOutstanding: number;
  loansInArrears: number;
  par30: Fraction;
  onTime: Fraction;
  borrowedMembers: Fraction;
};

export type UnitFacts = {
  start: IsoDate;
  end: IsoDate;
  flows: Flows;
  /** Clubs only. */
  stocks: Stocks | null;
};

export function emptyFlows(): Flows {
  return {
    clubsFounded: 0,
    membersJoined: 0,
    membersLeft: 0,
    meetings: 0,
    attendances: 0,
    healthChecks: 0,
    meetingMonths: [],
    activitiesByArea: zeros(ACTIVITY_AREAS),
    labourHalfDaysByPurpose: zeros(LABOUR_PURPOSES),
    communityServiceSessions: 0,
    cultureSportsSessions: 0,
    homeCareVisits: 0,
    peopleVisited: [],
    trainingCourses: 0,
    traineePlaces: 0,
    communicationsByKind: zeros(COMMUNICATION_KINDS),
    grants: { operating: zeros(GRANT_SOURCES), revolving: zeros(GRANT_SOURCES) },
    loansDisbursed: 0,
    amountDisbursed: 0,
    borrowers: {},
    principalRepaid: 0,
    interestReceived: 0,
    writeOffs: 0,
    amountWrittenOff: 0,
  };
}

const within = (date: IsoDate, from: IsoDate, to: IsoDate) => from <= date && date <= to;

/** What happened in [from, to] (both days counted). */
export function flowsOf(records: UnitRecords, from: IsoDate, to: IsoDate): Flows {
  const flows = emptyFlows();
  const period = rangePeriod(from, to);
  if (records.club && within(records.club.foundedOn, from, to)) flows.clubsFounded = 1;
  for (const m of records.members) {
    if (within(m.joinedOn, from, to)) flows.membersJoined += 1;
    if (m.leftOn !== null && within(m.leftOn, from, to)) flows.membersLeft += 1;
  }
  const months = new Set<string>();
  for (const meeting of records.meetings) {
    if (!within(meeting.heldOn, from, to)) continue;
    flows.meetings += 1;
    flows.attendances += meeting.attendances;
    flows.healthChecks += meeting.healthChecks;
    months.add(meeting.heldOn.slice(0, 7));
  }
  flows.meetingMonths = [...months].sort();
  const visited = new Set<string>();
  for (const a of records.activities) {
    if (!within(a.startsOn, from, to)) continue;
    flows.activitiesByArea[a.area] += 1;
    if (a.purpose) flows.labourHalfDaysByPurpose[a.purpose] += a.labourHalfDays;
    if (a.typeCode === "community_service") flows.communityServiceSessions += a.sessions ?? 0;
    if (a.area === "culture_sports") flows.cultureSportsSessions += a.sessions ?? 0;
    if (a.typeCode === "home_care_visit") {
      flows.homeCareVisits += 1;
      for (const who of a.visited) visited.add(who);
    }
    if (a.typeCode === "training_course") {
      flows.trainingCourses += 1;
      flows.traineePlaces += a.participantCount ?? 0;
    }
    if (a.communicationKind) flows.communicationsByKind[a.communicationKind] += 1;
  }
  flows.peopleVisited = [...visited].sort();
  if (records.journal.length > 0) {
    const grants = grantsReceivedIn(records.journal, period);
    for (const fund of FUNDS) for (const s of GRANT_SOURCES) flows.grants[fund][s] = grants[fund][s];
  }
  if (records.loans.length > 0) {
    const disbursed = loansDisbursedIn(records.loans, period);
    flows.loansDisbursed = disbursed.count;
    flows.amountDisbursed = disbursed.amount;
    for (const loan of records.loans) {
      if (!within(loan.disbursedOn, from, to)) continue;
      const seen = flows.borrowers[loan.borrowerId];
      if (!seen || loan.disbursedOn < seen.on) {
        flows.borrowers[loan.borrowerId] = { status: loan.povertyStatusAtDisbursement, on: loan.disbursedOn };
      }
    }
    const repaid = repaidIn(records.loans, period);
    flows.principalRepaid = repaid.principal;
    flows.interestReceived = repaid.interest;
    const writeOffs = writeOffsIn(records.loans, period);
    flows.writeOffs = writeOffs.count;
    flows.amountWrittenOff = writeOffs.amount;
  }
  return flows;
}

/** How things stood at the end of `on`: a club's status, members, funds and portfolio. */
export function stocksOf(records: UnitRecords, on: IsoDate): Stocks | null {
  const club = records.club;
  if (!club) return null;
  let status: ClubStatus | null = null;
  for (const s of [...club.statuses].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
    if (s.effectiveFrom <= on) status = s.status;
  }
  const exists = club.foundedOn <= on;
  const members = {
    total: 0,
    female: 0,
    male: 0,
    aged55Plus: 0,
    livingAlone: 0,
    ageBands: zeros(AGE_BANDS),
    poverty: zeros(["poor", "near_poor", "none"] as const),
  };
  for (const m of records.members) {
    if (!isMemberOn(m, on)) continue;
    const age = ageOnWithYear(m, on);
    members.total += 1;
    members[m.sex] += 1;
    if (age >= 55) members.aged55Plus += 1;
    if (m.livesAlone) members.livingAlone += 1;
    members.ageBands[ageBandOf(age)] += 1;
    members.poverty[m.povertyStatus] += 1;
  }
  const cash: Record<Fund, number> = { operating: 0, revolving: 0 };
  for (const e of records.journal) {
    if (e.on > on) continue;
    for (const line of e.lines)
      for (const fund of FUNDS)
        if (line.account === CASH_ACCOUNT[fund])
          cash[fund] += line.side === "debit" ? line.amount : -line.amount;
  }
  const p30 = par30(records.loans, on);
  const onTime = onTimeRepaymentRate(records.loans, on);
  const borrowed = shareOfMembersWhoBorrowed(records.members, records.loans, on);
  return {
    on,
    exists,
    foundedOn: club.foundedOn,
    status: exists ? status : null,
    members,
    holdsBothFunds: holdsBothFunds(records.journal, on),
    cash,
    outstanding: records.loans.reduce((sum, loan) => sum + outstandingPrincipal(loan, on), 0),
    loansOutstanding: records.loans.filter((loan) => outstandingPrincipal(loan, on) > 0).length,
    loansInArrears: loansInArrears(records.loans, on).count,
    par30: { numerator: p30.numerator, denominator: p30.denominator },
    onTime: { numerator: onTime.numerator, denominator: onTime.denominator },
    borrowedMembers: { numerator: borrowed.numerator, denominator: borrowed.denominator },
  };
}

export function factsOf(records: UnitRecords, from: IsoDate, to: IsoDate): UnitFacts {
  return { start: from, end: to, flows: flowsOf(records, from, to), stocks: stocksOf(records, to) };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

function addCounts<K extends string>(a: Counts<K>, b: Counts<K>): Counts<K> {
  const out = { ...a };
  for (const key of Object.keys(b) as K[]) out[key] = (out[key] ?? 0) + b[key];
  return out;
}

/** Flows of two stretches of time (or of two units) added up; distinct people counted once. */
export function addFlows(a: Flows, b: Flows): Flows {
  const borrowers = { ...a.borrowers };
  for (const [id, loan] of Object.entries(b.borrowers)) {
    const seen = borrowers[id];
    if (!seen || loan.on < seen.on) borrowers[id] = loan;
  }
  return {
    clubsFounded: a.clubsFounded + b.clubsFounded,
    membersJoined: a.membersJoined + b.membersJoined,
    membersLeft: a.membersLeft + b.membersLeft,
    meetings: a.meetings + b.meetings,
    attendances: a.attendances + b.attendances,
    healthChecks: a.healthChecks + b.healthChecks,
    meetingMonths: union(a.meetingMonths, b.meetingMonths),
    activitiesByArea: addCounts(a.activitiesByArea, b.activitiesByArea),
    labourHalfDaysByPurpose: addCounts(a.labourHalfDaysByPurpose, b.labourHalfDaysByPurpose),
    communityServiceSessions: a.communityServiceSessions + b.communityServiceSessions,
    cultureSportsSessions: a.cultureSportsSessions + b.cultureSportsSessions,
    homeCareVisits: a.homeCareVisits + b.homeCareVisits,
    peopleVisited: union(a.peopleVisited, b.peopleVisited),
    trainingCourses: a.trainingCourses + b.trainingCourses,
    traineePlaces: a.traineePlaces + b.traineePlaces,
    communicationsByKind: addCounts(a.communicationsByKind, b.communicationsByKind),
    grants: {
      operating: addCounts(a.grants.operating, b.grants.operating),
      revolving: addCounts(a.grants.revolving, b.grants.revolving),
    },
    loansDisbursed: a.loansDisbursed + b.loansDisbursed,
    amountDisbursed: a.amountDisbursed + b.amountDisbursed,
    borrowers,
    principalRepaid: a.principalRepaid + b.principalRepaid,
    interestReceived: a.interestReceived + b.interestReceived,
    writeOffs: a.writeOffs + b.writeOffs,
    amountWrittenOff: a.amountWrittenOff + b.amountWrittenOff,
  };
}

/**
 * The flows of many units (or stretches) added up in one pass: the same as
 * folding `addFlows` over them, without copying the distinct-people lists and
 * the borrowers at every step (a province of 1,000 clubs adds 1,000 flows).
 */
export function sumFlows(list: readonly Flows[]): Flows {
  const total = emptyFlows();
  const months = new Set<string>();
  const visited = new Set<string>();
  const borrowers: Flows["borrowers"] = {};
  const addInto = <K extends string>(into: Counts<K>, from: Counts<K>) => {
    for (const key of Object.keys(from) as K[]) into[key] = (into[key] ?? 0) + from[key];
  };
  for (const f of list) {
    total.clubsFounded += f.clubsFounded;
    total.membersJoined += f.membersJoined;
    total.membersLeft += f.membersLeft;
    total.meetings += f.meetings;
    total.attendances += f.attendances;
    total.healthChecks += f.healthChecks;
    for (const month of f.meetingMonths) months.add(month);
    addInto(total.activitiesByArea, f.activitiesByArea);
    addInto(total.labourHalfDaysByPurpose, f.labourHalfDaysByPurpose);
    total.communityServiceSessions += f.communityServiceSessions;
    total.cultureSportsSessions += f.cultureSportsSessions;
    total.homeCareVisits += f.homeCareVisits;
    for (const who of f.peopleVisited) visited.add(who);
    total.trainingCourses += f.trainingCourses;
    total.traineePlaces += f.traineePlaces;
    addInto(total.communicationsByKind, f.communicationsByKind);
    addInto(total.grants.operating, f.grants.operating);
    addInto(total.grants.revolving, f.grants.revolving);
    total.loansDisbursed += f.loansDisbursed;
    total.amountDisbursed += f.amountDisbursed;
    for (const [id, loan] of Object.entries(f.borrowers)) {
      const seen = borrowers[id];
      if (!seen || loan.on < seen.on) borrowers[id] = loan;
    }
    total.principalRepaid += f.principalRepaid;
    total.interestReceived += f.interestReceived;
    total.writeOffs += f.writeOffs;
    total.amountWrittenOff += f.amountWrittenOff;
  }
  total.meetingMonths = [...months].sort();
  total.peopleVisited = [...visited].sort();
  total.borrowers = borrowers;
  return total;
}

/** The facts of a period followed directly by the next: flows added, stocks as of the later end. */
export function followedBy(earlier: UnitFacts, later: UnitFacts): UnitFacts {
  return {
    start: earlier.start,
    end: later.end,
    flows: addFlows(earlier.flows, later.flows),
    stocks: later.stocks,
  };
}

/** The months of [start, end] in which a club existed (from its founding month), for meeting completeness. */
export function monthsExpected(stocks: Stocks, start: IsoDate, end: IsoDate): string[] {
  const from = stocks.foundedOn > start ? stocks.foundedOn : start;
  return from > end ? [] : monthLabels(from, end);
}
