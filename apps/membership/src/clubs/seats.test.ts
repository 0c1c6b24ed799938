import { addDays, vietnamDate } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("board seats and club dates stay true", () => {
  let w: World;
  let people: string[];
  beforeAll(async () => {
    w = await world();
    people = [];
    for (const fullName of ["Tô Thị Hạnh", "Mông Văn Chiến", "Ninh Thị Sen", "La Văn Khải"]) {
      const added = await call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.officerA,
        body: newMember({ fullName, birthYear: 1955 }, "2019-01-01"),
      });
      expect(added.status).toBe(201);
      people.push(added.json.person.id);
    }
  });

  const seat = (personId: string, role: string, startsOn: string, endsOn?: string | null) =>
    call("POST", `/clubs/${w.clubA.id}/roles`, {
      token: w.officerA,
      body: { personId, role, startsOn, ...(endsOn === undefined ? {} : { endsOn }) },
    });

  it("refuses a treasurer whose term overlaps a closed term of the seat, naming role", async () => {
    const first = await seat(people[0]!, "treasurer", "2020-01-01", "2022-12-31");
    expect(first.status).toBe(201);
    const before = await countRows("club_roles", `club_id = '${w.clubA.id}' AND role = 'treasurer'`);
    for (const [startsOn, endsOn] of [
      ["2021-06-01", "2021-12-31"],
      ["2019-06-01", null],
      ["2022-12-31", null],
      ["2019-01-01", "2020-01-01"],
    ] as const) {
      const clash = await seat(people[1]!, "treasurer", startsOn, endsOn);
      expect(clash.status, `${startsOn}–${endsOn}`).toBe(409);
      expect(clash.json.errors).toEqual([
        expect.objectContaining({
          field: "role",
          rule: "seat_taken",
          params: expect.objectContaining({ from: "2020-01-01" }),
        }),
      ]);
    }
    expect(await countRows("club_roles", `club_id = '${w.clubA.id}' AND role = 'treasurer'`)).toBe(before);
    const next = await seat(people[1]!, "treasurer", "2023-01-01");
    expect(next.status).toBe(201);
    const onDate = await call("GET", `/clubs/${w.clubA.id}/roles?asOf=2021-06-01`, { token: w.officerA });
    expect(onDate.json.items.filter((r: { role: string }) => r.role === "treasurer")).toHaveLength(1);
  });

  it("holds for every single seat, and lets board members and volunteers be many", async () => {
    for (const role of ["vice_chair", "accountant", "secretary"]) {
      expect((await seat(people[0]!, role, "2020-01-01", "2020-12-31")).status, role).toBe(201);
      expect((await seat(people[1]!, role, "2020-12-31")).status, role).toBe(409);
    }
    for (const role of ["board_member", "home_care_volunteer", "economic_volunteer"]) {
      expect((await seat(people[2]!, role, "2020-01-01")).status, role).toBe(201);
      expect((await seat(people[3]!, role, "2020-01-01")).status, role).toBe(201);
    }
  });

  it("lets only one of two racing chairs through (guarded in SQL)", async () => {
    const [a, b] = await Promise.all([
      seat(people[2]!, "chair", "2024-01-01"),
      seat(people[3]!, "chair", "2024-02-01"),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await countRows("club_roles", `club_id = '${w.clubA.id}' AND role = 'chair'`)).toBe(1);
  });

  it("refuses terms that start or end in the future", async () => {
    const tomorrow = addDays(vietnamDate(), 1);
    const starts = await seat(people[3]!, "board_member", tomorrow);
    expect(starts.status).toBe(422);
    expect(starts.json.errors[0].field).toBe("startsOn");
    const ends = await seat(people[3]!, "home_care_volunteer", "2020-01-01", tomorrow);
    expect(ends.status).toBe(422);
    expect(ends.json.errors[0].field).toBe("endsOn");
  });

  it("refuses a club founded or changing status in the future, and accepts today", async () => {
    const tomorrow = addDays(vietnamDate(), 1);
    const founded = await call("POST", "/clubs", {
      token: w.officerA,
      body: { name: "CLB Tương Lai", code: "TN-TL-01", parentId: w.communeA.id, foundedOn: tomorrow },
    });
    expect(founded.status).toBe(422);
    expect(founded.json.errors[0].field).toBe("foundedOn");
    const suspended = await call("POST", `/clubs/${w.clubB.id}/status`, {
      token: w.officerB,
      body: { status: "suspended", effectiveFrom: tomorrow },
    });
    expect(suspended.status).toBe(422);
    expect(suspended.json.errors[0].field).toBe("effectiveFrom");
    const today = await call("POST", "/clubs", {
      token: w.officerA,
      body: { name: "CLB Hôm Nay", code: "TN-HN-01", parentId: w.communeA.id, foundedOn: vietnamDate() },
    });
    expect(today.status).toBe(201);
  });
});
