/**
 * Five years of what the demo province's clubs and association did (June 2020 – May 2025), in
 * the proportions of the seed province's published figures: 895 labour days for single-parent
 * households and 155 of storm and flood clean-up (per participating member, by purpose), more
 * than 300 community-service sessions, more than 300 cultural and sports activities, home-care
 * visits by each club's home-care volunteers, five province training courses with more than
 * 600 trainee places, and 33 news items and articles and 5 reports.
 *
 * The rules the activities service keeps hold for every row: participants were members of the
 * club on the activity's date, visitors held the home-care volunteer role on the visit's date
 * and visit people aged 60 or more, trainees who are members were members of their club on the
 * course's first day, and every activity uses a type that was not retired on its date, with
 * the measures that type calls for (the catalogue version in force on that date is recorded).
 *
 * Derived from the generated province alone (on streams of their own, forked from the seed),
 * so adding it changes none of the other tables.
 */
import {
  ACTIVITY_TYPES,
  type ActivityType,
  addDays,
  ageOnWithYear,
  CARE_SERVICES,
  CATALOGUE_VERSIONS,
  type CareService,
  type CommunicationKind,
  type CommunicationOutlet,
  foldVietnamese,
  type HouseholdKind,
  type IsoDate,
  type LabourPurpose,
  newId,
  normalizeName,
  type OrganiserLevel,
  typeRetiredOn,
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
import { clamp, compareDates, dateBetween, daysBetween, instantOn, isoTimestamp, maxDate } from "./calendar";
import type { DemoProvince, MembershipRow, PersonRow } from "./generate";
import { ETHNICITY_WEIGHTS, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from "./names";
import { createRng, type Rng } from "./random";
import { columnsOf, ROWS_PER_INSERT, sqlLiteral } from "./sql";
import { REFERENCE_DATE } from "./targets";

/** The five years the activities cover (the province's figures are for 2020–2025). */
export const ACTIVITIES_FROM: IsoDate = "2020-06-01";
export const ACTIVITIES_TO: IsoDate = REFERENCE_DATE;

export const SINGLE_PARENT_LABOUR_DAYS = 895;
/** Storm and flood clean-up together (purposes `storm` and `flood`). */
export const DISASTER_LABOUR_DAYS = 155;
/** One session each, so sessions and activities are the same count. */
export const COMMUNITY_SERVICE_SESSIONS = 312;
/** Cultural events and sports, one session each. */
export const CULTURE_SPORTS_ACTIVITIES = 326;
export const NEWS_ITEMS = 20;
export const ARTICLES = 13;
export const REPORTS = 5;
/** Care recipients are people of this age or more on the visit's date. */
export const CARE_RECIPIENT_MIN_AGE = 60;
/** A home-care volunteer's visits: about this many a month while they hold the role. */
const VISITS_PER_MONTH = 0.25;

/** The province association's courses for club boards and commune association staff. */
export const TRAINING_COURSES: readonly {
  readonly title: string;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  readonly places: number;
}[] = [
  {
    title: "Tập huấn nghiệp vụ quản lý, điều hành Câu lạc bộ Liên thế hệ tự giúp nhau",
    startsOn: "2020-11-17",
    endsOn: "2020-11-19",
    places: 96,
  },
  {
    title: "Tập huấn quản lý quỹ quay vòng và ghi chép sổ sách Câu lạc bộ",
    startsOn: "2022-04-12",
    endsOn: "2022-04-14",
    places: 118,
  },
  {
    title: "Tập huấn chăm sóc người cao tuổi tại nhà dựa vào tình nguyện viên",
    startsOn: "2023-05-09",
    endsOn: "2023-05-11",
    places: 124,
  },
  {
    title: "Tập huấn nâng cao năng lực Ban chủ nhiệm Câu lạc bộ Liên thế hệ tự giúp nhau",
    startsOn: "2024-03-19",
    endsOn: "2024-03-21",
    places: 134,
  },
  {
    title: "Tập huấn nhân rộng mô hình Câu lạc bộ Liên thế hệ tự giúp nhau giai đoạn 2025–2030",
    startsOn: "2025-03-18",
    endsOn: "2025-03-20",
    places: 146,
  },
];
export const TRAINEE_PLACES = TRAINING_COURSES.reduce((sum, course) => sum + course.places, 0);

/** Storms and floods the clubs cleaned up after; each gets a share of the clean-up days. */
const DISASTERS: readonly {
  readonly on: IsoDate;
  readonly purpose: Extract<LabourPurpose, "storm" | "flood">;
  readonly share: number;
  readonly areas: number;
  readonly title: string;
}[] = [
  { on: "2021-07-23", purpose: "flood", share: 14, areas: 3, title: "Khắc phục hậu quả mưa lũ" },
  { on: "2022-05-16", purpose: "storm", share: 10, areas: 2, title: "Khắc phục hậu quả dông lốc, mưa đá" },
  { on: "2023-08-07", purpose: "flood", share: 14, areas: 3, title: "Khắc phục hậu quả mưa lũ, sạt lở đất" },
  { on: "2024-09-08", purpose: "storm", share: 40, areas: 7, title: "Khắc phục hậu quả bão số 3 (Yagi)" },
  { on: "2024-09-11", purpose: "flood", share: 28, areas: 5, title: "Khắc phục hậu quả lũ lụt sau bão số 3" },
  { on: "2025-04-22", purpose: "storm", share: 9, areas: 2, title: "Khắc phục hậu quả dông lốc, mưa đá" },
];

const SINGLE_PARENT_TASKS = [
  "Giúp hộ đơn thân thu hoạch lúa",
  "Giúp hộ đơn thân cấy lúa",
  "Giúp hộ đơn thân sửa chữa nhà ở",
  "Giúp hộ đơn thân làm chuồng trại chăn nuôi",
  "Giúp hộ đơn thân trồng rừng keo",
  "Giúp hộ đơn thân thu hái hồi",
  "Giúp hộ đơn thân làm đất, trồng ngô",
  "Giúp hộ đơn thân thu hoạch na",
];

const COMMUNITY_SERVICE_TITLES: readonly (readonly [string, readonly number[] | null])[] = [
  ["Ra quân vệ sinh đường làng, ngõ xóm", null],
  ["Dọn dẹp, trang trí nhà văn hóa thôn", null],
  ["Khơi thông kênh mương nội đồng", null],
  ["Tu sửa đường giao thông nông thôn", null],
  ["Thu gom rác thải, vệ sinh môi trường", null],
  ["Tết trồng cây đời đời nhớ ơn Bác Hồ", [1, 2, 3]],
  ["Vệ sinh, thắp hương nghĩa trang liệt sĩ", [7]],
  ["Dọn vệ sinh đón Tết cổ truyền", [1, 2, 12]],
  ["Trồng hoa, cây xanh ven đường", [3, 4, 5, 9, 10]],
];

const CULTURAL_TITLES: readonly (readonly [string, readonly number[] | null])[] = [
  ["Giao lưu văn nghệ mừng Đảng, mừng Xuân", [1, 2]],
  ["Sinh hoạt hát then, đàn tính", null],
  ["Hát sli, hát lượn giao duyên", null],
  ["Văn nghệ chào mừng Ngày Quốc tế Người cao tuổi 1/10", [9, 10]],
  ["Văn nghệ mừng Ngày hội Đại đoàn kết toàn dân tộc 18/11", [11]],
  ["Sinh hoạt câu lạc bộ thơ ca", null],
  ["Giao lưu văn nghệ giữa các thế hệ", null],
];

const SPORTS_TITLES: readonly (readonly [string, readonly number[] | null])[] = [
  ["Tập dưỡng sinh buổi sáng", null],
  ["Giao lưu bóng chuyền hơi", null],
  ["Đi bộ vì sức khỏe", null],
  ["Thi kéo co, đẩy gậy dịp đầu xuân", [1, 2, 3]],
  ["Tập khiêu vũ thể thao", null],
  ["Giao lưu cờ tướng", null],
];

const NEWS_TITLES = [
  "{club} ra mắt, thu hút người cao tuổi và thanh niên cùng tham gia",
  "Hội Người cao tuổi {area} nhân rộng mô hình Câu lạc bộ Liên thế hệ tự giúp nhau",
  "{club} giúp hộ đơn thân vượt khó",
  "Người cao tuổi {area} chung tay vì cộng đồng",
  "{club} tổ chức khám sức khỏe định kỳ cho hội viên",
  "Hội Người cao tuổi tỉnh kiểm tra hoạt động các Câu lạc bộ Liên thế hệ tự giúp nhau tại {area}",
  "Tình nguyện viên {club} chăm sóc người cao tuổi cô đơn tại nhà",
  "Quỹ quay vòng của {club} giúp nhiều hộ thoát nghèo",
];
const ARTICLE_TITLES = [
  "Câu lạc bộ Liên thế hệ tự giúp nhau: điểm tựa của người cao tuổi {area}",
  "Khi người cao tuổi tự giúp nhau: chuyện ở {club}",
  "Mô hình Câu lạc bộ Liên thế hệ tự giúp nhau – hiệu quả từ cơ sở",
  "Lan tỏa tinh thần tương thân tương ái ở {area}",
  "Từ vốn quay vòng đến sinh kế bền vững: kinh nghiệm của {club}",
  "Phát huy vai trò người cao tuổi trong xây dựng nông thôn mới ở {area}",
];
const REPORT_TITLES = [
  "Phóng sự: Câu lạc bộ Liên thế hệ tự giúp nhau – nơi các thế hệ cùng tiến bộ",
  "Phóng sự: Ngày công nghĩa tình của người cao tuổi {area}",
  "Phóng sự: Những tình nguyện viên chăm sóc người cao tuổi tại nhà ở {club}",
  "Phóng sự: Chung tay khắc phục hậu quả thiên tai ở {area}",
  "Phóng sự: Năm năm nhân rộng mô hình Câu lạc bộ Liên thế hệ tự giúp nhau",
];
const OUTLET_NAMES: Record<Extract<CommunicationOutlet, "province_newspaper" | "radio_tv">, string> = {
  province_newspaper: "Báo Lạng Sơn",
  radio_tv: "Đài Phát thanh và Truyền hình Lạng Sơn",
};

export type BeneficiaryRow = typeof beneficiaries.$inferInsert;
export type ActivityRow = typeof activities.$inferInsert;
export type ActivityParticipantRow = typeof activityParticipants.$inferInsert;
export type ActivityBeneficiaryRow = typeof activityBeneficiaries.$inferInsert;
export type HomeCareVisitRow = typeof homeCareVisits.$inferInsert;
export type TrainingTraineeRow = typeof trainingTrainees.$inferInsert;
export type CommunicationRow = typeof communications.$inferInsert;

/** The activities tables, each in an order that satisfies its foreign keys once the tables before it are in. */
export interface DemoActivities {
  readonly beneficiaries: BeneficiaryRow[];
  readonly activities: ActivityRow[];
  readonly activityParticipants: ActivityParticipantRow[];
  readonly activityBeneficiaries: ActivityBeneficiaryRow[];
  readonly homeCareVisits: HomeCareVisitRow[];
  readonly trainingTrainees: TrainingTraineeRow[];
  readonly communications: CommunicationRow[];
}

/** The catalogue version in force on `date` (the one a record made that day carries). */
export function catalogueVersionOn(date: IsoDate): number {
  let version = CATALOGUE_VERSIONS[0].version as number;
  for (const v of CATALOGUE_VERSIONS) if (v.from <= date) version = v.version;
  return version;
}

interface Club {
  readonly id: string;
  readonly foundedOn: IsoDate;
  readonly areaId: string;
  /** "thôn Nà Chuông, xã Hoàng Đồng" */
  readonly locality: string;
}

/** A beneficiary record and the day it was registered (it may be named from then on). */
type Registered = { readonly beneficiaryId: string; readonly since: IsoDate };
type Recipient = { readonly personId: string } | Registered;

/** What the stages share: the streams, the tables being filled and the province's lookups. */
interface Work {
  readonly rng: Rng;
  readonly ids: Rng;
  readonly out: DemoActivities;
  readonly clubs: readonly Club[];
  readonly clubsByArea: Map<string, Club[]>;
  readonly provinceId: string;
  readonly people: Map<string, PersonRow>;
  readonly membershipsByClub: Map<string, MembershipRow[]>;
}

const memberOnDay = (m: MembershipRow, on: IsoDate) =>
  m.joinedOn <= on && (m.leftOn == null || m.leftOn > on);

/** The people who were members of `clubId` on `on` (the service's rule: joined on or before, left after). */
function membersOn(w: Work, clubId: string, on: IsoDate): string[] {
  const ids: string[] = [];
  for (const m of w.membershipsByClub.get(clubId) ?? []) if (memberOnDay(m, on)) ids.push(m.personId);
  return ids;
}

function activityTypeOf(code: string): ActivityType {
  const type = ACTIVITY_TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`no activity type ${code}`);
  return type;
}

export function demoActivities(data: DemoProvince): DemoActivities {
  const rng = createRng(data.seed).fork("activities");
  const out: DemoActivities = {
    beneficiaries: [],
    activities: [],
    activityParticipants: [],
    activityBeneficiaries: [],
    homeCareVisits: [],
    trainingTrainees: [],
    communications: [],
  };
  const units = new Map(data.orgUnits.map((u) => [u.id, u]));
  const clubs: Club[] = data.clubs.map((club) => {
    const unit = units.get(club.id)!;
    const area = units.get(unit.parentId!)!;
    const village = unit.name.replace(/^CLB Liên thế hệ tự giúp nhau /u, "");
    const areaName = area.name.replace(/^Xã /u, "xã ").replace(/^Phường /u, "phường ");
    return { id: club.id, foundedOn: club.foundedOn, areaId: area.id, locality: `${village}, ${areaName}` };
  });
  const clubsByArea = new Map<string, Club[]>();
  for (const club of clubs) clubsByArea.set(club.areaId, [...(clubsByArea.get(club.areaId) ?? []), club]);
  const membershipsByClub = new Map<string, MembershipRow[]>();
  for (const m of data.memberships) {
    const list = membershipsByClub.get(m.clubId);
    if (list) list.push(m);
    else membershipsByClub.set(m.clubId, [m]);
  }
  const w: Work = {
    rng,
    ids: rng.fork("activity-ids"),
    out,
    clubs,
    clubsByArea,
    provinceId: data.orgUnits.find((u) => u.kind === "province")!.id,
    people: new Map(data.people.map((p) => [p.id, p])),
    membershipsByClub,
  };

  singleParentSupport(w);
  disasterCleanUp(w);
  sessionsAndEvents(w);
  homeCare(w, data);
  trainings(w, data);
  publicity(w);

  // In date order (code-unit comparison: the same on every platform and locale).
  out.activities.sort((a, b) => compareDates(a.startsOn, b.startsOn) || (a.id! < b.id! ? -1 : 1));
  return out;
}

// --- Rows -----------------------------------------------------------------------------------

interface ActivityFields {
  readonly organiserId: string;
  readonly organiserLevel: OrganiserLevel;
  readonly typeCode: string;
  readonly startsOn: IsoDate;
  readonly endsOn?: IsoDate;
  readonly title?: string | null;
  readonly place?: string | null;
  readonly purpose?: LabourPurpose | null;
  readonly sessions?: number | null;
  readonly minutes?: number | null;
  readonly participantCount?: number | null;
  readonly peopleReached?: number | null;
}

/**
 * An activity recorded on its last day or up to three days later (never after the reference
 * date); its id and the instant it was recorded. No author: the demo accounts date from 2025.
 */
function addActivity(w: Work, fields: ActivityFields): { id: string; ms: number } {
  const type = activityTypeOf(fields.typeCode);
  const endsOn = fields.endsOn ?? fields.startsOn;
  const lag = Math.min(w.rng.int(0, 3), daysBetween(endsOn, REFERENCE_DATE));
  const ms = instantOn(w.rng, addDays(endsOn, lag));
  const id = newId("activity", ms, w.ids.bytes);
  w.out.activities.push({
    id,
    organiserId: fields.organiserId,
    organiserLevel: fields.organiserLevel,
    area: type.area,
    typeCode: type.code,
    catalogueVersion: catalogueVersionOn(fields.startsOn),
    title: fields.title ?? null,
    startsOn: fields.startsOn,
    endsOn,
    place: fields.place ?? null,
    purpose: fields.purpose ?? null,
    sessions: fields.sessions ?? null,
    minutes: fields.minutes ?? null,
    participantCount: fields.participantCount ?? null,
    moneyVnd: null,
    goodsVnd: null,
    peopleReached: fields.peopleReached ?? null,
    notes: null,
    createdAt: isoTimestamp(ms),
    createdBy: null,
  });
  return { id, ms };
}

function addRecipient(w: Work, activityId: string, ms: number, recipient: Recipient): void {
  w.out.activityBeneficiaries.push({
    id: newId("activityBeneficiary", ms, w.ids.bytes),
    activityId,
    beneficiaryId: "beneficiaryId" in recipient ? recipient.beneficiaryId : null,
    personId: "personId" in recipient ? recipient.personId : null,
  });
}

/** Someone who benefited but is not a member, registered by `club` on `on`. */
function addBeneficiary(
  w: Work,
  club: Club,
  on: IsoDate,
  who: { sex: "female" | "male"; birthYear: number; livesAlone: boolean; kinds: HouseholdKind[] },
): Registered {
  const ms = instantOn(w.rng, on);
  const id = newId("beneficiary", ms, w.ids.bytes);
  const fullName = drawName(w.rng, who.sex, Number(on.slice(0, 4)) - who.birthYear >= 55);
  w.out.beneficiaries.push({
    id,
    orgUnitId: club.id,
    personId: null,
    fullName,
    nameSearch: foldVietnamese(fullName),
    sex: who.sex,
    birthYear: who.birthYear,
    livesAlone: who.livesAlone,
    householdKinds: who.kinds,
    createdAt: isoTimestamp(ms),
  });
  return { beneficiaryId: id, since: on };
}

function drawName(rng: Rng, sex: "female" | "male", older: boolean): string {
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
  return normalizeName(`${family} ${middle} ${given}`);
}

/** A title fit for the month (titles tied to months only in those months). */
function titleFor(rng: Rng, titles: readonly (readonly [string, readonly number[] | null])[], on: IsoDate) {
  const month = Number(on.slice(5, 7));
  return rng.pick(titles.filter(([, months]) => months === null || months.includes(month)))[0];
}

/** A club founded at least `settled` days before `on`, or null. */
function clubOn(w: Work, on: IsoDate, settled = 30): Club | null {
  const eligible = w.clubs.filter((c) => c.foundedOn <= addDays(on, -settled));
  return eligible.length > 0 ? w.rng.pick(eligible) : null;
}

/**
 * Labour days for a crew of members on one activity, in half days, trimmed so that no more
 * than `remaining` are given: each member's half days (at most two a day of the activity).
 */
function labourCrew(
  w: Work,
  members: readonly string[],
  crewSize: readonly [number, number],
  span: number,
  remaining: number,
): { personId: string; halfDays: number }[] {
  const { rng } = w;
  const crew = rng.sample(members, Math.min(members.length, rng.int(crewSize[0], crewSize[1])));
  const rows = crew.map((personId) => ({
    personId,
    halfDays: Math.min(
      2 * span,
      rng.weighted([
        [1, 25],
        [2, 50],
        [3, 15],
        [4, 10],
      ] as const),
    ),
  }));
  let total = rows.reduce((sum, r) => sum + r.halfDays, 0);
  for (let i = rows.length - 1; i >= 0 && total > remaining; i--) {
    const row = rows[i]!;
    const cut = Math.min(row.halfDays, total - remaining);
    row.halfDays -= cut;
    total -= cut;
  }
  return rows.filter((r) => r.halfDays > 0);
}

function addLabour(
  w: Work,
  activityId: string,
  clubId: string,
  crew: readonly { personId: string; halfDays: number }[],
): number {
  for (const { personId, halfDays } of crew) {
    w.out.activityParticipants.push({
      activityId,
      personId,
      clubId,
      labourHalfDays: halfDays,
      minutes: null,
    });
  }
  return crew.reduce((sum, r) => sum + r.halfDays, 0);
}

/** One or two days, never past the reference date. */
function spanFrom(rng: Rng, startsOn: IsoDate, twoDays: number): number {
  return startsOn < REFERENCE_DATE && rng.chance(twoDays) ? 2 : 1;
}

// --- Stages ---------------------------------------------------------------------------------

/** Labour-day support to single-parent households, until exactly SINGLE_PARENT_LABOUR_DAYS are given. */
function singleParentSupport(w: Work): void {
  const { rng } = w;
  const households = new Map<string, Registered[]>();
  let remaining = SINGLE_PARENT_LABOUR_DAYS * 2;
  while (remaining > 0) {
    const startsOn = dateBetween(rng, ACTIVITIES_FROM, ACTIVITIES_TO);
    const club = clubOn(w, startsOn);
    if (!club) continue;
    const span = spanFrom(rng, startsOn, 0.25);
    const crew = labourCrew(w, membersOn(w, club.id, startsOn), [3, 8], span, remaining);
    if (crew.length === 0) continue;
    const registered = households.get(club.id) ?? [];
    // Only households registered by then (activities are drawn in no particular order of dates).
    const known = registered.filter((h) => h.since <= startsOn);
    let household = known.length > 0 && (registered.length >= 3 || rng.chance(0.7)) ? rng.pick(known) : null;
    if (!household) {
      const kinds: HouseholdKind[] = ["single_parent"];
      const poverty = rng.weighted([
        ["poor", 35],
        ["near_poor", 25],
        [null, 40],
      ] as const);
      if (poverty) kinds.push(poverty);
      household = addBeneficiary(w, club, startsOn, {
        sex: rng.chance(0.8) ? "female" : "male",
        birthYear: Number(startsOn.slice(0, 4)) - rng.int(24, 50),
        livesAlone: false,
        kinds,
      });
      households.set(club.id, [...registered, household]);
    }
    const { id, ms } = addActivity(w, {
      organiserId: club.id,
      organiserLevel: "club",
      typeCode: "labour_support",
      startsOn,
      endsOn: addDays(startsOn, span - 1),
      title: rng.pick(SINGLE_PARENT_TASKS),
      place: club.locality,
      purpose: "single_parent_household",
    });
    remaining -= addLabour(w, id, club.id, crew);
    addRecipient(w, id, ms, household);
  }
}

/**
 * Storm and flood clean-up, event by event: each event's share of DISASTER_LABOUR_DAYS is
 * given by clubs of the communes it hit. Recorded as disaster clean-up while that type was
 * current, and as labour-day support with the same purpose once it was retired (2025).
 */
function disasterCleanUp(w: Work): void {
  const { rng } = w;
  const targets = apportion(
    DISASTER_LABOUR_DAYS * 2,
    DISASTERS.map((d) => d.share),
  );
  const areaIds = [...w.clubsByArea.keys()];
  DISASTERS.forEach((disaster, index) => {
    let remaining = targets[index]!;
    const hit = rng.sample(areaIds, Math.min(disaster.areas, areaIds.length));
    let affected = hit
      .flatMap((a) => w.clubsByArea.get(a) ?? [])
      .filter((c) => c.foundedOn <= addDays(disaster.on, -14));
    if (affected.length === 0) affected = w.clubs.filter((c) => c.foundedOn <= addDays(disaster.on, -14));
    affected = rng.shuffle(affected);
    for (let round = 0; remaining > 0; round++) {
      const club = affected[round % affected.length]!;
      const startsOn = addDays(disaster.on, rng.int(0, 3) + 5 * Math.floor(round / affected.length));
      if (startsOn > REFERENCE_DATE) throw new Error("clean-up days do not fit before the reference date");
      const span = spanFrom(rng, startsOn, 0.4);
      const members = membersOn(w, club.id, startsOn);
      const crew = labourCrew(w, members, [4, 10], span, remaining);
      if (crew.length === 0) continue;
      const cleanup = activityTypeOf("disaster_cleanup");
      const { id, ms } = addActivity(w, {
        organiserId: club.id,
        organiserLevel: "club",
        typeCode: typeRetiredOn(cleanup, startsOn) ? "labour_support" : cleanup.code,
        startsOn,
        endsOn: addDays(startsOn, span - 1),
        title: disaster.title,
        place: club.locality,
        purpose: disaster.purpose,
      });
      remaining -= addLabour(w, id, club.id, crew);
      // The households helped: members' own, or neighbours registered as disaster-hit.
      const helped = new Set<string>();
      for (let n = rng.int(1, 3); n > 0; n--) {
        if (rng.chance(0.5)) {
          const personId = rng.pick(members);
          if (helped.has(personId)) continue;
          helped.add(personId);
          addRecipient(w, id, ms, { personId });
        } else {
          const kinds: HouseholdKind[] = ["disaster_hit"];
          if (rng.chance(0.3)) kinds.push("poor");
          addRecipient(
            w,
            id,
            ms,
            addBeneficiary(w, club, startsOn, {
              sex: rng.chance(0.5) ? "female" : "male",
              birthYear: Number(startsOn.slice(0, 4)) - rng.int(30, 80),
              livesAlone: false,
              kinds,
            }),
          );
        }
      }
    }
  });
}

/** Community-service sessions and cultural and sports activities, one session each, with participant counts. */
function sessionsAndEvents(w: Work): void {
  const { rng } = w;
  const plan: ("community_service" | "cultural_event" | "sports_event")[] = [
    ...Array.from({ length: COMMUNITY_SERVICE_SESSIONS }, () => "community_service" as const),
    ...Array.from({ length: CULTURE_SPORTS_ACTIVITIES }, () =>
      rng.chance(0.55) ? ("cultural_event" as const) : ("sports_event" as const),
    ),
  ];
  for (const typeCode of plan) {
    let startsOn: IsoDate;
    let club: Club | null;
    do {
      startsOn = dateBetween(rng, ACTIVITIES_FROM, ACTIVITIES_TO);
      club = clubOn(w, startsOn, 14);
    } while (!club);
    const members = membersOn(w, club.id, startsOn).length;
    const participantCount = clamp(Math.round(members * rng.uniform(0.3, 0.8)), 1, members);
    const titles =
      typeCode === "community_service"
        ? COMMUNITY_SERVICE_TITLES
        : typeCode === "cultural_event"
          ? CULTURAL_TITLES
          : SPORTS_TITLES;
    addActivity(w, {
      organiserId: club.id,
      organiserLevel: "club",
      typeCode,
      startsOn,
      title: titleFor(rng, titles, startsOn),
      place: club.locality,
      sessions: 1,
      minutes: rng.pick([60, 90, 120, 150, 180]),
      participantCount,
      peopleReached:
        typeCode === "sports_event" || rng.chance(0.5)
          ? null
          : participantCount + Math.round(participantCount * rng.uniform(0.5, 2.5)),
    });
  }
}

/**
 * Home-care visits: each home-care volunteer, while holding the role (and a member), visits a
 * few older people of their own round — members aged 60 or more, or older people living alone
 * whom the club registered as beneficiaries — about VISITS_PER_MONTH times a month.
 */
function homeCare(w: Work, data: DemoProvince): void {
  const { rng } = w;
  const clubById = new Map(w.clubs.map((c) => [c.id, c]));
  const careBeneficiaries = new Map<string, Registered[]>();
  const ageOn = (personId: string, on: IsoDate) => {
    const p = w.people.get(personId)!;
    return ageOnWithYear({ birthDate: p.birthDate ?? null, birthYear: p.birthYear }, on);
  };
  for (const role of data.clubRoles) {
    if (role.role !== "home_care_volunteer") continue;
    const club = clubById.get(role.clubId)!;
    const stints = (w.membershipsByClub.get(club.id) ?? []).filter((m) => m.personId === role.personId);
    const from = maxDate(maxDate(role.startsOn, ACTIVITIES_FROM), club.foundedOn);
    const to = role.endsOn != null && role.endsOn < ACTIVITIES_TO ? role.endsOn : ACTIVITIES_TO;
    if (from > to) continue;
    const months = (daysBetween(from, to) + 1) / 30.44;
    const visits = Math.max(1, Math.round(months * VISITS_PER_MONTH * rng.uniform(0.6, 1.4)));
    const dates = Array.from({ length: visits }, () => dateBetween(rng, from, to)).sort();
    const round: Recipient[] = [];
    const isMemberOn = (personId: string, on: IsoDate) =>
      (w.membershipsByClub.get(club.id) ?? []).some((m) => m.personId === personId && memberOnDay(m, on));
    const validOn = (r: Recipient, on: IsoDate) =>
      "personId" in r ? isMemberOn(r.personId, on) : r.since <= on;
    for (const visitedOn of dates) {
      if (!stints.some((m) => memberOnDay(m, visitedOn))) continue;
      const current = round.filter((r) => validOn(r, visitedOn));
      let recipient: Recipient | null = current.length > 0 ? rng.pick(current) : null;
      if (!recipient || (round.length < 3 && rng.chance(0.1))) {
        const fresh = newCareRecipient(w, club, role.personId, visitedOn, round, careBeneficiaries, ageOn);
        if (fresh) {
          round.push(fresh);
          recipient = fresh;
        }
      }
      if (!recipient) continue;
      const minutes = rng.pick([60, 60, 90, 120]);
      const { id, ms } = addActivity(w, {
        organiserId: club.id,
        organiserLevel: "club",
        typeCode: "home_care_visit",
        startsOn: visitedOn,
        minutes,
      });
      w.out.activityParticipants.push({
        activityId: id,
        personId: role.personId,
        clubId: club.id,
        labourHalfDays: null,
        minutes,
      });
      addRecipient(w, id, ms, recipient);
      w.out.homeCareVisits.push({
        activityId: id,
        clubId: club.id,
        visitorPersonId: role.personId,
        services: careServices(rng),
      });
    }
  }
}

function newCareRecipient(
  w: Work,
  club: Club,
  visitorId: string,
  on: IsoDate,
  round: readonly Recipient[],
  careBeneficiaries: Map<string, Registered[]>,
  ageOn: (personId: string, on: IsoDate) => number,
): Recipient | null {
  const { rng } = w;
  const taken = new Set(round.map((r) => ("personId" in r ? r.personId : r.beneficiaryId)));
  const members = membersOn(w, club.id, on).filter(
    (id) => id !== visitorId && !taken.has(id) && ageOn(id, on) >= CARE_RECIPIENT_MIN_AGE,
  );
  if (members.length > 0 && rng.chance(0.7)) {
    return {
      personId: rng.weighted(members.map((id) => [id, w.people.get(id)!.livesAlone ? 4 : 1] as const)),
    };
  }
  const registered = (careBeneficiaries.get(club.id) ?? []).filter(
    (b) => b.since <= on && !taken.has(b.beneficiaryId),
  );
  if (registered.length > 0 && (registered.length >= 4 || rng.chance(0.5))) return rng.pick(registered);
  const kinds: HouseholdKind[] = ["older_living_alone"];
  if (rng.chance(0.3)) kinds.push("poor");
  const fresh = addBeneficiary(w, club, on, {
    sex: rng.chance(0.65) ? "female" : "male",
    birthYear: Number(on.slice(0, 4)) - rng.int(68, 90),
    livesAlone: true,
    kinds,
  });
  careBeneficiaries.set(club.id, [...(careBeneficiaries.get(club.id) ?? []), fresh]);
  return fresh;
}

function careServices(rng: Rng): CareService[] {
  const chosen = new Set<CareService>();
  if (rng.chance(0.9)) chosen.add("company");
  if (rng.chance(0.5)) chosen.add("health_monitoring");
  if (rng.chance(0.35)) chosen.add("housework");
  if (rng.chance(0.2)) chosen.add("personal_care");
  if (rng.chance(0.04)) chosen.add("referral");
  if (chosen.size === 0) chosen.add("company");
  return CARE_SERVICES.filter((s) => chosen.has(s));
}

/**
 * The province association's five courses: the staff of every commune and ward association
 * (two each, the same people course after course) and, for the other places, board members
 * of the clubs on the course's first day — each club's chair first, then the others in turn.
 */
function trainings(w: Work, data: DemoProvince): void {
  const { rng } = w;
  const staff = [...w.clubsByArea.keys()].flatMap((areaId) => {
    const area = data.orgUnits.find((u) => u.id === areaId)!;
    const where = area.name.replace(/^Xã /u, "xã ").replace(/^Phường /u, "phường ");
    return [`Chủ tịch Hội Người cao tuổi ${where}`, `Cán bộ Hội Người cao tuổi ${where}`].map(
      (staffRole) => ({
        staffName: drawName(rng, rng.chance(0.5) ? "female" : "male", true),
        staffRole,
      }),
    );
  });
  const boardRoles: readonly string[] = BOARD_ROLES;
  for (const course of TRAINING_COURSES) {
    const on = course.startsOn;
    const { id, ms } = addActivity(w, {
      organiserId: w.provinceId,
      organiserLevel: "province",
      typeCode: "training_course",
      startsOn: on,
      endsOn: course.endsOn,
      title: course.title,
      place: "Hội trường Hội Người cao tuổi tỉnh",
      participantCount: course.places,
    });
    const byClub = new Map<string, { personId: string; chair: boolean }[]>();
    for (const r of data.clubRoles) {
      if (!boardRoles.includes(r.role) || r.startsOn > on || (r.endsOn != null && r.endsOn < on)) continue;
      if (
        !(w.membershipsByClub.get(r.clubId) ?? []).some(
          (m) => m.personId === r.personId && memberOnDay(m, on),
        )
      )
        continue;
      byClub.set(r.clubId, [
        ...(byClub.get(r.clubId) ?? []),
        { personId: r.personId, chair: r.role === "chair" },
      ]);
    }
    const queues = rng.shuffle([...byClub.entries()]).map(([clubId, board]) => ({
      clubId,
      board: [...board.filter((b) => b.chair), ...rng.shuffle(board.filter((b) => !b.chair))],
    }));
    const wanted = course.places - staff.length;
    const chosen: { personId: string; clubId: string }[] = [];
    const seen = new Set<string>();
    for (let depth = 0; chosen.length < wanted && queues.some((q) => q.board.length > depth); depth++) {
      for (const q of queues) {
        const seat = q.board[depth];
        if (!seat || seen.has(seat.personId) || chosen.length >= wanted) continue;
        seen.add(seat.personId);
        chosen.push({ personId: seat.personId, clubId: q.clubId });
      }
    }
    if (chosen.length < wanted) throw new Error(`too few board members for the course of ${on}`);
    for (const trainee of chosen) {
      w.out.trainingTrainees.push({
        id: newId("trainee", ms, w.ids.bytes),
        activityId: id,
        personId: trainee.personId,
        clubId: trainee.clubId,
        staffName: null,
        staffRole: null,
      });
    }
    for (const s of staff) {
      w.out.trainingTrainees.push({
        id: newId("trainee", ms, w.ids.bytes),
        activityId: id,
        personId: null,
        clubId: null,
        staffName: s.staffName,
        staffRole: s.staffRole,
      });
    }
  }
}

/**
 * The province association's news items, articles and reports in the province paper and on
 * radio and TV: a news item after each training course, the rest spread over the five years.
 */
function publicity(w: Work): void {
  const { rng } = w;
  const plan: { kind: CommunicationKind; on: IsoDate; title?: string }[] = TRAINING_COURSES.map((c) => ({
    kind: "news_item" as const,
    on: addDays(c.endsOn, rng.int(1, 4)),
    title: `Hội Người cao tuổi tỉnh ${c.title.charAt(0).toLowerCase()}${c.title.slice(1)}`,
  }));
  const spread = (kind: CommunicationKind, n: number) => {
    for (let i = 0; i < n; i++) plan.push({ kind, on: dateBetween(rng, ACTIVITIES_FROM, ACTIVITIES_TO) });
  };
  spread("news_item", NEWS_ITEMS - TRAINING_COURSES.length);
  spread("article", ARTICLES);
  spread("report", REPORTS);
  for (const item of plan) {
    const club = clubOn(w, item.on, 60) ?? w.clubs[0]!;
    const area = club.locality.replace(/^.*?, /u, "");
    const template =
      item.title ??
      rng.pick(
        item.kind === "news_item" ? NEWS_TITLES : item.kind === "article" ? ARTICLE_TITLES : REPORT_TITLES,
      );
    const clubName = `CLB Liên thế hệ tự giúp nhau ${club.locality.replace(/, .*$/u, "")}`;
    const title = template.replace("{club}", clubName).replace("{area}", area);
    const outlet: keyof typeof OUTLET_NAMES =
      item.kind === "report"
        ? "radio_tv"
        : item.kind === "article" || rng.chance(0.7)
          ? "province_newspaper"
          : "radio_tv";
    const { id } = addActivity(w, {
      organiserId: w.provinceId,
      organiserLevel: "province",
      typeCode: "communication",
      startsOn: item.on,
      title,
    });
    w.out.communications.push({ activityId: id, kind: item.kind, outlet, outletName: OUTLET_NAMES[outlet] });
  }
}

/** `total` split in proportion to `weights` (largest remainder), adding up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; parts.reduce((a, b) => a + b, 0) < total; k++) parts[order[k % order.length]![1]]! += 1;
  return parts;
}

// --- SQL ------------------------------------------------------------------------------------

/** The activities tables in foreign-key order, as INSERT statements of at most ROWS_PER_INSERT rows. */
export function activitiesSqlStatements(data: DemoProvince, rows = demoActivities(data)): string[] {
  const tables: [string, object, readonly object[]][] = [
    ["beneficiaries", beneficiaries, rows.beneficiaries],
    ["activities", activities, rows.activities],
    ["activity_participants", activityParticipants, rows.activityParticipants],
    ["activity_beneficiaries", activityBeneficiaries, rows.activityBeneficiaries],
    ["home_care_visits", homeCareVisits, rows.homeCareVisits],
    ["training_trainees", trainingTrainees, rows.trainingTrainees],
    ["communications", communications, rows.communications],
  ];
  const statements: string[] = [];
  for (const [name, table, tableRows] of tables) {
    const columns = columnsOf(table);
    const known = new Set(columns.map(([key]) => key));
    const head = `INSERT INTO "${name}" (${columns.map(([, sqlName]) => `"${sqlName}"`).join(", ")}) VALUES`;
    for (let start = 0; start < tableRows.length; start += ROWS_PER_INSERT) {
      const values = tableRows.slice(start, start + ROWS_PER_INSERT).map((row) => {
        const record = row as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (!known.has(key)) throw new Error(`${name} has no column for property ${key}`);
        }
        return `(${columns.map(([key]) => sqlLiteral(record[key])).join(", ")})`;
      });
      statements.push(`${head}\n${values.join(",\n")}`);
    }
  }
  return statements;
}
