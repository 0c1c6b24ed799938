import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { INTEREST_METHODS, loanSchedule, scheduleTotals } from "./loan-schedule";
import {
  allocateRepayment,
  amountOwed,
  instalmentStandings,
  type RepaymentRecord,
  repaymentAmount,
} from "./repayment";

const RUNS = { numRuns: 200 };

const schedule = loanSchedule({
  principal: 6_000_000,
  termMonths: 3,
  monthlyRateBp: 100,
  method: "declining",
  disbursedOn: "2025-01-31",
}); // 2,060,000 · 2,040,000 · 2,020,000 = 6,120,000

function pay(so: RepaymentRecord[], amount: number, paidOn: string): RepaymentRecord[] {
  const result = allocateRepayment(schedule, so, amount, paidOn);
  if (!result.ok) throw new Error(result.error.code);
  return [...so, { paidOn, allocations: result.value.allocations }];
}

describe("allocateRepayment examples", () => {
  it("pays the oldest instalment's interest first, then its principal, then the next instalment", () => {
    expect(allocateRepayment(schedule, [], 60_000, "2025-02-28")).toEqual({
      ok: true,
      value: { principal: 0, interest: 60_000, allocations: [{ number: 1, principal: 0, interest: 60_000 }] },
    });
    expect(allocateRepayment(schedule, [], 2_100_000, "2025-02-28")).toEqual({
      ok: true,
      value: {
        principal: 2_000_000,
        interest: 100_000,
        allocations: [
          { number: 1, principal: 2_000_000, interest: 60_000 },
          { number: 2, principal: 0, interest: 40_000 },
        ],
      },
    });
    const after = pay([], 70_000, "2025-02-20"); // interest 60,000 and 10,000 of principal
    expect(allocateRepayment(schedule, after, 1_990_000, "2025-02-28")).toEqual({
      ok: true,
      value: {
        principal: 1_990_000,
        interest: 0,
        allocations: [{ number: 1, principal: 1_990_000, interest: 0 }],
      },
    });
  });

  it("takes exactly what is owed and refuses one đồng more, as a typed error", () => {
    const all = allocateRepayment(schedule, [], 6_120_000, "2025-02-01");
    expect(all.ok && all.value).toMatchObject({ principal: 6_000_000, interest: 120_000 });
    expect(allocateRepayment(schedule, [], 6_120_001, "2025-02-01")).toEqual({
      ok: false,
      error: { code: "exceeds_owed", amount: 6_120_001, owed: 6_120_000 },
    });
    const paidUp = pay([], 6_120_000, "2025-02-01");
    expect(amountOwed(schedule, paidUp)).toBe(0);
    expect(allocateRepayment(schedule, paidUp, 1, "2025-03-01")).toEqual({
      ok: false,
      error: { code: "exceeds_owed", amount: 1, owed: 0 },
    });
  });

  it("refuses amounts that are not positive whole đồng, bad dates, and payments dated before one recorded", () => {
    for (const amount of [0, -5, 1.5, Number.NaN, 2 ** 53])
      expect(allocateRepayment(schedule, [], amount, "2025-02-28")).toEqual({
        ok: false,
        error: { code: "bad_amount", amount },
      });
    expect(allocateRepayment(schedule, [], 1, "2025-02-30")).toEqual({
      ok: false,
      error: { code: "bad_date", paidOn: "2025-02-30" },
    });
    const so = pay([], 100_000, "2025-03-10");
    expect(allocateRepayment(schedule, so, 1, "2025-03-09")).toEqual({
      ok: false,
      error: { code: "before_previous_payment", paidOn: "2025-03-09", latestPaidOn: "2025-03-10" },
    });
    expect(allocateRepayment(schedule, so, 1, "2025-03-10").ok).toBe(true);
  });

  it("reports each instalment's standing as of a date", () => {
    const so = pay(pay([], 2_060_000, "2025-02-28"), 50_000, "2025-04-01");
    expect(instalmentStandings(schedule, so, "2025-03-31")).toEqual([
      { number: 1, dueOn: "2025-02-28", principalUnpaid: 0, interestUnpaid: 0 },
      { number: 2, dueOn: "2025-03-31", principalUnpaid: 2_000_000, interestUnpaid: 40_000 },
      { number: 3, dueOn: "2025-04-30", principalUnpaid: 2_000_000, interestUnpaid: 20_000 },
    ]);
    expect(instalmentStandings(schedule, so)[1]).toMatchObject({
      principalUnpaid: 1_990_000,
      interestUnpaid: 0,
    });
    expect(repaymentAmount(so[1]!)).toBe(50_000);
  });
});

