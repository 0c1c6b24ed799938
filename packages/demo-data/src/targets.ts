/** What the demo province must add up to, and the fixed days it is built around. */
import type { IsoDate } from "@ishc/domain";

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

/** The root of the tree: the national association the province reports to. */
export const NATIONAL_NAME = "Hội Người cao tuổi Việt Nam (demo)";
export const NATIONAL_CODE = "VN";
export const PROVINCE_NAME = "Tỉnh Lạng Sơn (demo)";
export const TREE_CREATED_ON: IsoDate = "2016-06-01";
export const USERS_CREATED_ON: IsoDate = "2025-01-06";
/** Clubs founded before this day had a first board term that ended in January 2023. */
export const SECOND_TERM_CUTOFF: IsoDate = "2022-07-01";
/** Members who join on the founding day and are all 55+ (the first board is drawn from them). */
export const FOUNDING_CORE = 8;
export const FEMALE_SHARE = 0.65;
/** Share of members aged 55 or more on the reference date. */
export const OLDER_SHARE = 0.65;
