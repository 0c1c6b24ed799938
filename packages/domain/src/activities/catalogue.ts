/**
 * The catalogue of ISHC activity areas and the activity types within each,
 * with Vietnamese and English names. It is versioned: a type is never removed,
 * only retired from a date, so records made before that date keep their type
 * and still add up; a new activity of a retired type starting on or after the
 * retirement date is refused.
 */
import type { IsoDate } from "../dates";

export const ACTIVITY_AREAS = [
  "income_generation",
  "culture_sports",
  "health_care",
  "home_care",
  "self_help",
  "rights",
  "lifelong_learning",
  "resource_mobilisation",
] as const;
export type ActivityArea = (typeof ACTIVITY_AREAS)[number];

export const AREA_NAMES: Record<ActivityArea, { number: number; vi: string; en: string }> = {
  income_generation: { number: 1, vi: "Tăng thu nhập", en: "Income generation and livelihoods" },
  culture_sports: {
    number: 2,
    vi: "Văn hóa, văn nghệ, thể dục thể thao",
    en: "Culture, spiritual life and sports",
  },
  health_care: { number: 3, vi: "Chăm sóc sức khỏe", en: "Health care" },
  home_care: {
    number: 4,
    vi: "Chăm sóc tại nhà dựa vào tình nguyện viên",
    en: "Volunteer-based home care",
  },
  self_help: { number: 5, vi: "Tự giúp nhau và hỗ trợ cộng đồng", en: "Self-help and community support" },
  rights: { number: 6, vi: "Bảo vệ quyền và lợi ích", en: "Rights and entitlements" },
  lifelong_learning: {
    number: 7,
    vi: "Nâng cao nhận thức, học tập suốt đời",
    en: "Awareness and lifelong learning",
  },
  resource_mobilisation: { number: 8, vi: "Huy động nguồn lực", en: "Resource mobilisation" },
};

/** What an activity can be measured in. Labour days are recorded per participating member. */
export const ACTIVITY_MEASURES = [
  "labourDays",
  "hours",
  "sessions",
  "participantCount",
  "moneyVnd",
  "goodsVnd",
  "peopleReached",
] as const;
export type ActivityMeasure = (typeof ACTIVITY_MEASURES)[number];

/** Why labour-day support was given: the figures the province reports by. */
export const LABOUR_PURPOSES = [
  "single_parent_household",
  "storm",
  "flood",
  "other_disaster",
  "other",
] as const;
export type LabourPurpose = (typeof LABOUR_PURPOSES)[number];

export const PURPOSE_NAMES: Record<LabourPurpose, { vi: string; en: string }> = {
  single_parent_household: { vi: "Hỗ trợ hộ đơn thân", en: "Single-parent household" },
  storm: { vi: "Khắc phục hậu quả bão", en: "Storm clean-up" },
  flood: { vi: "Khắc phục hậu quả lũ lụt", en: "Flood clean-up" },
  other_disaster: { vi: "Thiên tai khác", en: "Other disaster" },
  other: { vi: "Khác", en: "Other" },
};

/**
 * How a type is recorded: most through the general activity route; home-care
 * visits, training courses and communications have routes of their own
 * because they carry more than measures (a visitor and services; trainees;
 * an outlet).
 */
export type RecordedAs = "activity" | "home_care_visit" | "training" | "communication";

export type ActivityType = {
  code: string;
  area: ActivityArea;
  vi: string;
  en: string;
  recordedAs: RecordedAs;
  /** Measures the type takes; any other is refused. */
  measures: readonly ActivityMeasure[];
  /** Measures it must have. */
  required: readonly ActivityMeasure[];
  /** At least one of these must be given (money or goods for a donation). */
  oneOf?: readonly ActivityMeasure[];
  /** Purposes it must name one of, when it takes a purpose (labour support). */
  purposes?: readonly LabourPurpose[];
  /** The catalogue version that introduced it. */
  since: number;
  /** From this date (and in this version) no new activity of this type may start. */
  retired: { from: IsoDate; inVersion: number } | null;
};

export const CATALOGUE_VERSIONS = [
  { version: 1, from: "2017-01-01", note: "The types in use when the first clubs were founded" },
  {
    version: 2,
    from: "2025-01-01",
    note: "Storm and flood clean-up are recorded as labour-day support with a purpose, so every labour day adds up by purpose in one type",
  },
] as const;
export const CATALOGUE_VERSION = CATALOGUE_VERSIONS[CATALOGUE_VERSIONS.length - 1]!.version;

const t = (
  code: string,
  area: ActivityArea,
  vi: string,
  en: string,
  measures: readonly ActivityMeasure[],
  required: readonly ActivityMeasure[],
  extra: Partial<Pick<ActivityType, "recordedAs" | "oneOf" | "purposes" | "since" | "retired">> = {},
): ActivityType => ({
  code,
  area,
  vi,
  en,
  measures,
  required,
  recordedAs: extra.recordedAs ?? "activity",
  since: extra.since ?? 1,
  retired: extra.retired ?? null,
  ...(extra.oneOf ? { oneOf: extra.oneOf } : {}),
  ...(extra.purposes ? { purposes: extra.purposes } : {}),
});

