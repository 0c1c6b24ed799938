import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, ageOn, isIsoDate, startOfVietnamDay, vietnamDate } from "./dates";
import {
  monthsOf,
  parsePeriod,
  periodContains,
  periodDays,
  previousPeriod,
  quarterPeriod,
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
