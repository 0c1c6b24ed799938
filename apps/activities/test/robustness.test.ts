import { env, exports } from "cloudflare:workers";
import { seedClubRecords } from "@ishc/edge-kit/testing/fixtures";
import { describeRobustness } from "../../../packages/edge-kit/testing/robustness.ts";
import { call } from "./helpers";

/*
 * Every write of this service is retry-safe, and the kit refuses one without
 * an Idempotency-Key (400) before it checks the account or the scope. The
 * generated suite sends no key, so its 401/404 and odd-value probes would stop
 * at that 400 and never reach a handler. Until the suite sends keys itself,
 * each POST it makes gets a fresh key here, so every probe runs the real route.
 */
const worker = exports.default as unknown as {
  fetch: (input: RequestInfo, init?: RequestInit) => Promise<Response>;
};
const unkeyed = worker.fetch.bind(worker);
worker.fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  if ((init?.method ?? "GET") === "POST" && !headers.has("idempotency-key")) {
    headers.set("idempotency-key", crypto.randomUUID());
  }
  return unkeyed(input, { ...init, headers });
};

describeRobustness("activities", {
  numRuns: 20,
  seed: async ({ tree, owner }) => {
    // A member of club A who holds the home-care volunteer role from 2020-02-01.
    const { personId } = await seedClubRecords(env.DB, tree.clubA);
    const post = async (path: string, body: unknown) => {
      // Through the real routes, each with its own Idempotency-Key.
      const res = await call("POST", path, { token: owner, body });
      if (res.status !== 201) throw new Error(`seeding ${path}: ${res.status} ${res.text}`);
      return res.json as { id: string };
    };
    const beneficiary = await post(`/org-units/${tree.clubA.id}/beneficiaries`, {
      fullName: "Hoàng Thị Nhung",
      sex: "female",
      birthYear: 1941,
    });
    const activity = await post(`/org-units/${tree.clubA.id}/activities`, {
      typeCode: "labour_support",
      startsOn: "2024-06-01",
      purpose: "flood",
      participants: [{ personId, labourDays: 1 }],
    });
    return {
      ids: { "org-units": tree.communeA.id, clubs: tree.clubA.id, activities: activity.id },
      bodies: {
        "POST /org-units/{id}/beneficiaries": { fullName: "Lý Thị Mai", sex: "female", birthYear: 1950 },
        "POST /org-units/{id}/activities": {
          typeCode: "labour_support",
          startsOn: "2024-06-02",
          purpose: "single_parent_household",
          participants: [{ personId, labourDays: 1 }],
          beneficiaries: [{ beneficiaryId: beneficiary.id }],
        },
        "POST /clubs/{id}/home-care-visits": {
          visitorId: personId,
          recipient: { beneficiaryId: beneficiary.id },
          visitedOn: "2024-06-03",
          hours: 1,
          services: ["company"],
        },
        "POST /org-units/{id}/trainings": {
          title: "Tập huấn kỹ năng",
          startsOn: "2024-06-04",
          traineePlaces: 3,
          trainees: [{ personId, clubId: tree.clubA.id }],
        },
        "POST /org-units/{id}/communications": {
          kind: "news_item",
          outlet: "radio_tv",
          publishedOn: "2024-06-05",
          title: "Hội viên giúp nhau",
        },
        "POST /sync": {
          operations: [
            {
              idempotencyKey: "robust-sync-0001",
              method: "post",
              path: `/org-units/${tree.communeA.id}/communications`,
              body: { kind: "report", outlet: "website", publishedOn: "2024-06-06", title: "Báo cáo quý" },
            },
          ],
        },
      },
    };
  },
});
