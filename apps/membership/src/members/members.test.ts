import { addDays, vietnamDate } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("members", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("registers a Vietnamese name sent in NFD, stores it NFC and finds it without diacritics", async () => {
    const nfd = "Nguyễn Thị Hoà".normalize("NFD");
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({
        fullName: nfd,
        birthDate: "1956-04-12",
        phone: "0912 345 678",
        povertyStatus: "poor",
        povertyCertifiedYear: 2023,
      }),
    });
    expect(res.status).toBe(201);
    expect(res.json.person.fullName).toBe("Nguyễn Thị Hoà".normalize("NFC"));
    expect(res.json.person.phone).toBe("0912345678");
    expect(res.json.person.birthYear).toBe(1956);

    for (const q of ["nguyen thi hoa", "NGUYEN", "thị hoà", "hoa"]) {
      const found = await call("GET", `/clubs/${w.clubA.id}/members?q=${encodeURIComponent(q)}`, {
        token: w.officerA,
      });
      expect(found.status).toBe(200);
      expect(found.json.items.map((m: { person: { fullName: string } }) => m.person.fullName)).toContain(
        "Nguyễn Thị Hoà",
      );
    }
    const people = await call("GET", `/people?q=${encodeURIComponent("nguyen thi hoa")}`, { token: w.admin });
    expect(people.json.items).toHaveLength(1);
    const miss = await call("GET", `/clubs/${w.clubA.id}/members?q=${encodeURIComponent("tran van")}`, {
      token: w.officerA,
    });
    expect(miss.json.items).toHaveLength(0);
  });

  it("refuses a second open membership of the same person in a club with 409, writing nothing", async () => {
    const first = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: newMember({ fullName: "Hoàng Văn Đức", birthYear: 1950, sex: "male" }),
    });
    expect(first.status).toBe(201);
    const before = await countRows("memberships");
    const again = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.boardA,
      body: { personId: first.json.person.id, joinedOn: "2024-05-01" },
    });
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([
      expect.objectContaining({ field: "personId", rule: "already_member" }),
    ]);
    expect(await countRows("memberships")).toBe(before);
  });

  it("refuses impossible dates and names the field, writing nothing", async () => {
    const before = await countRows("people");
    const bornAfterJoining = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Lê Thị Mai", birthDate: "2024-06-01" }, "2024-03-01"),
    });
    expect(bornAfterJoining.status).toBe(422);
    expect(bornAfterJoining.json.errors).toEqual([
      { field: "joinedOn", message: "is before the person was born", rule: "before_birth" },
    ]);

    const notADate = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Lê Thị Mai", birthDate: "1950-02-30" }),
    });
    expect(notADate.status).toBe(422);
    expect(notADate.json.errors[0].field).toBe("person.birthDate");

    const beforeFounding = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Lê Thị Mai", birthYear: 1950 }, "2010-01-01"),
    });
    expect(beforeFounding.status).toBe(422);
    expect(beforeFounding.json.errors[0]).toMatchObject({
      field: "joinedOn",
      rule: "before_founding",
      params: { date: "2018-03-15" },
    });
    expect(await countRows("people")).toBe(before);
  });

  it("refuses wrong types and unknown fields with every field named", async () => {
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: {
        person: { fullName: 42, sex: "f", birthYear: "1950", nickname: "Mai" },
        joinedOn: "2024-01-01",
      },
    });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("VALIDATION_FAILED");
    expect(res.text).not.toMatch(/SQL|sqlite|at .*\.ts/i);
  });

  it("refuses an oversized body with 413 problem+json", async () => {
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "x".repeat(2 * 1024 * 1024), birthYear: 1950 }),
    });
    expect(res.status).toBe(413);
    expect(res.json.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("records leaving, refuses a leave date before joining, and ends the member's open roles", async () => {
    const joined = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Vi Văn Lực", birthYear: 1948, sex: "male" }, "2023-01-10"),
    });
    const membershipId = joined.json.membership.id;
    const role = await call("POST", `/clubs/${w.clubA.id}/roles`, {
      token: w.officerA,
      body: { personId: joined.json.person.id, role: "economic_volunteer", startsOn: "2023-02-01" },
    });
    expect(role.status).toBe(201);

    const early = await call("POST", `/memberships/${membershipId}/leave`, {
      token: w.officerA,
      body: { leftOn: "2022-12-31", reason: "Chuyển nơi ở" },
    });
    expect(early.status).toBe(422);
    expect(early.json.errors).toEqual([expect.objectContaining({ field: "leftOn" })]);

    const left = await call("POST", `/memberships/${membershipId}/leave`, {
      token: w.officerA,
      body: { leftOn: "2024-08-31", reason: "Chuyển nơi ở" },
    });
    expect(left.status).toBe(200);
    expect(left.json).toMatchObject({ leftOn: "2024-08-31", leaveReason: "Chuyển nơi ở" });
    expect(await countRows("club_roles", `id = '${role.json.id}' AND ends_on = '2024-08-31'`)).toBe(1);

    const twice = await call("POST", `/memberships/${membershipId}/leave`, {
      token: w.officerA,
      body: { leftOn: "2024-09-30", reason: "x" },
    });
    expect(twice.status).toBe(409);

    const onDate = await call("GET", `/clubs/${w.clubA.id}/members?asOf=2024-06-01&q=vi%20van%20luc`, {
      token: w.officerA,
    });
    expect(onDate.json.items).toHaveLength(1);
    const after = await call("GET", `/clubs/${w.clubA.id}/members?asOf=2024-09-01&q=vi%20van%20luc`, {
      token: w.officerA,
    });
    expect(after.json.items).toHaveLength(0);
    // The leaving day is no longer a membership day; the day before still is.
    const dayBefore = await call("GET", `/clubs/${w.clubA.id}/members?asOf=2024-08-30&q=vi%20van%20luc`, {
      token: w.officerA,
    });
    expect(dayBefore.json.items).toHaveLength(1);
    const leavingDay = await call("GET", `/clubs/${w.clubA.id}/members?asOf=2024-08-31&q=vi%20van%20luc`, {
      token: w.officerA,
    });
    expect(leavingDay.json.items).toHaveLength(0);
  });

  it("records a member leaving today, and refuses tomorrow", async () => {
    const joined = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Hà Thị Lan", birthYear: 1951 }, "2023-03-01"),
    });
    const leave = (leftOn: string) =>
      call("POST", `/memberships/${joined.json.membership.id}/leave`, {
        token: w.officerA,
        body: { leftOn, reason: "Chuyển nơi ở" },
      });
    const tomorrow = await leave(addDays(vietnamDate(), 1));
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.json.errors[0].field).toBe("leftOn");
    const today = await leave(vietnamDate());
    expect(today.status).toBe(200);
  });

  it("gives viewers counts of a whole month with groups under 5 as <5, and no named members", async () => {
    const members = await call("GET", `/clubs/${w.clubA.id}/members`, { token: w.viewer });
    expect(members.status).toBe(403);
    const composition = await call("GET", `/clubs/${w.clubA.id}/composition`, { token: w.viewer });
    expect(composition.status).toBe(200);
    const exact = await call("GET", `/clubs/${w.clubA.id}/composition?asOf=${composition.json.asOf}`, {
      token: w.officerA,
    });
    expect(exact.json.poorOrNearPoor).toBeGreaterThanOrEqual(1);
    for (const count of ["members", "poorOrNearPoor"]) {
      expect(composition.json[count]).toBe(exact.json[count] < 5 ? "<5" : exact.json[count]);
    }
  });

  it("pages through members with an opaque cursor and rejects a forged one", async () => {
    const page1 = await call("GET", `/clubs/${w.clubA.id}/members?limit=1`, { token: w.officerA });
    expect(page1.json.items).toHaveLength(1);
    expect(page1.json.nextCursor).toEqual(expect.any(String));
    const page2 = await call("GET", `/clubs/${w.clubA.id}/members?limit=1&cursor=${page1.json.nextCursor}`, {
      token: w.officerA,
    });
    expect(page2.json.items[0].membership.id > page1.json.items[0].membership.id).toBe(true);
    const forged = await call("GET", `/clubs/${w.clubA.id}/members?cursor=bm90LWFuLWlk`, {
      token: w.officerA,
    });
    expect(forged.status).toBe(422);
    expect(forged.json.errors[0].field).toBe("cursor");
  });
});

