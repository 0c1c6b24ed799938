import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "./helpers";

type World = Awaited<ReturnType<typeof world>>;

/** Every operation in the service's own OpenAPI document, with its path ids filled in. */
async function operations(ids: Record<string, string>) {
  const doc = await call("GET", "/openapi.json");
  const ops: { method: string; path: string; secured: boolean }[] = [];
  for (const [path, methods] of Object.entries(
    doc.json.paths as Record<string, Record<string, { security: unknown[] }>>,
  )) {
    for (const [method, op] of Object.entries(methods)) {
      const filled = path
        .replace(/^\/membership/, "")
        .replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? "x");
      ops.push({ method: method.toUpperCase(), path: filled, secured: op.security.length > 0 });
    }
  }
  return ops;
}

describe("access control", () => {
  let w: World;
  let memberOfB: { membershipId: string; personId: string };
  let meetingOfB: string;
  beforeAll(async () => {
    w = await world();
    const added = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.officerB,
      body: newMember({ fullName: "Lương Thị Xuân", birthYear: 1952 }),
    });
    memberOfB = { membershipId: added.json.membership.id, personId: added.json.person.id };
    const meeting = await call("POST", `/clubs/${w.clubB.id}/meetings`, {
      token: w.officerB,
      body: { heldOn: "2025-03-10", topic: "Sinh hoạt tháng 3", attendeeIds: [memberOfB.personId] },
    });
    expect(meeting.status).toBe(201);
    meetingOfB = meeting.json.id;
  });

  it("answers 401 problem+json on every secured route when no token is sent", async () => {
    const ops = await operations({ id: w.clubA.id, roleId: "rol_01J00000000000000000000000" });
    const secured = ops.filter((op) => op.secured);
    expect(secured.length).toBeGreaterThan(20);
    for (const op of secured) {
      const res = await call(op.method, op.path, { body: op.method === "GET" ? undefined : {} });
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
      expect(res.json.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers 401 to a token signed with another key or tampered with", async () => {
    const [header, payload] = w.admin.split(".");
    const forged = `${header}.${payload}.c2lnbmF0dXJlLW9mLXNvbWVvbmUtZWxzZQ`;
    const res = await call("GET", `/clubs/${w.clubA.id}`, { token: forged });
    expect(res.status).toBe(401);
  });

  it("hides another commune's club, members, people, memberships and meetings behind 404", async () => {
    const reads = [
      `/clubs/${w.clubB.id}`,
      `/clubs/${w.clubB.id}/members`,
      `/clubs/${w.clubB.id}/composition`,
      `/clubs/${w.clubB.id}/roles`,
      `/clubs/${w.clubB.id}/meetings`,
      `/people/${memberOfB.personId}`,
      `/meetings/${meetingOfB}`,
      `/org-units/${w.communeB.id}`,
    ];
    for (const path of reads) {
      for (const token of [w.officerA, w.boardA]) {
        const res = await call("GET", path, { token });
        expect(res.status, path).toBe(404);
        expect(res.json.code).toBe("NOT_FOUND");
      }
    }
    const leave = await call("POST", `/memberships/${memberOfB.membershipId}/leave`, {
      token: w.officerA,
      body: { leftOn: "2025-04-01", reason: "thử" },
    });
    expect(leave.status).toBe(404);
    const enrol = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Người Ngoài", birthYear: 1950 }),
    });
    expect(enrol.status).toBe(404);
    expect(await countRows("memberships", `club_id = '${w.clubB.id}' AND left_on IS NULL`)).toBe(1);
  });

  it("lists only the caller's subtree and finds nobody outside it by name", async () => {
    const clubs = await call("GET", "/clubs", { token: w.officerA });
    expect(clubs.json.items.map((c: { id: string }) => c.id)).toEqual([w.clubA.id]);
    const all = await call("GET", "/clubs", { token: w.admin });
    expect(all.json.items).toHaveLength(2);
    const people = await call("GET", "/people?q=luong%20thi%20xuan", { token: w.officerA });
    expect(people.json.items).toHaveLength(0);
    const peopleB = await call("GET", "/people?q=luong%20thi%20xuan", { token: w.officerB });
    expect(peopleB.json.items).toHaveLength(1);
  });

  it("lets a viewer read counts but not write or read named health measures", async () => {
    const write = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.viewer,
      body: newMember({ fullName: "Ai Đó", birthYear: 1950 }),
    });
    expect(write.status).toBe(403);
    expect(write.json.code).toBe("FORBIDDEN");
    const health = await call("GET", `/meetings/${meetingOfB}/health-checks`, { token: w.viewer });
    expect(health.status).toBe(403);
    // No person-level reads at all (test/viewer.test.ts goes through every route).
    const person = await call("GET", `/people/${memberOfB.personId}`, { token: w.viewer });
    expect(person.status).toBe(403);
  });

  it("records every write in the audit log in the same transaction", async () => {
    const before = await countRows("audit_log", "action = 'leave'");
    const left = await call("POST", `/memberships/${memberOfB.membershipId}/leave`, {
      token: w.officerB,
      body: { leftOn: "2025-04-01", reason: "Chuyển nơi ở" },
    });
    expect(left.status).toBe(200);
    const again = await call("POST", `/memberships/${memberOfB.membershipId}/leave`, {
      token: w.officerB,
      body: { leftOn: "2025-04-02", reason: "Chuyển nơi ở" },
    });
    expect(again.status).toBe(409);
    expect(await countRows("audit_log", "action = 'leave'")).toBe(before + 1);
  });
});
