import { sessionView } from "@ishc/domain/contracts";
import * as z from "zod";
import { createRouter, defineRoute } from "./routes";

/** Routes every service has, so clients and ops see the same shape everywhere. */
export const healthRoute = defineRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  summary: "Liveness and database reachability",
  description:
    "Answers 200 once the worker runs and its database answers a query; needs no token, for uptime checks.",
  tags: ["service"],
  public: true,
  response: z.object({
    status: z.literal("ok"),
    service: z.string(),
    version: z.string(),
    database: z.literal("ok"),
  }),
  examples: { response: { status: "ok", service: "membership", version: "0.1.0", database: "ok" } },
});

export const sessionRoute = defineRoute({
  method: "get",
  path: "/session",
  operationId: "getSession",
  summary: "Who the access token belongs to, as this service reads it",
  description:
    "The account behind the bearer token, checked against the database: still enabled, same role and unit, and the unit's current place in the org tree.",
  tags: ["service"],
  response: sessionView,
  examples: {
    response: {
      userId: "usr_01JQ8Z5M7R2K4N6P8S0T2V4X6Z",
      displayName: "Hoàng Văn Thụ",
      role: "commune_officer",
      orgUnitId: "org_01JQ8Z1C3E5G7J9K1M3P5R7T9V",
      orgPath: "/01JQ8Z0A2B4C6D8E0F2G4H6J8K/01JQ8Z1C3E5G7J9K1M3P5R7T9V/",
      expiresAt: "2025-06-02T03:15:00.000Z",
    },
  },
});

export function serviceRouter(service: string, version: string) {
  return createRouter()
    .add(healthRoute, async ({ env }) => {
      await env.DB.prepare("SELECT 1").first();
      return { status: "ok" as const, service, version, database: "ok" as const };
    })
    .add(sessionRoute, async (ctx) => {
      await ctx.read(); // the account check, which also brings the unit's current path
      const { user } = ctx;
      return {
        userId: user.sub,
        displayName: user.name,
        role: user.role,
        orgUnitId: user.org,
        orgPath: user.path,
        expiresAt: new Date(user.exp * 1000).toISOString(),
      };
    });
}
