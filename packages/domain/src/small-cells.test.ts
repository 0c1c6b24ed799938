import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositionOn, type MemberFacts } from "./composition";
import { publishComposition, publishCount, SMALL_CELL, suppressSmallCells } from "./small-cells";

describe("publishCount", () => {
  it("shows 0 to 4 as <5 and 5 upward exactly", () => {
    expect([0, 1, 4, 5, 6, 60].map(publishCount)).toEqual(["<5", "<5", "<5", 5, 6, 60]);
  });
});

describe("suppressSmallCells", () => {
  it("hides small parts, withholds parts whose rest is small, and keeps the others exact", () => {
    expect(suppressSmallCells(60, { women: 57, poor: 3, older: 30, alone: 0, all: 60 })).toEqual({
      total: 60,
      parts: { women: null, poor: "<5", older: 30, alone: "<5", all: null },
    });
  });

  it("shows a total under 5 and all its parts as <5", () => {
    expect(suppressSmallCells(4, { women: 4, poor: 0 })).toEqual({
      total: "<5",
      parts: { women: "<5", poor: "<5" },
    });
  });

  it("at the boundary: 5 is shown, and a rest of exactly 5 does not withhold", () => {
    expect(suppressSmallCells(10, { a: 5, b: 6 })).toEqual({ total: 10, parts: { a: 5, b: null } });
  });

  it("never publishes a small count, nor one that gives a small count away by subtraction", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 500 })
          .chain((total) =>
            fc.tuple(fc.constant(total), fc.array(fc.integer({ min: 0, max: total }), { maxLength: 6 })),
          ),
        ([total, counts]) => {
          const parts = Object.fromEntries(counts.map((n, i) => [`p${i}`, n]));
          const published = suppressSmallCells(total, parts);
          expect(published.total).toBe(total < 5 ? SMALL_CELL : total);
          counts.forEach((n, i) => {
            const shown = published.parts[`p${i}`];
            if (typeof shown === "number") {
              expect(shown).toBe(n);
              expect(shown).toBeGreaterThanOrEqual(5);
              expect(total - shown).toBeGreaterThanOrEqual(5);
            } else if (shown === SMALL_CELL) expect(n).toBeLessThan(5);
            else expect(total - n).toBeLessThan(5);
          });
        },
      ),
    );
  });
});

const member = (facts: Partial<MemberFacts>): MemberFacts => ({
  sex: "female",
  birthDate: null,
  birthYear: 1950,
  povertyStatus: "none",
  livesAlone: false,
  joinedOn: "2020-01-01",
  leftOn: null,
  ...facts,
});

describe("publishComposition", () => {
  it("keeps a large club's figures, suppresses small groups and their shares", () => {
    const club = [
      ...Array.from({ length: 30 }, () => member({})),
      ...Array.from({ length: 27 }, () => member({ sex: "male", birthYear: 1990 })),
      ...Array.from({ length: 3 }, () => member({ povertyStatus: "poor", livesAlone: true })),
    ];
    const published = publishComposition(compositionOn(club, "2025-06-30"));
    expect(published).toMatchObject({
      asOf: "2025-06-30",
      members: 60,
      older: 33,
      younger: 27,
      women: 33,
      poorOrNearPoor: "<5",
      livingAlone: "<5",
      shares: { older: 0.55, younger: 0.45, women: 0.55, poorOrNearPoor: null, livingAlone: null },
    });
    expect(published.targets.members).toEqual({ value: 60, target: { min: 50, max: 70 }, met: true });
  });

  it("withholds the older count when the younger ones are fewer than 5, and their targets", () => {
    const club = [
      ...Array.from({ length: 8 }, () => member({})),
      ...Array.from({ length: 2 }, () => member({ birthYear: 1995 })),
    ];
    const published = publishComposition(compositionOn(club, "2025-06-30"));
    expect(published).toMatchObject({ members: 10, older: null, younger: "<5", women: null });
    expect(published.targets.olderShare).toEqual({ value: null, target: { min: 0.6, max: 0.7 }, met: null });
    expect(published.targets.youngerShare.value).toBeNull();
    expect(JSON.stringify(published)).not.toMatch(/"(older|younger|women)":\s*\d/);
  });

  it("a club under 5 shows nothing exact", () => {
    const published = publishComposition(compositionOn([member({}), member({ sex: "male" })], "2025-06-30"));
    expect(published).toMatchObject({ members: "<5", older: "<5", women: "<5", poorOrNearPoor: "<5" });
    expect(Object.values(published.shares).every((s) => s === null)).toBe(true);
  });
});
