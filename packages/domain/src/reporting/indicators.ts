import { ACTIVITY_AREAS, AREA_NAMES, LABOUR_PURPOSES, PURPOSE_NAMES } from "../activities/catalogue";
import { COMMUNICATION_KINDS } from "../activities/vocabulary";
import { ISHC_TARGETS } from "../composition";
import type { IsoDate } from "../dates";
import { CLUB_STATUSES, POVERTY_STATUSES } from "../enums";
import { FUNDS, GRANT_SOURCES } from "../funds/ledger";
import { isSmall, publishCount, SMALL_CELL, type SmallCell, suppressSmallCells } from "../small-cells";
import { AGE_BANDS, type Flows, monthsExpected, type Stocks, sumFlows } from "./facts";

/**
 * The indicators a report gives, as data: what each is called in Vietnamese
 * and English, its unit, how it adds up over clubs and time, and what it is
 * broken down by. `evaluateIndicators` computes them from the facts of the
 * units that stood in a subtree.
 */

export const AGGREGATIONS = ["count", "count_distinct", "sum", "ratio", "as_of_end"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const UNITS = ["clubs", "people", "count", "sessions", "days", "vnd", "share"] as const;
export type IndicatorUnit = (typeof UNITS)[number];

export const DIMENSIONS = [
  "status",
  "founding_period",
  "sex",
  "age_band",
  "poverty_status",
  "area",
  "purpose",
  "kind",
  "fund",
  "fund_source",
  "target",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const SECTIONS = ["clubs", "members", "meetings", "activities", "funds", "targets"] as const;
export type Section = (typeof SECTIONS)[number];

export type IndicatorDefinition = {
  readonly id: string;
  readonly section: Section;
  readonly vi: string;
  readonly en: string;
  readonly unit: IndicatorUnit;
  readonly aggregation: Aggregation;
  readonly disaggregations: readonly Dimension[];
  /** Counts of people: viewers see "<5" under 5 (small-cell suppression). */
  readonly people: boolean;
  /** For a target: the share of clubs it asks for (Decision 1336/QĐ-TTg). */
  readonly target?: number;
};

const d = (
  id: string,
  section: Section,
  vi: string,
  en: string,
  unit: IndicatorUnit,
  aggregation: Aggregation,
  disaggregations: readonly Dimension[] = [],
  extra: { people?: boolean; target?: number } = {},
): IndicatorDefinition => ({
  id,
  section,
  vi,
  en,
  unit,
  aggregation,
  disaggregations,
  people: extra.people ?? false,
  ...(extra.target === undefined ? {} : { target: extra.target }),
});

export const INDICATORS: readonly IndicatorDefinition[] = [
  d("clubs", "clubs", "Số câu lạc bộ", "Clubs", "clubs", "as_of_end", ["founding_period", "status"]),
  d("clubs_founded", "clubs", "Số câu lạc bộ thành lập mới", "Clubs founded", "clubs", "count"),
  d(
    "clubs_both_funds",
    "clubs",
    "Số câu lạc bộ có đủ hai quỹ",
    "Clubs holding both funds",
    "clubs",
    "as_of_end",
  ),
  d(
    "clubs_composition_targets",
    "clubs",
    "Số câu lạc bộ đạt cơ cấu thành viên",
    "Clubs meeting the membership make-up targets",
    "clubs",
    "as_of_end",
    ["target"],
  ),
  d(
    "members",
    "members",
    "Số hội viên",
    "Members",
    "people",
    "as_of_end",
    ["sex", "age_band", "poverty_status"],
    {
      people: true,
    },
  ),
  d("members_55_plus", "members", "Hội viên từ 55 tuổi", "Members aged 55+", "people", "as_of_end", [], {
    people: true,
  }),
  d("members_women", "members", "Hội viên nữ", "Women members", "people", "as_of_end", [], { people: true }),
  d(
    "members_poor_near_poor",
    "members",
    "Hội viên hộ nghèo, cận nghèo",
    "Members of poor or near-poor households",
    "people",
    "as_of_end",
    [],
    { people: true },
  ),
  d(
    "members_living_alone",
    "members",
    "Hội viên sống một mình",
    "Members living alone",
    "people",
    "as_of_end",
    [],
    {
      people: true,
    },
  ),
  d("members_joined", "members", "Hội viên mới vào", "Members who joined", "people", "count", [], {
    people: true,
  }),
  d("members_left", "members", "Hội viên ra khỏi câu lạc bộ", "Members who left", "people", "count", [], {
    people: true,
  }),
  d("meetings", "meetings", "Số buổi sinh hoạt", "Meetings held", "count", "count"),
  d("attendances", "meetings", "Lượt hội viên dự sinh hoạt", "Attendances", "count", "sum"),
  d("health_checks", "meetings", "Lượt đo huyết áp, cân nặng", "Health checks", "count", "count"),
  d(
    "clubs_meeting_every_month",
    "meetings",
    "Số câu lạc bộ sinh hoạt đủ các tháng",
    "Clubs with a meeting in each month",
    "clubs",
    "count",
  ),
  d("activities", "activities", "Số hoạt động", "Activities", "count", "count", ["area"]),
  d("labour_days", "activities", "Ngày công hỗ trợ", "Labour days given", "days", "sum", ["purpose"]),
  d(
    "community_service_sessions",
    "activities",
    "Buổi sinh hoạt vì cộng đồng",
    "Community-service sessions",
    "sessions",
    "sum",
  ),
  d(
    "culture_sports_sessions",
    "activities",
    "Buổi hoạt động văn hóa, văn nghệ, thể thao",
    "Cultural and sports sessions",
    "sessions",
    "sum",
  ),
  d("home_care_visits", "activities", "Lượt thăm, chăm sóc tại nhà", "Home-care visits", "count", "count"),
  d(
    "people_visited",
    "activities",
    "Số người được chăm sóc tại nhà",
    "People visited at home",
    "people",
    "count_distinct",
    [],
    {
      people: true,
    },
  ),
  d("training_courses", "activities", "Số lớp tập huấn", "Training courses", "count", "count"),
  d("trainee_places", "activities", "Lượt người dự tập huấn", "Trainee places", "count", "sum"),
  d(
    "communications",
    "activities",
    "Tin, bài, phóng sự",
    "News items, articles and reports",
    "count",
    "count",
    ["kind"],
  ),
  d("grants", "funds", "Nguồn vốn được hỗ trợ", "Grants and donations received", "vnd", "sum", [
    "fund",
    "fund_source",
  ]),
  d("fund_balance", "funds", "Số dư quỹ", "Fund balances", "vnd", "as_of_end", ["fund"]),
  d("loans_disbursed", "funds", "Số lượt vay", "Loans disbursed", "count", "count"),
  d("amount_disbursed", "funds", "Số tiền cho vay", "Amount lent", "vnd", "sum"),
  d("borrowers", "funds", "Số hộ vay vốn", "Borrowers", "people", "count_distinct", ["poverty_status"], {
    people: true,
  }),
  d("outstanding_principal", "funds", "Dư nợ gốc", "Outstanding principal", "vnd", "as_of_end"),
  d("loans_in_arrears", "funds", "Số khoản vay quá hạn", "Loans in arrears", "count", "as_of_end"),
  d(
    "par30",
    "funds",
    "Tỷ lệ nợ quá hạn trên 30 ngày (PAR30)",
    "Portfolio at risk over 30 days (PAR30)",
    "share",
    "ratio",
  ),
  d("on_time_rate", "funds", "Tỷ lệ trả nợ đúng hạn", "On-time repayment rate", "share", "ratio"),
  d("principal_repaid", "funds", "Tiền gốc đã thu", "Principal repaid", "vnd", "sum"),
  d("interest_received", "funds", "Tiền lãi đã thu", "Interest received", "vnd", "sum"),
  d("write_offs", "funds", "Số khoản vay xóa nợ", "Loans written off", "count", "count"),
  d("amount_written_off", "funds", "Số tiền xóa nợ", "Amount written off", "vnd", "sum"),
  d(
    "members_borrowed_share",
    "funds",
    "Tỷ lệ hội viên đã được vay vốn",
    "Share of members who have borrowed",
    "share",
    "ratio",
    [],
    { people: true },
  ),
  d(
    "target_members_borrowed",
    "targets",
    "CLB có ≥ 50% hội viên được vay vốn",
    "Clubs where ≥ 50% of members have borrowed",
    "share",
    "ratio",
    [],
    { target: 1 },
  ),
  d("target_both_funds", "targets", "CLB có đủ hai quỹ", "Clubs holding both funds", "share", "ratio", [], {
    target: 1,
  }),
  d(
    "target_all_areas",
    "targets",
    "CLB thực hiện đủ 8 nội dung hoạt động",
    "Clubs active in all eight areas",
    "share",
    "ratio",
    [],
    { target: 0.7 },
  ),
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as [string, ...string[]];
const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));
export const indicatorDefinition = (id: string) => BY_ID.get(id);

/** Names of the keys a breakdown uses, for tables: founding periods, statuses, areas … */
export function dimensionKeyName(dimension: Dimension, key: string, lang: "vi" | "en"): string {
  const names: Partial<Record<Dimension, Record<string, { vi: string; en: string }>>> = {
    status: {
      active: { vi: "Đang hoạt động", en: "Active" },
      suspended: { vi: "Tạm dừng", en: "Suspended" },
      dissolved: { vi: "Giải thể", en: "Dissolved" },
    },
    sex: { female: { vi: "Nữ", en: "Women" }, male: { vi: "Nam", en: "Men" } },
    poverty_status: {
      poor: { vi: "Hộ nghèo", en: "Poor" },
      near_poor: { vi: "Hộ cận nghèo", en: "Near-poor" },
      none: { vi: "Khác", en: "Other" },
    },
    age_band: {
      under_35: { vi: "Dưới 35", en: "Under 35" },
      "35_54": { vi: "35–54", en: "35–54" },
      "55_69": { vi: "55–69", en: "55–69" },
      "70_79": { vi: "70–79", en: "70–79" },
      "80_plus": { vi: "Từ 80", en: "80+" },
    },
    area: Object.fromEntries(ACTIVITY_AREAS.map((a) => [a, AREA_NAMES[a]])),
    purpose: PURPOSE_NAMES,
    kind: {
      news_item: { vi: "Tin", en: "News items" },
      article: { vi: "Bài viết", en: "Articles" },
      report: { vi: "Phóng sự", en: "Reports" },
    },
    fund: {
      operating: { vi: "Quỹ hoạt động", en: "Operating fund" },
      revolving: { vi: "Quỹ tăng thu nhập (quay vòng)", en: "Revolving fund" },
    },
    fund_source: {
      peoples_committee: { vi: "UBND", en: "People's Committee" },
      association: { vi: "Hội cấp trên", en: "Association" },
      project: { vi: "Dự án", en: "Project" },
      private_donor: { vi: "Nhà hảo tâm", en: "Private donor" },
      other: { vi: "Khác", en: "Other" },
    },
    target: {
      members: { vi: "50–70 hội viên", en: "50–70 members" },
      olderShare: { vi: "60–70% từ 55 tuổi", en: "60–70% aged 55+" },
      womenShare: { vi: "60–70% nữ", en: "60–70% women" },
      youngerShare: { vi: "30–40% dưới 55 tuổi", en: "30–40% under 55" },
      all: { vi: "Đạt tất cả", en: "All met" },
    },
  };
  const name = names[dimension]?.[key];
  if (name) return name[lang];
  if (dimension === "founding_period") return key.replace("-", "–");
  if (dimension === "fund_source" && key.includes(".")) {
    const [fund, source] = key.split(".");
    return `${dimensionKeyName("fund", fund!, lang)}: ${dimensionKeyName("fund_source", source!, lang)}`;
  }
  return key;
}

/** The founding period a club belongs to: 2017–2020, then five-year spans (2021–2025, 2026–2030 …). */
export function foundingPeriodOf(foundedOn: IsoDate): string {
  const year = Number(foundedOn.slice(0, 4));
  if (year <= 2016) return "before-2017";
  if (year <= 2020) return "2017-2020";
  const from = 2021 + Math.floor((year - 2021) / 5) * 5;
  return `${from}-${from + 4}`;
}

/** One unit's part in a rollup: flows of the time it stood in the subtree, stocks if it stood there at the end. */
export type Contribution = {
  readonly unitId: string;
  readonly name: string;
  readonly isClub: boolean;
  readonly flows: Flows | null;
  readonly stocks: Stocks | null;
};

export type Breakdown = Record<string, Record<string, number>>;

export type IndicatorValue = {
  id: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  target?: number;
  met?: boolean | null;
  breakdown?: Breakdown;
};

export type ClubTargets = {
  clubId: string;
  name: string;
  members: number;
  membersBorrowedShare: number | null;
  holdsBothFunds: boolean;
  areasActive: number;
  meetingEveryMonth: boolean;
  monthsWithoutMeeting: string[];
  compositionMet: boolean;
  targets: { membersBorrowed: boolean; bothFunds: boolean; allAreas: boolean };
};

export type Evaluation = { indicators: IndicatorValue[]; clubs: ClubTargets[] };

const within = (v: number, r: { min: number; max: number }) => v >= r.min && v <= r.max;

/** Club names in Vietnamese order (one collator: `localeCompare` builds one per call). */
const VIETNAMESE = new Intl.Collator("vi");

/**
 * Every indicator for the units of a subtree. `start`/`end` bound the period;
 * stocks are as of `end`. Clubs are those with stocks (standing in the subtree
 * at the end and founded by then).
 */
export function evaluateIndicators(
  contributions: readonly Contribution[],
  start: IsoDate,
  end: IsoDate,
): Evaluation {
  const flows = sumFlows(contributions.flatMap((c) => (c.flows ? [c.flows] : [])));
  const clubs = contributions.filter(
    (c): c is Contribution & { stocks: Stocks } => c.isClub && c.stocks !== null && c.stocks.exists,
  );
  const standing = clubs.filter((c) => c.stocks.status !== "dissolved");
  const standingIds = new Set(standing.map((c) => c.unitId));
  const activeIds = new Set(standing.filter((c) => c.stocks.status === "active").map((c) => c.unitId));
  const status = Object.fromEntries(
    CLUB_STATUSES.map((s) => [s, clubs.filter((c) => c.stocks.status === s).length]),
  );
  const founding: Record<string, number> = {};
  for (const c of standing) {
    const key = foundingPeriodOf(c.stocks.foundedOn);
    founding[key] = (founding[key] ?? 0) + 1;
  }
  const m = {
    total: 0,
    female: 0,
    male: 0,
    aged55Plus: 0,
    livingAlone: 0,
    ageBands: Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<string, number>,
    poverty: Object.fromEntries(POVERTY_STATUSES.map((p) => [p, 0])) as Record<string, number>,
  };
  const cash = { operating: 0, revolving: 0 };
  let outstanding = 0;
  let inArrears = 0;
  const par = { numerator: 0, denominator: 0 };
  const onTime = { numerator: 0, denominator: 0 };
  const borrowed = { numerator: 0, denominator: 0 };
  const composition = { members: 0, olderShare: 0, womenShare: 0, youngerShare: 0, all: 0 };
  const clubRows: ClubTargets[] = [];
  for (const c of clubs) {
    const s = c.stocks;
    m.total += s.members.total;
    m.female += s.members.female;
    m.male += s.members.male;
    m.aged55Plus += s.members.aged55Plus;
    m.livingAlone += s.members.livingAlone;
    for (const [k, v] of Object.entries(s.members.ageBands)) m.ageBands[k] = (m.ageBands[k] ?? 0) + v;
    for (const [k, v] of Object.entries(s.members.poverty)) m.poverty[k] = (m.poverty[k] ?? 0) + v;
    cash.operating += s.cash.operating;
    cash.revolving += s.cash.revolving;
    outstanding += s.outstanding;
    inArrears += s.loansInArrears;
    par.numerator += s.par30.numerator;
    par.denominator += s.par30.denominator;
    onTime.numerator += s.onTime.numerator;
    onTime.denominator += s.onTime.denominator;
    borrowed.numerator += s.borrowedMembers.numerator;
    borrowed.denominator += s.borrowedMembers.denominator;
    const total = s.members.total;
    const share = (n: number) => (total === 0 ? 0 : n / total);
    const checks = {
      members: within(total, ISHC_TARGETS.members),
      olderShare: within(share(s.members.aged55Plus), ISHC_TARGETS.olderShare),
      womenShare: within(share(s.members.female), ISHC_TARGETS.womenShare),
      youngerShare: within(share(total - s.members.aged55Plus), ISHC_TARGETS.youngerShare),
    };
    for (const [k, v] of Object.entries(checks)) if (v) composition[k as keyof typeof checks] += 1;
    const compositionMet = Object.values(checks).every(Boolean);
    if (compositionMet) composition.all += 1;
    const expected = monthsExpected(s, start, end);
    const held = new Set(c.flows?.meetingMonths ?? []);
    const without = expected.filter((month) => !held.has(month));
    const areasActive = Object.values(c.flows?.activitiesByArea ?? {}).filter((n) => n > 0).length;
    const b = s.borrowedMembers;
    const borrowedShare = b.denominator === 0 ? null : b.numerator / b.denominator;
    clubRows.push({
      clubId: c.unitId,
      name: c.name,
      members: total,
      membersBorrowedShare: borrowedShare,
      holdsBothFunds: s.holdsBothFunds,
      areasActive,
      meetingEveryMonth: without.length === 0,
      monthsWithoutMeeting: without,
      compositionMet,
      targets: {
        membersBorrowed: borrowedShare !== null && borrowedShare >= 0.5,
        bothFunds: s.holdsBothFunds,
        allAreas: areasActive === ACTIVITY_AREAS.length,
      },
    });
  }
  clubRows.sort((a, b) => VIETNAMESE.compare(a.name, b.name) || a.clubId.localeCompare(b.clubId));
  const standingRows = clubRows.filter((r) => standingIds.has(r.clubId));
  const targetShare = (pick: (c: ClubTargets) => boolean, target: number): Omit<IndicatorValue, "id"> => {
    const rows = standingRows;
    const numerator = rows.filter(pick).length;
    const value = rows.length === 0 ? null : numerator / rows.length;
    return {
      value,
      numerator,
      denominator: rows.length,
      target,
      met: value === null ? null : value >= target,
    };
  };
  const ratio = (f: { numerator: number; denominator: number }): Omit<IndicatorValue, "id"> => ({
    value: f.denominator === 0 ? null : f.numerator / f.denominator,
    numerator: f.numerator,
    denominator: f.denominator,
  });
  const borrowers = Object.values(flows.borrowers);
  const byPoverty = Object.fromEntries(
    POVERTY_STATUSES.map((p) => [p, borrowers.filter((b) => b.status === p).length]),
  );
  const grantsBySource: Record<string, number> = {};
  let grantsTotal = 0;
  for (const fund of FUNDS)
    for (const s of GRANT_SOURCES) {
      grantsBySource[`${fund}.${s}`] = flows.grants[fund][s];
      grantsTotal += flows.grants[fund][s];
    }
  const grantsByFund = Object.fromEntries(
    FUNDS.map((f) => [f, GRANT_SOURCES.reduce((sum, s) => sum + flows.grants[f][s], 0)]),
  );
  const labourByPurpose = Object.fromEntries(
    LABOUR_PURPOSES.map((p) => [p, flows.labourHalfDaysByPurpose[p] / 2]),
  );
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const meetingEveryMonth = clubRows.filter((r) => r.meetingEveryMonth && activeIds.has(r.clubId)).length;

  const values: Record<string, Omit<IndicatorValue, "id">> = {
    clubs: { value: standing.length, breakdown: { founding_period: founding, status } },
    clubs_founded: { value: flows.clubsFounded },
    clubs_both_funds: { value: standing.filter((c) => c.stocks.holdsBothFunds).length },
    clubs_composition_targets: { value: composition.all, breakdown: { target: composition } },
    members: {
      value: m.total,
      breakdown: { sex: { female: m.female, male: m.male }, age_band: m.ageBands, poverty_status: m.poverty },
    },
    members_55_plus: { value: m.aged55Plus },
    members_women: { value: m.female },
    members_poor_near_poor: { value: m.poverty.poor! + m.poverty.near_poor! },
    members_living_alone: { value: m.livingAlone },
    members_joined: { value: flows.membersJoined },
    members_left: { value: flows.membersLeft },
    meetings: { value: flows.meetings },
    attendances: { value: flows.attendances },
    health_checks: { value: flows.healthChecks },
    clubs_meeting_every_month: { value: meetingEveryMonth },
    activities: { value: sum(flows.activitiesByArea), breakdown: { area: { ...flows.activitiesByArea } } },
    labour_days: { value: sum(labourByPurpose), breakdown: { purpose: labourByPurpose } },
    community_service_sessions: { value: flows.communityServiceSessions },
    culture_sports_sessions: { value: flows.cultureSportsSessions },
    home_care_visits: { value: flows.homeCareVisits },
    people_visited: { value: flows.peopleVisited.length },
    training_courses: { value: flows.trainingCourses },
    trainee_places: { value: flows.traineePlaces },
    communications: {
      value: sum(flows.communicationsByKind),
      breakdown: {
        kind: Object.fromEntries(COMMUNICATION_KINDS.map((k) => [k, flows.communicationsByKind[k]])),
      },
    },
    grants: { value: grantsTotal, breakdown: { fund: grantsByFund, fund_source: grantsBySource } },
    fund_balance: { value: cash.operating + cash.revolving, breakdown: { fund: cash } },
    loans_disbursed: { value: flows.loansDisbursed },
    amount_disbursed: { value: flows.amountDisbursed },
    borrowers: { value: borrowers.length, breakdown: { poverty_status: byPoverty } },
    outstanding_principal: { value: outstanding },
    loans_in_arrears: { value: inArrears },
    par30: ratio(par),
    on_time_rate: ratio(onTime),
    principal_repaid: { value: flows.principalRepaid },
    interest_received: { value: flows.interestReceived },
    write_offs: { value: flows.writeOffs },
    amount_written_off: { value: flows.amountWrittenOff },
    members_borrowed_share: ratio(borrowed),
    target_members_borrowed: targetShare((c) => c.targets.membersBorrowed, 1),
    target_both_funds: targetShare((c) => c.targets.bothFunds, 1),
    target_all_areas: targetShare((c) => c.targets.allAreas, 0.7),
  };
  const indicators = INDICATORS.map((def) => {
    const v = values[def.id]!;
    return { id: def.id, ...v, ...(def.target === undefined ? {} : { target: def.target }) };
  });
  return { indicators, clubs: standingRows };
}

export type PublishedValue = number | SmallCell | null;
export type PublishedIndicator = Omit<IndicatorValue, "value" | "numerator" | "denominator" | "breakdown"> & {
  value: PublishedValue;
  numerator?: PublishedValue;
  denominator?: PublishedValue;
  breakdown?: Record<string, Record<string, PublishedValue>>;
};

/**
 * An indicator as a viewer sees it: counts of people under 5 as "<5", a part
 * whose rest of the total is under 5 withheld (null), a share of people given
 * only when its count and the rest are 5 or more. Other figures unchanged.
 */
export function publishIndicator(def: IndicatorDefinition, value: IndicatorValue): PublishedIndicator {
  if (!def.people) return value;
  if (def.aggregation === "ratio") {
    const n = value.numerator ?? 0;
    const total = value.denominator ?? 0;
    const exact = !isSmall(n) && !isSmall(total - n);
    return {
      ...value,
      value: exact ? value.value : null,
      numerator: isSmall(n) ? SMALL_CELL : exact ? n : null,
      denominator: publishCount(total),
    };
  }
  const total = value.value ?? 0;
  const breakdown = value.breakdown
    ? Object.fromEntries(
        Object.entries(value.breakdown).map(([dim, parts]) => [dim, suppressSmallCells(total, parts).parts]),
      )
    : undefined;
  return { ...value, value: publishCount(total), ...(breakdown ? { breakdown } : {}) };
}
