import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("clubs", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("registers a club in the officer's commune, refuses a duplicate code and a club outside the commune", async () => {
    const body = {
      name: "CLB Liên thế hệ thôn Khòn Pá",
      code: "TN-HD-02",
      parentId: w.communeA.id,
      foundedOn: "2021-05-19",
    };
    const created = await call("POST", "/clubs", { token: w.officerA, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      code: "TN-HD-02",
      status: "active",
      statusSince: "2021-05-19",
      parentId: w.communeA.id,
    });
    expect(await countRows("club_status_history", `club_id = '${created.json.id}'`)).toBe(1);

    const duplicate = await call("POST", "/clubs", { token: w.officerA, body: { ...body, name: "Khác" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.errors[0].field).toBe("code");

    const elsewhere = await call("POST", "/clubs", {
      token: w.officerA,
      body: { ...body, code: "TN-X", parentId: w.communeB.id },
    });
    expect(elsewhere.status).toBe(404);

    const future = await call("POST", "/clubs", {
      token: w.officerA,
      body: { ...body, code: "TN-Y", foundedOn: "2999-01-01" },
    });
    expect(future.status).toBe(422);
    expect(future.json.errors[0].field).toBe("foundedOn");
  });

  it("suspends a club from a date, then refuses new members until it is active again", async () => {
    const suspended = await call("POST", `/clubs/${w.clubB.id}/status`, {
      token: w.officerB,
      body: { status: "suspended", effectiveFrom: "2024-01-01", reason: "Thiếu ban chủ nhiệm" },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.json).toMatchObject({ status: "suspended", statusSince: "2024-01-01" });
    const join = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.officerB,
      body: newMember({ fullName: "Hà Văn Bình", birthYear: 1950, sex: "male" }),
    });
    expect(join.status).toBe(409);
    const backdated = await call("POST", `/clubs/${w.clubB.id}/status`, {
      token: w.officerB,
      body: { status: "active", effectiveFrom: "2023-12-31" },
    });
    expect(backdated.status).toBe(422);
    // Two statuses cannot begin on one day: the new one must start after the current one did.
    const sameDay = await call("POST", `/clubs/${w.clubB.id}/status`, {
      token: w.admin,
      body: { status: "active", effectiveFrom: "2024-01-01" },
    });
    expect(sameDay.status).toBe(422);
    expect(sameDay.json.errors[0].field).toBe("effectiveFrom");
    const reactivated = await call("POST", `/clubs/${w.clubB.id}/status`, {
      token: w.officerB,
      body: { status: "active", effectiveFrom: "2024-06-01" },
    });
    expect(reactivated.status).toBe(200);
    expect(await countRows("club_status_history", `club_id = '${w.clubB.id}'`)).toBe(3);
    expect(await countRows("audit_log", `entity_id = '${w.clubB.id}' AND action = 'change_status'`)).toBe(2);
  });

  it("seats a board for members only, one chair at a time, and lists it as of a date", async () => {
    const member = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: newMember({ fullName: "Lý Thị Thu", birthYear: 1958 }, "2020-01-15"),
    });
    const other = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: newMember({ fullName: "Đàm Văn Chung", birthYear: 1957, sex: "male" }, "2020-01-15"),
    });
    const chair = await call("POST", `/clubs/${w.clubA.id}/roles`, {
      token: w.boardA,
      body: { personId: member.json.person.id, role: "chair", startsOn: "2020-02-01", endsOn: null },
    });
    expect(chair.status).toBe(201);
    expect(chair.json).toMatchObject({ role: "chair", fullName: "Lý Thị Thu", endsOn: null });

    const secondChair = await call("POST", `/clubs/${w.clubA.id}/roles`, {
      token: w.boardA,
      body: { personId: other.json.person.id, role: "chair", startsOn: "2021-01-01" },
    });
    expect(secondChair.status).toBe(409);

    const beforeJoining = await call("POST", `/clubs/${w.clubA.id}/roles`, {
      token: w.boardA,
      body: { personId: other.json.person.id, role: "treasurer", startsOn: "2019-12-01" },
    });
    expect(beforeJoining.status).toBe(422);
    expect(beforeJoining.json.errors[0].field).toBe("personId");

    const ended = await call("POST", `/clubs/${w.clubA.id}/roles/${chair.json.id}/end`, {
      token: w.boardA,
      body: { endsOn: "2022-12-31" },
    });
    expect(ended.status).toBe(200);
    const during = await call("GET", `/clubs/${w.clubA.id}/roles?asOf=2021-06-01`, { token: w.officerA });
    expect(during.json.items.map((r: { role: string }) => r.role)).toEqual(["chair"]);
    const later = await call("GET", `/clubs/${w.clubA.id}/roles?asOf=2023-06-01`, { token: w.officerA });
    expect(later.json.items).toEqual([]);
    // The board by name is personal data: not for viewers.
    expect((await call("GET", `/clubs/${w.clubA.id}/roles`, { token: w.viewer })).status).toBe(403);
  });

  it("lists clubs by status, by part of the name or by code, under a unit, a page at a time", async () => {
    const v = await world(); // a tree of its own: exactly two clubs
    const suspended = await call("POST", `/clubs/${v.clubB.id}/status`, {
      token: v.admin,
      body: { status: "suspended", effectiveFrom: "2023-01-01" },
    });
    expect(suspended.status).toBe(200);
    const ids = async (query: string, token = v.admin) => {
      const res = await call("GET", `/clubs?${query}`, { token });
      expect(res.status).toBe(200);
      return res.json.items.map((c: { id: string }) => c.id);
    };
    const both = [v.clubA.id, v.clubB.id].sort();
    expect(await ids("limit=50")).toEqual(both);
    expect(await ids("status=suspended")).toEqual([v.clubB.id]);
    expect(await ids("status=active")).toEqual([v.clubA.id]);
    expect(await ids(`q=${encodeURIComponent("na chuong")}`)).toEqual([v.clubA.id]);
    expect(await ids(`q=${encodeURIComponent(v.clubB.code)}`)).toEqual([v.clubB.id]);
    expect(await ids(`status=active&q=${encodeURIComponent(v.clubB.code)}`)).toEqual([]);
    expect(await ids(`under=${v.communeA.id}`)).toEqual([v.clubA.id]);
    expect(await ids(`under=${v.communeB.id}&status=suspended`)).toEqual([v.clubB.id]);
    const outside = await call("GET", `/clubs?under=${v.communeB.id}`, { token: v.officerA });
    expect(outside.status).toBe(404);

    const first = await call("GET", "/clubs?limit=1", { token: v.admin });
    expect(first.json.items).toEqual([
      expect.objectContaining({ id: both[0], parentId: expect.any(String), status: expect.any(String) }),
    ]);
    const second = await call("GET", `/clubs?limit=1&cursor=${first.json.nextCursor}`, { token: v.admin });
    expect(second.json.items.map((c: { id: string }) => c.id)).toEqual([both[1]]);
    expect(second.json.nextCursor).toBeNull();
    expect(await ids(`limit=1&status=suspended&cursor=${first.json.nextCursor}`)).toEqual(
      both[1] === v.clubB.id ? [v.clubB.id] : [],
    );
    expect((await call("GET", `/clubs/${v.clubB.id}`, { token: v.admin })).json).toEqual({
      id: v.clubB.id,
      code: v.clubB.code,
      name: v.clubB.name,
      parentId: v.communeB.id,
      path: v.clubB.path,
      foundedOn: "2022-09-01",
      status: "suspended",
      statusSince: "2023-01-01",
    });
  });
});
