import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, ageOn, isIsoDate, startOfVietnamDay, vietnamDate } from "./dates";
import {
  monthPeriod,
  monthsOf,
  parsePeriod,
  periodContains,
  periodDays,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
} from "./periods";

const date = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("dates in Asia/Ho_Chi_Minh", () => {
  it("puts 06:30 local on the 1st on the 1st, though UTC still says the 31st", () => {
    expect(vietnamDate(new Date("2025-05-31T23:30:00Z"))).toBe("2025-06-01");
    expect(vietnamDate(new Date("2025-05-31T16:59:59Z"))).toBe("2025-05-31");
    expect(startOfVietnamDay("2025-06-01").toISOString()).toBe("2025-05-31T17:00:00.000Z");
  });

  it("knows real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("31/12/2025")).toBe(false);
  });

  it("counts age in whole years, turning a year older on the birthday", () => {
    expect(ageOn("1956-04-12", "2025-04-11")).toBe(68);
    expect(ageOn("1956-04-12", "2025-04-12")).toBe(69);
  });

  it("round-trips local day starts and day arithmetic", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(vietnamDate(startOfVietnamDay(d))).toBe(d);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });
});

describe("reporting periods", () => {
  it("parses months, quarters, years and ranges, and nothing else", () => {
    expect(parsePeriod("2025-02")).toMatchObject({ start: "2025-02-01", end: "2025-02-28" });
    expect(parsePeriod("2024-Q1")).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    expect(parsePeriod("2020")).toMatchObject({ start: "2020-01-01", end: "2020-12-31" });
    expect(parsePeriod("2020-01-01..2025-05-31")).toMatchObject({ kind: "range" });
    for (const bad of [
      "2025-13",
      "2025-Q5",
      "2025-05-31..2025-01-01",
      "last year",
      "2025-02-30..2025-03-01",
    ]) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it("splits any period into the months it touches, without gaps or overlaps", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 900 }), (start, length) => {
        const period = parsePeriod(`${start}..${addDays(start, length)}`)!;
        const months = monthsOf(period);
        expect(months[0]!.start <= period.start).toBe(true);
        expect(months.at(-1)!.end >= period.end).toBe(true);
        for (let i = 1; i < months.length; i++) expect(addDays(months[i - 1]!.end, 1)).toBe(months[i]!.start);
        expect(periodContains(period, start)).toBe(true);
        expect(periodDays(period)).toBe(length + 1);
      }),
    );
  });

  it("has a previous period that ends the day before this one starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2090 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        for (const period of [
          quarterPeriod(year, quarter),
          yearPeriod(year),
          monthsOf(yearPeriod(year))[quarter * 3 - 1]!,
        ]) {
          const previous = previousPeriod(period);
          expect(addDays(previous.end, 1)).toBe(period.start);
          expect(previous.kind).toBe(period.kind);
        }
      }),
    );
  });
});

