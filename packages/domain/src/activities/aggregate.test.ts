import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addTotals, byEveryArea, publishTotals, sumTotals, totalsOf, ZERO_TOTALS } from "./aggregate";
import { ACTIVITY_AREAS } from "./catalogue";

const totals = fc.record({
  activities: fc.nat(1000),
  sessions: fc.nat(1000),
  participantPlaces: fc.nat(1000),
  labourHalfDays: fc.nat(5000),
  minutes: fc.nat(100_000),
  moneyVnd: fc.nat(1_000_000_000),
  goodsVnd: fc.nat(1_000_000_000),
  peopleReached: fc.nat(1000),
});

describe("activity totals", () => {
  it("add up the same however the rows are grouped (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ACTIVITY_AREAS), totals), { maxLength: 30 }),
        (rows) => {
          const whole = sumTotals(rows.map(([, t]) => t));
          const perArea = byEveryArea(rows.map(([area, t]) => ({ area, ...t })));
          expect(perArea).toHaveLength(8);
          expect(perArea.reduce((n, row) => n + row.labourDays, 0)).toBe(whole.labourHalfDays / 2);
          expect(perArea.reduce((n, row) => n + row.moneyVnd, 0)).toBe(whole.moneyVnd);
          expect(perArea.reduce((n, row) => n + row.activities, 0)).toBe(whole.activities);
        },
      ),
    );
  });

  it("reads SQL's nulls over no rows as zero and shows days and hours", () => {
    expect(totalsOf({ activities: 0, labourHalfDays: null })).toEqual(ZERO_TOTALS);
    expect(
      publishTotals(addTotals(ZERO_TOTALS, { ...ZERO_TOTALS, labourHalfDays: 9, minutes: 90 })),
    ).toMatchObject({
      labourDays: 4.5,
      hours: 1.5,
    });
  });
});
