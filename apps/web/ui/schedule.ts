/**
 * A loan's schedule as the console shows it: for each instalment what was due, what has been
 * paid, what is still owed, and whether it is paid, part paid, late (owed after its due day) or
 * not yet due; and the totals, with what is late.
 */
import type { FundsComponents } from "@ishc/client";

export type Instalment = FundsComponents["schemas"]["LoanDetail"]["instalments"][number];

export type InstalmentState = "paid" | "partial" | "late" | "upcoming";

export type ScheduleRow = {
  number: number;
  dueOn: string;
  due: number;
  paid: number;
  owed: number;
  state: InstalmentState;
};

export type ScheduleTotals = { due: number; paid: number; owed: number; late: number; lateCount: number };

/** `today` is Vietnam's day as `yyyy-mm-dd`: an instalment due today is not late yet. */
export function scheduleRows(instalments: readonly Instalment[], today: string): ScheduleRow[] {
  return [...instalments]
    .sort((a, b) => a.number - b.number)
    .map((i) => {
      const due = i.principal + i.interest;
      const owed = i.principalUnpaid + i.interestUnpaid;
      const paid = due - owed;
      const state: InstalmentState =
        owed === 0 ? "paid" : i.dueOn < today ? "late" : paid > 0 ? "partial" : "upcoming";
      return { number: i.number, dueOn: i.dueOn, due, paid, owed, state };
    });
}

export function scheduleTotals(rows: readonly ScheduleRow[]): ScheduleTotals {
  const totals: ScheduleTotals = { due: 0, paid: 0, owed: 0, late: 0, lateCount: 0 };
  for (const row of rows) {
    totals.due += row.due;
    totals.paid += row.paid;
    totals.owed += row.owed;
    if (row.state === "late") {
      totals.late += row.owed;
      totals.lateCount++;
    }
  }
  return totals;
}
