/** The funds service's closed vocabularies, free of drizzle so contracts and clients can import them. */

export const LOAN_STATUSES = ["applied", "approved", "active", "closed", "written_off"] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** What a loan is for, kept for reports. */
export const LOAN_PURPOSES = [
  "livestock",
  "crops",
  "small_trade",
  "handicraft",
  "services",
  "other",
] as const;
export type LoanPurpose = (typeof LOAN_PURPOSES)[number];
