import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositionOn, type MemberFacts } from "./composition";

const member = fc
  .record({
    sex: fc.constantFrom("female" as const, "male" as const),
    birthDate: fc.constant(null),
    birthYear: fc.integer({ min: 1930, max: 2005 }),
    povertyStatus: fc.constantFrom("poor" as const, "near_poor" as const, "none" as const),
    livesAlone: fc.boolean(),
    joinedOn: fc.constantFrom("2018-01-01", "2020-06-01", "2024-12-01"),
    leftOn: fc.constantFrom(null, "2021-01-01", "2025-03-01"),
  })
  .filter((m) => m.leftOn === null || m.leftOn >= m.joinedOn);

describe("club composition", () => {
  it("counts only memberships active on the date", () => {
    const facts: MemberFacts[] = [
      {
        sex: "female",
        birthDate: "1956-04-12",
        birthYear: 1956,
        povertyStatus: "poor",
        livesAlone: false,
        joinedOn: "2019-01-01",
        leftOn: null,
      },
      {
        sex: "male",
        birthDate: null,
        birthYear: 1990,
        povertyStatus: "none",
        livesAlone: true,
        joinedOn: "2019-01-01",
        leftOn: "2022-01-01",
      },
      {
        sex: "female",
        birthDate: "1970-06-01",
        birthYear: 1970,
        povertyStatus: "near_poor",
        livesAlone: false,
        joinedOn: "2023-01-01",
        leftOn: null,
      },
    ];
    expect(compositionOn(facts, "2021-06-01")).toMatchObject({ members: 2, older: 1, younger: 1, women: 1 });
    const now = compositionOn(facts, "2025-05-31");
    expect(now).toMatchObject({ members: 2, older: 1, younger: 1, women: 2, poorOrNearPoor: 2 });
    expect(now.targets.womenShare.met).toBe(false);
  });

  it("splits members into older and younger, with shares between 0 and 1", () => {
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 80 }),
        fc.constantFrom("2019-06-01", "2022-01-01", "2025-05-31"),
        (facts, asOf) => {
          const c = compositionOn(facts, asOf);
          expect(c.older + c.younger).toBe(c.members);
          expect(c.women).toBeLessThanOrEqual(c.members);
          for (const share of Object.values(c.shares)) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          if (c.members > 0) expect(c.shares.older + c.shares.younger).toBeCloseTo(1, 10);
          expect(c.targets.members.met).toBe(c.members >= 50 && c.members <= 70);
        },
      ),
    );
  });
});
