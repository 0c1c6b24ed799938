import { env } from "cloudflare:workers";
import type { Json } from "@ishc/edge-kit/testing/client";
import { countRows, serviceCaller } from "@ishc/edge-kit/testing/client";
import { seedOrgFixture, tokenFor } from "@ishc/edge-kit/testing/fixtures";

export type { Json };
export { countRows };

/** Calls the real worker (workerd, real D1) the way a client would. */
export const call = serviceCaller("membership");

/** The fixture tree plus a token for each role at the level a real user of it would sit. */
export async function world() {
  const tree = await seedOrgFixture(env.DB);
  return {
    ...tree,
    admin: await tokenFor(env.DB, "province_admin", tree.province),
    officerA: await tokenFor(env.DB, "commune_officer", tree.communeA),
    officerB: await tokenFor(env.DB, "commune_officer", tree.communeB),
    boardA: await tokenFor(env.DB, "club_board", tree.clubA),
    viewer: await tokenFor(env.DB, "viewer", tree.province),
  };
}

export const newMember = (person: Json, joinedOn = "2024-03-01") => ({
  person: { sex: "female", ...person },
  joinedOn,
});
