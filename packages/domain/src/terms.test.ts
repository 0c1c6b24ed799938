import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { CLUB_ROLES } from "./enums";
import { clashingTerm, isSingleSeat, overlappingStint, termsOverlap } from "./terms";

describe("a person's stints in one club never overlap", () => {
  const left = { joinedOn: "2022-01-01", leftOn: "2026-03-31" };

  it("refuses rejoining on or before the day the last stint ended", () => {
    expect(overlappingStint("2022-06-01", [left])).toBe(left);
    expect(overlappingStint("2021-01-01", [left])).toBe(left);
    expect(overlappingStint("2026-03-31", [left])).toBe(left);
    expect(overlappingStint("2026-04-01", [left])).toBeUndefined();
  });

  it("refuses any date while a stint is open", () => {
    const open = { joinedOn: "2024-01-01", leftOn: null };
    expect(overlappingStint("2030-01-01", [open])).toBe(open);
    expect(overlappingStint("2020-01-01", [open])).toBe(open);
  });

  it("checks every earlier stint, not only the last", () => {
    const first = { joinedOn: "2018-01-01", leftOn: "2019-12-31" };
    const second = { joinedOn: "2021-01-01", leftOn: "2022-12-31" };
    expect(overlappingStint("2020-06-01", [first, second])).toBe(second);
    expect(overlappingStint("2023-01-01", [first, second])).toBeUndefined();
    expect(overlappingStint("2019-06-01", [first, second])).toBe(first);
  });

  it("accepts a new stint exactly when it starts after every earlier one ended", () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2020-01-01", n));
    const stint = fc
      .tuple(day, day)
      .map(([a, b]) => (a <= b ? { joinedOn: a, leftOn: b } : { joinedOn: b, leftOn: a }));
    fc.assert(
      fc.property(fc.array(stint, { maxLength: 4 }), day, (stints, joinedOn) => {
        const free = overlappingStint(joinedOn, stints) === undefined;
        expect(free).toBe(stints.every((s) => s.leftOn! < joinedOn));
      }),
    );
  });
});

describe("single-seat board roles have one holder on any date", () => {
  it("knows the single seats", () => {
    expect(CLUB_ROLES.filter(isSingleSeat)).toEqual([
      "chair",
      "vice_chair",
      "treasurer",
      "accountant",
      "secretary",
    ]);
  });

  it("sees terms sharing a day as overlapping, both ends included", () => {
    const term = { startsOn: "2023-01-01", endsOn: "2025-12-31" };
    expect(termsOverlap(term, { startsOn: "2025-12-31", endsOn: null })).toBe(true);
    expect(termsOverlap(term, { startsOn: "2026-01-01", endsOn: null })).toBe(false);
    expect(termsOverlap(term, { startsOn: "2020-01-01", endsOn: "2023-01-01" })).toBe(true);
    expect(termsOverlap(term, { startsOn: "2020-01-01", endsOn: "2022-12-31" })).toBe(false);
    expect(termsOverlap(term, { startsOn: "2024-01-01", endsOn: "2024-02-01" })).toBe(true);
    expect(
      termsOverlap({ startsOn: "2024-01-01", endsOn: null }, { startsOn: "2030-01-01", endsOn: null }),
    ).toBe(true);
  });

  it("refuses a new chair whose term overlaps a closed term, and lets volunteers be many", () => {
    const held = [{ startsOn: "2020-01-01", endsOn: "2024-12-31" }];
    expect(clashingTerm("chair", { startsOn: "2023-06-01", endsOn: "2023-12-31" }, held)).toBe(held[0]);
    expect(clashingTerm("chair", { startsOn: "2025-01-01", endsOn: null }, held)).toBeUndefined();
    expect(clashingTerm("board_member", { startsOn: "2023-06-01", endsOn: null }, held)).toBeUndefined();
    expect(
      clashingTerm("home_care_volunteer", { startsOn: "2023-06-01", endsOn: null }, held),
    ).toBeUndefined();
  });

  it("is symmetric", () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays("2024-01-01", n));
    const term = fc
      .tuple(day, fc.option(day))
      .map(([s, e]) => ({ startsOn: e && e < s ? e : s, endsOn: e && e < s ? s : e }));
    fc.assert(
      fc.property(term, term, (a, b) => {
        expect(termsOverlap(a, b)).toBe(termsOverlap(b, a));
      }),
    );
  });
});
