import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositionOn, ISHC_TARGETS, isMemberOn, type MemberFacts } from "./composition";
import { addDays } from "./dates";

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

const base: MemberFacts = {
  sex: "male",
  birthDate: null,
  birthYear: 1990,
  povertyStatus: "none",
  livesAlone: false,
  joinedOn: "2020-01-01",
  leftOn: null,
};
const some = (n: number, facts: Partial<MemberFacts>): MemberFacts[] =>
  Array.from({ length: n }, () => ({ ...base, ...facts }));

describe("who is a member on a date", () => {
  const m = { joinedOn: "2024-03-10", leftOn: "2025-05-01" };

  it("is a member from the joining day on, not the day before", () => {
    expect(isMemberOn(m, "2024-03-09")).toBe(false);
    expect(isMemberOn(m, "2024-03-10")).toBe(true);
  });

  it("is no longer a member on the leaving day, but still the day before", () => {
    expect(isMemberOn(m, "2025-04-30")).toBe(true);
    expect(isMemberOn(m, "2025-05-01")).toBe(false);
    expect(isMemberOn(m, "2025-05-02")).toBe(false);
  });

  it("stays a member while no leaving date is set", () => {
    expect(isMemberOn({ joinedOn: "2024-03-10", leftOn: null }, "2099-12-31")).toBe(true);
  });

  it("counts a membership that ended the day it began as never active", () => {
    expect(isMemberOn({ joinedOn: "2024-03-10", leftOn: "2024-03-10" }, "2024-03-10")).toBe(false);
  });

  it("holds on exactly the days in [joinedOn, leftOn)", () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), day, (joinedOn, leftOn, on) => {
        fc.pre(leftOn === null || leftOn >= joinedOn);
        const expected = joinedOn <= on && (leftOn === null || on < leftOn);
        expect(isMemberOn({ joinedOn, leftOn }, on)).toBe(expected);
        expect(compositionOn([{ ...base, joinedOn, leftOn }], on).members).toBe(expected ? 1 : 0);
      }),
    );
  });

  it("leaves the member out of the composition on the leaving day", () => {
    const facts = [{ ...base, joinedOn: "2020-01-01", leftOn: "2025-05-01" }];
    expect(compositionOn(facts, "2025-04-30").members).toBe(1);
    expect(compositionOn(facts, "2025-05-01").members).toBe(0);
  });
});

describe("older members: 55 or over", () => {
  it("pins the ISHC targets", () => {
    expect(ISHC_TARGETS).toEqual({
      olderAge: 55,
      members: { min: 50, max: 70 },
      olderShare: { min: 0.6, max: 0.7 },
      womenShare: { min: 0.6, max: 0.7 },
      youngerShare: { min: 0.3, max: 0.4 },
    });
  });

  it("with a year of birth alone, counts someone turning 55 in the as-of year as older from 1 January", () => {
    expect(compositionOn(some(1, { birthYear: 1970 }), "2025-01-01")).toMatchObject({ older: 1, younger: 0 });
    expect(compositionOn(some(1, { birthYear: 1971 }), "2025-12-31")).toMatchObject({ older: 0, younger: 1 });
    expect(compositionOn(some(1, { birthYear: 1970 }), "2024-12-31")).toMatchObject({ older: 0, younger: 1 });
  });

  it("with a full birth date, counts someone as older from their 55th birthday", () => {
    const facts = some(1, { birthDate: "1970-06-15", birthYear: 1970 });
    expect(compositionOn(facts, "2025-06-14")).toMatchObject({ older: 0, younger: 1 });
    expect(compositionOn(facts, "2025-06-15")).toMatchObject({ older: 1, younger: 0 });
  });

  it("is older exactly when the age on the date is at least 55", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1930, max: 2005 }),
        fc.integer({ min: 2018, max: 2030 }),
        (birthYear, year) => {
          const c = compositionOn(some(1, { birthYear, joinedOn: "2018-01-01" }), `${year}-07-01`);
          expect(c.older).toBe(year - birthYear >= 55 ? 1 : 0);
        },
      ),
    );
  });
});

describe("counts and shares", () => {
  it("counts women, poor or near-poor, and those living alone", () => {
    const c = compositionOn(
      [
        { ...base, sex: "female", povertyStatus: "poor", livesAlone: true },
        { ...base, sex: "female", povertyStatus: "near_poor" },
        { ...base, sex: "male", povertyStatus: "none", livesAlone: true },
        { ...base, sex: "male", povertyStatus: "poor" },
      ],
      "2025-01-01",
    );
    expect(c).toMatchObject({
      members: 4,
      women: 2,
      poorOrNearPoor: 3,
      livingAlone: 2,
      older: 0,
      younger: 4,
    });
    expect(c.shares).toEqual({ older: 0, younger: 1, women: 0.5, poorOrNearPoor: 0.75, livingAlone: 0.5 });
    expect(c.asOf).toBe("2025-01-01");
  });

  it("gives an empty club shares of 0, not NaN, and meets no target", () => {
    const c = compositionOn([], "2025-01-01");
    expect(c.shares).toEqual({ older: 0, younger: 0, women: 0, poorOrNearPoor: 0, livingAlone: 0 });
    expect(c.targets.members).toEqual({ value: 0, target: { min: 50, max: 70 }, met: false });
  });

  it("meets the member target from 50 to 70 inclusive", () => {
    const met = (n: number) => compositionOn(some(n, {}), "2025-01-01").targets.members.met;
    expect([49, 50, 51, 69, 70, 71].map(met)).toEqual([false, true, true, true, true, false]);
  });

  it("meets the share targets at their bounds inclusive (60–70 % older and women, 30–40 % younger)", () => {
    const club = (older: number, women: number) =>
      compositionOn(
        [
          ...some(older, { birthYear: 1950 }).map((m, i) => ({
            ...m,
            sex: i < women ? ("female" as const) : ("male" as const),
          })),
          ...some(10 - older, { birthYear: 1990 }).map((m, i) => ({
            ...m,
            sex: i + older < women ? ("female" as const) : ("male" as const),
          })),
        ],
        "2025-01-01",
      ).targets;
    expect(club(5, 5)).toMatchObject({
      olderShare: { value: 0.5, met: false },
      womenShare: { value: 0.5, met: false },
      youngerShare: { value: 0.5, met: false },
    });
    expect(club(6, 6)).toMatchObject({
      olderShare: { value: 0.6, met: true, target: { min: 0.6, max: 0.7 } },
      womenShare: { value: 0.6, met: true, target: { min: 0.6, max: 0.7 } },
      youngerShare: { value: 0.4, met: true, target: { min: 0.3, max: 0.4 } },
    });
    expect(club(7, 7)).toMatchObject({
      olderShare: { value: 0.7, met: true },
      womenShare: { value: 0.7, met: true },
      youngerShare: { value: 0.3, met: true },
    });
    expect(club(8, 8)).toMatchObject({
      olderShare: { value: 0.8, met: false },
      womenShare: { value: 0.8, met: false },
      youngerShare: { value: 0.2, met: false },
    });
  });
});
