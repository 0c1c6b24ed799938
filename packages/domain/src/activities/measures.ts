/**
 * The measures an activity's type calls for, and the values that cannot be:
 * pure checks that answer each problem with the field it belongs to.
 */
import { addDays, type IsoDate } from "../dates";
import { ACTIVITY_MEASURES, type ActivityMeasure, type ActivityType } from "./catalogue";

export type FieldProblem = { field: string; message: string };

/** Days from the first to the last, both counted: one for a single day. */
export function spanDays(startsOn: IsoDate, endsOn: IsoDate): number {
  const ms = Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** Labour days are counted in half days: 1.5 → 3; null when not a whole number of half days. */
export function toHalfDays(days: number): number | null {
  const half = days * 2;
  return Number.isInteger(half) ? half : null;
}

export const halfDaysToDays = (halfDays: number) => halfDays / 2;

/** Hours as whole minutes (1.25 h → 75); null when not a whole number of minutes. */
export function toMinutes(hours: number): number | null {
  const minutes = Math.round(hours * 60);
  return Math.abs(minutes - hours * 60) < 1e-6 ? minutes : null;
}

export type ActivityMeasuresInput = {
  startsOn: IsoDate;
  endsOn: IsoDate;
  purpose?: string | null;
  sessions?: number | null;
  hours?: number | null;
  participantCount?: number | null;
  moneyVnd?: number | null;
  goodsVnd?: number | null;
  peopleReached?: number | null;
  participants: readonly { labourDays?: number | null; hours?: number | null }[];
};

const given = (value: unknown) => value !== undefined && value !== null;

const MEASURE_NAMES: Record<ActivityMeasure, string> = {
  labourDays: "labour days",
  hours: "hours",
  sessions: "sessions",
  participantCount: "a participant count",
  moneyVnd: "money given",
  goodsVnd: "goods given",
  peopleReached: "people reached",
};

/** Every problem with an activity's purpose and measures for its type; [] when it can be recorded. */
export function activityMeasureProblems(type: ActivityType, input: ActivityMeasuresInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const takes = new Set(type.measures);
  const days = spanDays(input.startsOn, input.endsOn);
  if (days < 1) return [{ field: "endsOn", message: "must not be before startsOn" }];

  for (const measure of ACTIVITY_MEASURES) {
    if (measure === "labourDays") continue;
    const value = input[measure];
    if (given(value) && !takes.has(measure)) {
      problems.push({ field: measure, message: `is not a measure of ${type.code}` });
    } else if (!given(value) && type.required.includes(measure)) {
      problems.push({
        field: measure,
        message: `is required: ${type.code} is measured in ${MEASURE_NAMES[measure]}`,
      });
    }
  }
  if (type.oneOf && !type.oneOf.some((measure) => given(input[measure as keyof ActivityMeasuresInput]))) {
    problems.push({
      field: type.oneOf[0]!,
      message: `give ${type.oneOf.map((m) => MEASURE_NAMES[m]).join(" or ")}`,
    });
  }

  if (type.purposes) {
    if (!given(input.purpose)) problems.push({ field: "purpose", message: `is required for ${type.code}` });
    else if (!type.purposes.includes(input.purpose as never)) {
      problems.push({
        field: "purpose",
        message: `must be one of ${type.purposes.join(", ")} for ${type.code}`,
      });
    }
  } else if (given(input.purpose)) {
    problems.push({ field: "purpose", message: `only labour-day support has a purpose, not ${type.code}` });
  }

  const labour = takes.has("labourDays");
  if (type.required.includes("labourDays") && input.participants.length === 0) {
    problems.push({ field: "participants", message: "list each member who gave labour days" });
  }
  input.participants.forEach((participant, i) => {
    const at = `participants.${i}`;
    if (given(participant.labourDays)) {
      const value = participant.labourDays!;
      if (!labour) problems.push({ field: `${at}.labourDays`, message: `is not a measure of ${type.code}` });
      else if (value <= 0 || toHalfDays(value) === null) {
        problems.push({
          field: `${at}.labourDays`,
          message: "must be a positive number of half days (0.5, 1, 1.5 …)",
        });
      } else if (value > days) {
        problems.push({
          field: `${at}.labourDays`,
          message: `must not be more than the ${days} day(s) the activity lasted`,
        });
      }
    } else if (type.required.includes("labourDays")) {
      problems.push({ field: `${at}.labourDays`, message: "is required: give the days this member worked" });
    }
    if (given(participant.hours)) {
      const hours = participant.hours!;
      const limit = 24 * (given(participant.labourDays) ? Math.ceil(participant.labourDays!) : days);
      if (!takes.has("hours"))
        problems.push({ field: `${at}.hours`, message: `is not a measure of ${type.code}` });
      else if (hours < 0 || toMinutes(hours) === null) {
        problems.push({ field: `${at}.hours`, message: "must be a whole number of minutes, not negative" });
      } else if (hours > limit) {
        problems.push({
          field: `${at}.hours`,
          message: `must not be more than 24 hours a day (${limit} in all)`,
        });
      }
    }
  });

  if (given(input.hours) && takes.has("hours")) {
    if (toMinutes(input.hours!) === null)
      problems.push({ field: "hours", message: "must be a whole number of minutes" });
    else if (input.hours! > 24 * days) {
      problems.push({
        field: "hours",
        message: `must not be more than 24 hours a day (${24 * days} in all)`,
      });
    }
  }
  if (given(input.participantCount) && input.participantCount! < input.participants.length) {
    problems.push({
      field: "participantCount",
      message: `must be at least the ${input.participants.length} participant(s) listed`,
    });
  }
  return problems;
}

/** More participants than the club had members on the day cannot be. */
export function participantCountProblem(
  participantCount: number | null | undefined,
  members: number,
): FieldProblem | null {
  if (!given(participantCount) || participantCount! <= members) return null;
  return {
    field: "participantCount",
    message: `must not be more than the club's ${members} member(s) on the day`,
  };
}

/** The last day of a period of `days` days beginning on `startsOn`. */
export const lastDayOf = (startsOn: IsoDate, days: number) => addDays(startsOn, days - 1);
