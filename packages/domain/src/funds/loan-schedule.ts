import { daysInMonth, type IsoDate, isIsoDate } from "../dates";
import { type Vnd, vnd } from "../money";

/**
 * Interest rates are whole **basis points per month** of the principal
 * (1 bp = 0.01 % a month): a club lending at 0.5 % a month sets 50, at 0.65 %
 * sets 65, interest-free sets 0. Integers keep every rate exact; the highest
 * accepted is 10,000 (100 % a month).
 */
export const BASIS_POINTS = 10_000;
export const MAX_MONTHLY_RATE_BP = 10_000;
export const MAX_TERM_MONTHS = 360;

export const INTEREST_METHODS = ["flat", "declining"] as const;
/**
 * flat: every month's interest is on the original principal;
 * declining: the principal is repaid in equal parts and each month's interest is
 * on the balance still outstanding during that month.
 */
export type InterestMethod = (typeof INTEREST_METHODS)[number];

/** What a club lends on: the loan sizes it allows, the term, the rate and the method. */
export type LoanTerms = {
  readonly minAmount: Vnd;
  readonly maxAmount: Vnd;
  readonly termMonths: number;
  readonly monthlyRateBp: number;
  readonly method: InterestMethod;
};

export type LoanTermsIssue =
  | { readonly code: "bad_amount"; readonly field: "minAmount" | "maxAmount" }
  | { readonly code: "min_above_max" }
  | { readonly code: "bad_term" }
  | { readonly code: "bad_rate" }
  | { readonly code: "bad_method" };

const isPositiveVnd = (n: number) => Number.isSafeInteger(n) && n > 0;
const isTerm = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_TERM_MONTHS;
const isRate = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_MONTHLY_RATE_BP;

/** Every problem with a club's loan terms; empty when they are sound. */
export function loanTermsIssues(terms: {
  readonly minAmount: number;
  readonly maxAmount: number;
  readonly termMonths: number;
  readonly monthlyRateBp: number;
  readonly method: string;
}): LoanTermsIssue[] {
  const issues: LoanTermsIssue[] = [];
  if (!isPositiveVnd(terms.minAmount)) issues.push({ code: "bad_amount", field: "minAmount" });
  if (!isPositiveVnd(terms.maxAmount)) issues.push({ code: "bad_amount", field: "maxAmount" });
  if (isPositiveVnd(terms.minAmount) && isPositiveVnd(terms.maxAmount) && terms.minAmount > terms.maxAmount)
    issues.push({ code: "min_above_max" });
  if (!isTerm(terms.termMonths)) issues.push({ code: "bad_term" });
  if (!isRate(terms.monthlyRateBp)) issues.push({ code: "bad_rate" });
  if (terms.method !== "flat" && terms.method !== "declining") issues.push({ code: "bad_method" });
  return issues;
}

/** Why `principal` cannot be lent under `terms`; null when it can (bounds inclusive). */
export function loanAmountProblem(
  terms: Pick<LoanTerms, "minAmount" | "maxAmount">,
  principal: number,
): { readonly code: "bad_amount" | "below_min" | "above_max"; readonly min: Vnd; readonly max: Vnd } | null {
  const bounds = { min: terms.minAmount, max: terms.maxAmount };
  if (!isPositiveVnd(principal)) return { code: "bad_amount", ...bounds };
  if (principal < terms.minAmount) return { code: "below_min", ...bounds };
  if (principal > terms.maxAmount) return { code: "above_max", ...bounds };
  return null;
}

/**
 * The same day `months` months later, clamped to the month's last day:
 * 31 January + 1 month is 28 (or 29) February, + 2 months is 31 March.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const monthIndex = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export type Instalment = {
  /** 1-based. */
  readonly number: number;
  readonly dueOn: IsoDate;
  readonly principal: Vnd;
  readonly interest: Vnd;
};

