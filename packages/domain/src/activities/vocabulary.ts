/** The closed vocabularies of the activities service, free of drizzle so contracts and clients can import them. */

/** What kind of household a beneficiary lives in; more than one can hold (poor and single-parent). */
export const HOUSEHOLD_KINDS = [
  "single_parent",
  "poor",
  "near_poor",
  "disaster_hit",
  "older_living_alone",
] as const;
export type HouseholdKind = (typeof HOUSEHOLD_KINDS)[number];

/** What a home-care volunteer does on a visit. */
export const CARE_SERVICES = [
  "company",
  "personal_care",
  "housework",
  "health_monitoring",
  "referral",
] as const;
export type CareService = (typeof CARE_SERVICES)[number];

export const COMMUNICATION_KINDS = ["news_item", "article", "report"] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

export const COMMUNICATION_OUTLETS = [
  "province_newspaper",
  "radio_tv",
  "website",
  "social_media",
  "national_press",
  "other",
] as const;
export type CommunicationOutlet = (typeof COMMUNICATION_OUTLETS)[number];

/** Who organised an activity: a club, or the association at commune or province level. */
export const ORGANISER_LEVELS = ["club", "commune", "province"] as const;
export type OrganiserLevel = (typeof ORGANISER_LEVELS)[number];
