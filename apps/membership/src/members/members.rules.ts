import { type IsoDate, vietnamDate, yearOf } from "@ishc/domain";
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
