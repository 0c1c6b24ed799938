import { addDays, daysInMonth, type IsoDate, isIsoDate } from "./dates";

/**
 * A reporting period: a month (`2025-03`), a quarter (`2025-Q1`), a year
 * (`2025`) or any range (`2025-01-15..2025-04-14`). `end` is inclusive.
 */
export type Period = {
  readonly kind: "month" | "quarter" | "year" | "range";
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
};

const pad = (n: number) => String(n).padStart(2, "0");

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: "month",
    label: `${year}-${pad(month)}`,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    kind: "quarter",
    label: `${year}-Q${quarter}`,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", label: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

export function rangePeriod(start: IsoDate, end: IsoDate): Period {
  if (!isIsoDate(start) || !isIsoDate(end)) throw new RangeError(`not a date range: ${start}..${end}`);
  if (end < start) throw new RangeError(`range ends before it starts: ${start}..${end}`);
  return { kind: "range", label: `${start}..${end}`, start, end };
}

/** Parses a period label; returns null for anything that is not one. */
export function parsePeriod(label: string): Period | null {
  let match = /^(\d{4})-(\d{2})$/.exec(label);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(match[1]), month) : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (match) return quarterPeriod(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(label);
  if (match) return yearPeriod(Number(match[1]));
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (match && isIsoDate(match[1]!) && isIsoDate(match[2]!) && match[1]! <= match[2]!) {
    return rangePeriod(match[1]!, match[2]!);
  }
  return null;
}

export function periodContains(period: Period, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

export function periodDays(period: Period): number {
  return Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000) + 1;
}

/** The months a period touches, in order (what a rollup by month sums over). */
export function monthsOf(period: Period): Period[] {
  const months: Period[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  while (`${year}-${pad(month)}-01` <= period.end) {
    months.push(monthPeriod(year, month));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The period just before, of the same length in its own unit. */
export function previousPeriod(period: Period): Period {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  switch (period.kind) {
    case "month":
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case "quarter": {
      const quarter = (month - 1) / 3 + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case "year":
      return yearPeriod(year - 1);
    case "range": {
      const days = periodDays(period);
      return rangePeriod(addDays(period.start, -days), addDays(period.start, -1));
    }
  }
}
