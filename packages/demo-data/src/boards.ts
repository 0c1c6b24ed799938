/**
 * Boards and volunteers: each club's board (chair, vice-chair, treasurer, secretary and one
 * to three members; clubs founded before mid-2022 also had a first term that ended in
 * January 2023) and its home-care and economic volunteers, all drawn from its members.
 */
import { addDays, type IsoDate } from "@ishc/domain";
import type { ClubRoleName } from "@ishc/domain/schema";
import { dateBetween, instantOn, maxDate } from "./calendar";
import type { Generation } from "./generation";
import type { Member } from "./members";
import type { ClubUnit } from "./org-tree";
import { REFERENCE_DATE, SECOND_TERM_CUTOFF } from "./targets";

export function seatBoardsAndVolunteers(
  g: Generation,
  clubUnits: readonly ClubUnit[],
  membersByClub: readonly Member[][],
): void {
  const { rng } = g;
  clubUnits.forEach((club, clubIndex) => {
    const active = (membersByClub[clubIndex] as Member[]).filter((m) => m.activeSince !== null);
    const addRole = (member: Member, role: ClubRoleName, startsOn: IsoDate, endsOn: IsoDate | null) => {
      g.out.clubRoles.push({
        id: g.id("clubRole", instantOn(rng, startsOn)),
        clubId: club.id,
        personId: member.id,
        role,
        startsOn,
        endsOn,
      });
    };
    const electBoard = (termStart: IsoDate, termEnd: IsoDate | null, keepChair: Member | null) => {
      const eligible = active.filter((m) => (m.activeSince as IsoDate) <= termStart);
      const olderEligible = eligible.filter((m) => m.draft.older);
      const chair = keepChair && rng.chance(0.5) ? keepChair : rng.pick(olderEligible);
      const rest = rng.shuffle(eligible.filter((m) => m !== chair));
      const seats: ClubRoleName[] = ["vice_chair", "treasurer", "secretary"];
      for (let i = rng.int(1, 3); i > 0; i--) seats.push("board_member");
      addRole(chair, "chair", termStart, termEnd);
      seats.forEach((role, i) => {
        addRole(rest[i] as Member, role, termStart, termEnd);
      });
      return chair;
    };
    let previousChair: Member | null = null;
    let termStart = club.foundedOn;
    if (club.foundedOn < SECOND_TERM_CUTOFF) {
      const newTerm = addDays("2023-01-05", rng.int(0, 20));
      previousChair = electBoard(club.foundedOn, addDays(newTerm, -1), null);
      termStart = newTerm;
    }
    electBoard(termStart, null, previousChair);
    for (const role of ["home_care_volunteer", "economic_volunteer"] as const) {
      for (const member of rng.sample(active, rng.int(5, 8))) {
        const from = maxDate(member.activeSince as IsoDate, club.foundedOn);
        addRole(member, role, dateBetween(rng, from, REFERENCE_DATE), null);
      }
    }
  });
}
