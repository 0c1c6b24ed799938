import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { tokenFor } from "../../../packages/edge-kit/testing/fixtures.ts";
import { type Answer, call, indicator } from "./helpers";
import { seedHandMadeProvince } from "./province";

/**
 * The hand-made province of ./province.ts, reported for May 2025 and for all
 * history to 2025-05-31, for club A, commune A (clubs A and C) and the
 * province; every expected figure is worked out by hand in the comments of
 * province.ts and below.
 */
describe("reports of a hand-made province", () => {
  let world: Awaited<ReturnType<typeof seedHandMadeProvince>>;
  let admin: string;
  let viewer: string;

  const ok = async (res: Promise<Answer>) => {
    const answer = await res;
    expect(answer.status, answer.text.slice(0, 500)).toBe(200);
    return answer.json;
  };
  const report = (unitId: string, period: string, token = admin) =>
    ok(call("GET", `/org-units/${unitId}/report?period=${encodeURIComponent(period)}`, token));

  beforeAll(async () => {
    world = await seedHandMadeProvince(env.DB);
    admin = await tokenFor(env.DB, "province_admin", world.province);
    viewer = await tokenFor(env.DB, "viewer", world.province);
  }, 60_000);

  it("gives the province's May 2025 figures worked out by hand", async () => {
    const r = await report(world.province.id, "2025-05");
    expect(r.period).toEqual({ label: "2025-05", kind: "month", start: "2025-05-01", end: "2025-05-31" });
    expect(r.source).toBe("live");
    const v = (id: string) => indicator(r, id).value;
    // Clubs: A and C founded 2018, B 2022; only A holds both funds; none meets the make-up targets (tiny clubs).
    expect(indicator(r, "clubs")).toMatchObject({
      value: 3,
      breakdown: { founding_period: { "2017-2020": 2, "2021-2025": 1 }, status: { active: 3 } },
    });
    expect(v("clubs_founded")).toBe(0);
    expect(v("clubs_both_funds")).toBe(1);
    expect(v("clubs_composition_targets")).toBe(0);
    // Members on 05-31: p1, p2 (A), p4 (B), p5 (C); p3 left on 05-10.
    expect(indicator(r, "members")).toMatchObject({
      value: 4,
      breakdown: {
        sex: { female: 2, male: 2 },
        age_band: { under_35: 0, "35_54": 1, "55_69": 0, "70_79": 3, "80_plus": 0 },
        poverty_status: { poor: 2, near_poor: 0, none: 2 },
      },
    });
    expect(v("members_55_plus")).toBe(3);
    expect(v("members_women")).toBe(2);
    expect(v("members_poor_near_poor")).toBe(2);
    expect(v("members_living_alone")).toBe(1);
    expect(v("members_joined")).toBe(0);
    expect(v("members_left")).toBe(1);
    // Meetings in May: A 05-05 (3 attended, 1 check), C 05-12 (1, 1); B none → 2 clubs met every month.
    expect(v("meetings")).toBe(2);
    expect(v("attendances")).toBe(4);
    expect(v("health_checks")).toBe(2);
    expect(v("clubs_meeting_every_month")).toBe(2);
    const b = r.clubs.find((c: { clubId: string }) => c.clubId === world.clubB.id);
    expect(b).toMatchObject({ meetingEveryMonth: false, monthsWithoutMeeting: ["2025-05"] });
    // Activities in May: 14 (self-help 3, culture 2, home care 2, learning 3, the other four 1 each).
    expect(indicator(r, "activities")).toMatchObject({
      value: 14,
      breakdown: {
        area: {
          income_generation: 1,
          culture_sports: 2,
          health_care: 1,
          home_care: 2,
          self_help: 3,
          rights: 1,
          lifelong_learning: 3,
          resource_mobilisation: 1,
        },
      },
    });
    expect(indicator(r, "labour_days")).toMatchObject({
      value: 4,
      breakdown: { purpose: { single_parent_household: 3, flood: 1, storm: 0 } },
    });
    expect(v("community_service_sessions")).toBe(2);
    expect(v("culture_sports_sessions")).toBe(2);
    expect(v("home_care_visits")).toBe(2);
    expect(v("people_visited")).toBe(1);
    expect(v("training_courses")).toBe(1);
    expect(v("trainee_places")).toBe(120);
    expect(indicator(r, "communications")).toMatchObject({
      value: 1,
      breakdown: { kind: { article: 1, news_item: 0 } },
    });
    // Money in May: grants 1,000,000 (A operating, association) + 300,000 (B operating, private donor).
    expect(indicator(r, "grants")).toMatchObject({
      value: 1_300_000,
      breakdown: { fund: { operating: 1_300_000, revolving: 0 } },
    });
    expect(indicator(r, "grants").breakdown.fund_source["operating.association"]).toBe(1_000_000);
    // Cash on 05-31: A revolving 5,000,000 − 1,200,000 + 600,000, operating 1,000,000 + 36,000;
    // C revolving 2,000,000 − 600,000; B operating 300,000.
    expect(indicator(r, "fund_balance")).toMatchObject({
      value: 7_136_000,
      breakdown: { fund: { operating: 1_336_000, revolving: 5_800_000 } },
    });
    expect(v("loans_disbursed")).toBe(0);
    expect(v("amount_disbursed")).toBe(0);
    expect(v("borrowers")).toBe(0);
    // Outstanding: L1 600,000 (instalment 4 due 05-15, 16 days late: not at risk) + L2 600,000 (82 days late).
    expect(v("outstanding_principal")).toBe(1_200_000);
    expect(v("loans_in_arrears")).toBe(2);
    expect(indicator(r, "par30")).toMatchObject({ value: 0.5, numerator: 600_000, denominator: 1_200_000 });
    // Due by 05-31: L1 4 × 212,000 + L2 3 × 206,000 = 1,466,000; paid by each due date: L1's first two.
    expect(indicator(r, "on_time_rate")).toMatchObject({ numerator: 424_000, denominator: 1_466_000 });
    expect(v("principal_repaid")).toBe(200_000);
    expect(v("interest_received")).toBe(12_000);
    expect(v("write_offs")).toBe(0);
    // Members who have borrowed: p1 (A) and p5 (C) of 4.
    expect(indicator(r, "members_borrowed_share")).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
    // Decision 1336: ≥ 50 % borrowed — A (1/2) and C (1/1); both funds — A; all eight areas — A.
    expect(indicator(r, "target_members_borrowed")).toMatchObject({
      numerator: 2,
      denominator: 3,
      met: false,
    });
    expect(indicator(r, "target_both_funds")).toMatchObject({ numerator: 1, denominator: 3, met: false });
    expect(indicator(r, "target_all_areas")).toMatchObject({ numerator: 1, denominator: 3, met: false });
  });

  it("gives the province's figures for all history to 2025-05-31", async () => {
    const r = await report(world.province.id, "..2025-05-31");
    const v = (id: string) => indicator(r, id).value;
    expect(v("clubs")).toBe(3);
    expect(v("clubs_founded")).toBe(3);
    expect(v("members")).toBe(4);
    expect(v("members_joined")).toBe(5);
    expect(v("members_left")).toBe(1);
    expect(v("meetings")).toBe(4);
    expect(v("attendances")).toBe(6);
    expect(v("health_checks")).toBe(2);
    expect(v("clubs_meeting_every_month")).toBe(0);
    // + a3 (storm, 3 days), a6 (sports, 3 sessions), a9 (visit to b1), a11 (course, 40), a13 (news item).
    expect(v("activities")).toBe(19);
    expect(indicator(r, "labour_days")).toMatchObject({
      value: 7,
      breakdown: { purpose: { single_parent_household: 3, flood: 1, storm: 3 } },
    });
    expect(v("culture_sports_sessions")).toBe(5);
    expect(v("home_care_visits")).toBe(3);
    expect(v("people_visited")).toBe(2);
    expect(v("training_courses")).toBe(2);
    expect(v("trainee_places")).toBe(160);
    expect(indicator(r, "communications")).toMatchObject({
      value: 2,
      breakdown: { kind: { article: 1, news_item: 1 } },
    });
    expect(v("grants")).toBe(8_300_000);
    expect(v("loans_disbursed")).toBe(2);
    expect(v("amount_disbursed")).toBe(1_800_000);
    expect(indicator(r, "borrowers")).toMatchObject({ value: 2, breakdown: { poverty_status: { poor: 2 } } });
    expect(v("principal_repaid")).toBe(600_000);
    expect(v("interest_received")).toBe(36_000);
    expect(v("outstanding_principal")).toBe(1_200_000);
  });

  it("gives commune A (clubs A and C) and club A their own share", async () => {
    const commune = await report(world.communeA.id, "2025-05");
    const cv = (id: string) => indicator(commune, id).value;
    expect(cv("clubs")).toBe(2);
    expect(cv("members")).toBe(3);
    expect(cv("meetings")).toBe(2);
    expect(cv("activities")).toBe(11);
    expect(cv("labour_days")).toBe(4);
    expect(cv("outstanding_principal")).toBe(1_200_000);
    expect(indicator(commune, "par30")).toMatchObject({ value: 0.5 });
    expect(cv("training_courses")).toBe(0);
    const communeHistory = await report(world.communeA.id, "..2025-05-31");
    expect(indicator(communeHistory, "training_courses").value).toBe(1);
    expect(indicator(communeHistory, "trainee_places").value).toBe(40);

    const club = await report(world.clubA.id, "2025-05");
    const v = (id: string) => indicator(club, id).value;
    expect(v("clubs")).toBe(1);
    expect(v("members")).toBe(2);
    expect(v("members_left")).toBe(1);
    expect(v("meetings")).toBe(1);
    expect(v("attendances")).toBe(3);
    expect(v("activities")).toBe(10);
    expect(v("labour_days")).toBe(3);
    expect(v("home_care_visits")).toBe(2);
    expect(v("people_visited")).toBe(1);
    expect(v("outstanding_principal")).toBe(600_000);
    expect(indicator(club, "par30")).toMatchObject({ value: 0, numerator: 0, denominator: 600_000 });
    expect(v("interest_received")).toBe(12_000);
    expect(v("clubs_both_funds")).toBe(1);
    expect(indicator(club, "target_all_areas")).toMatchObject({ value: 1, met: true });
    expect(club.clubs).toEqual([
      expect.objectContaining({ clubId: world.clubA.id, areasActive: 8, membersBorrowedShare: 0.5 }),
    ]);
    const clubHistory = await report(world.clubA.id, "..2025-05-31");
    expect(indicator(clubHistory, "labour_days").value).toBe(6);
    expect(indicator(clubHistory, "borrowers").value).toBe(1);
  });

  it("shows viewers small cells as <5", async () => {
    const r = await report(world.province.id, "2025-05", viewer);
    expect(r.suppressed).toBe(true);
    expect(indicator(r, "members")).toMatchObject({
      value: "<5",
      breakdown: { sex: { female: "<5", male: "<5" } },
    });
    expect(indicator(r, "members_borrowed_share")).toMatchObject({ value: null, numerator: "<5" });
    expect(indicator(r, "activities").value).toBe(14);
    expect(indicator(r, "outstanding_principal").value).toBe(1_200_000);
  });

  it("refuses bad input with problem+json", async () => {
    const bad = async (path: string, status: number, token = admin) => {
      const res = await call("GET", path, token);
      expect(res.status, res.text).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      return res.json;
    };
    const p = world.province.id;
    await bad(`/org-units/${p}/report?period=2025-13`, 422);
    await bad(`/org-units/${p}/report?period=2025-05-31..2025-05-01`, 422);
    expect((await bad(`/org-units/${p}/report?period=2999-01`, 422)).errors[0]).toMatchObject({
      field: "query.period",
      rule: "bad_report_period",
    });
    expect(
      (await bad(`/org-units/${p}/report?period=2025-05&indicators=clubs,nope`, 422)).errors[0],
    ).toMatchObject({
      field: "query.indicators",
      rule: "unknown_indicator",
      params: { ids: "nope" },
    });
    await bad(`/org-units/${p}/report?period=2025-05&format=pdf`, 422);
    await bad(`/org-units/org_01JGZZZZZZZZZZZZZZZZZZZZZZ/report?period=2025-05`, 404);
    const officerB = await tokenFor(env.DB, "commune_officer", world.communeB);
    await bad(`/org-units/${world.communeA.id}/report?period=2025-05`, 404, officerB);
  });

  it("answers only the indicators asked for, and in English", async () => {
    const r = await ok(
      call(
        "GET",
        `/org-units/${world.province.id}/report?period=2025-05&indicators=clubs,par30&lang=en`,
        admin,
      ),
    );
    expect(r.indicators.map((i: { id: string; name: string }) => [i.id, i.name])).toEqual([
      ["clubs", "Clubs"],
      ["par30", "Portfolio at risk over 30 days (PAR30)"],
    ]);
  });
});
