import { CASH_ACCOUNT, type Fund } from "@ishc/domain";
import { fundBalances } from "@ishc/domain/schema";
import { conflict, type Database, ruleError } from "@ishc/edge-kit";
import { cashMovesAfter } from "@ishc/queries";
import { and, eq, type SQL } from "drizzle-orm";

/*
 * The dated cover check of a payment out of a fund, without reading the club's
 * whole journal: the fund's cash now (the running balance every posting keeps
 * in the same batch) and its net movement on each day after the payment's day.
 * The cash at the end of the payment's day is the cash now less those moves;
 * the payment may take at most the lowest end-of-day cash from then on.
 */

export type DayMove = { on: string; net: number };

/** The reads a cover check needs, for the handler's one batch. */
export function coverReads(db: Database, clubId: string | SQL, fund: Fund, on: string) {
  return [
    db
      .select({ cash: fundBalances.cash })
      .from(fundBalances)
      .where(and(eq(fundBalances.clubId, clubId), eq(fundBalances.fund, fund))),
    cashMovesAfter(db, clubId, CASH_ACCOUNT[fund], on),
  ] as const;
}

/** The lowest end-of-day cash from the payment's day on (never below 0), as `availableCash` in the domain. */
export function availableFrom(cashNow: number, movesAfter: readonly DayMove[]): number {
  let balance = movesAfter.reduce((rest, day) => rest - day.net, cashNow);
  let lowest = balance;
  for (const day of movesAfter) {
    balance += day.net;
    lowest = Math.min(lowest, balance);
  }
  return Math.max(lowest, 0);
}

/** Refuses a payment out of `fund` the books cannot cover on `on` or any later day already posted. */
export function assertCovered(
  cash: readonly { cash: number }[],
  movesAfter: readonly DayMove[],
  fund: Fund,
  on: string,
  amount: number,
  field = "amount",
) {
  const available = availableFrom(cash[0]?.cash ?? 0, movesAfter);
  if (amount > available)
    throw conflict(`The ${fund} fund holds ${available} đồng that can leave on ${on}; ${amount} asked`, [
      ruleError(field, `is more than the ${fund} fund holds (${available} đồng)`, "fund_too_low", {
        fund,
        available,
      }),
    ]);
}
