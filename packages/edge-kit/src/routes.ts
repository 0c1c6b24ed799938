import type { Context } from "hono";
import * as z from "zod";
import type { HandlerContext } from "./context";
import { AppError, fieldErrorsOf } from "./errors";
import type { ServiceEnv } from "./types";

/**
 * A route's whole contract in one object: zod request and response schemas.
 * The same object validates requests, shapes responses and writes the
 * OpenAPI document, so the contract cannot drift from the code.
 */
export type RouteSpec = {
  method: "get" | "post" | "patch" | "put" | "delete";
  /** Hono-style path after the service segment, e.g. `/clubs/:id`. */
  path: string;
  summary: string;
  tags: string[];
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A raw upload instead of JSON, e.g. `text/csv`; the handler gets its bytes. */
  upload?: { mediaTypes: readonly string[]; description: string };
  response: z.ZodType;
  status?: 200 | 201;
  /** Routes need a bearer token unless they say otherwise. */
  public?: boolean;
};

type OutputOf<T, Fallback> = T extends z.ZodType ? z.output<T> : Fallback;

export type RouteInput<S extends RouteSpec> = {
  params: OutputOf<S["params"], Record<string, never>>;
  query: OutputOf<S["query"], Record<string, never>>;
  body: OutputOf<S["body"], undefined>;
  upload: S["upload"] extends object ? Uint8Array : undefined;
};

export type RouteHandler<S extends RouteSpec> = (
  ctx: HandlerContext,
  input: RouteInput<S>,
) => Promise<z.input<S["response"]>> | z.input<S["response"]>;

export type Route = { spec: RouteSpec; handler: (ctx: HandlerContext, input: unknown) => unknown };

export function defineRoute<const S extends RouteSpec>(spec: S): S {
  return spec;
}

/** A resource's routes, collected for `createServiceApp({ routes })`. */
export function createRouter() {
  const routes: Route[] = [];
  const router = {
    routes,
    add<S extends RouteSpec>(spec: S, handler: RouteHandler<S>) {
      routes.push({ spec, handler: handler as Route["handler"] });
      return router;
    },
  };
  return router;
}
export type Router = ReturnType<typeof createRouter>;

const failIfInvalid = <T>(result: z.ZodSafeParseResult<T>, prefix: string): T => {
  if (result.success) return result.data;
  throw new AppError(
    "VALIDATION_FAILED",
    "Fix the fields listed in errors and send again",
    fieldErrorsOf(result.error, prefix ? [prefix] : []),
  );
};

function mediaTypeOf(c: Context): string {
  return (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Validates everything a route declares; the handler only ever sees parsed, typed input. */
export async function readInput(c: Context<ServiceEnv>, spec: RouteSpec) {
  const input: { params: unknown; query: unknown; body: unknown; upload: unknown } = {
    params: {},
    query: {},
    body: undefined,
    upload: undefined,
  };
  if (spec.params) {
    const parsed = spec.params.safeParse(c.req.param());
    if (!parsed.success) throw new AppError("NOT_FOUND", "Nothing has an id like that");
    input.params = parsed.data;
  }
  if (spec.query) input.query = failIfInvalid(spec.query.safeParse(c.req.query()), "query");
  if (spec.body) {
    if (mediaTypeOf(c) !== "application/json") {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Send the body as JSON with `Content-Type: application/json`",
      );
    }
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new AppError("MALFORMED_REQUEST", "The body is not valid JSON", [
        { field: "body", message: "is not valid JSON" },
      ]);
    }
    input.body = failIfInvalid(spec.body.safeParse(json), "");
  }
  if (spec.upload) {
    if (!spec.upload.mediaTypes.includes(mediaTypeOf(c))) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the file as ${spec.upload.mediaTypes.join(" or ")}`);
    }
    input.upload = new Uint8Array(await c.req.arrayBuffer());
  }
  return input;
}

// ---- OpenAPI 3.1 from the same specs ----

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = "#/components/schemas/";

/** zod → JSON Schema 2020-12 (what OpenAPI 3.1 uses), with named schemas moved into components. */
function schemaOf(
  schema: z.ZodType,
  io: "input" | "output",
  components: Record<string, JsonSchema>,
): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  const { $schema: _ignored, $defs, ...root } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === "$ref" && typeof inner === "string"
            ? inner.replace("#/$defs/", REF_PREFIX)
            : rewrite(inner),
        ]),
      );
    }
    return value;
  };
  for (const [name, def] of Object.entries($defs ?? {})) components[name] = rewrite(def) as JsonSchema;
  return rewrite(root) as JsonSchema;
}

function parametersOf(
  schema: z.ZodObject | undefined,
  where: "path" | "query",
  components: Record<string, JsonSchema>,
) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const json = schemaOf(fieldSchema, "input", components);
    return {
      name,
      in: where,
      required: where === "path" || !fieldSchema.safeParse(undefined).success,
      ...(typeof json.description === "string" ? { description: json.description } : {}),
      schema: json,
    };
  });
}

const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

const PROBLEM_ANSWERS: Record<string, string> = {
  "400": "The body is not valid JSON or the request is malformed",
  "401": "No valid access token",
  "403": "The caller's role may not do this",
  "404": "Not found, or outside the caller's org subtree",
  "409": "Conflicts with what is already recorded",
  "413": "The body is too large",
  "415": "The body is not in a supported format",
  "422": "Fields are invalid; `errors` lists each one",
};

export function openApiDocument(
  info: { title: string; version: string; description: string },
  basePath: string,
  routes: readonly RouteSpec[],
  problemSchema: z.ZodType,
) {
  const components: Record<string, JsonSchema> = {};
  const problemRef = schemaOf(problemSchema, "output", components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const status = String(spec.status ?? 200);
    const problems = Object.fromEntries(
      Object.entries(PROBLEM_ANSWERS)
        .filter(([code]) => !(spec.public && (code === "401" || code === "403")))
        .map(([code, description]) => [
          code,
          { description, content: { "application/problem+json": { schema: problemRef } } },
        ]),
    );
    const requestBody = spec.body
      ? {
          required: true,
          content: { "application/json": { schema: schemaOf(spec.body, "input", components) } },
        }
      : spec.upload
        ? {
            required: true,
            description: spec.upload.description,
            content: Object.fromEntries(
              spec.upload.mediaTypes.map((type) => [
                type,
                { schema: { type: "string", contentMediaType: type } },
              ]),
            ),
          }
        : undefined;
    const path = basePath + openApiPath(spec.path);
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      operationId: `${spec.method}${openApiPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? "").toUpperCase())}`,
      security: spec.public ? [] : [{ bearerAuth: [] }],
      parameters: [
        ...parametersOf(spec.params, "path", components),
        ...parametersOf(spec.query, "query", components),
      ],
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [status]: {
          description: spec.summary,
          content: { "application/json": { schema: schemaOf(spec.response, "output", components) } },
        },
        ...problems,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "Access token from POST /membership/auth/login; every service verifies it the same way",
        },
      },
    },
  };
}