export const ACTIVITY_TYPES: readonly ActivityType[] = [
  t(
    "livelihood_training",
    "income_generation",
    "Tập huấn, chia sẻ kinh nghiệm sản xuất",
    "Livelihood training and sharing of farming know-how",
    ["sessions", "hours", "participantCount", "peopleReached"],
    ["sessions"],
  ),
  t(
    "group_business",
    "income_generation",
    "Sản xuất, kinh doanh theo nhóm",
    "Group production or business",
    ["participantCount", "moneyVnd", "peopleReached"],
    [],
  ),
  t(
    "cultural_event",
    "culture_sports",
    "Sinh hoạt văn hóa, văn nghệ",
    "Cultural event or performance",
    ["sessions", "hours", "participantCount", "peopleReached"],
    ["sessions", "participantCount"],
  ),
  t(
    "sports_event",
    "culture_sports",
    "Thể dục, thể thao",
    "Exercise and sports",
    ["sessions", "hours", "participantCount"],
    ["sessions", "participantCount"],
  ),
  t(
    "health_talk",
    "health_care",
    "Truyền thông, nói chuyện sức khỏe",
    "Health talk",
    ["sessions", "hours", "participantCount", "peopleReached"],
    ["sessions"],
  ),
  t(
    "health_checkup",
    "health_care",
    "Khám sức khỏe định kỳ với trạm y tế",
    "Check-up with the commune health station",
    ["sessions", "peopleReached"],
    ["peopleReached"],
  ),
  t(
    "home_care_visit",
    "home_care",
    "Thăm hỏi, chăm sóc tại nhà",
    "Home-care visit by a volunteer",
    ["hours"],
    ["hours"],
    { recordedAs: "home_care_visit" },
  ),
  t(
    "labour_support",
    "self_help",
    "Hỗ trợ ngày công",
    "Labour-day support to households",
    ["labourDays", "hours", "peopleReached"],
    ["labourDays"],
    { purposes: LABOUR_PURPOSES },
  ),
  t(
    "disaster_cleanup",
    "self_help",
    "Khắc phục hậu quả thiên tai",
    "Storm and flood clean-up",
    ["labourDays", "hours", "peopleReached"],
    ["labourDays"],
    { purposes: ["storm", "flood", "other_disaster"], retired: { from: "2025-01-01", inVersion: 2 } },
  ),
  t(
    "community_service",
    "self_help",
    "Sinh hoạt vì cộng đồng",
    "Community-service session",
    ["sessions", "hours", "participantCount", "peopleReached"],
    ["sessions", "participantCount"],
  ),
  t(
    "gifts_support",
    "self_help",
    "Thăm hỏi, tặng quà",
    "Gifts and support in money or goods",
    ["moneyVnd", "goodsVnd", "peopleReached"],
    ["peopleReached"],
    { oneOf: ["moneyVnd", "goodsVnd"] },
  ),
  t(
    "legal_aid",
    "rights",
    "Tư vấn pháp luật, trợ giúp pháp lý",
    "Legal advice and aid",
    ["sessions", "participantCount", "peopleReached"],
    ["sessions"],
  ),
  t(
    "entitlement_support",
    "rights",
    "Hỗ trợ tiếp cận chế độ, chính sách",
    "Help to claim pensions and entitlements",
    ["peopleReached"],
    ["peopleReached"],
  ),
  t(
    "awareness_session",
    "lifelong_learning",
    "Sinh hoạt chuyên đề",
    "Awareness session",
    ["sessions", "hours", "participantCount"],
    ["sessions"],
  ),
  t(
    "training_course",
    "lifelong_learning",
    "Tập huấn, bồi dưỡng",
    "Training course run by the association",
    ["participantCount"],
    ["participantCount"],
    { recordedAs: "training" },
  ),
  t("communication", "lifelong_learning", "Thông tin, tuyên truyền", "News item, article or report", [], [], {
    recordedAs: "communication",
  }),
  t(
    "fundraising",
    "resource_mobilisation",
    "Vận động nguồn lực",
    "Fundraising and donations",
    ["moneyVnd", "goodsVnd", "peopleReached"],
    [],
    { oneOf: ["moneyVnd", "goodsVnd"] },
  ),
  t(
    "partnership",
    "resource_mobilisation",
    "Kết nối đối tác",
    "Partnership with agencies, businesses or projects",
    ["sessions", "moneyVnd", "goodsVnd"],
    [],
  ),
];

const BY_CODE = new Map(ACTIVITY_TYPES.map((type) => [type.code, type]));
export const ACTIVITY_TYPE_CODES = ACTIVITY_TYPES.map((type) => type.code) as [string, ...string[]];

export function activityType(code: string): ActivityType | undefined {
  return BY_CODE.get(code);
}

/** Whether a type may be used for an activity starting on `startsOn`. */
export function typeRetiredOn(type: ActivityType, startsOn: IsoDate): boolean {
  return type.retired !== null && startsOn >= type.retired.from;
}

/** Why `code` cannot be used for a new activity starting on `startsOn`, or null. */
export function activityTypeProblem(
  code: string,
  startsOn: IsoDate,
  recordedAs: RecordedAs = "activity",
): string | null {
  const type = BY_CODE.get(code);
  if (!type) return "is not a type in the activity catalogue";
  if (typeRetiredOn(type, startsOn)) {
    return `was retired from ${type.retired!.from} (catalogue version ${type.retired!.inVersion}); choose a current type`;
  }
  if (type.recordedAs !== recordedAs) {
    const route = {
      activity: "POST /org-units/{id}/activities",
      home_care_visit: "POST /clubs/{id}/home-care-visits",
      training: "POST /org-units/{id}/trainings",
      communication: "POST /org-units/{id}/communications",
    }[type.recordedAs];
    return `is recorded through ${route}`;
  }
  return null;
}
