/**
 * The demo province, deterministic from a seed. The stages run in a fixed order on one
 * random stream — the org tree, people and memberships, boards and volunteers, meetings and
 * health checks, demo users — so the same seed gives the same rows, byte for byte.
 */
import { ageOnWithYear } from "@ishc/domain";
import { seatBoardsAndVolunteers } from "./boards";
import { createDemoUsers } from "./demo-users";
import { startGeneration } from "./generation";
import { holdMeetings } from "./meetings";
import { enrolMembers } from "./members";
import { buildOrgTree } from "./org-tree";
import { createRng } from "./random";
import type { DemoProvince, GenerateOptions, PersonRow } from "./rows";
import { DEFAULT_SEED, REFERENCE_DATE } from "./targets";

export type * from "./rows";
export {
  ACTIVE_MEMBERS_TOTAL,
  CLUB_COUNT,
  CLUBS_FOUNDED_2017_2020,
  CLUBS_FOUNDED_2021_2025,
  DEFAULT_SEED,
  MAX_ACTIVE_PER_CLUB,
  MEETING_MONTHS,
  MIN_ACTIVE_PER_CLUB,
  REFERENCE_DATE,
} from "./targets";

export function generateDemoProvince(options: GenerateOptions): DemoProvince {
  const seed = options.seed ?? DEFAULT_SEED;
  const g = startGeneration(createRng(seed));
  const tree = buildOrgTree(g);
  const membersByClub = enrolMembers(g, tree.clubs);
  seatBoardsAndVolunteers(g, tree.clubs, membersByClub);
  holdMeetings(g, tree.clubs, membersByClub);
  const demoLogins = createDemoUsers(g, tree, options.passwordHash);
  return { seed, referenceDate: REFERENCE_DATE, ...g.out, auditLog: [], demoLogins };
}

/** Whole years on the reference date, using the birth year alone when the date is unknown. */
export function ageOnReferenceDate(person: Pick<PersonRow, "birthDate" | "birthYear">): number {
  return ageOnWithYear({ birthDate: person.birthDate ?? null, birthYear: person.birthYear }, REFERENCE_DATE);
}
