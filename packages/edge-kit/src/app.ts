import { problem } from "@ishc/domain/contracts";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { authenticate } from "./auth";
import { createHandlerContext } from "./context";
import { renderDocsPage } from "./docs";
import { AppError, handleError, problemResponse } from "./errors";
import { logEvent, requestLog } from "./logging";
import { openApiDocument, type Router, readInput } from "./routes";
import { serviceRouter } from "./service-routes";
import type { ServiceEnv } from "./types";

export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

export type ServiceOptions = {
  /** The first path segment the service answers under, e.g. `membership`. */
  service: string;
  title: string;
  version: string;
  description: string;
  routers: readonly Router[];
  /** A description for each tag the routes use, for the OpenAPI document. */
  tags?: Record<string, string>;
  bodyLimitBytes?: number;
};

/** Matches a concrete path against Hono-style route paths (`/clubs/:id`) by segment. */
function methodsAllowedOn(pathname: string, routes: readonly { method: string; path: string }[]) {
  const segments = pathname.split("/");
  const methods = routes
    .filter(({ path }) => {
      const pattern = path.split("/");
      return (
        pattern.length === segments.length &&
        pattern.every((part, i) => (part.startsWith(":") ? segments[i] !== "" : part === segments[i]))
      );
    })
    .map(({ method }) => method.toUpperCase());
  return [...new Set(methods)];
}

/**
 * The Hono app every worker is: request id, JSON request log, security
 * headers, body limit, bearer-token check, validated input, problem+json
 * errors, and `/health`, `/session`, `/openapi.json`, `/docs` under `/<service>`.
 */
export function createServiceApp(options: ServiceOptions) {
  const base = `/${options.service}`;
  const maxSize = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const routes = [serviceRouter(options.service, options.version), ...options.routers].flatMap(
    (r) => r.routes,
  );
  const info = {
    title: options.title,
    version: options.version,
    description: options.description,
    tags: {
      service: "Liveness, the caller's session and this document, the same in every service",
      ...options.tags,
    },
  };
  const known = [
    ...routes.map((r) => r.spec),
    { method: "get", path: "/openapi.json" },
    { method: "get", path: "/docs" },
  ];
  let document: ReturnType<typeof openApiDocument> | undefined;
  const getDocument = () => {
    document ??= openApiDocument(
      info,
      base,
      routes.map((r) => r.spec),
      problem,
    );
    return document;
  };

  const app = new Hono<ServiceEnv>().basePath(base);
  app.onError(handleError);
  app.notFound((c) => {
    const pathname = new URL(c.req.url).pathname;
    const allowed = pathname.startsWith(`${base}/`)
      ? methodsAllowedOn(pathname.slice(base.length), known)
      : [];
    if (allowed.length > 0) {
      return problemResponse(
        c,
        "METHOD_NOT_ALLOWED",
        `${pathname} answers ${allowed.join(", ")}, not ${c.req.method}`,
        undefined,
        { allow: allowed.join(", ") },
      );
    }
    return problemResponse(c, "NOT_FOUND", `There is no ${c.req.method} ${pathname}`);
  });
  app.use("*", requestId());
  app.use("*", requestLog(options.service));
  app.use("*", secureHeaders());
  app.use(
    "*",
    bodyLimit({
      maxSize,
      onError: (c) => problemResponse(c, "PAYLOAD_TOO_LARGE", `The body may be at most ${maxSize} bytes`),
    }),
  );

  app.get("/openapi.json", (c) => c.json(getDocument()));
  app.get("/docs", (c) => c.html(renderDocsPage(getDocument(), `${base}/openapi.json`)));

  for (const { spec, handler } of routes) {
    app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      if (!spec.public) await authenticate(c);
      const input = await readInput(c, spec);
      const { ctx, ensureVerified } = createHandlerContext(c, options.service);
      const output = await handler(ctx, input);
      await ensureVerified();
      const result = spec.response.safeParse(output);
      if (!result.success) {
        logEvent("error", "response does not match its contract", {
          requestId: c.get("requestId"),
          path: spec.path,
          issues: result.error.issues.slice(0, 5),
        });
        throw new AppError("INTERNAL");
      }
      return c.json(result.data as object, spec.status ?? 200);
    });
  }
  return app;
}
