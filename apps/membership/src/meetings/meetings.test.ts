import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, newMember, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("meetings and health checks", () => {
  let w: World;
  const ids: string[] = [];
  let outsider: string;
  beforeAll(async () => {
    w = await world();
    for (const fullName of ["Hoàng Thị Lan", "Nông Văn Hải", "Vi Thị Hạnh"]) {
      const res = await call("POST", `/clubs/${w.clubA.id}/members`, {
        token: w.boardA,
        body: newMember({ fullName, birthYear: 1950 }, "2024-01-10"),
      });
      ids.push(res.json.person.id);
    }
    const other = await call("POST", `/clubs/${w.clubB.id}/members`, {
      token: w.officerB,
      body: newMember({ fullName: "Người Câu Lạc Bộ Khác", birthYear: 1950 }, "2024-01-10"),
    });
    outsider = other.json.person.id;
  });

  it("records a meeting with attendance and then the attendees' health checks", async () => {
    const meeting = await call("POST", `/clubs/${w.clubA.id}/meetings`, {
      token: w.boardA,
      body: { heldOn: "2025-05-10", topic: "Phòng chống tăng huyết áp", attendeeIds: [ids[0], ids[1]] },
    });
    expect(meeting.status).toBe(201);
    expect(meeting.json.attendees).toBe(2);

    const checks = await call("POST", `/meetings/${meeting.json.id}/health-checks`, {
      token: w.boardA,
      body: {
        checks: [
          { personId: ids[0], systolic: 135, diastolic: 85, weightKg: 52.5 },
          { personId: ids[1], weightKg: 60 },
        ],
      },
    });
    expect(checks.status).toBe(201);
    expect(checks.json.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: ids[0], systolic: 135, diastolic: 85, weightKg: 52.5 }),
        expect.objectContaining({ personId: ids[1], systolic: null, weightKg: 60 }),
      ]),
    );

    const corrected = await call("POST", `/meetings/${meeting.json.id}/health-checks`, {
      token: w.boardA,
      body: { checks: [{ personId: ids[0], systolic: 130, diastolic: 80 }] },
    });
    expect(corrected.status).toBe(201);
    expect(await countRows("health_checks", `meeting_id = '${meeting.json.id}'`)).toBe(2);

    const absent = await call("POST", `/meetings/${meeting.json.id}/health-checks`, {
      token: w.boardA,
      body: { checks: [{ personId: ids[2], systolic: 120, diastolic: 80 }] },
    });
    expect(absent.status).toBe(422);
    expect(absent.json.errors[0]).toMatchObject({
      field: "checks.0.personId",
      message: "did not attend this meeting",
      rule: "not_attended",
    });

    const implausible = await call("POST", `/meetings/${meeting.json.id}/health-checks`, {
      token: w.boardA,
      body: { checks: [{ personId: ids[0], systolic: 80, diastolic: 120 }] },
    });
    expect(implausible.status).toBe(422);
    expect(implausible.json.errors[0].field).toBe("checks.0.systolic");
  });

  it("refuses attendees who are not members on the day, naming each, and writes nothing", async () => {
    const meetings = await countRows("meetings");
    const res = await call("POST", `/clubs/${w.clubA.id}/meetings`, {
      token: w.boardA,
      body: { heldOn: "2024-01-05", topic: "Trước khi vào", attendeeIds: [ids[0], outsider] },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
      "attendeeIds.0",
      "attendeeIds.1",
    ]);
    expect(res.json.errors[1]).toMatchObject({ rule: "not_active_member", params: { date: "2024-01-05" } });
    expect(await countRows("meetings")).toBe(meetings);
  });

  it("lists meetings newest first with attendance counts", async () => {
    await call("POST", `/clubs/${w.clubA.id}/meetings`, {
      token: w.boardA,
      body: { heldOn: "2025-06-10", topic: "Sinh hoạt tháng 6", attendeeIds: ids },
    });
    const list = await call("GET", `/clubs/${w.clubA.id}/meetings`, { token: w.viewer });
    expect(list.json.items.map((m: { topic: string; attendees: number }) => [m.topic, m.attendees])).toEqual([
      ["Sinh hoạt tháng 6", 3],
      ["Phòng chống tăng huyết áp", 2],
    ]);
  });
});
