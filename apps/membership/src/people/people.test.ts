import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, type Json, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("PATCH /people/{id}", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  /** A member of club A who joined on 2024-03-01. */
  async function enrol(person: Json = {}) {
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: newMember({ fullName: "Nông Thị Thu", birthYear: 1956, ...person }),
    });
    expect(res.status).toBe(201);
    return res.json.person.id as string;
  }
  const patch = (id: string, body: Json, token = w.boardA) => call("PATCH", `/people/${id}`, { token, body });
  const stored = (id: string) => env.DB.prepare("SELECT * FROM people WHERE id = ?").bind(id).first<Json>();

  it("changes every field it is sent and keeps the others", async () => {
    const id = await enrol({ ethnicity: "Tày", phone: "0912 345 678" });
    const res = await patch(id, {
      fullName: "Nông Thị Thu Hà",
      sex: "male",
      birthDate: "1957-02-03",
      ethnicity: "Nùng",
      povertyStatus: "near_poor",
      povertyCertifiedYear: 2024,
      livesAlone: true,
      phone: "+84 987.654.321",
    });
    expect(res.status).toBe(200);
    const expected = {
      id,
      orgUnitId: w.clubA.id,
      fullName: "Nông Thị Thu Hà",
      sex: "male",
      birthDate: "1957-02-03",
      birthYear: 1957,
      ethnicity: "Nùng",
      povertyStatus: "near_poor",
      povertyCertifiedYear: 2024,
      livesAlone: true,
      phone: "0987654321",
    };
    expect(res.json).toEqual(expected);
    expect((await call("GET", `/people/${id}`, { token: w.boardA })).json.person).toEqual(expected);
    expect(await stored(id)).toMatchObject({ name_search: "nong thi thu ha", lives_alone: 1 });
    const found = await call("GET", "/people?q=thu%20ha", { token: w.boardA });
    expect(found.json.items.map((p: Json) => p.id)).toContain(id);
    expect(
      await countRows("audit_log", `entity = 'person' AND entity_id = '${id}' AND action = 'update'`),
    ).toBe(1);

    // Nothing sent, nothing changed; null clears an optional field.
    const cleared = await patch(id, { ethnicity: null, phone: null });
    expect(cleared.status).toBe(200);
    expect(cleared.json).toEqual({ ...expected, ethnicity: null, phone: null });
  });

  it("keeps birth year and birth date together", async () => {
    const id = await enrol({ birthDate: "1956-07-08", birthYear: undefined });
    // A year that is not the date's drops the date.
    const year = await patch(id, { birthYear: 1955 });
    expect(year.status).toBe(200);
    expect(year.json).toMatchObject({ birthYear: 1955, birthDate: null });
    const date = await patch(id, { birthDate: "1954-01-02" });
    expect(date.json).toMatchObject({ birthYear: 1954, birthDate: "1954-01-02" });
    const same = await patch(id, { birthYear: 1954 });
    expect(same.json).toMatchObject({ birthYear: 1954, birthDate: "1954-01-02" });
    const mismatch = await patch(id, { birthDate: "1950-01-01", birthYear: 1951 });
    expect(mismatch.status).toBe(422);
    expect(mismatch.json.errors.map((e: Json) => e.field)).toEqual(["birthYear"]);
    const none = await patch(id, { birthDate: null, birthYear: null });
    expect(none.status).toBe(422);
    expect(none.json.errors.map((e: Json) => e.field)).toEqual(["birthYear"]);
  });

  it("refuses a birth after the person first joined a club (2024-03-01)", async () => {
    const id = await enrol();
    const date = await patch(id, { birthDate: "2024-03-02" });
    expect(date.status).toBe(422);
    expect(date.json.errors).toEqual([expect.objectContaining({ field: "birthDate" })]);
    expect(date.json.errors[0].message).toContain("2024-03-01");
    const year = await patch(id, { birthYear: 2025 });
    expect(year.status).toBe(422);
    expect(year.json.errors).toEqual([expect.objectContaining({ field: "birthYear" })]);
    // Born on the joining day itself is not after it.
    expect((await patch(id, { birthDate: "2024-03-01" })).status).toBe(200);
    expect(await stored(id)).toMatchObject({ birth_date: "2024-03-01", birth_year: 2024 });
  });

  it("clears the certification year when the household is no longer poor", async () => {
    const id = await enrol({ povertyStatus: "poor", povertyCertifiedYear: 2023 });
    const res = await patch(id, { povertyStatus: "none" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ povertyStatus: "none", povertyCertifiedYear: null });
    expect(await stored(id)).toMatchObject({ poverty_status: "none", poverty_certified_year: null });
    const both = await patch(id, { povertyStatus: "none", povertyCertifiedYear: 2024 });
    expect(both.status).toBe(422);
    expect(both.json.errors.map((e: Json) => e.field)).toEqual(["povertyCertifiedYear"]);
  });

  it("refuses viewers with 403 and hides people outside the caller's subtree behind 404, writing nothing", async () => {
    const id = await enrol({ fullName: "Lý Văn Tài" });
    const audits = await countRows("audit_log");
    const viewer = await patch(id, { livesAlone: true }, w.viewer);
    expect(viewer.status).toBe(403);
    expect(viewer.json.code).toBe("FORBIDDEN");
    const outside = await patch(id, { livesAlone: true }, w.officerB);
    expect(outside.status).toBe(404);
    expect(outside.json.code).toBe("NOT_FOUND");
    expect((await patch("per_01J00000000000000000000000", { livesAlone: true })).status).toBe(404);
    expect(await stored(id)).toMatchObject({ lives_alone: 0 });
    expect(await countRows("audit_log")).toBe(audits);
  });
});

describe("GET /people/{id}", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("lists only the memberships in clubs of the caller's subtree", async () => {
    const added = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Hà Thị Nhung", birthYear: 1950 }, "2023-01-10"),
    });
    const personId = added.json.person.id;
    const left = await call("POST", `/memberships/${added.json.membership.id}/leave`, {
      token: w.officerA,
      body: { leftOn: "2024-06-01", reason: "Chuyển về phường" },
    });
    expect(left.status).toBe(200);
    const moved = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.admin,
      body: { personId, joinedOn: "2024-07-01" },
    });
    expect(moved.status).toBe(201);

    const all = await call("GET", `/people/${personId}`, { token: w.admin });
    expect(all.json.memberships.map((m: Json) => m.clubId)).toEqual([w.clubA.id, w.clubB.id]);
    const officer = await call("GET", `/people/${personId}`, { token: w.officerA });
    expect(officer.status).toBe(200);
    expect(officer.json.memberships.map((m: Json) => m.clubId)).toEqual([w.clubA.id]);
    // Commune B's officer does not see the person at all: they are registered in club A.
    expect((await call("GET", `/people/${personId}`, { token: w.officerB })).status).toBe(404);
  });
});
