import { daysInMonth, type IsoDate, isIsoDate, vietnamDate } from "./dates";

/**
 * What dates a record may carry. A fact (a birth, a joining or leaving, a
 * meeting, a board term, a club's founding or status change) has happened, so
 * it lies on or before today in Vietnam. A planned reorganisation of the org
 * tree may be dated ahead, but at most one year: a unit's later changes must
 * come after its current version, so a far-off date would lock it.
 */

/** The same day a year later; 29 February gives 28 February of a common year. */
export function oneYearAfter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) + 1;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${date.slice(5, 7)}-${String(day).padStart(2, "0")}`;
}

/** The latest date a planned change may carry: one year from today. */
export const latestPlannedDate = (today: IsoDate = vietnamDate()): IsoDate => oneYearAfter(today);

/** Why `date` cannot be the date of a fact; null when it can (today or earlier). */
export function factDateProblem(date: IsoDate, today: IsoDate = vietnamDate()): string | null {
  return isIsoDate(date) && date > today ? "must not be in the future" : null;
}

/** Why `date` cannot be the date of a planned change; null when it is at most one year ahead. */
export function plannedDateProblem(date: IsoDate, today: IsoDate = vietnamDate()): string | null {
  const latest = latestPlannedDate(today);
  return isIsoDate(date) && date > latest ? `must be at most one year ahead (on or before ${latest})` : null;
}
