import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

const HEADER =
  "STT,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB";
const register = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;

describe("POST /clubs/:id/members/import", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("imports every row of a Vietnamese register exported from Excel", async () => {
    const csv = register(
      "1,Nguyễn Thị Hằng,Nữ,12/04/1956,Tày,Nghèo,2023,,0912 345 678,15/03/2019",
      '2,"Hoàng Văn Lợi, con",Nam,1949,Nùng,Cận nghèo,2022,x,,01/06/2020',
      "3,Vi Thị Ngọc,nu,03-11-1992,Kinh,Không,,,,2021-09-01",
    );
    const before = await countRows("memberships", `club_id = '${w.clubA.id}'`);
    const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, { token: w.officerA, raw: csv });
    expect(res.status).toBe(201);
    expect(res.json.imported).toBe(3);
    expect(res.json.memberships.map((m: { row: number }) => m.row)).toEqual([2, 3, 4]);
    expect(await countRows("memberships", `club_id = '${w.clubA.id}'`)).toBe(before + 3);

    const found = await call("GET", `/clubs/${w.clubA.id}/members?q=hoang%20van%20loi`, {
      token: w.officerA,
    });
    expect(found.json.items[0].person).toMatchObject({
      fullName: "Hoàng Văn Lợi, con",
      sex: "male",
      birthDate: null,
      birthYear: 1949,
      povertyStatus: "near_poor",
      livesAlone: true,
    });
  });

  it("refuses the whole file when any row is wrong, listing every bad row, and writes nothing", async () => {
    const csv = register(
      "1,Lăng Thị Hoa,Nữ,01/01/1950,Tày,,,,,01/01/2020",
      "2,Triệu Văn Sáng,Không rõ,01/01/1951,Dao,,,,,01/01/2020",
      "3,Hà Thị Lan,Nữ,31/02/1952,Tày,,,,,01/01/2020",
      "4,Nông Văn Tú,Nam,01/01/1950,Tày,,,,,01/01/2010",
    );
    const people = await countRows("people");
    const memberships = await countRows("memberships");
    const audit = await countRows("audit_log");
    const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, { token: w.officerA, raw: csv });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("VALIDATION_FAILED");
    const byRow = res.json.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`).sort();
    expect(byRow).toEqual(["3:sex", "4:birthDate", "5:joinedOn"]);
    expect(await countRows("people")).toBe(people);
    expect(await countRows("memberships")).toBe(memberships);
    expect(await countRows("audit_log")).toBe(audit);
  });

  it("refuses people who are already active members, naming the row", async () => {
    const csv = register("1,Lưu Thị Bích,Nữ,05/05/1955,Tày,,,,,01/02/2021");
    const first = await call("POST", `/clubs/${w.clubA.id}/members/import`, { token: w.officerA, raw: csv });
    expect(first.status).toBe(201);
    const people = await countRows("people");
    const second = await call("POST", `/clubs/${w.clubA.id}/members/import`, { token: w.officerA, raw: csv });
    expect(second.status).toBe(422);
    expect(second.json.errors).toEqual([expect.objectContaining({ row: 2, field: "fullName" })]);
    expect(await countRows("people")).toBe(people);
  });

  it("refuses a file that is not UTF-8 (an old Windows-1258 export) with 415 and writes nothing", async () => {
    const people = await countRows("people");
    const windows1258 = new Uint8Array([
      ...new TextEncoder().encode("Họ và tên,Giới tính,Năm sinh,Ngày vào CLB\r\n"),
      0x48,
      0xe0,
      0x20,
      0x54,
      0x68,
      0xf2,
      0x2c,
      0x4e,
      0x61,
      0x6d,
      0x2c,
      0x31,
      0x39,
      0x35,
      0x30,
      0x2c,
      0x30,
      0x31,
      0x2f,
      0x30,
      0x31,
      0x2f,
      0x32,
      0x30,
      0x32,
      0x30,
    ]);
    const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
      token: w.officerA,
      raw: windows1258,
    });
    expect(res.status).toBe(415);
    expect(res.json.errors[0].field).toBe("file");
    expect(res.json.errors[0].message).toContain("UTF-8");
    expect(await countRows("people")).toBe(people);
  });

  it("names the missing columns of a file that is not a member register", async () => {
    const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
      token: w.officerA,
      raw: "Họ và tên,Năm sinh\r\nNguyễn Văn A,1950\r\n",
    });
    expect(res.status).toBe(422);
    const fields = res.json.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["joinedOn", "sex"]);
  });

  it("refuses a JSON body on the CSV route with 415", async () => {
    const res = await call("POST", `/clubs/${w.clubA.id}/members/import`, {
      token: w.officerA,
      body: { rows: [] },
    });
    expect(res.status).toBe(415);
  });

  it("imports a register of 300 members in one all-or-nothing batch", async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `${i + 1},Thành Viên Số ${i + 1},${i % 3 ? "Nữ" : "Nam"},${1940 + (i % 50)},Kinh,,,,,01/01/2023`,
    );
    const res = await call("POST", `/clubs/${w.clubB.id}/members/import`, {
      token: w.officerB,
      raw: register(...rows),
    });
    expect(res.status).toBe(201);
    expect(res.json.imported).toBe(300);
    expect(await countRows("memberships", `club_id = '${w.clubB.id}' AND left_on IS NULL`)).toBe(300);
  });
});
