/**
 * The services' own rules, each with a stable code a field error carries as `rule` (beside its
 * English `message`, which is for developers and may be reworded), and the parameters it carries
 * as `params`: what a client needs to say the rule in its own language. Each parameter has a kind
 * so a client knows how to show it: a `date` is `YYYY-MM-DD`, `money` whole đồng, `months` a
 * comma-separated list of `YYYY-MM`, a `fund` `operating` or `revolving`.
 *
 * One code per rule, named for the rule, not for the wording of its message.
 */
export type RuleParamKind = "date" | "money" | "count" | "months" | "fund" | "text";

const none = {} as const;

export const RULES = {
  // Dates
  in_future: none,
  before_founding: { date: "date" },
  before_birth: none,
  born_after_joining: { date: "date" },
  birth_year_required: none,
  not_after_current_state: { date: "date" },
  before_term_start: { date: "date" },
  before_joining: { date: "date" },
  range_inverted: { from: "date", to: "date" },
  period_not_ended: { date: "date" },
  closed_period_required: none,
  whole_period_required: none,
  viewer_period_only: none,
  exclusive_with: { field: "text" },
  bad_report_period: none,
  indicator_required: none,
  unknown_indicator: { ids: "text" },
  // Org tree and accounts
  wrong_parent_kind: { kind: "text", parentKind: "text" },
  move_under_itself: none,
  role_unit_mismatch: { role: "text", kind: "text" },
  login_taken: none,
  code_taken: none,
  // Clubs, members, meetings
  status_unchanged: { status: "text" },
  not_active_member: { date: "date" },
  already_member: none,
  enrolled_meanwhile: none,
  overlaps_membership: { from: "date", to: "date" },
  seat_taken: { name: "text", from: "date" },
  seat_taken_meanwhile: none,
  not_attended: none,
  listed_twice: none,
  // Activities
  not_under_organiser: none,
  training_by_association: none,
  not_home_care_volunteer: { date: "date" },
  visitor_is_recipient: none,
  unknown_activity_type: none,
  activity_type_retired: { date: "date" },
  activity_type_elsewhere: none,
  more_than_members: { members: "count" },
  // Funds and loans
  fee_rate_exists: { date: "date" },
  no_fee_rate: { months: "months" },
  months_already_paid: { months: "months" },
  month_paid_meanwhile: none,
  wrong_loan_status: { status: "text" },
  no_loan_terms: { date: "date" },
  principal_out_of_terms: { min: "money", max: "money" },
  own_application: none,
  before_application: { date: "date" },
  before_approval: { date: "date" },
  before_payout: { date: "date" },
  before_latest_repayment: { date: "date" },
  before_latest_loan_movement: { date: "date" },
  exceeds_owed: { owed: "money" },
  repayment_invalid: none,
  nothing_outstanding: none,
  fund_too_low: { fund: "fund", available: "money" },
  fund_spent_meanwhile: none,
  not_reversible: { kind: "text" },
  before_reversed_entry: { date: "date" },
  already_reversed: none,
} as const satisfies Record<string, Readonly<Record<string, RuleParamKind>>>;

export type RuleCode = keyof typeof RULES;

/** Every rule code, in the order of `RULES`. */
export const RULE_CODES = Object.keys(RULES) as [RuleCode, ...RuleCode[]];

/** The parameters a rule carries: each of its names, a string or a number. */
export type RuleParams<R extends RuleCode> = { [P in keyof (typeof RULES)[R]]: string | number };

/** The params argument of a rule: none for a rule without parameters. */
export type RuleParamsArg<R extends RuleCode> = keyof (typeof RULES)[R] extends never
  ? []
  : [params: RuleParams<R>];

export const isRuleCode = (value: unknown): value is RuleCode =>
  typeof value === "string" && Object.hasOwn(RULES, value);

/** The kind of each parameter of `rule`. */
export const ruleParamKinds = (rule: RuleCode): Readonly<Record<string, RuleParamKind>> => RULES[rule];