describe("allocateRepayment properties", () => {
  const loan = fc.record({
    principal: fc.integer({ min: 1, max: 50_000_000 }),
    termMonths: fc.integer({ min: 1, max: 24 }),
    monthlyRateBp: fc.integer({ min: 0, max: 300 }),
    method: fc.constantFrom(...INTEREST_METHODS),
    disbursedOn: fc.constant("2025-01-31"),
  });
  // Each payment as a share (in millionths) of what is still owed, sometimes more than owed.
  const payments = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 1_200_000 }), fc.integer({ min: 0, max: 45 })),
    {
      maxLength: 30,
    },
  );

  it("never loses or creates a đồng, pays oldest first and interest before principal", () => {
    fc.assert(
      fc.property(loan, payments, (terms, shares) => {
        const s = loanSchedule(terms);
        const total = scheduleTotals(s).total;
        let so: RepaymentRecord[] = [];
        let paidOn = "2025-02-01";
        let paidSoFar = 0;
        for (const [share, gap] of shares) {
          paidOn = addDays(paidOn, gap);
          const owed = amountOwed(s, so);
          expect(owed).toBe(total - paidSoFar);
          const amount = Math.max(1, Math.floor((owed * share) / 1_000_000));
          const result = allocateRepayment(s, so, amount, paidOn);
          if (amount > owed) {
            expect(result).toEqual({ ok: false, error: { code: "exceeds_owed", amount, owed } });
            continue;
          }
          expect(result.ok).toBe(true);
          if (!result.ok) continue;
          const { principal, interest, allocations } = result.value;
          expect(principal + interest).toBe(amount);
          expect(allocations.reduce((sum, a) => sum + a.principal + a.interest, 0)).toBe(amount);
          expect(allocations.reduce((sum, a) => sum + a.principal, 0)).toBe(principal);
          // Oldest first, interest before principal: every part before the last touched is now paid up.
          const before = instalmentStandings(s, so);
          so = [...so, { paidOn, allocations }];
          const after = instalmentStandings(s, so);
          const numbers = allocations.map((a) => a.number);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          const last = numbers.at(-1)!;
          for (const st of after)
            if (st.number < last) expect(st.principalUnpaid + st.interestUnpaid).toBe(0);
          for (const a of allocations) {
            const was = before.find((st) => st.number === a.number)!;
            expect(a.interest).toBeLessThanOrEqual(was.interestUnpaid);
            expect(a.principal).toBeLessThanOrEqual(was.principalUnpaid);
            if (a.principal > 0) expect(a.interest).toBe(was.interestUnpaid);
            expect(a.principal >= 0 && a.interest >= 0 && a.principal + a.interest > 0).toBe(true);
          }
          paidSoFar += amount;
        }
        // Paying the rest settles the loan exactly.
        const rest = amountOwed(s, so);
        if (rest > 0) {
          const final = allocateRepayment(s, so, rest, paidOn);
          expect(final.ok).toBe(true);
          if (final.ok) so = [...so, { paidOn, allocations: final.value.allocations }];
        }
        expect(amountOwed(s, so)).toBe(0);
        expect(so.reduce((sum, p) => sum + repaymentAmount(p), 0)).toBe(total);
      }),
      RUNS,
    );
  });
});
