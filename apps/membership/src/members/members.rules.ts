import {
  type IsoDate,
  isSamePerson,
  overlappingStint,
  type PersonIdentity,
  type Stint,
  vietnamDate,
  yearOf,
} from "@ishc/domain";
import type { FieldError } from "@ishc/domain/contracts";

type Birth = { birthDate?: string | null; birthYear?: number | null };

/** What makes a joining date impossible for this club and person; empty when it is fine. */
export function joiningDateProblems(
  joinedOn: IsoDate,
  club: { foundedOn: IsoDate; status: string },
  birth: Birth,
  today: IsoDate = vietnamDate(),
): FieldError[] {
  const problems: FieldError[] = [];
  if (joinedOn > today) problems.push({ field: "joinedOn", message: "must not be in the future" });
  if (joinedOn < club.foundedOn) {
    problems.push({
      field: "joinedOn",
      message: `must not be before the club was founded (${club.foundedOn})`,
    });
  }
  if (
    birth.birthDate
      ? birth.birthDate > joinedOn
      : birth.birthYear != null && birth.birthYear > yearOf(joinedOn)
  ) {
    problems.push({ field: "joinedOn", message: "is before the person was born" });
  }
  return problems;
}

/** A person the club has enrolled, with one of their stints in it. */
export type EnrolledPerson = PersonIdentity & Stint;

/**
 * Why a new person joining the club on `joinedOn` would be someone it already
 * has (the one rule of `isSamePerson`, for JSON enrolment and the CSV import
 * alike): an active member by that name and birth year, or a former one whose
 * stint the new one would overlap. Null when neither.
 */
export function enrolledAlready(
  person: PersonIdentity,
  joinedOn: IsoDate,
  enrolled: readonly EnrolledPerson[],
): FieldError | null {
  const same = enrolled.filter((other) => isSamePerson(person, other));
  if (same.some((stint) => stint.leftOn === null)) {
    return {
      field: "fullName",
      message: "is already an active member of this club (same name and birth year)",
    };
  }
  const overlap = overlappingStint(joinedOn, same);
  return overlap
    ? {
        field: "joinedOn",
        message: stintOverlapMessage(overlap, "the same person (same name and birth year)"),
      }
    : null;
}

export function stintOverlapMessage(stint: Stint, who = "the person"): string {
  return `overlaps the membership of ${who} in this club from ${stint.joinedOn} to ${stint.leftOn}: a member rejoins from the day after leaving`;
}
