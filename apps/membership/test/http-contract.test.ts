import { beforeAll, describe, expect, it } from "vitest";
import { call, newMember, world } from "./helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("what the OpenAPI document promises, over HTTP", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("refuses an unknown query parameter with 422 naming it, and keeps the default of a known one", async () => {
    const ok = await call("GET", "/clubs?limit=1", { token: w.officerA });
    expect(ok.status).toBe(200);
    const typo = await call("GET", "/clubs?limt=1&status=active", { token: w.officerA });
    expect(typo.status).toBe(422);
    expect(typo.json.errors).toEqual([expect.objectContaining({ field: "query.limt" })]);
    const noQuery = await call("GET", `/clubs/${w.clubA.id}?expand=members`, { token: w.officerA });
    expect(noQuery.status).toBe(422);
    expect(noQuery.json.errors).toEqual([expect.objectContaining({ field: "query.expand" })]);
    // Path parameters are as before: an id of the wrong shape is simply not there.
    expect((await call("GET", "/clubs/not-an-id", { token: w.officerA })).status).toBe(404);
  });

  it("answers a known path asked with another method 405, with Allow", async () => {
    const res = await call("DELETE", `/clubs/${w.clubA.id}`, { token: w.officerA });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
    const both = await call("PUT", `/clubs/${w.clubA.id}/roles`, { token: w.officerA });
    expect(both.headers.get("allow")).toBe("GET, POST");
    expect((await call("DELETE", "/no-such-thing", { token: w.officerA })).status).toBe(404);
  });

  it("filters a club's meetings by the day they were held, both ends included", async () => {
    const member = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: newMember({ fullName: "Lộc Thị Thanh", birthYear: 1952 }, "2024-01-10"),
    });
    expect(member.status).toBe(201);
    for (const heldOn of ["2025-01-15", "2025-02-15", "2025-03-15"]) {
      const res = await call("POST", `/clubs/${w.clubA.id}/meetings`, {
        token: w.boardA,
        body: { heldOn, topic: `Sinh hoạt ngày ${heldOn}`, attendeeIds: [member.json.person.id] },
      });
      expect(res.status).toBe(201);
    }
    const heldOn = async (query: string) => {
      const res = await call("GET", `/clubs/${w.clubA.id}/meetings${query}`, { token: w.boardA });
      expect(res.status, query).toBe(200);
      return res.json.items.map((m: { heldOn: string }) => m.heldOn);
    };
    expect(await heldOn("")).toEqual(["2025-03-15", "2025-02-15", "2025-01-15"]);
    expect(await heldOn("?from=2025-02-15")).toEqual(["2025-03-15", "2025-02-15"]);
    expect(await heldOn("?to=2025-02-15")).toEqual(["2025-02-15", "2025-01-15"]);
    expect(await heldOn("?from=2025-02-15&to=2025-02-15")).toEqual(["2025-02-15"]);
    expect(await heldOn("?from=2025-01-16&to=2025-03-14&limit=5")).toEqual(["2025-02-15"]);

    const backwards = await call("GET", `/clubs/${w.clubA.id}/meetings?from=2025-03-01&to=2025-02-01`, {
      token: w.boardA,
    });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([expect.objectContaining({ field: "query.to" })]);
    const notADate = await call("GET", `/clubs/${w.clubA.id}/meetings?from=2025-02-30`, { token: w.boardA });
    expect(notADate.status).toBe(422);
    expect(notADate.json.errors).toEqual([expect.objectContaining({ field: "query.from" })]);
  });
});
