import { env } from "cloudflare:workers";
import { seedClub, seedOrgFixture, tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { activityTables, call, type Json, seedMember, seedRole } from "./helpers";

/**
 * Each kind of record through the worker against real D1, then the sums read
 * back for a club and for a commune subtree, against figures worked out by hand:
 *
 * club A (commune A): #1 labour 2024-03-05..06 single-parent, Lan 1 + Hải 1.5 = 2.5 days
 *                     #2 labour 2024-08-10..11 flood, Lan 2 + Hạnh 2 + Tư 0.5 = 4.5 days
 *                     #4 disaster clean-up (type retired 2025) 2024-09-08 storm, Hải 1 day
 *                     #5 community service 2024-04-01, 1 session, 4 participants
 *                     #8 three home-care visits in July: 1.5 h + 1 h to Nhung, 2 h to Tư
 *                     #10b news item 2024-11-02; #11 gifts 2024-12-01, 500,000 đ to 3 people
 * club C (commune A): #3 labour 2024-05-01 single-parent, Vân 1 day; #6 cultural event, 2 sessions
 * commune A itself:   #9 training 2024-10-01, 30 places (Lan of club A and one staff named);
 *                     #10a article in the province paper 2024-11-01
 * club B (commune B): #7 labour 2024-05-01..03 single-parent, Bình 3 days (outside commune A)
 */
describe("recording activities and reading back the sums", () => {
  let tree: Awaited<ReturnType<typeof seedOrgFixture>>;
  let clubC: { id: string; path: string; name: string };
  let board: string;
  let officer: string;
  let officerB: string;
  let viewer: string;
  const p: Record<string, string> = {};
  let nhung: string;

  beforeAll(async () => {
    tree = await seedOrgFixture(env.DB);
    clubC = await seedClub(env.DB, tree.communeA, "CLB Liên thế hệ thôn Bản Cầu");
    board = await tokenFor(env.DB, "club_board", tree.clubA);
    officer = await tokenFor(env.DB, "commune_officer", tree.communeA);
    officerB = await tokenFor(env.DB, "commune_officer", tree.communeB);
    viewer = await tokenFor(env.DB, "viewer", tree.province);
    p.lan = await seedMember(tree.clubA.id, "Hoàng Thị Lan");
    p.hai = await seedMember(tree.clubA.id, "Nông Văn Hải");
    p.hanh = await seedMember(tree.clubA.id, "Vi Thị Hạnh");
    p.tu = await seedMember(tree.clubA.id, "Lý Văn Tư");
    p.moi = await seedMember(tree.clubA.id, "Đàm Thị Mới", "2025-03-01");
    p.van = await seedMember(clubC.id, "Triệu Thị Vân");
    p.binh = await seedMember(tree.clubB.id, "Hà Văn Bình", "2022-09-01");
    await seedRole(tree.clubA.id, p.lan, "home_care_volunteer", "2020-02-01", "2024-12-31");
    await seedRole(tree.clubA.id, p.hanh, "home_care_volunteer", "2024-06-01");
  }, 60_000);

  const record = async (path: string, body: Json, token = board) => {
    const res = await call("POST", path, { token, body });
    expect(res.status, res.text).toBe(201);
    return res.json;
  };

  it("registers a beneficiary who is not a member, found by name with or without diacritics", async () => {
    const created = await record(`/org-units/${tree.clubA.id}/beneficiaries`, {
      fullName: "Hoàng Thị Nhung",
      sex: "female",
      birthYear: 1941,
      livesAlone: true,
      householdKinds: ["single_parent", "older_living_alone"],
    });
    nhung = created.id;
    expect(created).toMatchObject({ fullName: "Hoàng Thị Nhung", personId: null, livesAlone: true });
    const found = await call("GET", `/org-units/${tree.communeA.id}/beneficiaries?q=hoang%20thi%20nhung`, {
      token: officer,
    });
    expect(found.json.items.map((b: Json) => b.id)).toEqual([nhung]);
    expect((await call("GET", `/org-units/${tree.clubA.id}/beneficiaries`, { token: viewer })).status).toBe(
      403,
    );
    expect((await call("GET", `/org-units/${tree.clubA.id}/beneficiaries`, { token: officerB })).status).toBe(
      404,
    );
  });

  it("records each kind: labour days, sessions, visits, a training course and communications", async () => {
    const a = `/org-units/${tree.clubA.id}/activities`;
    const labour1 = await record(a, {
      typeCode: "labour_support",
      title: "Giúp hộ chị Nhung làm nhà",
      startsOn: "2024-03-05",
      endsOn: "2024-03-06",
      purpose: "single_parent_household",
      participants: [
        { personId: p.lan, labourDays: 1 },
        { personId: p.hai, labourDays: 1.5 },
      ],
      beneficiaries: [{ beneficiaryId: nhung }],
    });
    expect(labour1).toMatchObject({ area: "self_help", labourDays: 2.5, participants: 2, beneficiaries: 1 });
    await record(a, {
      typeCode: "labour_support",
      startsOn: "2024-08-10",
      endsOn: "2024-08-11",
      purpose: "flood",
      participants: [
        { personId: p.lan, labourDays: 2 },
        { personId: p.hanh, labourDays: 2, hours: 16 },
        { personId: p.tu, labourDays: 0.5 },
      ],
    });
    await record(
      `/org-units/${clubC.id}/activities`,
      {
        typeCode: "labour_support",
        startsOn: "2024-05-01",
        purpose: "single_parent_household",
        participants: [{ personId: p.van, labourDays: 1 }],
      },
      officer,
    );
    await record(a, {
      typeCode: "disaster_cleanup",
      startsOn: "2024-09-08",
      purpose: "storm",
      participants: [{ personId: p.hai, labourDays: 1 }],
    });
    await record(a, {
      typeCode: "community_service",
      startsOn: "2024-04-01",
      sessions: 1,
      participantCount: 4,
    });
    await record(
      `/org-units/${clubC.id}/activities`,
      {
        typeCode: "cultural_event",
        title: "Liên hoan văn nghệ mừng xuân",
        startsOn: "2024-06-01",
        sessions: 2,
        participantCount: 1,
      },
      officer,
    );
    const bOfficer = await tokenFor(env.DB, "commune_officer", tree.communeB);
    await record(
      `/org-units/${tree.clubB.id}/activities`,
      {
        typeCode: "labour_support",
        startsOn: "2024-05-01",
        endsOn: "2024-05-03",
        purpose: "single_parent_household",
        participants: [{ personId: p.binh, labourDays: 3 }],
      },
      bOfficer,
    );
    const v = `/clubs/${tree.clubA.id}/home-care-visits`;
    const visit = await record(v, {
      visitorId: p.hanh,
      recipient: { beneficiaryId: nhung },
      visitedOn: "2024-07-01",
      hours: 1.5,
      services: ["company", "health_monitoring"],
    });
    expect(visit).toMatchObject({ area: "home_care", typeCode: "home_care_visit", hours: 1.5 });
    await record(v, {
      visitorId: p.hanh,
      recipient: { beneficiaryId: nhung },
      visitedOn: "2024-07-15",
      hours: 1,
      services: ["housework"],
    });
    await record(v, {
      visitorId: p.lan,
      recipient: { personId: p.tu },
      visitedOn: "2024-07-20",
      hours: 2,
      services: ["personal_care"],
    });
    const training = await record(
      `/org-units/${tree.communeA.id}/trainings`,
      {
        title: "Tập huấn kỹ năng quản lý câu lạc bộ",
        startsOn: "2024-10-01",
        endsOn: "2024-10-02",
        traineePlaces: 30,
        trainees: [
          { personId: p.lan, clubId: tree.clubA.id },
          { staffName: "Lương Văn Hùng", staffRole: "Phó Chủ tịch Hội NCT xã" },
        ],
      },
      officer,
    );
    expect(training).toMatchObject({ organiserLevel: "commune", participantCount: 30 });
    await record(
      `/org-units/${tree.communeA.id}/communications`,
      {
        kind: "article",
        outlet: "province_newspaper",
        outletName: "Báo Lạng Sơn",
        publishedOn: "2024-11-01",
        title: "Tấm gương CLB Nà Chuông",
      },
      officer,
    );
    await record(`/org-units/${tree.clubA.id}/communications`, {
      kind: "news_item",
      outlet: "radio_tv",
      publishedOn: "2024-11-02",
      title: "Hội viên giúp nhau sau lũ",
    });
    await record(a, {
      typeCode: "gifts_support",
      startsOn: "2024-12-01",
      moneyVnd: 500_000,
      peopleReached: 3,
    });

    const detail = await call("GET", `/activities/${labour1.id}`, { token: officer });
    expect(detail.status).toBe(200);
    expect(detail.json.participantList.map((x: Json) => [x.fullName, x.labourDays])).toEqual([
      ["Hoàng Thị Lan", 1],
      ["Nông Văn Hải", 1.5],
    ]);
    expect(detail.json.beneficiaryList).toEqual([
      { beneficiaryId: nhung, personId: null, fullName: "Hoàng Thị Nhung" },
    ]);
    const trainingDetail = await call("GET", `/activities/${training.id}`, { token: officer });
    expect(trainingDetail.json.trainees.map((x: Json) => x.fullName).sort()).toEqual([
      "Hoàng Thị Lan",
      "Lương Văn Hùng",
    ]);
  });

  const summary = async (unit: string, from: string, to: string, token = viewer) => {
    const res = await call("GET", `/org-units/${unit}/activity-summary?from=${from}&to=${to}`, { token });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const area = (s: Json, code: string) => s.byArea.find((a: Json) => a.area === code);
  const purposes = (s: Json) =>
    Object.fromEntries(s.byPurpose.map((x: Json) => [x.purpose, [x.activities, x.labourDays]]));

  it("adds up a club's year by area and purpose as worked out by hand", async () => {
    const s = await summary(tree.clubA.id, "2024-01-01", "2024-12-31");
    expect(s.byArea).toHaveLength(8);
    expect(area(s, "self_help")).toMatchObject({
      activities: 5,
      labourDays: 8,
      sessions: 1,
      participantPlaces: 10,
      moneyVnd: 500_000,
      peopleReached: 3,
    });
    expect(area(s, "home_care")).toMatchObject({ activities: 3, hours: 4.5 });
    expect(area(s, "lifelong_learning")).toMatchObject({ activities: 1 });
    expect(area(s, "culture_sports")).toMatchObject({ activities: 0 });
    expect(purposes(s)).toEqual({ single_parent_household: [1, 2.5], flood: [1, 4.5], storm: [1, 1] });
    // The people cared for at home are a health group: a viewer sees 2 of them as "<5", an officer exactly.
    expect(s.homeCare).toEqual({ visits: 3, distinctPeopleVisited: "<5", hours: 4.5 });
    const exact = await summary(tree.clubA.id, "2024-01-01", "2024-12-31", officer);
    expect(exact.homeCare).toEqual({ visits: 3, distinctPeopleVisited: 2, hours: 4.5 });
    expect(s.total).toMatchObject({ activities: 9, labourDays: 8 });
  });

  it("adds up a commune's subtree, and a half year, as worked out by hand (commune B's club left out)", async () => {
    const s = await summary(tree.communeA.id, "2024-01-01", "2024-12-31");
    expect(area(s, "self_help")).toMatchObject({ activities: 6, labourDays: 9 });
    expect(area(s, "culture_sports")).toMatchObject({ activities: 1, sessions: 2 });
    expect(area(s, "lifelong_learning")).toMatchObject({ activities: 3 });
    expect(purposes(s)).toEqual({ single_parent_household: [2, 3.5], flood: [1, 4.5], storm: [1, 1] });
    expect(s.trainings).toEqual({ courses: 1, traineePlaces: 30, namedTrainees: 2 });
    expect(s.communications).toEqual([
      { kind: "article", count: 1 },
      { kind: "news_item", count: 1 },
    ]);
    expect(s.byType.find((t: Json) => t.typeCode === "disaster_cleanup")).toMatchObject({
      activities: 1,
      labourDays: 1,
    });
    const byOrganiser = Object.fromEntries(s.byOrganiser.map((o: Json) => [o.organiserId, o.activities]));
    expect(byOrganiser).toEqual({ [tree.clubA.id]: 9, [clubC.id]: 2, [tree.communeA.id]: 2 });

    const half = await summary(tree.communeA.id, "2024-01-01", "2024-06-30");
    expect(purposes(half)).toEqual({ single_parent_household: [2, 3.5] });
    expect(area(half, "self_help")).toMatchObject({ activities: 3, labourDays: 3.5 });

    const province = await summary(tree.province.id, "2024-01-01", "2024-12-31");
    expect(purposes(province).single_parent_household).toEqual([3, 6.5]);
  });

  it("counts an activity where its organiser stood on the day, after the club moves to another commune", async () => {
    // Club C moves to commune B from 2024-07-01 (as the membership service records a reorganisation).
    await env.DB.batch([
      env.DB.prepare(
        "UPDATE org_unit_versions SET valid_to = '2024-07-01' WHERE org_unit_id = ? AND valid_to IS NULL",
      ).bind(clubC.id),
      env.DB.prepare(
        "INSERT INTO org_unit_versions (id, org_unit_id, parent_id, name, valid_from) VALUES (?, ?, ?, ?, '2024-07-01')",
      ).bind(
        `orv_${crypto.randomUUID().replaceAll("-", "").slice(0, 26).toUpperCase()}`,
        clubC.id,
        tree.communeB.id,
        clubC.name,
      ),
    ]);
    const a = await summary(tree.communeA.id, "2024-01-01", "2024-12-31");
    expect(purposes(a).single_parent_household).toEqual([2, 3.5]); // club C's May labour still counts for commune A
    const b = await summary(tree.communeB.id, "2024-01-01", "2024-12-31");
    expect(purposes(b).single_parent_household).toEqual([1, 3]); // commune B gains nothing dated before the move
  });

  it("refuses each bad input with a problem naming the field, and writes nothing", async () => {
    const before = await activityTables();
    const a = `/org-units/${tree.clubA.id}/activities`;
    const labour = (extra: Json) => ({
      typeCode: "labour_support",
      startsOn: "2024-03-05",
      purpose: "other",
      participants: [{ personId: p.lan, labourDays: 1 }],
      ...extra,
    });
    const cases: [string, string, Json, number, string][] = [
      [
        "participant of another commune",
        a,
        labour({ participants: [{ personId: p.binh, labourDays: 1 }] }),
        404,
        "",
      ],
      ["organiser of another commune", `/org-units/${tree.clubB.id}/activities`, labour({}), 404, ""],
      [
        "not a member on the day",
        a,
        labour({ participants: [{ personId: p.moi, labourDays: 1 }] }),
        422,
        "participants.0.personId",
      ],
      ["unknown type", a, labour({ typeCode: "karaoke" }), 422, "typeCode"],
      [
        "retired type",
        a,
        labour({ typeCode: "disaster_cleanup", startsOn: "2025-02-01", purpose: "storm" }),
        422,
        "typeCode",
      ],
      ["end before start", a, labour({ endsOn: "2024-03-01" }), 422, "endsOn"],
      ["future date", a, labour({ startsOn: "2099-01-01" }), 422, "startsOn"],
      ["negative measure", a, labour({ peopleReached: -1 }), 422, "peopleReached"],
      [
        "more than 24 hours a day",
        a,
        labour({ participants: [{ personId: p.lan, labourDays: 1, hours: 25 }] }),
        422,
        "participants.0.hours",
      ],
      [
        "more days than the activity lasted",
        a,
        labour({ participants: [{ personId: p.lan, labourDays: 2 }] }),
        422,
        "participants.0.labourDays",
      ],
      [
        "more participants than members",
        a,
        { typeCode: "community_service", startsOn: "2024-04-01", sessions: 1, participantCount: 5 },
        422,
        "participantCount",
      ],
      ["a measure the type does not take", a, labour({ moneyVnd: 1000 }), 422, "moneyVnd"],
      [
        "visitor without the volunteer role that day",
        `/clubs/${tree.clubA.id}/home-care-visits`,
        {
          visitorId: p.lan,
          recipient: { beneficiaryId: nhung },
          visitedOn: "2025-02-01",
          hours: 1,
          services: ["company"],
        },
        422,
        "visitorId",
      ],
      [
        "a training course run by a club",
        `/org-units/${tree.clubA.id}/trainings`,
        { title: "Tập huấn", startsOn: "2024-10-01", traineePlaces: 1 },
        422,
        "organiser",
      ],
    ];
    const ruleOf: Record<string, string> = {
      "not a member on the day": "not_active_member",
      "retired type": "activity_type_retired",
      "more participants than members": "more_than_members",
      "visitor without the volunteer role that day": "not_home_care_volunteer",
      "a training course run by a club": "training_by_association",
    };
    for (const [label, path, body, status, field] of cases) {
      const res = await call("POST", path, { token: board, body });
      if (ruleOf[label])
        expect(
          res.json.errors.find((e: Json) => e.field === field),
          label,
        ).toMatchObject({ rule: ruleOf[label] });
      expect(res.status, `${label}: ${res.text}`).toBe(status);
      expect(res.headers.get("content-type"), label).toContain("application/problem+json");
      if (field)
        expect(
          res.json.errors.map((e: Json) => e.field),
          label,
        ).toContain(field);
    }
    expect(await activityTables()).toEqual(before);
  });

  it("records each activity of a batch sent twice to /activities/sync once", async () => {
    const before = await activityTables();
    const batch = {
      operations: [
        {
          idempotencyKey: "phone-7-0001",
          method: "post",
          path: `/org-units/${tree.clubA.id}/activities`,
          body: { typeCode: "sports_event", startsOn: "2024-05-05", sessions: 1, participantCount: 3 },
        },
        {
          idempotencyKey: "phone-7-0002",
          method: "post",
          path: `/clubs/${tree.clubA.id}/home-care-visits`,
          body: {
            visitorId: p.hanh,
            recipient: { personId: p.tu },
            visitedOn: "2024-08-01",
            hours: 1,
            services: ["company"],
          },
        },
        {
          idempotencyKey: "phone-7-0003",
          method: "post",
          path: `/org-units/${tree.clubA.id}/activities`,
          body: { typeCode: "sports_event", startsOn: "2099-05-05", sessions: 1, participantCount: 3 },
        },
      ],
    };
    const first = await call("POST", "/sync", { token: board, body: batch, key: null });
    expect(first.status, first.text).toBe(200);
    expect(first.json.results.map((r: Json) => r.status)).toEqual([201, 201, 422]);
    const again = await call("POST", "/sync", { token: board, body: batch, key: null });
    expect(again.json.results.map((r: Json) => [r.status, r.replayed])).toEqual([
      [201, true],
      [201, true],
      [422, false],
    ]);
    expect(again.json.results[0].body.id).toBe(first.json.results[0].body.id);
    const after = await activityTables();
    expect(after.activities - before.activities).toBe(2);
    expect(after.home_care_visits - before.home_care_visits).toBe(1);
  });
});
