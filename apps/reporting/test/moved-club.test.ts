import { env } from "cloudflare:workers";
import { newId } from "@ishc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { tokenFor } from "../../../packages/edge-kit/testing/fixtures.ts";
import { call, indicator } from "./helpers";
import { seedHandMadeProvince } from "./province";

/**
 * Club C moves from commune A to commune B on 2025-05-16 (as the membership
 * service records a reorganisation: the old version closed, a new one opened,
 * the current parent and path changed). In May its meeting of 05-12 counts in
 * commune A, its flood labour support of 05-20 in commune B, and its members
 * and loan (stocks on 05-31) in commune B; the province's figures are unchanged.
 */
describe("a club that moved commune in the period", () => {
  let world: Awaited<ReturnType<typeof seedHandMadeProvince>>;
  let admin: string;
  const report = async (unitId: string, period: string) =>
    (await call("GET", `/org-units/${unitId}/report?period=${period}`, admin)).json;

  beforeAll(async () => {
    world = await seedHandMadeProvince(env.DB);
    admin = await tokenFor(env.DB, "province_admin", world.province);
    const c = world.clubC;
    const newPath = `${world.communeB.path}${c.id}/`;
    await env.DB.batch([
      env.DB.prepare(
        "UPDATE org_unit_versions SET valid_to = '2025-05-16' WHERE org_unit_id = ? AND valid_to IS NULL",
      ).bind(c.id),
      env.DB.prepare(
        "INSERT INTO org_unit_versions (id, org_unit_id, parent_id, name, valid_from) VALUES (?, ?, ?, ?, '2025-05-16')",
      ).bind(newId("orgUnitVersion"), c.id, world.communeB.id, c.name),
      env.DB.prepare("UPDATE org_units SET parent_id = ?, path = ? WHERE id = ?").bind(
        world.communeB.id,
        newPath,
        c.id,
      ),
    ]);
  }, 60_000);

  it("counts each day's records where the club stood that day, and stocks where it stood at the end", async () => {
    const a = await report(world.communeA.id, "2025-05");
    const b = await report(world.communeB.id, "2025-05");
    const p = await report(world.province.id, "2025-05");
    // Meetings: A's 05-05 and C's 05-12 (C still in commune A) → 2 in A; none in B.
    expect(indicator(a, "meetings").value).toBe(2);
    expect(indicator(b, "meetings").value).toBe(0);
    // Labour: A's 3 days in A; C's flood day (05-20) in B.
    expect(indicator(a, "labour_days").value).toBe(3);
    expect(indicator(b, "labour_days").value).toBe(1);
    // Stocks on 05-31: club C, p5 and L2 (600,000 at risk) in B.
    expect(indicator(a, "clubs").value).toBe(1);
    expect(indicator(b, "clubs").value).toBe(2);
    expect(indicator(a, "members").value).toBe(2);
    expect(indicator(b, "members").value).toBe(2);
    expect(indicator(b, "outstanding_principal").value).toBe(600_000);
    expect(indicator(b, "par30")).toMatchObject({ value: 1 });
    // The province adds up the same as before the move.
    expect(indicator(p, "meetings").value).toBe(2);
    expect(indicator(p, "labour_days").value).toBe(4);
    expect(indicator(p, "members").value).toBe(4);
    // April: C stood in commune A all month (its home-care visit of 04-02 counts there).
    const april = await report(world.communeA.id, "2025-04");
    expect(indicator(april, "home_care_visits").value).toBe(1);
    expect(indicator(await report(world.communeB.id, "2025-04"), "home_care_visits").value).toBe(0);
  });
});
