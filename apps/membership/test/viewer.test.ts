import { monthPeriod, previousPeriod, vietnamDate } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { call, type Json, newMember, world } from "./helpers";

type World = Awaited<ReturnType<typeof world>>;

/**
 * What a viewer may read: counts, shares and the org tree, never a named
 * person. Every other GET of the service answers a viewer 403, so a route
 * added later is refused until someone decides otherwise here.
 */
const VIEWER_READS = new Set([
  "/health",
  "/session",
  "/openapi.json",
  "/docs",
  "/org-units",
  "/org-units/{id}",
  "/org-units/{id}/history",
  "/clubs",
  "/clubs/{id}",
  "/clubs/{id}/meetings",
  "/clubs/{id}/composition",
]);

describe("viewers see aggregates only", () => {
  let w: World;
  let personId: string;
  let meetingId: string;
  let leaverMembership: string;
  beforeAll(async () => {
    w = await world();
    // Club B on 2025-05-31: 14 members, 7 women; 9 aged 55+, 5 younger; 2 poor; nobody alone.
    const people = [
      ...Array.from({ length: 5 }, () => ({ sex: "female", birthYear: 1950 })),
      ...Array.from({ length: 4 }, () => ({ sex: "male", birthYear: 1950 })),
      ...Array.from({ length: 2 }, () => ({ sex: "female", birthYear: 1990 })),
      ...Array.from({ length: 4 }, () => ({ sex: "male", birthYear: 1990 })),
    ].map((p, i) => ({
      ...p,
      fullName: `Thành viên số ${i + 1}`,
      ...(i < 2 ? { povertyStatus: "poor", povertyCertifiedYear: 2024 } : {}),
    }));
    const ids: { person: string; membership: string }[] = [];
    for (const person of people) {
      const res = await call("POST", `/clubs/${w.clubB.id}/members`, {
        token: w.officerB,
        body: newMember(person, "2024-03-01"),
      });
      expect(res.status).toBe(201);
      ids.push({ person: res.json.person.id, membership: res.json.membership.id });
    }
    personId = ids[0]!.person;
    leaverMembership = ids.at(-1)!.membership;
    const left = await call("POST", `/memberships/${leaverMembership}/leave`, {
      token: w.officerB,
      body: { leftOn: "2025-05-20", reason: "Đi làm ăn xa" },
    });
    expect(left.status).toBe(200);
    const meeting = await call("POST", `/clubs/${w.clubB.id}/meetings`, {
      token: w.officerB,
      body: { heldOn: "2025-03-10", topic: "Sinh hoạt tháng 3", attendeeIds: [personId] },
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.json.id;
  });

  it("answers 403 on every person-level read, and 200 on the aggregate ones", async () => {
    const doc = await call("GET", "/openapi.json");
    const gets = Object.entries(doc.json.paths as Record<string, Json>)
      .filter(([, methods]) => "get" in methods)
      .map(([path]) => path.replace(/^\/membership/, ""));
    expect(gets.length).toBeGreaterThan(10);
    const ids: Record<string, string> = {
      "/people/{id}": personId,
      "/meetings/{id}": meetingId,
      "/meetings/{id}/health-checks": meetingId,
      "/org-units/{id}": w.communeB.id,
      "/org-units/{id}/history": w.communeB.id,
    };
    for (const path of gets) {
      const filled = path.replace("{id}", ids[path] ?? w.clubB.id);
      const res = await call("GET", filled, { token: w.viewer });
      if (VIEWER_READS.has(path)) expect(res.status, path).toBe(200);
      else {
        expect(res.status, path).toBe(403);
        expect(res.json.code).toBe("FORBIDDEN");
      }
    }
    for (const path of [
      "/people",
      "/people/{id}",
      "/clubs/{id}/members",
      "/clubs/{id}/roles",
      "/meetings/{id}",
    ]) {
      expect(gets, path).toContain(path);
      expect(VIEWER_READS.has(path)).toBe(false);
    }
  });

  it("still lets officers and boards read people by name", async () => {
    for (const path of [`/people/${personId}`, `/clubs/${w.clubB.id}/members`, `/meetings/${meetingId}`]) {
      expect((await call("GET", path, { token: w.officerB })).status, path).toBe(200);
    }
  });

  const composition = (query: string, token = w.viewer) =>
    call("GET", `/clubs/${w.clubB.id}/composition${query}`, { token });

  it("gives a viewer a month as of its last day, groups under 5 as <5", async () => {
    const res = await composition("?period=2025-05");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      clubId: w.clubB.id,
      asOf: "2025-05-31",
      members: 14,
      older: 9,
      younger: 5,
      women: 7,
      poorOrNearPoor: "<5",
      livingAlone: "<5",
      shares: { women: 0.5, poorOrNearPoor: null, livingAlone: null },
    });
    // The month before, the member who left on 2025-05-20 still counts.
    expect((await composition("?period=2025-04")).json).toMatchObject({
      asOf: "2025-04-30",
      members: 15,
      younger: 6,
    });
    expect((await composition("?period=2025-Q2")).json).toMatchObject({ asOf: "2025-06-30", members: 14 });
    expect((await composition("?period=2024")).json).toMatchObject({ asOf: "2024-12-31", members: 15 });
  });

  it("defaults a viewer to last month", async () => {
    const today = vietnamDate();
    const lastMonth = previousPeriod(monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7))));
    const res = await composition("");
    expect(res.status).toBe(200);
    expect(res.json.asOf).toBe(lastMonth.end);
  });

  it("refuses a viewer any date, a range, and a period that has not ended, naming the parameter", async () => {
    const today = vietnamDate();
    const cases: [string, string][] = [
      ["?asOf=2025-05-20", "query.asOf"],
      ["?period=2025-05-01..2025-05-19", "query.period"],
      [`?period=${today.slice(0, 7)}`, "query.period"],
      [`?period=${today.slice(0, 4)}`, "query.period"],
      ["?period=2025-13", "query.period"],
      ["?period=2025-05&asOf=2025-05-31", "query.period"],
    ];
    for (const [query, field] of cases) {
      const res = await composition(query);
      expect(res.status, query).toBe(422);
      expect(
        res.json.errors.map((e: Json) => e.field),
        query,
      ).toEqual([field]);
    }
  });

  it("keeps exact figures and any date for officers", async () => {
    const onDay = await composition("?asOf=2025-05-19", w.officerB);
    expect(onDay.status).toBe(200);
    expect(onDay.json).toMatchObject({ asOf: "2025-05-19", members: 15, poorOrNearPoor: 2, livingAlone: 0 });
    expect(onDay.json.shares.poorOrNearPoor).toBeCloseTo(2 / 15);
    const month = await composition("?period=2025-05", w.officerB);
    expect(month.json).toMatchObject({ asOf: "2025-05-31", members: 14, poorOrNearPoor: 2 });
    const range = await composition("?period=2025-05-01..2025-05-19", w.officerB);
    expect(range.json).toMatchObject({ asOf: "2025-05-19", members: 15 });
  });
});
