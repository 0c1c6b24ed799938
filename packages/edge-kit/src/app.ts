import { type AccessClaims, problem } from "@ishc/domain/contracts";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { authenticate } from "./auth";
import { createHandlerContext } from "./context";
import { renderDocsPage } from "./docs";
import { AppError, handleError, problemResponse } from "./errors";
import { Replay, readIdempotencyKey, replayResponse, requestHash } from "./idempotency";
import { logEvent, requestLog } from "./logging";
import { openApiDocument, type Router, type RouteSpec, readInput, routePathMatches } from "./routes";
import { serviceRouter } from "./service-routes";
import { syncRouter } from "./sync";
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

function methodsAllowedOn(pathname: string, routes: readonly { method: string; path: string }[]) {
  const methods = routes
    .filter(({ path }) => routePathMatches(path, pathname))
    .map(({ method }) => method.toUpperCase());
  return [...new Set(methods)];
}

/** The validated input and, for a retry-safe write, its Idempotency-Key and request hash. */
async function readRequest(
  c: Context<ServiceEnv>,
  spec: RouteSpec,
  user: AccessClaims | undefined,
  service: string,
) {
  const input = await readInput(c, spec);
  const request =
    spec.idempotent && user
      ? {
          key: readIdempotencyKey(c),
          userId: user.sub,
          service,
          requestHash: await requestHash(c.req.method, new URL(c.req.url).pathname, input.body),
        }
      : undefined;
  return { input, request };
}

/**
 * The Hono app every worker is: request id, JSON request log, security
 * headers, body limit, bearer-token check, validated input, problem+json
 * errors, and `/health`, `/session`, `/openapi.json`, `/docs` under `/<service>`.
 */
export function createServiceApp(options: ServiceOptions) {
  const base = `/${options.service}`;
  const maxSize = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const own = [serviceRouter(options.service, options.version), ...options.routers].flatMap((r) => r.routes);
  const ownSpecs = own.map((r) => r.spec);
  // A service with retry-safe writes also takes them in offline batches.
  const routes = ownSpecs.some((spec) => spec.idempotent)
    ? [...own, ...syncRouter(base, ownSpecs, () => app).routes]
    : own;
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
      const user = spec.public ? undefined : await authenticate(c);
      const status = spec.status ?? 200;
      const shape = (output: unknown) => {
        const result = spec.response.safeParse(output);
        if (result.success) return result.data;
        logEvent("error", "response does not match its contract", {
          requestId: c.get("requestId"),
          path: spec.path,
          issues: result.error.issues.slice(0, 5),
        });
        throw new AppError("INTERNAL");
      };
      const { input, request } = await readRequest(c, spec, user, options.service).catch(
        async (error: unknown) => {
          // A refused request still learns nothing past a disabled or deleted account: 401 first.
          if (user) await createHandlerContext(c, options.service).ensureVerified();
          throw error;
        },
      );
      const { ctx, ensureVerified } = createHandlerContext(
        c,
        options.service,
        request && { request, status, shape },
      );
      try {
        const output = await handler(ctx, input);
        await ensureVerified();
        if (output instanceof Response && spec.files) return output;
        return c.json(shape(output) as object, status);
      } catch (error) {
        if (error instanceof Replay && request) return replayResponse(c, request, error.stored);
        throw error;
      }
    });
  }
  return app;
}
