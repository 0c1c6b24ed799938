import type { FieldError } from "@ishc/domain/contracts";
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
  /** The name a generated client gives the call, e.g. `listClubs`: unique within the service. */
  operationId: string;
  summary: string;
  /** What the operation does, for whoever reads the docs or a generated client. */
  description: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A raw upload instead of JSON, e.g. `text/csv`; the handler gets its bytes. */
  upload?: { mediaTypes: readonly string[]; description: string };
  response: z.ZodType;
  status?: 200 | 201;
  /** Routes need a bearer token unless they say otherwise. */
  public?: boolean;
  /** A money-moving write: needs an `Idempotency-Key`, and the handler writes through `ctx.commit`. */
  idempotent?: boolean;
  /**
   * Realistic examples for the document: a request body (JSON, or the text of
   * an upload) and a success body. Tests check each against the schemas.
   */
  examples?: { request?: unknown; response?: unknown };
  /**
   * Other forms of the success answer, such as a CSV or XLSX download: the
   * handler returns `fileResponse(…)` for them instead of the JSON body.
   */
  files?: readonly { mediaType: string; description: string }[];
  /** Problem answers beyond the usual ones, or said more precisely, e.g. `{ 401: "Wrong password" }`. */
  problems?: Partial<Record<ProblemStatus, string>>;
};

export type ProblemStatus = "400" | "401" | "403" | "404" | "409" | "413" | "415" | "422" | "429";

type OutputOf<T, Fallback> = T extends z.ZodType ? z.output<T> : Fallback;

export type RouteInput<S extends RouteSpec> = {
  params: OutputOf<S["params"], Record<string, never>>;
  query: OutputOf<S["query"], Record<string, never>>;
  body: OutputOf<S["body"], undefined>;
  upload: S["upload"] extends object ? Uint8Array : undefined;
};

type Answer<S extends RouteSpec> = S["files"] extends readonly unknown[]
  ? z.input<S["response"]> | Response
  : z.input<S["response"]>;

export type RouteHandler<S extends RouteSpec> = (
  ctx: HandlerContext,
  input: RouteInput<S>,
) => Promise<Answer<S>> | Answer<S>;

/** A file answer (CSV, XLSX, a printable page) of a route that declares it in `files`. */
export function fileResponse(body: BodyInit, mediaType: string, filename?: string): Response {
  const headers: Record<string, string> = { "content-type": mediaType, "cache-control": "no-store" };
  if (filename) headers["content-disposition"] = `attachment; filename="${filename}"`;
  return new Response(body, { status: 200, headers });
}

export type Route = { spec: RouteSpec; handler: (ctx: HandlerContext, input: unknown) => unknown };

/** Does a concrete path (`/clubs/org_1`) match a Hono-style route path (`/clubs/:id`), segment by segment? */
export function routePathMatches(routePath: string, path: string): boolean {
  const pattern = routePath.split("/");
  const segments = path.split("/");
  return (
    pattern.length === segments.length &&
    pattern.every((part, i) => (part.startsWith(":") ? segments[i] !== "" : part === segments[i]))
  );
}

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

/**
 * The query string against the route's query schema. A parameter the route
 * does not declare is refused by name, as an unknown body field is: a typo such
 * as `?limt=10` must not pass as the default.
 */
function readQuery(raw: Record<string, string>, schema: z.ZodObject | undefined): unknown {
  const known = schema ? schema.shape : {};
  const unknown: FieldError[] = Object.keys(raw)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => ({
      field: `query.${key}`,
      message: "is not a known parameter",
      code: "unrecognized_keys",
    }));
  const result = schema?.safeParse(raw);
  const errors = [...unknown, ...(result && !result.success ? fieldErrorsOf(result.error, ["query"]) : [])];
  if (errors.length > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Fix the query parameters listed in errors and send again",
      errors,
    );
  }
  return result ? result.data : {};
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
  input.query = readQuery(c.req.query(), spec.query);
  if (spec.body) {
    if (mediaTypeOf(c) !== "application/json") {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Send the body as JSON with `Content-Type: application/json`",
      );
    }
    let text: string;
    try {
      // Fatal: invalid UTF-8 is refused, never turned into U+FFFD and stored.
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await c.req.arrayBuffer());
    } catch {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The body is not UTF-8 text", [
        { field: "body", message: "is not valid UTF-8" },
      ]);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
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

/**
 * A record keyed by an enum (`z.record(z.enum([...]), v)`) comes out of zod as
 * `propertyNames` plus `required` with no `properties`: valid JSON Schema, but
 * linters flag the required keys as undefined and generators type it as a
 * plain map. Written as one property per key, it is the object it is.
 */
function recordAsProperties(node: JsonSchema): JsonSchema {
  const keys = (node.propertyNames as JsonSchema | undefined)?.enum;
  if (node.type !== "object" || node.properties || !Array.isArray(keys)) return node;
  const { propertyNames: _keys, additionalProperties: valueSchema, ...rest } = node;
  return {
    ...rest,
    properties: Object.fromEntries(keys.map((key) => [String(key), valueSchema ?? {}])),
    additionalProperties: false,
  };
}

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
      const node = Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === "$ref" && typeof inner === "string"
            ? inner.replace("#/$defs/", REF_PREFIX)
            : rewrite(inner),
        ]),
      );
      return recordAsProperties(node);
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

