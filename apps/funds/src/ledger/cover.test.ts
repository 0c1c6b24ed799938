import { availableCash, CASH_ACCOUNT, cashEffect, expensePaid, FUNDS, grantReceived } from "@ishc/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availableFrom } from "./cover";

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-03-${String(d).padStart(2, "0")}`);
const posting = fc.oneof(
  fc.record({
    kind: fc.constant("grant" as const),
    on: day,
    fund: fc.constantFrom(...FUNDS),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({
    kind: fc.constant("expense" as const),
    on: day,
    amount: fc.integer({ min: 1, max: 5_000_000 }),
  }),
);

describe("the cover check from the running cash and the days after (availableFrom)", () => {
  it("gives what the whole journal gives (the domain's availableCash), for any books and day", () => {
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 30 }), day, fc.constantFrom(...FUNDS), (ops, on, fund) => {
        const entries = ops.map((op) =>
          op.kind === "grant"
            ? grantReceived({
                on: op.on,
                fund: op.fund,
                source: "association",
                amount: op.amount,
                memo: null,
              })
            : expensePaid({ on: op.on, amount: op.amount, purpose: "Chi" }),
        );
        // The running cash the postings keep, and each later day's net move on the fund's cash account.
        const cashNow = entries.reduce((sum, e) => sum + cashEffect(e)[fund], 0);
        const byDay = new Map<string, number>();
        for (const e of entries) {
          if (e.on <= on) continue;
          for (const line of e.lines) {
            if (line.account !== CASH_ACCOUNT[fund]) continue;
            const signed = line.side === "debit" ? line.amount : -line.amount;
            byDay.set(e.on, (byDay.get(e.on) ?? 0) + signed);
          }
        }
        const moves = [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([d, net]) => ({ on: d, net }));
        expect(availableFrom(cashNow, moves)).toBe(availableCash(entries, fund, on));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a back-dated payment from overdrawing a later day", () => {
    // 120 now, after 80 left on the 10th and 100 came in on the 20th: 100 at the end of the 5th,
    // but only 20 on the 10th, so a payment dated the 5th may take 20.
    expect(
      availableFrom(120, [
        { on: "2024-03-10", net: -80 },
        { on: "2024-03-20", net: 100 },
      ]),
    ).toBe(20);
    expect(availableFrom(0, [])).toBe(0);
    expect(availableFrom(50, [{ on: "2024-03-10", net: 60 }])).toBe(0);
  });
});
