/** The closed vocabularies of the schema, free of drizzle so contracts and clients can import them. */

export const ORG_UNIT_KINDS = ["national", "province", "district", "commune", "ward", "club"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const USER_ROLES = [
  "national_admin",
  "province_admin",
  "commune_officer",
  "club_board",
  "viewer",
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const CLUB_STATUSES = ["active", "suspended", "dissolved"] as const;
export type ClubStatus = (typeof CLUB_STATUSES)[number];

export const BOARD_ROLES = [
  "chair",
  "vice_chair",
  "treasurer",
  "accountant",
  "secretary",
  "board_member",
] as const;

export const VOLUNTEER_ROLES = ["home_care_volunteer", "economic_volunteer"] as const;

export const CLUB_ROLES = [...BOARD_ROLES, ...VOLUNTEER_ROLES] as const;
export type ClubRoleName = (typeof CLUB_ROLES)[number];

export const SEXES = ["female", "male"] as const;

export const POVERTY_STATUSES = ["poor", "near_poor", "none"] as const;
