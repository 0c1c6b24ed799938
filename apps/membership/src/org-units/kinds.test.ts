import { env } from "cloudflare:workers";
import { addDays, childPath, newId, oneYearAfter, vietnamDate } from "@ishc/domain";
import { tokenFor } from "@ishc/edge-kit/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { call, countRows, world } from "../../test/helpers";

type World = Awaited<ReturnType<typeof world>>;

/** Puts the fixture's province under a national root (as the demo tree now stands) and returns the root. */
async function underNationalRoot(w: World) {
  const id = newId("orgUnit");
  const path = childPath(null, id);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO org_units (id, kind, name, name_search, code, parent_id, path, created_at)
       VALUES (?, 'national', 'Hội Người cao tuổi Việt Nam', 'hoi nguoi cao tuoi viet nam', ?, NULL, ?, '2024-01-01T00:00:00Z')`,
    ).bind(id, `VN-${id.slice(-4)}`, path),
    env.DB.prepare(
      `INSERT INTO org_unit_versions (id, org_unit_id, parent_id, name, valid_from) VALUES (?, ?, NULL, 'Hội Người cao tuổi Việt Nam', '2017-01-01')`,
    ).bind(newId("orgUnitVersion"), id),
    env.DB.prepare("UPDATE org_units SET path = ? || path WHERE path >= ? AND path < ? || '~'").bind(
      path,
      w.province.path,
      w.province.path,
    ),
    env.DB.prepare("UPDATE org_units SET parent_id = ? WHERE id = ?").bind(id, w.province.id),
    env.DB.prepare("UPDATE org_unit_versions SET parent_id = ? WHERE org_unit_id = ?").bind(
      id,
      w.province.id,
    ),
  ]);
  return { id, path };
}

describe("the org tree: national → province → commune or ward → club", () => {
  let w: World;
  let national: { id: string; path: string };
  let nationalAdmin: string;
  beforeAll(async () => {
    w = await world();
    national = await underNationalRoot(w);
    nationalAdmin = await tokenFor(env.DB, "national_admin", { ...national, name: "VN" });
  });

  const create = (token: string, kind: string, parentId: string, effectiveFrom = "2025-07-01") =>
    call("POST", "/org-units", {
      token,
      body: {
        kind,
        name: `Đơn vị ${kind} ${Math.random().toString(36).slice(2, 7)}`,
        parentId,
        effectiveFrom,
      },
    });

  it("lets a national admin create a province and its province admin; a province admin may not", async () => {
    const province = await create(nationalAdmin, "province", national.id);
    expect(province.status).toBe(201);
    expect(province.json.path).toBe(`${national.path}${province.json.id}/`);
    const admin = await call("POST", "/users", {
      token: nationalAdmin,
      body: {
        login: "admin@tinhmoi.test",
        displayName: "Quản trị tỉnh mới",
        role: "province_admin",
        orgUnitId: province.json.id,
        password: "mot-mat-khau-dai",
      },
    });
    expect(admin.status).toBe(201);
    const byProvinceAdmin = await create(w.admin, "province", national.id);
    expect(byProvinceAdmin.status).toBe(403);
    const grantNational = await call("POST", "/users", {
      token: w.admin,
      body: {
        login: "national@tinh.test",
        displayName: "Không được",
        role: "national_admin",
        orgUnitId: w.province.id,
        password: "mot-mat-khau-dai",
      },
    });
    expect(grantNational.status).toBe(403);
    const clubs = await call("GET", "/clubs", { token: nationalAdmin });
    expect(clubs.json.items).toHaveLength(2);
  });

  it("refuses a unit under a parent of the wrong kind, naming parentId", async () => {
    const units = await countRows("org_units");
    for (const [kind, parentId] of [
      ["commune", national.id],
      ["ward", w.communeA.id],
      ["commune", w.clubA.id],
      ["province", w.province.id],
    ] as const) {
      const res = await create(nationalAdmin, kind, parentId);
      expect(res.status, `${kind} under ${parentId}`).toBe(422);
      expect(res.json.errors[0].field).toBe("parentId");
    }
    const district = await create(nationalAdmin, "district", w.province.id);
    expect(district.status).toBe(422);
    expect(district.json.errors[0].field).toBe("kind");
    const club = await call("POST", "/clubs", {
      token: w.admin,
      body: { name: "CLB Sai Chỗ", code: "TN-SC-01", parentId: w.province.id, foundedOn: "2024-01-01" },
    });
    expect(club.status).toBe(422);
    expect(club.json.errors[0].field).toBe("parentId");
    expect(await countRows("org_units")).toBe(units);
    expect((await create(w.admin, "ward", w.province.id)).status).toBe(201);
  });

  it("refuses a move under a parent of the wrong kind, naming parentId", async () => {
    const versions = await countRows("org_unit_versions");
    const communeUnderCommune = await call("POST", `/org-units/${w.communeA.id}/reorganisations`, {
      token: w.admin,
      body: { parentId: w.communeB.id, effectiveFrom: "2025-07-01" },
    });
    expect(communeUnderCommune.status).toBe(422);
    expect(communeUnderCommune.json.errors[0].field).toBe("parentId");
    const clubUnderProvince = await call("POST", `/org-units/${w.clubA.id}/reorganisations`, {
      token: w.admin,
      body: { parentId: w.province.id, effectiveFrom: "2025-07-01" },
    });
    expect(clubUnderProvince.status).toBe(422);
    expect(clubUnderProvince.json.errors[0].field).toBe("parentId");
    expect(await countRows("org_unit_versions")).toBe(versions);
    const clubToOtherCommune = await call("POST", `/org-units/${w.clubB.id}/reorganisations`, {
      token: w.admin,
      body: { parentId: w.communeA.id, effectiveFrom: "2025-07-01" },
    });
    expect(clubToOtherCommune.status).toBe(200);
  });

  it("moves a commune to another province with its clubs (national admin)", async () => {
    const other = await create(nationalAdmin, "province", national.id);
    const move = await call("POST", `/org-units/${w.communeA.id}/reorganisations`, {
      token: nationalAdmin,
      body: { parentId: other.json.id, effectiveFrom: "2025-08-01", reason: "Sáp nhập tỉnh" },
    });
    expect(move.status).toBe(200);
    const club = await call("GET", `/clubs/${w.clubA.id}`, { token: nationalAdmin });
    expect(club.json.path).toBe(`${other.json.path}${w.communeA.id}/${w.clubA.id}/`);
    expect((await call("GET", `/clubs/${w.clubA.id}`, { token: w.admin })).status).toBe(404);
  });

  it("dates planned changes at most one year ahead: 9999-12-31 no longer locks a unit", async () => {
    const today = vietnamDate();
    const far = await call("POST", `/org-units/${w.communeB.id}/reorganisations`, {
      token: w.admin,
      body: { name: "Phường Tam Thanh (đổi tên)", effectiveFrom: "9999-12-31" },
    });
    expect(far.status).toBe(422);
    expect(far.json.errors[0].field).toBe("effectiveFrom");
    const yearAndADay = await call("POST", `/org-units/${w.communeB.id}/reorganisations`, {
      token: w.admin,
      body: { name: "Phường Tam Thanh (đổi tên)", effectiveFrom: addDays(oneYearAfter(today), 1) },
    });
    expect(yearAndADay.status).toBe(422);
    const created = await create(w.admin, "ward", w.province.id, addDays(oneYearAfter(today), 1));
    expect(created.status).toBe(422);
    expect(created.json.errors[0].field).toBe("effectiveFrom");
    const inAYear = await call("POST", `/org-units/${w.communeB.id}/reorganisations`, {
      token: w.admin,
      body: { name: "Phường Tam Thanh (đổi tên)", effectiveFrom: oneYearAfter(today) },
    });
    expect(inAYear.status).toBe(200);
  });
});
