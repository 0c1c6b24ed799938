import type { IsoDate } from "./dates";
import type { ClubRoleName } from "./enums";

/**
 * Spans of time a person is in a club (a membership, from the joining day;
 * the leaving day is no longer a member's) or holds a seat (a board term, both
 * days included). Either may still be open.
 */

export type Stint = { joinedOn: IsoDate; leftOn: IsoDate | null };

/**
 * The earlier stint a new one joining on `joinedOn` would overlap, if any: one
 * still open, one ending on or after `joinedOn`, or one starting later (the new
 * stint is open, so it would cover it). A person rejoins a club only after
 * their last stint ended, and not on the day it ended.
 */
export function overlappingStint<S extends Stint>(joinedOn: IsoDate, stints: readonly S[]): S | undefined {
  return stints.find((s) => s.leftOn === null || s.leftOn >= joinedOn);
}

/** Board seats one person holds at a time; other board members and volunteers may be many. */
export const SINGLE_SEAT_ROLES = [
  "chair",
  "vice_chair",
  "treasurer",
  "accountant",
  "secretary",
] as const satisfies readonly ClubRoleName[];

export const isSingleSeat = (role: ClubRoleName): boolean =>
  (SINGLE_SEAT_ROLES as readonly ClubRoleName[]).includes(role);

export type Term = { startsOn: IsoDate; endsOn: IsoDate | null };

/** Two terms share a day (both ends included; an open term runs on). */
export function termsOverlap(a: Term, b: Term): boolean {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn);
}

/** The term of the same seat a new term would share a day with, if the seat is a single one. */
export function clashingTerm<T extends Term>(
  role: ClubRoleName,
  term: Term,
  held: readonly T[],
): T | undefined {
  return isSingleSeat(role) ? held.find((other) => termsOverlap(term, other)) : undefined;
}
