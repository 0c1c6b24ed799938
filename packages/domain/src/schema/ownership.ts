/**
 * Which service writes each table. Every other service only reads it, through
 * the shared query modules in @ishc/queries. `kit` tables are written by the
 * edge kit on behalf of every service (the audit trail, idempotency keys).
 * A test (schema/ownership.test.ts) fails when a worker's source writes a
 * table it does not own, or when a table has no owner.
 */
export const SERVICES = ["membership", "funds", "activities", "reporting"] as const;
export type ServiceName = (typeof SERVICES)[number];

export const TABLE_OWNERS = {
  org_units: "membership",
  org_unit_versions: "membership",
  users: "membership",
  login_throttle: "membership",
  clubs: "membership",
  club_status_history: "membership",
  club_roles: "membership",
  people: "membership",
  memberships: "membership",
  meetings: "membership",
  attendance: "membership",
  health_checks: "membership",
  beneficiaries: "activities",
  activities: "activities",
  activity_participants: "activities",
  activity_beneficiaries: "activities",
  home_care_visits: "activities",
  training_trainees: "activities",
  communications: "activities",
  report_unit_facts: "reporting",
  report_snapshots: "reporting",
  report_runs: "reporting",
  report_run_items: "reporting",
  journal_entries: "funds",
  journal_lines: "funds",
  fund_balances: "funds",
  fee_rates: "funds",
  fee_months: "funds",
  loan_terms: "funds",
  loans: "funds",
  loan_repayments: "funds",
  audit_log: "kit",
  idempotency_keys: "kit",
} as const satisfies Record<string, ServiceName | "kit">;
