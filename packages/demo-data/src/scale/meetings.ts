/**
 * The demo province holds six months of meetings (December 2024 – May 2025); a province with
 * five years of history holds every month's meeting since June 2020. This adds the months
 * before the demo's (June 2020 – November 2024) to each club from its founding, in the demo's
 * manner: 70–90% of that day's members present, blood pressure and weight for most of them
 * around each person's own measures. On a stream of its own, so the demo's rows are unchanged.
 */
import { type IsoDate, newId } from "@ishc/domain";
import { clamp, instantOn, pad2 } from "../calendar";
import type { AttendanceRow, DemoProvince, HealthCheckRow, MeetingRow, MembershipRow } from "../generate";
import { GENERAL_TOPICS, MONTHLY_TOPICS } from "../names";
import { createRng } from "../random";

export const HISTORY_FROM: IsoDate = "2020-06-01";
/** The first month the demo province already holds meetings for. */
const DEMO_MEETINGS_FROM: IsoDate = "2024-12-01";

export interface EarlierMeetings {
  readonly meetings: MeetingRow[];
  readonly attendance: AttendanceRow[];
  readonly healthChecks: HealthCheckRow[];
}

interface Baseline {
  systolic: number;
  weightGrams: number;
}

/** The months from HISTORY_FROM up to the demo's first meeting month, as [year, month]. */
function earlierMonths(): [number, number][] {
  const months: [number, number][] = [];
  for (let n = 2020 * 12 + 5; ; n++) {
    const year = Math.floor(n / 12);
    const month = (n % 12) + 1;
    if (`${year}-${pad2(month)}-01` >= DEMO_MEETINGS_FROM) return months;
    months.push([year, month]);
  }
}

export function earlierMeetings(data: DemoProvince): EarlierMeetings {
  const rng = createRng(data.seed).fork("scale-meetings");
  const ids = rng.fork("scale-meeting-ids");
  const out: EarlierMeetings = { meetings: [], attendance: [], healthChecks: [] };
  const baselines = new Map<string, Baseline>();
  for (const check of data.healthChecks) {
    const known = baselines.get(check.personId);
    baselines.set(check.personId, {
      systolic: check.systolic ?? known?.systolic ?? 128,
      weightGrams: check.weightGrams ?? known?.weightGrams ?? 55_000,
    });
  }
  const baselineOf = (personId: string): Baseline => {
    let known = baselines.get(personId);
    if (!known) {
      known = { systolic: rng.int(112, 150), weightGrams: rng.int(420, 680) * 100 };
      baselines.set(personId, known);
    }
    return known;
  };
  const membershipsByClub = new Map<string, MembershipRow[]>();
  for (const m of data.memberships) {
    const list = membershipsByClub.get(m.clubId);
    if (list) list.push(m);
    else membershipsByClub.set(m.clubId, [m]);
  }
  const months = earlierMonths();
  for (const club of data.clubs) {
    const stints = membershipsByClub.get(club.id!) ?? [];
    const usualDay = rng.int(8, 20);
    for (const [year, month] of months) {
      const heldOn: IsoDate = `${year}-${pad2(month)}-${pad2(clamp(usualDay + rng.int(-3, 3), 1, 28))}`;
      if (heldOn < club.foundedOn) continue;
      const meetingMs = instantOn(rng, heldOn, rng.pick([7, 8, 14]));
      const meetingId = newId("meeting", meetingMs, ids.bytes);
      out.meetings.push({
        id: meetingId,
        clubId: club.id!,
        heldOn,
        topic: `Sinh hoạt định kỳ tháng ${month}: ${rng.pick(MONTHLY_TOPICS[month] ?? GENERAL_TOPICS)}`,
        notes: null,
      });
      const present = [
        ...new Set(
          stints
            .filter((s) => s.joinedOn <= heldOn && (s.leftOn == null || s.leftOn > heldOn))
            .map((s) => s.personId),
        ),
      ].sort();
      const attendees = rng.sample(present, Math.round(present.length * rng.uniform(0.7, 0.9))).sort();
      for (const personId of attendees) {
        out.attendance.push({ meetingId, personId });
        if (!rng.chance(0.85)) continue;
        const base = baselineOf(personId);
        const systolic = clamp(Math.round(base.systolic + rng.normal() * 6), 100, 170);
        out.healthChecks.push({
          id: newId("healthCheck", meetingMs, ids.bytes),
          meetingId,
          personId,
          systolic,
          diastolic: clamp(Math.round(systolic * 0.58 + 8 + rng.normal() * 5), 60, 100),
          weightGrams: clamp(Math.round((base.weightGrams + rng.normal() * 700) / 100) * 100, 40_000, 75_000),
        });
      }
    }
  }
  return out;
}