describe("period edges", () => {
  it("ends each month on its last day, February by the leap rule", () => {
    expect(monthPeriod(2024, 2)).toEqual({
      kind: "month",
      label: "2024-02",
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(monthPeriod(2025, 2).end).toBe("2025-02-28");
    expect(monthPeriod(1900, 2).end).toBe("1900-02-28");
    expect(monthPeriod(2000, 2).end).toBe("2000-02-29");
    expect(monthPeriod(2025, 4).end).toBe("2025-04-30");
    expect(monthPeriod(2025, 12)).toEqual({
      kind: "month",
      label: "2025-12",
      start: "2025-12-01",
      end: "2025-12-31",
    });
  });

  it("cuts quarters at the ends of March, June, September and December", () => {
    expect([1, 2, 3, 4].map((q) => quarterPeriod(2025, q))).toEqual([
      { kind: "quarter", label: "2025-Q1", start: "2025-01-01", end: "2025-03-31" },
      { kind: "quarter", label: "2025-Q2", start: "2025-04-01", end: "2025-06-30" },
      { kind: "quarter", label: "2025-Q3", start: "2025-07-01", end: "2025-09-30" },
      { kind: "quarter", label: "2025-Q4", start: "2025-10-01", end: "2025-12-31" },
    ]);
  });

  it("has years from 1 January to 31 December", () => {
    expect(yearPeriod(2024)).toEqual({ kind: "year", label: "2024", start: "2024-01-01", end: "2024-12-31" });
  });

  it("takes a one-day range and refuses one that ends before it starts or is not a date", () => {
    expect(rangePeriod("2025-05-31", "2025-05-31")).toEqual({
      kind: "range",
      label: "2025-05-31..2025-05-31",
      start: "2025-05-31",
      end: "2025-05-31",
    });
    expect(() => rangePeriod("2025-05-31", "2025-05-30")).toThrow(RangeError);
    expect(() => rangePeriod("2025-05-31", "2025-05-30")).toThrow(
      "range ends before it starts: 2025-05-31..2025-05-30",
    );
    expect(() => rangePeriod("2025-02-29", "2025-03-01")).toThrow("not a date range: 2025-02-29..2025-03-01");
    expect(() => rangePeriod("2025-02-01", "2025-02-29")).toThrow(RangeError);
  });

  it("parses only well-formed labels at their bounds", () => {
    expect(parsePeriod("2025-01")?.label).toBe("2025-01");
    expect(parsePeriod("2025-12")?.end).toBe("2025-12-31");
    expect(parsePeriod("2025-Q4")).toEqual(quarterPeriod(2025, 4));
    expect(parsePeriod("2025-Q1")).toEqual(quarterPeriod(2025, 1));
    expect(parsePeriod("2025")).toEqual(yearPeriod(2025));
    expect(parsePeriod("2025-05-31..2025-05-31")).toEqual(rangePeriod("2025-05-31", "2025-05-31"));
    expect(parsePeriod("2024-02-29..2024-03-01")).toEqual(rangePeriod("2024-02-29", "2024-03-01"));
    for (const bad of [
      "2025-00",
      "2025-Q0",
      "2025-q1",
      "2025-1",
      "25",
      "12025",
      " 2025",
      "2025 ",
      "2025-01 ",
      "x2025-01",
      "2025-01-01..2025-01-02x",
      "x2025-01-01..2025-01-02",
      "x2025-Q1",
      "12025-Q1",
      "2025-Q1x",
      "2025-Q12",
      "2025-01-01...2025-01-02",
      "2025-01-01..2025-02-30",
      "2025-01-02..2025-01-01",
      "",
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it("contains its first and last day, not the days either side", () => {
    const q = quarterPeriod(2024, 1);
    expect(periodContains(q, "2023-12-31")).toBe(false);
    expect(periodContains(q, "2024-01-01")).toBe(true);
    expect(periodContains(q, "2024-02-29")).toBe(true);
    expect(periodContains(q, "2024-03-31")).toBe(true);
    expect(periodContains(q, "2024-04-01")).toBe(false);
  });

  it("counts days inclusively", () => {
    expect(periodDays(monthPeriod(2024, 2))).toBe(29);
    expect(periodDays(monthPeriod(2025, 2))).toBe(28);
    expect(periodDays(yearPeriod(2024))).toBe(366);
    expect(periodDays(yearPeriod(2025))).toBe(365);
    expect(periodDays(quarterPeriod(2024, 1))).toBe(91);
    expect(periodDays(rangePeriod("2025-05-31", "2025-05-31"))).toBe(1);
  });

  it("lists the months a period touches, including a month it only touches on its first day", () => {
    expect(monthsOf(rangePeriod("2025-05-10", "2025-05-20")).map((p) => p.label)).toEqual(["2025-05"]);
    expect(monthsOf(rangePeriod("2025-01-31", "2025-02-01")).map((p) => p.label)).toEqual([
      "2025-01",
      "2025-02",
    ]);
    expect(monthsOf(rangePeriod("2024-12-31", "2025-01-01")).map((p) => p.label)).toEqual([
      "2024-12",
      "2025-01",
    ]);
    expect(monthsOf(rangePeriod("2024-11-30", "2025-02-28")).map((p) => p.label)).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(monthsOf(yearPeriod(2025))).toHaveLength(12);
    expect(monthsOf(yearPeriod(2025))[11]).toEqual(monthPeriod(2025, 12));
    expect(monthsOf(quarterPeriod(2025, 4)).map((p) => p.label)).toEqual(["2025-10", "2025-11", "2025-12"]);
  });
});

describe("the previous period", () => {
  it("steps back across the year for January, Q1 and years", () => {
    expect(previousPeriod(monthPeriod(2025, 1))).toEqual(monthPeriod(2024, 12));
    expect(previousPeriod(monthPeriod(2024, 3))).toEqual(monthPeriod(2024, 2));
    expect(previousPeriod(monthPeriod(2025, 12))).toEqual(monthPeriod(2025, 11));
    expect(previousPeriod(quarterPeriod(2025, 1))).toEqual(quarterPeriod(2024, 4));
    expect(previousPeriod(quarterPeriod(2025, 2))).toEqual(quarterPeriod(2025, 1));
    expect(previousPeriod(quarterPeriod(2025, 4))).toEqual(quarterPeriod(2025, 3));
    expect(previousPeriod(yearPeriod(2025))).toEqual(yearPeriod(2024));
  });

  it("gives a range the same number of days, ending the day before it starts", () => {
    expect(previousPeriod(rangePeriod("2025-03-01", "2025-03-31"))).toEqual(
      rangePeriod("2025-01-29", "2025-02-28"),
    );
    expect(previousPeriod(rangePeriod("2025-01-01", "2025-01-01"))).toEqual(
      rangePeriod("2024-12-31", "2024-12-31"),
    );
    expect(previousPeriod(rangePeriod("2024-03-01", "2024-03-02"))).toEqual(
      rangePeriod("2024-02-28", "2024-02-29"),
    );
  });

  it("never overlaps a range and leaves no gap before it", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const period = rangePeriod(start, addDays(start, length));
        const previous = previousPeriod(period);
        expect(previous.kind).toBe("range");
        expect(previous.end < period.start).toBe(true);
        expect(addDays(previous.end, 1)).toBe(period.start);
        expect(periodDays(previous)).toBe(periodDays(period));
        expect(periodContains(previous, period.start)).toBe(false);
      }),
    );
  });

  it("of a month is the month that ends the day before, for every month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const previous = previousPeriod(monthPeriod(year, month));
        expect(addDays(previous.end, 1)).toBe(`${year}-${String(month).padStart(2, "0")}-01`);
        expect(previous.start.slice(8)).toBe("01");
        expect(previous.kind).toBe("month");
      }),
    );
  });
});
