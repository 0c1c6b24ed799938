import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityType } from "./catalogue";
import {
  activityMeasureProblems,
  participantCountProblem,
  spanDays,
  toHalfDays,
  toMinutes,
} from "./measures";

const labour = activityType("labour_support")!;
const culture = activityType("cultural_event")!;
const gifts = activityType("gifts_support")!;
const day = { startsOn: "2024-09-08", endsOn: "2024-09-08" };
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe("activity measures", () => {
  it("counts days inclusively and labour in half days", () => {
    expect(spanDays("2024-09-08", "2024-09-08")).toBe(1);
    expect(spanDays("2024-02-28", "2024-03-01")).toBe(3);
    expect(toHalfDays(1.5)).toBe(3);
    expect(toHalfDays(0.3)).toBeNull();
    expect(toMinutes(1.25)).toBe(75);
    expect(toMinutes(0.01)).toBeNull();
  });

  it("accepts labour support with a purpose and each member's days", () => {
    const problems = activityMeasureProblems(labour, {
      ...day,
      purpose: "storm",
      participants: [{ labourDays: 1 }, { labourDays: 0.5, hours: 4 }],
    });
    expect(problems).toEqual([]);
  });

  it("names each impossible measure by its field", () => {
    const problems = activityMeasureProblems(labour, {
      ...day,
      sessions: 2,
      participants: [{ labourDays: 2 }, { labourDays: 0.3 }, { labourDays: 1, hours: 25 }, {}],
    });
    expect(fields(problems)).toEqual([
      "sessions",
      "purpose",
      "participants.0.labourDays",
      "participants.1.labourDays",
      "participants.2.hours",
      "participants.3.labourDays",
    ]);
  });

  it("requires the measures a type calls for and refuses a purpose where none applies", () => {
    expect(fields(activityMeasureProblems(culture, { ...day, purpose: "flood", participants: [] }))).toEqual([
      "sessions",
      "participantCount",
      "purpose",
    ]);
    expect(fields(activityMeasureProblems(gifts, { ...day, peopleReached: 3, participants: [] }))).toEqual([
      "moneyVnd",
    ]);
    expect(
      fields(
        activityMeasureProblems(culture, {
          ...day,
          sessions: 1,
          participantCount: 1,
          participants: [{}, {}],
        }),
      ),
    ).toEqual(["participantCount"]);
  });

  it("refuses more participants than members", () => {
    expect(participantCountProblem(40, 40)).toBeNull();
    expect(participantCountProblem(41, 40)?.field).toBe("participantCount");
    expect(participantCountProblem(undefined, 0)).toBeNull();
  });

  it("never allows more than 24 hours a day, whatever the span (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 400 }), (days, hours) => {
        const endsOn = new Date(Date.UTC(2024, 0, days)).toISOString().slice(0, 10);
        const problems = activityMeasureProblems(culture, {
          startsOn: "2024-01-01",
          endsOn,
          sessions: 1,
          participantCount: 1,
          hours,
          participants: [],
        });
        expect(problems.some((p) => p.field === "hours")).toBe(hours > 24 * days);
      }),
    );
  });
});
