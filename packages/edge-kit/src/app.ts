import type { Hook } from "@hono/zod-openapi";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { sessionView } from "@ishc/domain/contracts";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { requireUser } from "./auth";
import { renderDocsPage } from "./docs";
import { AppError, fieldErrorsOf, handleError, problemResponse } from "./errors";
import { requestLog } from "./logging";
import { bearerAuth, jsonResponse, problemResponses } from "./routes";
import type { ServiceEnv } from "./types";

export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

/** Failed request validation becomes one 422 problem listing every field. */
const validationHook: Hook<unknown, ServiceEnv, string, unknown> = (result) => {
  if (!result.success) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Fix the fields listed in errors and send again",
      fieldErrorsOf(result.error),
    );
  }
};

/** A router for one resource folder; mount it with `app.route("/", router)`. */
export function createRouter() {
  return new OpenAPIHono<ServiceEnv>({ defaultHook: validationHook });
}

export type ServiceOptions = {
  /** The first path segment the service answers under, e.g. `membership`. */
  service: string;
  title: string;
  version: string;
  description: string;
  /** Paths (after the service segment) that answer without a token. */
  publicPaths?: readonly string[];
  bodyLimitBytes?: number;
};

const healthRoute = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and database reachability",
  tags: ["service"],
  responses: {
    200: jsonResponse(
      z.object({
        status: z.literal("ok"),
        service: z.string(),
        version: z.string(),
        database: z.literal("ok"),
      }),
      "The service is up and its database answers",
    ),
    503: jsonResponse(
      z.object({ status: z.literal("degraded"), service: z.string() }),
      "The database does not answer",
    ),
  },
});

const sessionRoute = createRoute({
  method: "get",
  path: "/session",
  summary: "Who the access token belongs to, as this service reads it",
  tags: ["service"],
  security: bearerAuth,
  responses: { 200: jsonResponse(sessionView, "The verified caller"), 401: problemResponses[401] },
});

/**
 * The Hono app every worker starts from: request id, JSON request log,
 * security headers, body limit, bearer-token check, problem+json errors,
 * `/health`, `/session`, `/openapi.json` and `/docs` under `/<service>`.
 */
export function createServiceApp(options: ServiceOptions) {
  const base = `/${options.service}`;
  const publicPaths = new Set(
    ["/health", "/openapi.json", "/docs", ...(options.publicPaths ?? [])].map((p) => base + p),
  );
  const app = new OpenAPIHono<ServiceEnv>({ defaultHook: validationHook }).basePath(base);

  app.onError(handleError);
  app.notFound((c) =>
    problemResponse(c, "NOT_FOUND", `There is no ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  app.use("*", requestId());
  app.use("*", requestLog(options.service));
  app.use("*", secureHeaders());
  app.use(
    "*",
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
      onError: (c) =>
        problemResponse(
          c,
          "PAYLOAD_TOO_LARGE",
          `The body may be at most ${options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES} bytes`,
        ),
    }),
  );
  app.use("*", (c, next) => (publicPaths.has(new URL(c.req.url).pathname) ? next() : requireUser(c, next)));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "Access token from POST /membership/auth/login; every service verifies it the same way",
  });

  app.openapi(healthRoute, async (c) => {
    try {
      await c.env.DB.prepare("SELECT 1").first();
      return c.json(
        {
          status: "ok" as const,
          service: options.service,
          version: options.version,
          database: "ok" as const,
        },
        200,
      );
    } catch {
      return c.json({ status: "degraded" as const, service: options.service }, 503);
    }
  });

  app.openapi(sessionRoute, (c) => {
    const user = c.get("user");
    return c.json(
      {
        userId: user.sub,
        displayName: user.name,
        role: user.role,
        orgUnitId: user.org,
        orgPath: user.path,
        expiresAt: new Date(user.exp * 1000).toISOString(),
      },
      200,
    );
  });

  const documentConfig = {
    openapi: "3.1.0",
    info: { title: options.title, version: options.version, description: options.description },
  };
  app.doc31("/openapi.json", documentConfig);
  app.get("/docs", (c) =>
    c.html(renderDocsPage(app.getOpenAPI31Document(documentConfig), `${base}/openapi.json`)),
  );

  return app;
}
