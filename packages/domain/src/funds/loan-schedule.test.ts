import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isIsoDate } from "../dates";
import { vnd } from "../money";
import {
  addMonthsClamped,
  INTEREST_METHODS,
  loanAmountProblem,
  loanSchedule,
  loanTermsIssues,
  MAX_MONTHLY_RATE_BP,
  MAX_TERM_MONTHS,
  scheduleTotals,
} from "./loan-schedule";

const RUNS = { numRuns: 200 };

const date = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const input = fc.record({
  principal: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000_000_000 })),
  termMonths: fc.integer({ min: 1, max: 60 }),
  monthlyRateBp: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 300 }),
    fc.integer({ min: 0, max: 10_000 }),
  ),
  method: fc.constantFrom(...INTEREST_METHODS),
  disbursedOn: date,
});

describe("addMonthsClamped", () => {
  it("keeps the day of the month, clamped to the month's last day, from the start date each time", () => {
    expect(addMonthsClamped("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsClamped("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonthsClamped("2025-01-31", 2)).toBe("2025-03-31");
    expect(addMonthsClamped("2025-01-31", 3)).toBe("2025-04-30");
    expect(addMonthsClamped("2025-12-15", 1)).toBe("2026-01-15");
    expect(addMonthsClamped("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsClamped("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonthsClamped("2025-03-10", 0)).toBe("2025-03-10");
  });
});

describe("loan terms", () => {
  const terms = { minAmount: vnd(1_000_000), maxAmount: vnd(10_000_000), termMonths: 12, monthlyRateBp: 50 };

  it("accepts sound terms and names every problem with unsound ones", () => {
    expect(loanTermsIssues({ ...terms, method: "flat" })).toEqual([]);
    expect(loanTermsIssues({ ...terms, minAmount: terms.maxAmount, method: "declining" })).toEqual([]);
    expect(
      loanTermsIssues({
        minAmount: 0,
        maxAmount: 1.5,
        termMonths: 0,
        monthlyRateBp: -1,
        method: "balloon",
      }).map((i) => i.code),
    ).toEqual(["bad_amount", "bad_amount", "bad_term", "bad_rate", "bad_method"]);
    expect(loanTermsIssues({ ...terms, minAmount: 2, maxAmount: 1, method: "flat" })).toEqual([
      { code: "min_above_max" },
    ]);
    expect(loanTermsIssues({ ...terms, termMonths: MAX_TERM_MONTHS + 1, method: "flat" })).toEqual([
      { code: "bad_term" },
    ]);
    expect(loanTermsIssues({ ...terms, monthlyRateBp: MAX_MONTHLY_RATE_BP + 1, method: "flat" })).toEqual([
      { code: "bad_rate" },
    ]);
    expect(loanTermsIssues({ ...terms, monthlyRateBp: 0.5, method: "flat" })).toEqual([{ code: "bad_rate" }]);
  });

  it("lends from the minimum to the maximum, both included", () => {
    expect(loanAmountProblem(terms, 1_000_000)).toBeNull();
    expect(loanAmountProblem(terms, 10_000_000)).toBeNull();
    expect(loanAmountProblem(terms, 999_999)?.code).toBe("below_min");
    expect(loanAmountProblem(terms, 10_000_001)?.code).toBe("above_max");
    expect(loanAmountProblem(terms, 2_000_000.5)?.code).toBe("bad_amount");
    expect(loanAmountProblem(terms, 0)?.code).toBe("bad_amount");
  });
});

describe("loanSchedule examples", () => {
  it("flat: the same interest on the original principal every month", () => {
    const s = loanSchedule({
      principal: 5_000_000,
      termMonths: 12,
      monthlyRateBp: 50,
      method: "flat",
      disbursedOn: "2025-01-15",
    });
    expect(s).toHaveLength(12);
    expect(s.every((i) => i.interest === 25_000)).toBe(true);
    expect(s.slice(0, 11).every((i) => i.principal === 416_666)).toBe(true);
    expect(s[11]!.principal).toBe(416_674);
    expect(scheduleTotals(s)).toEqual({ principal: 5_000_000, interest: 300_000, total: 5_300_000 });
    expect(s[0]!.dueOn).toBe("2025-02-15");
    expect(s[11]!.dueOn).toBe("2026-01-15");
  });

  it("declining: equal principal, interest on the balance still outstanding", () => {
    const s = loanSchedule({
      principal: 6_000_000,
      termMonths: 3,
      monthlyRateBp: 100,
      method: "declining",
      disbursedOn: "2025-01-31",
    });
    expect(s).toEqual([
      { number: 1, dueOn: "2025-02-28", principal: 2_000_000, interest: 60_000 },
      { number: 2, dueOn: "2025-03-31", principal: 2_000_000, interest: 40_000 },
      { number: 3, dueOn: "2025-04-30", principal: 2_000_000, interest: 20_000 },
    ]);
  });

  it("puts the rounding residue on the last instalment", () => {
    // Declining on 100,001 đồng at 1 bp: exact interest 10.0001 + 6.6668 + 3.3335 = 20.0004 → 20.
    const declining = loanSchedule({
      principal: 100_001,
      termMonths: 3,
      monthlyRateBp: 1,
      method: "declining",
      disbursedOn: "2025-06-01",
    });
    expect(declining.map((i) => [i.principal, i.interest])).toEqual([
      [33_333, 10],
      [33_333, 6],
      [33_335, 4],
    ]);
    // Flat on 150 đồng at 1 % for one month: 1.5 đồng, rounded half up.
    const one = loanSchedule({
      principal: 150,
      termMonths: 1,
      monthlyRateBp: 100,
      method: "flat",
      disbursedOn: "2025-06-01",
    });
    expect(one).toEqual([{ number: 1, dueOn: "2025-07-01", principal: 150, interest: 2 }]);
    // A loan smaller than its term in đồng: the early instalments carry no principal, the last all of it.
    const tiny = loanSchedule({
      principal: 2,
      termMonths: 3,
      monthlyRateBp: 0,
      method: "flat",
      disbursedOn: "2025-06-01",
    });
    expect(tiny.map((i) => i.principal)).toEqual([0, 0, 2]);
    expect(tiny.every((i) => i.interest === 0)).toBe(true);
  });

  it("refuses input the terms would refuse", () => {
    const ok = {
      principal: 1_000,
      termMonths: 3,
      monthlyRateBp: 50,
      method: "flat" as const,
      disbursedOn: "2025-06-01",
    };
    for (const bad of [
      { principal: 0 },
      { principal: 10.5 },
      { principal: 2 ** 53 },
      { termMonths: 0 },
      { termMonths: MAX_TERM_MONTHS + 1 },
      { termMonths: 1.5 },
      { monthlyRateBp: -1 },
      { monthlyRateBp: MAX_MONTHLY_RATE_BP + 1 },
      { disbursedOn: "2025-02-29" },
    ]) {
      expect(() => loanSchedule({ ...ok, ...bad })).toThrow(RangeError);
    }
    expect(() =>
      loanSchedule({ ...ok, termMonths: MAX_TERM_MONTHS, monthlyRateBp: MAX_MONTHLY_RATE_BP }),
    ).not.toThrow();
  });
});

describe("loanSchedule properties", () => {
  it("adds up exactly to principal + total interest, every amount a non-negative whole đồng", () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = loanSchedule(i);
        expect(s).toHaveLength(i.termMonths);
        const totals = scheduleTotals(s);
        expect(totals.principal).toBe(i.principal);
        expect(totals.total).toBe(i.principal + totals.interest);
        for (const instalment of s) {
          expect(Number.isSafeInteger(instalment.principal) && instalment.principal >= 0).toBe(true);
          expect(Number.isSafeInteger(instalment.interest) && instalment.interest >= 0).toBe(true);
        }
        expect(s.map((x) => x.number)).toEqual(Array.from({ length: i.termMonths }, (_, k) => k + 1));
      }),
      RUNS,
    );
  });

  it("charges the exact interest, each instalment but the last rounded down and the total rounded to the nearest đồng", () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = loanSchedule(i);
        let balance = i.principal;
        let exactTotal = 0;
        s.forEach((instalment, k) => {
          const exact = ((i.method === "flat" ? i.principal : balance) * i.monthlyRateBp) / 10_000;
          exactTotal += exact;
          if (k < s.length - 1) {
            expect(instalment.interest).toBeLessThanOrEqual(exact + 1e-6);
            expect(instalment.interest).toBeGreaterThan(exact - 1 - 1e-6);
          }
          balance -= instalment.principal;
        });
        expect(Math.abs(scheduleTotals(s).interest - exactTotal)).toBeLessThanOrEqual(
          0.5 + 1e-6 * exactTotal + 1e-6,
        );
        // Equal principal parts: the early ones are equal, the last no smaller.
        const first = s[0]!.principal;
        expect(s.slice(0, -1).every((x) => x.principal === first)).toBe(true);
        expect(s.at(-1)!.principal).toBeGreaterThanOrEqual(first);
      }),
      RUNS,
    );
  });

  it("falls due month by month from the disbursement date, strictly later each time", () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = loanSchedule(i);
        const day = Number(i.disbursedOn.slice(8, 10));
        let previous = i.disbursedOn;
        s.forEach((instalment, k) => {
          expect(isIsoDate(instalment.dueOn)).toBe(true);
          expect(instalment.dueOn > previous).toBe(true);
          expect(instalment.dueOn).toBe(addMonthsClamped(i.disbursedOn, k + 1));
          const [y, m, d] = instalment.dueOn.split("-").map(Number) as [number, number, number];
          expect(d).toBe(Math.min(day, daysInMonth(y, m)));
          const startMonth = Number(i.disbursedOn.slice(0, 4)) * 12 + Number(i.disbursedOn.slice(5, 7));
          expect(y * 12 + m - startMonth).toBe(k + 1);
          previous = instalment.dueOn;
        });
      }),
      RUNS,
    );
  });
});
