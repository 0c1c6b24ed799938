import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addDays,
  ageOn,
  ageOnWithYear,
  daysInMonth,
  isIsoDate,
  startOfVietnamDay,
  vietnamDate,
  yearOf,
} from "./dates";

const date = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("the Vietnamese calendar day of an instant (UTC+7)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("changes day at 17:00:00Z, not a millisecond earlier", () => {
    expect(vietnamDate(new Date("2025-05-31T16:59:59.999Z"))).toBe("2025-05-31");
    expect(vietnamDate(new Date("2025-05-31T17:00:00.000Z"))).toBe("2025-06-01");
    expect(vietnamDate(new Date("2025-06-01T16:59:59.999Z"))).toBe("2025-06-01");
  });

  it("takes epoch milliseconds as well as a Date", () => {
    expect(vietnamDate(Date.parse("2025-05-31T17:00:00Z"))).toBe("2025-06-01");
    expect(vietnamDate(0)).toBe("1970-01-01");
    expect(vietnamDate(-7 * 3_600_000 - 1)).toBe("1969-12-31");
  });

  it("crosses the year and a leap day at local midnight", () => {
    expect(vietnamDate(new Date("2024-12-31T16:59:59Z"))).toBe("2024-12-31");
    expect(vietnamDate(new Date("2024-12-31T17:00:00Z"))).toBe("2025-01-01");
    expect(vietnamDate(new Date("2024-02-28T17:00:00Z"))).toBe("2024-02-29");
    expect(vietnamDate(new Date("2024-02-29T17:00:00Z"))).toBe("2024-03-01");
  });

  it("defaults to now", () => {
    vi.useFakeTimers({ now: new Date("2025-12-31T17:30:00Z") });
    expect(vietnamDate()).toBe("2026-01-01");
  });

  it("starts a local day at 17:00Z the day before", () => {
    expect(startOfVietnamDay("2025-01-01").toISOString()).toBe("2024-12-31T17:00:00.000Z");
    expect(startOfVietnamDay("2024-03-01").toISOString()).toBe("2024-02-29T17:00:00.000Z");
  });

  it("has the day start as the first instant of that day: a millisecond earlier is the day before", () => {
    fc.assert(
      fc.property(date, (d) => {
        const start = startOfVietnamDay(d).getTime();
        expect(vietnamDate(start)).toBe(d);
        expect(vietnamDate(start - 1)).toBe(addDays(d, -1));
        expect(vietnamDate(start + 86_400_000 - 1)).toBe(d);
        expect(vietnamDate(start + 86_400_000)).toBe(addDays(d, 1));
      }),
    );
  });
});

describe("calendar dates", () => {
  it("accepts 1900-01-01 and nothing before it", () => {
    expect(isIsoDate("1900-01-01")).toBe(true);
    expect(isIsoDate("1899-12-31")).toBe(false);
  });

  it("accepts months 1 to 12 and days 1 to the month's last", () => {
    expect(isIsoDate("2025-01-01")).toBe(true);
    expect(isIsoDate("2025-12-31")).toBe(true);
    expect(isIsoDate("2025-00-10")).toBe(false);
    expect(isIsoDate("2025-13-10")).toBe(false);
    expect(isIsoDate("2025-05-00")).toBe(false);
    expect(isIsoDate("2025-04-30")).toBe(true);
    expect(isIsoDate("2025-04-31")).toBe(false);
    expect(isIsoDate("2025-05-31")).toBe(true);
    expect(isIsoDate("2025-05-32")).toBe(false);
  });

  it("knows leap years: every 4th, not every 100th, but every 400th", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2025-02-28")).toBe(true);
  });

  it("takes only the exact YYYY-MM-DD form", () => {
    for (const bad of [
      "2025-1-01",
      "2025-01-1",
      "25-01-01",
      " 2025-01-01",
      "2025-01-01 ",
      "2025-01-01T00:00:00Z",
      "2025/01/01",
      "01/01/2025",
      "",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it("agrees with the JS calendar on every day", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(isIsoDate(d)).toBe(true);
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      }),
    );
  });

  it("has 28 to 31 days a month, 29 in February of a leap year", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2025-06-15", 0)).toBe("2025-06-15");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
  });

  it("reads the year of a date", () => {
    expect(yearOf("2025-12-31")).toBe(2025);
    expect(yearOf("1956-01-01")).toBe(1956);
  });
});

describe("age", () => {
  it("turns a year older on the birthday, not the day before", () => {
    expect(ageOn("1970-06-15", "2025-06-14")).toBe(54);
    expect(ageOn("1970-06-15", "2025-06-15")).toBe(55);
    expect(ageOn("1970-06-15", "2025-06-16")).toBe(55);
  });

  it("compares the month before the day", () => {
    expect(ageOn("1970-06-15", "2025-05-31")).toBe(54);
    expect(ageOn("1970-06-15", "2025-07-01")).toBe(55);
    expect(ageOn("1970-12-31", "2025-12-30")).toBe(54);
    expect(ageOn("1970-01-01", "2025-01-01")).toBe(55);
  });

  it("is 0 on the day of birth", () => {
    expect(ageOn("2025-03-10", "2025-03-10")).toBe(0);
  });

  it("counts a 29 February birthday as reached on 1 March in a common year", () => {
    expect(ageOn("1968-02-29", "2025-02-28")).toBe(56);
    expect(ageOn("1968-02-29", "2025-03-01")).toBe(57);
    expect(ageOn("1968-02-29", "2024-02-29")).toBe(56);
  });

  it("with a birth date, is the exact age; with a year alone, the age reached in that year", () => {
    expect(ageOnWithYear({ birthDate: "1970-06-15", birthYear: 1970 }, "2025-06-14")).toBe(54);
    expect(ageOnWithYear({ birthDate: "1970-06-15", birthYear: 1970 }, "2025-06-15")).toBe(55);
    expect(ageOnWithYear({ birthDate: null, birthYear: 1970 }, "2025-01-01")).toBe(55);
    expect(ageOnWithYear({ birthDate: null, birthYear: 1970 }, "2024-12-31")).toBe(54);
  });

  it("never goes down as time passes; the year-only age is the exact age or one more", () => {
    fc.assert(
      fc.property(date, date, (birth, on) => {
        fc.pre(birth <= on);
        const age = ageOn(birth, on);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(ageOn(birth, addDays(on, 1))).toBeGreaterThanOrEqual(age);
        expect(ageOnWithYear({ birthDate: null, birthYear: yearOf(birth) }, on) - age).toBeGreaterThanOrEqual(
          0,
        );
        expect(ageOnWithYear({ birthDate: null, birthYear: yearOf(birth) }, on) - age).toBeLessThanOrEqual(1);
      }),
    );
  });
});
