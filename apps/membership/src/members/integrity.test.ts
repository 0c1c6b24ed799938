import { addDays, vietnamDate } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

const HEADER = "Họ và tên,Giới tính,Ngày sinh,Ngày vào CLB";
const register = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;

describe("data that stays true: people and memberships", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  async function enrolAndLeave(fullName: string, joinedOn: string, leftOn: string) {
    const added = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName, birthDate: "1950-05-05" }, joinedOn),
    });
    expect(added.status).toBe(201);
    const left = await call("POST", `/memberships/${added.json.membership.id}/leave`, {
      token: w.officerA,
      body: { leftOn, reason: "Chuyển nơi ở" },
    });
    expect(left.status).toBe(200);
    return added.json.person.id as string;
  }

  it("refuses a rejoining that overlaps an earlier stint, naming joinedOn, and accepts one after it", async () => {
    const personId = await enrolAndLeave("Chu Thị Nhung", "2022-01-10", "2026-03-31");
    const before = await countRows("memberships", `person_id = '${personId}'`);
    for (const joinedOn of ["2022-06-01", "2026-03-31", "2021-01-01"]) {
      const rejoin = await call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.officerA,
        body: { personId, joinedOn },
      });
      expect(rejoin.status, joinedOn).toBe(409);
      expect(rejoin.json.errors).toEqual([
        expect.objectContaining({
          field: "joinedOn",
          rule: "overlaps_membership",
          params: { from: "2022-01-10", to: "2026-03-31" },
        }),
      ]);
    }
    expect(await countRows("memberships", `person_id = '${personId}'`)).toBe(before);
    const after = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: { personId, joinedOn: "2026-04-01" },
    });
    expect(after.status).toBe(201);
    const onDate = await call("GET", `/clubs/${w.clubA.id}/members?asOf=2024-01-01&q=chu%20thi%20nhung`, {
      token: w.officerA,
    });
    expect(onDate.json.items).toHaveLength(1);
  });

  it("lets only one of two racing enrolments of the same new person through (guarded in SQL)", async () => {
    const body = newMember({ fullName: "Bế Văn Quang", birthYear: 1949, sex: "male" });
    const results = await Promise.all(
      [w.officerA, w.boardA].map((token) => call("POST", `/clubs/${w.clubA.id}/members`, { token, body })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await countRows("people", "name_search = 'be van quang'")).toBe(1);
  });

  it("lets only one of a racing CSV import and JSON enrolment of the same person through", async () => {
    const [json, csv] = await Promise.all([
      call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.officerA,
        body: newMember({ fullName: "Lãnh Thị Yến", birthDate: "1953-02-02" }),
      }),
      call("POST", `/clubs/${w.clubA.id}/members/import`, {
        token: w.boardA,
        raw: register("Hoàng Văn Tám,Nam,01/01/1951,01/01/2022", "Lãnh Thị Yến,Nữ,02/02/1953,01/01/2022"),
      }),
    ]);
    // Exactly one lands; the other is refused whole: by its read (409 JSON, 422 file) or, when
    // the reads raced, by the write batch's guard (409).
    const landed = [json.status, csv.status].filter((status) => status === 201);
    expect(landed).toHaveLength(1);
    expect([409, 422]).toContain(json.status === 201 ? csv.status : json.status);
    expect(await countRows("people", "name_search = 'lanh thi yen'")).toBe(1);
    expect(await countRows("people", "name_search = 'hoang van tam'")).toBe(csv.status === 201 ? 1 : 0);
  });

  it("refuses a new person with the name and birth year of an active member, as the CSV import does", async () => {
    const first = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Nguyễn Thị Thanh Bình", birthYear: 1958 }),
    });
    expect(first.status).toBe(201);
    const people = await countRows("people");
    const json = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "nguyen thi  THANH binh", birthDate: "1958-07-01" }, "2024-05-01"),
    });
    expect(json.status).toBe(409);
    expect(json.json.errors).toEqual([expect.objectContaining({ field: "person.fullName" })]);
    const csv = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
      token: w.officerA,
      raw: register("Nguyen Thi Thanh Binh,Nữ,01/07/1958,01/05/2024"),
    });
    expect(csv.status).toBe(422);
    expect(csv.json.errors).toEqual([expect.objectContaining({ row: 2, field: "fullName" })]);
    expect(await countRows("people")).toBe(people);
    // A namesake born in another year is another person.
    const other = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Nguyễn Thị Thanh Bình", birthYear: 1960 }),
    });
    expect(other.status).toBe(201);
  });

  it("refuses a CSV row overlapping a former member's stint (same person), naming joinedOn", async () => {
    await enrolAndLeave("Hứa Thị Duyên", "2021-03-01", "2025-06-30");
    const people = await countRows("people");
    const overlap = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
      token: w.officerA,
      raw: register("Hứa Thị Duyên,Nữ,05/05/1950,01/01/2022"),
    });
    expect(overlap.status).toBe(422);
    expect(overlap.json.errors).toEqual([
      expect.objectContaining({ row: 2, field: "joinedOn", rule: "overlaps_membership" }),
    ]);
    const json = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Hứa Thị Duyên", birthDate: "1950-05-05" }, "2025-06-30"),
    });
    expect(json.status).toBe(409);
    expect(json.json.errors).toEqual([expect.objectContaining({ field: "joinedOn" })]);
    expect(await countRows("people")).toBe(people);
  });

  it("refuses a birth date in the future and accepts today", async () => {
    const today = vietnamDate();
    const tomorrow = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Bé Sơ Sinh", birthDate: addDays(today, 1) }, today),
    });
    expect(tomorrow.status).toBe(422);
    expect(tomorrow.json.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "person.birthDate" })]),
    );
    const person = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: "Đinh Thị Gấm", birthYear: 1960 }),
    });
    const patched = await call("PATCH", `/people/${person.json.person.id}`, {
      token: w.officerA,
      body: { birthDate: "9999-01-01" },
    });
    expect(patched.status).toBe(422);
    expect(patched.json.errors[0].field).toBe("birthDate");
  });

  it("refuses names with control, bidi or only invisible characters, in JSON and in CSV", async () => {
    const people = await countRows("people");
    const bad = {
      control: "Nguyễn\u0000Hoà",
      lineBreak: "Nguyễn\nHoà",
      c1: "Nguyễn\u0085Hoà",
      override: "Hoà \u202Egnas",
      isolate: "\u2066Hoà\u2069",
      zeroWidth: "\u200B\u200D\uFEFF",
      marks: "\u0301\u0303",
    };
    for (const [what, fullName] of Object.entries(bad)) {
      const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.officerA,
        body: newMember({ fullName, birthYear: 1950 }),
      });
      expect(res.status, what).toBe(422);
      expect(res.json.errors[0].field, what).toBe("person.fullName");
    }
    for (const fullName of ["Hoà \u202Egnas", "\u200B\u200B", "\u0301\u0303"]) {
      const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
        token: w.officerA,
        raw: register(`${fullName},Nữ,05/05/1950,01/01/2022`),
      });
      expect(res.status, JSON.stringify(fullName)).toBe(422);
      expect(res.json.errors[0]).toMatchObject({ row: 2, field: "fullName" });
    }
    expect(await countRows("people")).toBe(people);
  });

  it("stores formula-like text as given (exports neutralise it)", async () => {
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      body: newMember({ fullName: '=HYPERLINK("http://x")', ethnicity: "-Tày", birthYear: 1950 }),
    });
    expect(res.status).toBe(201);
    expect(res.json.person).toMatchObject({ fullName: '=HYPERLINK("http://x")', ethnicity: "-Tày" });
  });

  it("never stores a JSON body that is not UTF-8 with replacement characters", async () => {
    const people = await countRows("people");
    const json = JSON.stringify(newMember({ fullName: "Nguyễn Thị XX", birthYear: 1950 }));
    const [head, tail] = json.split("XX") as [string, string];
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      0xc3, // a lone lead byte: "Ã" in Windows-1252 text sent as if it were UTF-8
      0x28,
      ...new TextEncoder().encode(tail),
    ]);
    const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
      token: w.officerA,
      raw: bytes,
      contentType: "application/json",
    });
    expect(res.status).not.toBe(201);
    expect(await countRows("people")).toBe(people);
    expect(await countRows("people", "full_name LIKE '%' || char(65533) || '%'")).toBe(0);
  });

  it("answers a JSON body that is not UTF-8 with 400 or 415", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"leftOn":"2025-01-01","reason":"'),
      0xff,
      ...new TextEncoder().encode('"}'),
    ]);
    const res = await call("POST", `/memberships/mem_01J00000000000000000000000/leave`, {
      token: w.officerA,
      raw: bytes,
      contentType: "application/json",
    });
    expect([400, 415]).toContain(res.status);
  });
});
