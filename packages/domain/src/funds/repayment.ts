import { type IsoDate, isIsoDate } from "../dates";
import { type Vnd, vnd } from "../money";
import type { Instalment } from "./loan-schedule";
import { err, ok, type Result } from "./result";

/** The part of one payment that went to one instalment. */
export type InstalmentAllocation = {
  readonly number: number;
  readonly principal: Vnd;
  readonly interest: Vnd;
};

/** A payment as stored: when it was paid and how it was split over the instalments. */
export type RepaymentRecord = {
  readonly paidOn: IsoDate;
  readonly allocations: readonly InstalmentAllocation[];
};

/** What a payment pays: its split into principal and interest and the part of each instalment it settles. */
export type RepaymentAllocation = {
  readonly principal: Vnd;
  readonly interest: Vnd;
  readonly allocations: readonly InstalmentAllocation[];
};

export type RepaymentError =
  | { readonly code: "bad_amount"; readonly amount: number }
  | { readonly code: "bad_date"; readonly paidOn: string }
  /** A payment may not be dated before one already recorded: the earlier one took the oldest instalments. */
  | { readonly code: "before_previous_payment"; readonly paidOn: IsoDate; readonly latestPaidOn: IsoDate }
  | { readonly code: "exceeds_owed"; readonly amount: number; readonly owed: Vnd };

/** What is left to pay on one instalment. */
export type InstalmentStanding = {
  readonly number: number;
  readonly dueOn: IsoDate;
  readonly principalUnpaid: Vnd;
  readonly interestUnpaid: Vnd;
};

export const repaymentAmount = (repayment: Pick<RepaymentRecord, "allocations">): Vnd =>
  vnd(repayment.allocations.reduce((sum, a) => sum + a.principal + a.interest, 0));

/**
 * Each instalment's unpaid principal and interest, counting the payments made
 * on or before `asOf` (all of them when `asOf` is omitted). Allocations to an
 * instalment the schedule does not have are ignored.
 */
export function instalmentStandings(
  schedule: readonly Instalment[],
  repayments: readonly RepaymentRecord[],
  asOf?: IsoDate,
): InstalmentStanding[] {
  const paid = new Map<number, { principal: number; interest: number }>();
  for (const repayment of repayments) {
    if (asOf !== undefined && repayment.paidOn > asOf) continue;
    for (const a of repayment.allocations) {
      const sofar = paid.get(a.number) ?? { principal: 0, interest: 0 };
      paid.set(a.number, { principal: sofar.principal + a.principal, interest: sofar.interest + a.interest });
    }
  }
  return [...schedule]
    .sort((a, b) => a.number - b.number)
    .map((instalment) => {
      const p = paid.get(instalment.number) ?? { principal: 0, interest: 0 };
      return {
        number: instalment.number,
        dueOn: instalment.dueOn,
        principalUnpaid: vnd(Math.max(instalment.principal - p.principal, 0)),
        interestUnpaid: vnd(Math.max(instalment.interest - p.interest, 0)),
      };
    });
}

/** Everything still owed on a loan (principal and interest of every instalment, due or not). */
export function amountOwed(schedule: readonly Instalment[], repayments: readonly RepaymentRecord[]): Vnd {
  return vnd(
    instalmentStandings(schedule, repayments).reduce(
      (sum, s) => sum + s.principalUnpaid + s.interestUnpaid,
      0,
    ),
  );
}

/**
 * Splits a payment over the instalments: the oldest instalment with anything
 * unpaid first, its interest before its principal, then the next. A payment
 * may settle instalments not yet due (paying early); a payment above everything
 * still owed, one that is not a positive whole number of đồng, or one dated
 * before a payment already recorded is refused with a typed error.
 */
export function allocateRepayment(
  schedule: readonly Instalment[],
  paymentsSoFar: readonly RepaymentRecord[],
  amount: number,
  paidOn: IsoDate,
): Result<RepaymentAllocation, RepaymentError> {
  if (!Number.isSafeInteger(amount) || amount <= 0) return err({ code: "bad_amount", amount });
  if (!isIsoDate(paidOn)) return err({ code: "bad_date", paidOn });
  const latestPaidOn = paymentsSoFar.reduce<IsoDate | null>(
    (latest, p) => (latest === null || p.paidOn > latest ? p.paidOn : latest),
    null,
  );
  if (latestPaidOn !== null && paidOn < latestPaidOn)
    return err({ code: "before_previous_payment", paidOn, latestPaidOn });

  const standings = instalmentStandings(schedule, paymentsSoFar);
  const owed = vnd(standings.reduce((sum, s) => sum + s.principalUnpaid + s.interestUnpaid, 0));
  if (amount > owed) return err({ code: "exceeds_owed", amount, owed });

  let left = amount;
  let principal = 0;
  let interest = 0;
  const allocations: InstalmentAllocation[] = [];
  for (const s of standings) {
    if (left === 0) break;
    const toInterest = Math.min(left, s.interestUnpaid);
    left -= toInterest;
    const toPrincipal = Math.min(left, s.principalUnpaid);
    left -= toPrincipal;
    if (toInterest + toPrincipal === 0) continue;
    allocations.push({ number: s.number, principal: vnd(toPrincipal), interest: vnd(toInterest) });
    principal += toPrincipal;
    interest += toInterest;
  }
  return ok({ principal: vnd(principal), interest: vnd(interest), allocations });
}
