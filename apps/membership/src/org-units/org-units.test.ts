import { env } from "cloudflare:workers";
import { tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

describe("org tree", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("adds a ward under the province and refuses one under a club", async () => {
    const ward = await call("POST", "/org-units", {
      token: w.admin,
      body: {
        kind: "ward",
        name: "Phường Đông Kinh",
        code: "TN-DK",
        parentId: w.province.id,
        effectiveFrom: "2025-07-01",
      },
    });
    expect(ward.status).toBe(201);
    expect(ward.json.path).toBe(`${w.province.path}${ward.json.id}/`);
    const underClub = await call("POST", "/org-units", {
      token: w.admin,
      body: { kind: "ward", name: "Sai chỗ", parentId: w.clubA.id, effectiveFrom: "2025-07-01" },
    });
    expect(underClub.status).toBe(422);
    expect(underClub.json.errors[0].field).toBe("parentId");
    const byOfficer = await call("POST", "/org-units", {
      token: w.officerA,
      body: { kind: "ward", name: "Không được", parentId: w.communeA.id, effectiveFrom: "2025-07-01" },
    });
    expect(byOfficer.status).toBe(403);
  });

  it("renames a commune and moves a club to another commune from a date on, keeping the history", async () => {
    const rename = await call("POST", `/org-units/${w.communeA.id}/reorganisations`, {
      token: w.admin,
      body: { name: "Xã Hoàng Đồng mới", effectiveFrom: "2025-07-01", reason: "Sắp xếp đơn vị hành chính" },
    });
    expect(rename.status).toBe(200);
    expect(rename.json).toMatchObject({ name: "Xã Hoàng Đồng mới", parentId: w.province.id });
    const move = await call("POST", `/org-units/${w.clubA.id}/reorganisations`, {
      token: w.admin,
      body: { parentId: w.communeB.id, effectiveFrom: "2025-07-01" },
    });
    expect(move.status).toBe(200);
    const club = await call("GET", `/clubs/${w.clubA.id}`, { token: w.admin });
    expect(club.json.path).toBe(`${w.communeB.path}${w.clubA.id}/`);

    const officerB = await tokenFor(env.DB, "commune_officer", { ...w.communeB });
    const seenFromB = await call("GET", `/clubs/${w.clubA.id}`, { token: officerB });
    expect(seenFromB.status).toBe(200);

    const history = await call("GET", `/org-units/${w.communeA.id}/history`, { token: w.admin });
    expect(history.json.versions).toEqual([
      {
        name: "Xã Hoàng Đồng",
        parentId: w.province.id,
        validFrom: "2017-01-01",
        validTo: "2025-07-01",
        reason: null,
      },
      {
        name: "Xã Hoàng Đồng mới",
        parentId: w.province.id,
        validFrom: "2025-07-01",
        validTo: null,
        reason: "Sắp xếp đơn vị hành chính",
      },
    ]);
  });

  it("refuses a move under the unit's own subtree and a change dated before the current version", async () => {
    const versions = await countRows("org_unit_versions");
    const cycle = await call("POST", `/org-units/${w.communeB.id}/reorganisations`, {
      token: w.admin,
      body: { parentId: w.clubB.id, effectiveFrom: "2025-08-01" },
    });
    expect(cycle.status).toBe(422);
    expect(cycle.json.errors[0]).toMatchObject({
      field: "parentId",
      message: "a commune must be under a province, not a club",
    });
    const backdated = await call("POST", `/org-units/${w.communeA.id}/reorganisations`, {
      token: w.admin,
      body: { name: "Tên khác", effectiveFrom: "2025-06-30" },
    });
    expect(backdated.status).toBe(422);
    expect(backdated.json.errors[0].field).toBe("effectiveFrom");
    const empty = await call("POST", `/org-units/${w.communeA.id}/reorganisations`, {
      token: w.admin,
      body: { effectiveFrom: "2025-09-01" },
    });
    expect(empty.status).toBe(422);
    expect(await countRows("org_unit_versions")).toBe(versions);
  });

  it("lists the caller's subtree by kind", async () => {
    const communes = await call("GET", "/org-units?kind=commune", { token: w.admin });
    expect(communes.json.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [w.communeA.id, w.communeB.id].sort(),
    );
    const fromClub = await call("GET", "/org-units", { token: w.boardA });
    expect(fromClub.json.items.map((u: { id: string }) => u.id)).toEqual([w.clubA.id]);
  });
});
