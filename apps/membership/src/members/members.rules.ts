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
import { ruleError } from "@ishc/edge-kit";

type Birth = { birthDate?: string | null; birthYear?: number | null };

/** What makes a joining date impossible for this club and person; empty when it is fine. */
export function joiningDateProblems(
  joinedOn: IsoDate,
  club: { foundedOn: IsoDate; status: string },
  birth: Birth,
  today: IsoDate = vietnamDate(),
): FieldError[] {
  const problems: FieldError[] = [];
  if (joinedOn > today) problems.push(ruleError("joinedOn", "must not be in the future", "in_future"));
  if (joinedOn < club.foundedOn) {
    problems.push(
      ruleError(
        "joinedOn",
        `must not be before the club was founded (${club.foundedOn})`,
        "before_founding",
        {
          date: club.foundedOn,
        },
      ),
    );
  }
  if (
    birth.birthDate
      ? birth.birthDate > joinedOn
      : birth.birthYear != null && birth.birthYear > yearOf(joinedOn)
  ) {
    problems.push(ruleError("joinedOn", "is before the person was born", "before_birth"));
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
    return ruleError(
      "fullName",
      "is already an active member of this club (same name and birth year)",
      "already_member",
    );
  }
  const overlap = overlappingStint(joinedOn, same);
  return overlap ? overlapError(overlap, "the same person (same name and birth year)") : null;
}

/** The joining date overlaps a former stint of `who` in this club. */
export function overlapError(stint: Stint, who = "the person"): FieldError {
  return ruleError(
    "joinedOn",
    `overlaps the membership of ${who} in this club from ${stint.joinedOn} to ${stint.leftOn}: a member rejoins from the day after leaving`,
    "overlaps_membership",
    { from: stint.joinedOn, to: stint.leftOn ?? "" },
  );
}