export type ScheduleInput = {
  readonly principal: number;
  readonly termMonths: number;
  readonly monthlyRateBp: number;
  readonly method: InterestMethod;
  readonly disbursedOn: IsoDate;
};

const big = BigInt;
const BP = big(BASIS_POINTS);

/** floor(numerator / denominator) for non-negative bigints, as đồng. */
const floorDiv = (numerator: bigint, denominator: bigint): Vnd => vnd(Number(numerator / denominator));
/** numerator / denominator rounded half up, for non-negative bigints, as đồng. */
const roundDiv = (numerator: bigint, denominator: bigint): Vnd =>
  vnd(Number((2n * numerator + denominator) / (2n * denominator)));

/**
 * Splits an exact total (numerator ÷ BASIS_POINTS, over parts) into whole đồng:
 * each part but the last rounded down, the last taking the residue, so the parts
 * add up to the total rounded half up. The last part is never negative.
 */
function splitWithResidue(exactParts: readonly bigint[]): Vnd[] {
  const total = roundDiv(
    exactParts.reduce((a, b) => a + b, 0n),
    BP,
  );
  const parts = exactParts.map((part) => floorDiv(part, BP));
  const others = parts.slice(0, -1).reduce((a, b) => a + b, 0);
  parts[parts.length - 1] = vnd(total - others);
  return parts;
}

/**
 * A loan's instalments. Instalment i falls due i months after disbursement on
 * the disbursement's day of the month, clamped to the month's last day (always
 * counted from the disbursement date, so 31 Jan → 28/29 Feb → 31 Mar).
 *
 * Principal: equal parts rounded down to whole đồng, the last instalment taking
 * the residue. Interest: flat, principal × rate each month; declining, the
 * balance outstanding before the instalment × rate. Total interest is the exact
 * total rounded half up to whole đồng; each instalment but the last carries its
 * exact interest rounded down and the last carries the residue. So the
 * instalments add up exactly to principal + total interest.
 *
 * Throws RangeError for input the loan terms would have refused.
 */
export function loanSchedule(input: ScheduleInput): Instalment[] {
  const { principal, termMonths: n, monthlyRateBp: rate, method, disbursedOn } = input;
  if (!isPositiveVnd(principal))
    throw new RangeError(`a loan must be a positive whole number of đồng: ${principal}`);
  if (!isTerm(n)) throw new RangeError(`a term must be 1 to ${MAX_TERM_MONTHS} whole months: ${n}`);
  if (!isRate(rate)) throw new RangeError(`a rate must be 0 to ${MAX_MONTHLY_RATE_BP} basis points: ${rate}`);
  if (method !== "flat" && method !== "declining") throw new RangeError(`not an interest method: ${method}`);
  if (!isIsoDate(disbursedOn)) throw new RangeError(`not a date: ${disbursedOn}`);

  const base = Math.floor(principal / n);
  const principals = Array.from({ length: n }, (_, i) => vnd(i < n - 1 ? base : principal - base * (n - 1)));

  const exactInterest: bigint[] = [];
  let balance = big(principal);
  for (let i = 0; i < n; i++) {
    exactInterest.push((method === "flat" ? big(principal) : balance) * big(rate));
    balance -= big(principals[i]!);
  }
  const interests = splitWithResidue(exactInterest);

  return principals.map((p, i) => ({
    number: i + 1,
    dueOn: addMonthsClamped(disbursedOn, i + 1),
    principal: p,
    interest: interests[i]!,
  }));
}

export type ScheduleTotals = { readonly principal: Vnd; readonly interest: Vnd; readonly total: Vnd };

export function scheduleTotals(schedule: readonly Instalment[]): ScheduleTotals {
  let principal = 0;
  let interest = 0;
  for (const instalment of schedule) {
    principal = vnd(principal + instalment.principal);
    interest = vnd(interest + instalment.interest);
  }
  return { principal: vnd(principal), interest: vnd(interest), total: vnd(principal + interest) };
}
