import { sessionView } from "@ishc/domain/contracts";
import * as z from "zod";
import { createRouter, defineRoute } from "./routes";

/** Routes every service has, so clients and ops see the same shape everywhere. */
export const healthRoute = defineRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and database reachability",
  tags: ["service"],
  public: true,
  response: z.object({
    status: z.literal("ok"),
    service: z.string(),
    version: z.string(),
    database: z.literal("ok"),
  }),
});

export const sessionRoute = defineRoute({
  method: "get",
  path: "/session",
  summary: "Who the access token belongs to, as this service reads it",
  tags: ["service"],
  response: sessionView,
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
