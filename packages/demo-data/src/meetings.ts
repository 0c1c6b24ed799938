/**
 * Meetings and health checks: a monthly meeting per club for the months in MEETING_MONTHS,
 * 70–90% of the members of that day present, and blood pressure and weight measured for
 * most of them around each person's own baseline.
 */
import type { IsoDate } from "@ishc/domain";
import { clamp, instantOn, pad2 } from "./calendar";
import type { Generation } from "./generation";
import type { Member } from "./members";
import { GENERAL_TOPICS, MEETING_NOTES, MONTHLY_TOPICS } from "./names";
import type { ClubUnit } from "./org-tree";
import { MEETING_MONTHS, REFERENCE_DATE } from "./targets";

export function holdMeetings(
  g: Generation,
  clubUnits: readonly ClubUnit[],
  membersByClub: readonly Member[][],
): void {
  const { rng } = g;
  clubUnits.forEach((club, clubIndex) => {
    const members = membersByClub[clubIndex] as Member[];
    const usualDay = rng.int(8, 20);
    for (const [year, month] of MEETING_MONTHS) {
      const heldOn: IsoDate = `${year}-${pad2(month)}-${pad2(clamp(usualDay + rng.int(-3, 3), 1, 28))}`;
      if (heldOn < club.foundedOn || heldOn > REFERENCE_DATE) continue;
      const meetingMs = instantOn(rng, heldOn, rng.pick([7, 8, 14]));
      const meetingId = g.id("meeting", meetingMs);
      const topic = rng.pick(MONTHLY_TOPICS[month] ?? GENERAL_TOPICS);
      g.out.meetings.push({
        id: meetingId,
        clubId: club.id,
        heldOn,
        topic: `Sinh hoạt định kỳ tháng ${month}: ${topic}`,
        notes: rng.chance(0.4)
          ? rng.pick(MEETING_NOTES).replace("{area}", club.area.seed.kind === "ward" ? "phường" : "xã")
          : null,
      });
      const present = members.filter((m) =>
        m.stints.some((s) => s.joinedOn <= heldOn && (s.leftOn === null || s.leftOn > heldOn)),
      );
      const attendees = rng.sample(present, Math.round(present.length * rng.uniform(0.7, 0.9)));
      attendees.sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const member of attendees) {
        g.out.attendance.push({ meetingId, personId: member.id });
        if (!rng.chance(0.85)) continue;
        const measure = rng.weighted([
          ["both", 92],
          ["pressure", 4],
          ["weight", 4],
        ] as const);
        const systolic = clamp(Math.round(member.systolicBase + rng.normal() * 6), 100, 170);
        const diastolic = clamp(Math.round(systolic * 0.58 + 8 + rng.normal() * 5), 60, 100);
        const weightGrams = clamp(
          Math.round((member.weightBase + rng.normal() * 700) / 100) * 100,
          40000,
          75000,
        );
        g.out.healthChecks.push({
          id: g.id("healthCheck", meetingMs),
          meetingId,
          personId: member.id,
          systolic: measure === "weight" ? null : systolic,
          diastolic: measure === "weight" ? null : diastolic,
          weightGrams: measure === "pressure" ? null : weightGrams,
        });
      }
    }
  });
}