describe("composition", () => {
  it("counts members active on the date against the ISHC targets", async () => {
    const w = await world();
    const people = [
      { fullName: "Bà Một", birthYear: 1950, sex: "female" },
      { fullName: "Bà Hai", birthYear: 1955, sex: "female", povertyStatus: "near_poor" },
      { fullName: "Ông Ba", birthYear: 1945, sex: "male", livesAlone: true },
      { fullName: "Chị Bốn", birthYear: 1990, sex: "female" },
    ];
    for (const person of people) {
      const res = await call("POST", `/clubs/${w.clubB.id}/members`, {
        token: w.officerB,
        body: newMember(person, "2023-01-01"),
      });
      expect(res.status).toBe(201);
    }
    const res = await call("GET", `/clubs/${w.clubB.id}/composition?asOf=2025-05-31`, { token: w.officerB });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      members: 4,
      older: 3,
      younger: 1,
      women: 3,
      poorOrNearPoor: 1,
      livingAlone: 1,
      shares: { older: 0.75, younger: 0.25, women: 0.75, poorOrNearPoor: 0.25, livingAlone: 0.25 },
    });
    expect(res.json.targets.members).toMatchObject({ value: 4, met: false });
    const before = await call("GET", `/clubs/${w.clubB.id}/composition?asOf=2022-12-31`, {
      token: w.officerB,
    });
    expect(before.json.members).toBe(0);
  });
});
