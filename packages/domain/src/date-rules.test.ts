import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factDateProblem, latestPlannedDate, oneYearAfter, plannedDateProblem } from "./date-rules";
import { addDays } from "./dates";

const date = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2098-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("facts lie on or before today in Vietnam", () => {
  const today = "2026-11-29";

  it("accepts today and the past, refuses tomorrow", () => {
    expect(factDateProblem(today, today)).toBeNull();
    expect(factDateProblem("1950-01-01", today)).toBeNull();
    expect(factDateProblem(addDays(today, -1), today)).toBeNull();
    expect(factDateProblem(addDays(today, 1), today)).toBe("must not be in the future");
    expect(factDateProblem("9999-12-31", today)).toBe("must not be in the future");
  });

  it("crosses a year end and a leap day", () => {
    expect(factDateProblem("2025-01-01", "2024-12-31")).not.toBeNull();
    expect(factDateProblem("2024-02-29", "2024-02-29")).toBeNull();
    expect(factDateProblem("2024-03-01", "2024-02-29")).not.toBeNull();
  });

  it("leaves a text that is not a date to the date check", () => {
    expect(factDateProblem("not a date", today)).toBeNull();
  });

  it("holds for any pair of days", () => {
    fc.assert(
      fc.property(date, date, (d, t) => {
        expect(factDateProblem(d, t) === null).toBe(d <= t);
      }),
    );
  });
});

describe("planned changes lie at most one year ahead", () => {
  it("accepts today, tomorrow and exactly one year ahead, refuses one year and a day", () => {
    const today = "2026-11-29";
    expect(plannedDateProblem(today, today)).toBeNull();
    expect(plannedDateProblem("2026-11-30", today)).toBeNull();
    expect(plannedDateProblem("2027-11-29", today)).toBeNull();
    expect(plannedDateProblem("2027-11-30", today)).toBe(
      "must be at most one year ahead (on or before 2027-11-29)",
    );
    expect(plannedDateProblem("9999-12-31", today)).not.toBeNull();
    expect(plannedDateProblem("2000-01-01", today)).toBeNull();
  });

  it("takes 29 February to 28 February a year on, and 28 February to 28 February", () => {
    expect(oneYearAfter("2024-02-29")).toBe("2025-02-28");
    expect(plannedDateProblem("2025-02-28", "2024-02-29")).toBeNull();
    expect(plannedDateProblem("2025-03-01", "2024-02-29")).not.toBeNull();
    expect(oneYearAfter("2023-02-28")).toBe("2024-02-28");
    expect(plannedDateProblem("2024-02-29", "2023-02-28")).not.toBeNull();
    expect(oneYearAfter("2023-03-01")).toBe("2024-03-01");
  });

  it("crosses a year end", () => {
    expect(oneYearAfter("2026-12-31")).toBe("2027-12-31");
    expect(latestPlannedDate("2026-01-01")).toBe("2027-01-01");
  });

  it("is a date 365 or 366 days on, never earlier than the same month and day", () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = oneYearAfter(d);
        const days = (Date.parse(next) - Date.parse(d)) / 86_400_000;
        expect([365, 366]).toContain(days);
        expect(next.slice(5, 7)).toBe(d.slice(5, 7));
        expect(plannedDateProblem(next, d)).toBeNull();
        expect(plannedDateProblem(addDays(next, 1), d)).not.toBeNull();
      }),
    );
  });
});
