import { addDays, daysInMonth, type IsoDate, isIsoDate } from "../dates";
import { monthPeriod, type Period, parsePeriod, quarterPeriod, yearPeriod } from "../periods";

/**
 * The periods a report is asked for: a month (`2025-05`), a quarter
 * (`2025-Q2`), a year (`2025`), any range (`2025-01-15..2025-04-14`), or all
 * history up to a day (`..2025-05-31`). `end` is inclusive.
 */
export type ReportPeriod = Period | HistoryPeriod;
export type HistoryPeriod = {
  readonly kind: "history";
  readonly label: string;
  /** The first day anything can have been recorded on. */
  readonly start: IsoDate;
  readonly end: IsoDate;
};

/** Dates before this are not accepted anywhere in the system (isIsoDate). */
export const HISTORY_START: IsoDate = "1900-01-01";

export function historyPeriod(end: IsoDate): HistoryPeriod {
  return { kind: "history", label: `..${end}`, start: HISTORY_START, end };
}

export type PeriodProblem = { readonly message: string };

/**
 * A report period from its label, checked against today: it must be one of
 * the forms above, end on or after it starts, and not start after today. A
 * period that runs past today is reported as of today (`asOf`).
 */
export function parseReportPeriod(
  label: string,
  today: IsoDate,
): { period: ReportPeriod; asOf: IsoDate } | PeriodProblem {
  const history = /^\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  let period: ReportPeriod | null = null;
  if (history) {
    if (!isIsoDate(history[1]!)) return { message: `${history[1]} is not a date` };
    period = historyPeriod(history[1]!);
  } else {
    const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
    if (range && isIsoDate(range[1]!) && isIsoDate(range[2]!) && range[2]! < range[1]!) {
      return { message: "the period ends before it starts" };
    }
    period = parsePeriod(label);
  }
  if (!period) {
    return {
      message:
        "must be a month (2025-05), a quarter (2025-Q2), a year (2025), a range (2025-01-01..2025-06-30) or all history to a day (..2025-06-30)",
    };
  }
  if (period.kind === "history" ? period.end > today : period.start > today) {
    return { message: `the period lies in the future (today is ${today})` };
  }
  return { period, asOf: period.end < today ? period.end : today };
}

/** `2025-05` → the months of a period, as labels, in order. */
export function monthLabels(start: IsoDate, end: IsoDate): string[] {
  const labels: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    if (label > last) break;
    labels.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return labels;
}

/**
 * What a scheduled run on `today` generates: the month that has just ended,
 * its quarter and year when it closes them, and all history to its last day.
 */
export function closedPeriodsOn(today: IsoDate): ReportPeriod[] {
  const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
  const year = Number(lastMonthEnd.slice(0, 4));
  const month = Number(lastMonthEnd.slice(5, 7));
  const periods: ReportPeriod[] = [monthPeriod(year, month)];
  if (month % 3 === 0) periods.push(quarterPeriod(year, month / 3));
  if (month === 12) periods.push(yearPeriod(year));
  periods.push(historyPeriod(lastMonthEnd));
  return periods;
}

/** Is `date` the last day of its month? (Stored monthly figures serve periods that end on one.) */
export const isMonthEnd = (date: IsoDate) =>
  Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