export const IDEMPOTENCY_KEY_PARAMETER = {
  name: "Idempotency-Key",
  in: "header",
  required: true,
  description:
    "A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).",
  schema: { type: "string", minLength: 8, maxLength: 200, pattern: "^[\\x21-\\x7e]+$" },
  example: "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e",
};

const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

const PROBLEM_ANSWERS: Record<ProblemStatus, string> = {
  "400": "The body is not valid JSON",
  "401": "No valid access token",
  "403": "The caller's role may not do this",
  "404": "Not found, or outside the caller's org subtree",
  "409": "Conflicts with what is already recorded",
  "413": "The body is too large",
  "415": "The body is not in a supported format",
  "422": "Fields or query parameters are invalid or unknown; `errors` lists each one",
  "429": "Too many attempts; try again after the seconds in the Retry-After header",
};

/** The problem answers an operation can give, from what it takes and who may call it. */
function problemStatusesOf(spec: RouteSpec): ProblemStatus[] {
  const sendsBody = spec.body !== undefined || spec.upload !== undefined;
  const statuses: ProblemStatus[] = [];
  if (spec.body) statuses.push("400");
  if (!spec.public) statuses.push("401", "403", "404");
  else if (spec.params) statuses.push("404");
  if (!spec.public && spec.method !== "get") statuses.push("409");
  if (sendsBody) statuses.push("413", "415");
  statuses.push("422");
  for (const extra of Object.keys(spec.problems ?? {}) as ProblemStatus[]) {
    if (!statuses.includes(extra)) statuses.push(extra);
  }
  return statuses.sort();
}

export type OpenApiInfo = {
  title: string;
  version: string;
  description: string;
  /** Descriptions of the tags the routes use, in the order the docs list them. */
  tags?: Record<string, string>;
};

export function openApiDocument(
  info: OpenApiInfo,
  basePath: string,
  routes: readonly RouteSpec[],
  problemSchema: z.ZodType,
) {
  const components: Record<string, JsonSchema> = {};
  const problemRef = schemaOf(problemSchema, "output", components);
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Set<string>();
  for (const spec of routes) {
    if (operationIds.has(spec.operationId)) {
      throw new Error(`Two routes are named ${spec.operationId}: operationIds must be unique`);
    }
    operationIds.add(spec.operationId);
    const status = String(spec.status ?? 200);
    const problems = Object.fromEntries(
      problemStatusesOf(spec).map((code) => [
        code,
        {
          description: spec.problems?.[code] ?? PROBLEM_ANSWERS[code],
          content: { "application/problem+json": { schema: problemRef } },
        },
      ]),
    );
    const requestExample = spec.examples?.request === undefined ? {} : { example: spec.examples.request };
    const requestBody = spec.body
      ? {
          required: true,
          content: {
            "application/json": { schema: schemaOf(spec.body, "input", components), ...requestExample },
          },
        }
      : spec.upload
        ? {
            required: true,
            description: spec.upload.description,
            content: Object.fromEntries(
              spec.upload.mediaTypes.map((type) => [
                type,
                { schema: { type: "string", contentMediaType: type }, ...requestExample },
              ]),
            ),
          }
        : undefined;
    const path = basePath + openApiPath(spec.path);
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.description,
      tags: spec.tags,
      security: spec.public ? [] : [{ bearerAuth: [] }],
      parameters: [
        ...parametersOf(spec.params, "path", components),
        ...parametersOf(spec.query, "query", components),
        ...(spec.idempotent ? [IDEMPOTENCY_KEY_PARAMETER] : []),
      ],
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [status]: {
          description: spec.summary,
          content: {
            "application/json": {
              schema: schemaOf(spec.response, "output", components),
              ...(spec.examples?.response === undefined ? {} : { example: spec.examples.response }),
            },
            ...Object.fromEntries(
              (spec.files ?? []).map(({ mediaType, description }) => [
                mediaType,
                { schema: { type: "string", contentMediaType: mediaType, description } },
              ]),
            ),
          },
        },
        ...problems,
      },
    };
  }
  const usedTags = [...new Set(routes.flatMap((spec) => spec.tags))];
  return {
    openapi: "3.1.0",
    info: { title: info.title, version: info.version, description: info.description },
    // Paths carry the service segment, so the document works from the origin that served it:
    // the gateway (one origin for every service) or a worker on its own.
    servers: [{ url: "/", description: "The origin that serves this document" }],
    tags: usedTags.map((name) => ({
      name,
      ...(info.tags?.[name] ? { description: info.tags[name] } : {}),
    })),
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

/** Each route's examples against its own schemas: `[]` when all of them fit. */
export function exampleMismatches(routes: readonly RouteSpec[]): string[] {
  const mismatches: string[] = [];
  for (const spec of routes) {
    const { request, response } = spec.examples ?? {};
    if (request !== undefined && spec.body) {
      const result = spec.body.safeParse(request);
      if (!result.success) mismatches.push(`${spec.operationId} request: ${result.error.message}`);
    }
    if (request !== undefined && spec.upload && typeof request !== "string") {
      mismatches.push(`${spec.operationId} request: an upload's example is its text`);
    }
    if (request !== undefined && !spec.body && !spec.upload) {
      mismatches.push(`${spec.operationId} request: the route takes no body`);
    }
    if (response !== undefined) {
      const result = spec.response.safeParse(response);
      if (!result.success) mismatches.push(`${spec.operationId} response: ${result.error.message}`);
    }
  }
  return mismatches;
}
