// What every request goes through in a service app, in node against a real D1: the bearer token,
// input validation (params, query, JSON bodies, uploads), the body limit, 404 and 405, problem+json,
// the response contract, the request log, security headers, /openapi.json and /docs.
import { problem } from "@ishc/domain/contracts";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { startD1, type TestD1 } from "../test-node/d1";
import { bearer, type OrgFixture, seedOrgFixture, tokenFor } from "../testing/fixtures";
import { TEST_JWT_SECRET } from "../testing/secret";
import { createServiceApp, DEFAULT_BODY_LIMIT_BYTES } from "./app";
import { renderDocsPage } from "./docs";
import { logEvent } from "./logging";
import { createRouter, defineRoute, exampleMismatches, openApiDocument } from "./routes";

// biome-ignore lint/suspicious/noExplicitAny: reading JSON answers
type Json = any;

const base = { summary: "s", description: "d", tags: ["things"] };
const createThing = defineRoute({
  ...base,
  method: "post",
  path: "/things",
  operationId: "createThing",
  summary: "Create a thing",
  body: z.strictObject({
    name: z.string().min(1),
    size: z.union([z.number(), z.literal("large")]).optional(),
    owner: z.strictObject({ id: z.string() }).optional(),
  }),
  response: z.object({ name: z.string() }),
  status: 201,
});
const getThing = defineRoute({
  ...base,
  method: "get",
  path: "/things/:id",
  operationId: "getThing",
  summary: "One thing",
  params: z.object({
    id: z
      .string()
      .regex(/^t\d+$/)
      .describe("The thing's id"),
  }),
  response: z.object({ id: z.string() }),
  examples: { response: { id: "t1" } },
});
const deleteThing = defineRoute({
  ...base,
  method: "delete",
  path: "/things/:id",
  operationId: "deleteThing",
  params: z.object({ id: z.string() }),
  response: z.object({ deleted: z.boolean() }),
});
const bareList = defineRoute({
  ...base,
  method: "get",
  path: "/bare",
  operationId: "bare",
  public: true,
  response: z.object({ query: z.record(z.string(), z.unknown()), params: z.record(z.string(), z.unknown()) }),
});
const upload = defineRoute({
  ...base,
  method: "post",
  path: "/uploads",
  operationId: "upload",
  summary: "Upload a register",
  tags: ["files"],
  upload: { mediaTypes: ["text/csv", "text/plain"], description: "A member register" },
  response: z.object({ bytes: z.number(), text: z.string() }),
  examples: { request: "a,b\n1,2\n" },
});
const broken = defineRoute({
  ...base,
  method: "get",
  path: "/broken",
  operationId: "broken",
  public: true,
  response: z.object({
    a: z.number(),
    b: z.number(),
    c: z.number(),
    d: z.number(),
    e: z.number(),
    f: z.number(),
  }),
});
const crash = defineRoute({
  ...base,
  method: "get",
  path: "/crash",
  operationId: "crash",
  public: true,
  response: z.object({}),
});

const router = createRouter()
  .add(createThing, (_ctx, { body }) => ({ name: body.name }))
  .add(getThing, (_ctx, { params }) => ({ id: params.id }))
  .add(deleteThing, () => ({ deleted: true }))
  .add(bareList, (_ctx, input) => ({
    query: input.query as Record<string, unknown>,
    params: input.params as Record<string, unknown>,
  }))
  .add(upload, (_ctx, { upload: bytes }) => ({ bytes: bytes.length, text: new TextDecoder().decode(bytes) }))
  .add(broken, () => ({ a: "many", b: "", c: "", d: "", e: "", f: "" }) as never)
  .add(crash, () => {
    throw new Error("D1_ERROR: no such table: secret_table");
  });

const buildApp = () =>
  createServiceApp({
    service: "svc",
    title: "Thing <service>",
    version: "2.1.0",
    description: "Things & more",
    tags: { things: "Things kept by a club", unused: "Never used" },
    routers: [router],
    bodyLimitBytes: 1024,
  });
// Built per request: each test that calls it runs the app's construction too, so StrykerJS
// attributes the construction code to the tests that depend on it.
const app = {
  fetch: (request: Request, env: object, executionCtx?: ExecutionContext) =>
    buildApp().fetch(request, env, executionCtx),
};
const buildDefaultLimitApp = () =>
  createServiceApp({
    service: "big",
    title: "Big",
    version: "1",
    description: "The default body limit",
    routers: [createRouter().add(createThing, (_ctx, { body }) => ({ name: body.name }))],
  });
// Built per request: each test that calls it runs the app's construction too, so StrykerJS
// attributes the construction code to the tests that depend on it.
const defaultLimitApp = {
  fetch: (request: Request, env: object, executionCtx?: ExecutionContext) =>
    buildDefaultLimitApp().fetch(request, env, executionCtx),
};

let d1: TestD1;
let fixture: OrgFixture;
let officer: string;
let logged: string[];

beforeAll(async () => {
  d1 = await startD1();
  fixture = await seedOrgFixture(d1.DB);
  officer = await tokenFor(d1.DB, "commune_officer", fixture.communeA);
}, 30_000);
afterAll(() => d1?.dispose());
beforeEach(() => {
  logged = [];
  for (const level of ["error", "warn", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((line: string) => {
      logged.push(`${level} ${line}`);
    });
  }
});
afterEach(() => vi.restoreAllMocks());

async function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit; token?: string | null } = {},
  target = app,
) {
  const headers = { ...(init.token === null ? {} : bearer(init.token ?? officer)), ...init.headers };
  const res = await target.fetch(
    new Request(`http://x${path}`, { method: init.method ?? "GET", headers, body: init.body }),
    d1.env,
  );
  const text = await res.text();
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
const postJson = (path: string, body: string, contentType = "application/json") =>
  send(path, { method: "POST", headers: { "content-type": contentType }, body });

describe("the bearer token", () => {
  it("is read case-insensitively after any run of spaces, and nothing else is", async () => {
    const ok = (header: string) =>
      send("/svc/things/t1", { token: null, headers: { authorization: header } });
    expect((await ok(`Bearer ${officer}`)).status).toBe(200);
    expect((await ok(`bearer ${officer}`)).status).toBe(200);
    expect((await ok(`Bearer  \t${officer}`)).status).toBe(200);
    for (const header of [`XBearer ${officer}`, `Bearer ${officer} x`, `Bearer${officer}`]) {
      const res = await ok(header);
      expect(res.status, header).toBe(401);
    }
  });

  it("says how to send one when none is sent, and that it is invalid when it is", async () => {
    const none = await send("/svc/things/t1", { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="ishc"');
    expect(none.json).toMatchObject({
      code: "UNAUTHENTICATED",
      detail: "Send an access token as `Authorization: Bearer <token>`",
    });
    const bad = await send("/svc/things/t1", { token: `${officer.slice(0, -2)}xx` });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toBe('Bearer realm="ishc", error="invalid_token"');
    expect(bad.json.detail).toBe("The access token is invalid or has expired; sign in again");
  });

  it("refuses a well-signed token without the claims the services read", async () => {
    const { sign } = await import("hono/utils/jwt/jwt");
    const now = Math.floor(Date.now() / 1000);
    const token = await sign(
      { iss: "ishc-membership", aud: "ishc", sub: "usr_x", iat: now, exp: now + 60 },
      TEST_JWT_SECRET,
      "HS256",
    );
    const res = await send("/svc/things/t1", { token });
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe("The access token does not carry the expected claims");
  });

  it("needs a secret of at least 32 characters", async () => {
    const { issueAccessToken } = await import("./auth");
    const subject = {
      id: "usr_1",
      displayName: "x",
      role: "viewer" as const,
      orgUnitId: "org_1",
      orgPath: "/org_1/",
    };
    await expect(issueAccessToken({ JWT_SECRET: "s".repeat(32) }, subject)).resolves.toMatch(/^ey/);
    await expect(issueAccessToken({ JWT_SECRET: "s".repeat(31) }, subject)).rejects.toThrow(
      "JWT_SECRET is missing or shorter than 32 characters",
    );
    await expect(issueAccessToken({}, subject)).rejects.toThrow(/JWT_SECRET/);
  });
});

describe("input validation", () => {
  it("takes JSON in any case of the media type, with parameters", async () => {
    for (const type of ["application/json", "Application/JSON; charset=utf-8", " application/json ;x=y"]) {
      const res = await postJson("/svc/things", '{"name":"Quỹ"}', type);
      expect(res.status, type).toBe(201);
      expect(res.json).toEqual({ name: "Quỹ" });
    }
  });

  it("refuses another media type, or none, with 415", async () => {
    for (const type of ["text/plain", "application/jsonx", ""]) {
      const res = await postJson("/svc/things", '{"name":"x"}', type);
      expect(res.status, type).toBe(415);
      expect(res.json).toMatchObject({
        code: "UNSUPPORTED_MEDIA_TYPE",
        detail: "Send the body as JSON with `Content-Type: application/json`",
      });
    }
  });

  it("refuses bytes that are not UTF-8 (415), and reads a UTF-8 byte order mark as none", async () => {
    const invalid = await send("/svc/things", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    });
    expect(invalid.status).toBe(415);
    expect(invalid.json).toMatchObject({
      detail: "The body is not UTF-8 text",
      errors: [{ field: "body", message: "is not valid UTF-8" }],
    });
    const bom = await send("/svc/things", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"name":"bom"}')]),
    });
    expect(bom.status).toBe(201);
  });

  it("refuses text that is not JSON with 400", async () => {
    const res = await postJson("/svc/things", '{"name":');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      code: "MALFORMED_REQUEST",
      detail: "The body is not valid JSON",
      errors: [{ field: "body", message: "is not valid JSON" }],
    });
  });

  it("names every invalid, missing and unknown field (422)", async () => {
    const res = await postJson("/svc/things", '{"size":"small","owner":{"id":1,"x":2},"extra":true}');
    expect(res.status).toBe(422);
    expect(res.json.detail).toBe("Fix the fields listed in errors and send again");
    const byField = Object.fromEntries(res.json.errors.map((e: Json) => [e.field, e.message]));
    expect(byField).toEqual({
      name: "is required",
      size: "does not match any accepted shape",
      "owner.id": "Invalid input: expected string, received number",
      "owner.x": "is not a known field",
      extra: "is not a known field",
    });
    const notAnObject = await postJson("/svc/things", "[]");
    expect(notAnObject.json.errors).toEqual([expect.objectContaining({ field: "body" })]);
  });

  it("refuses an unknown query parameter on a route that declares none", async () => {
    expect((await send("/svc/bare", { token: null })).json).toEqual({ query: {}, params: {} });
    const res = await send("/svc/bare?x=1", { token: null });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      detail: "Fix the query parameters listed in errors and send again",
      errors: [{ field: "query.x", message: "is not a known parameter", code: "unrecognized_keys" }],
    });
  });

  it("takes an upload's bytes in one of its media types, and refuses others", async () => {
    const csv = "họ tên,năm sinh\nLan,1955\n";
    const res = await send("/svc/uploads", {
      method: "POST",
      headers: { "content-type": "text/csv; charset=utf-8" },
      body: csv,
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ bytes: new TextEncoder().encode(csv).length, text: csv });
    const plain = await send("/svc/uploads", {
      method: "POST",
      headers: { "content-type": "TEXT/PLAIN" },
      body: "x",
    });
    expect(plain.status).toBe(200);
    const json = await send("/svc/uploads", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    expect(json.json.detail).toBe("Send the file as text/csv or text/plain");
  });

  it("refuses a body over the service's limit with 413, and takes one at the limit", async () => {
    const at = JSON.stringify({ name: "x".repeat(1024 - 11) });
    expect(at.length).toBe(1024);
    expect((await postJson("/svc/things", at)).status).toBe(201);
    const over = await postJson("/svc/things", JSON.stringify({ name: "x".repeat(1024 - 10) }));
    expect(over.status).toBe(413);
    expect(over.json).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      detail: "The body may be at most 1024 bytes",
    });
    // Without its own limit a service takes 256 KiB.
    expect(DEFAULT_BODY_LIMIT_BYTES).toBe(262_144);
    const big = JSON.stringify({ name: "x".repeat(DEFAULT_BODY_LIMIT_BYTES - 11) });
    expect(
      (
        await send(
          "/big/things",
          { method: "POST", headers: { "content-type": "application/json" }, body: big },
          defaultLimitApp,
        )
      ).status,
    ).toBe(201);
    const bigger = JSON.stringify({ name: "x".repeat(DEFAULT_BODY_LIMIT_BYTES - 10) });
    expect(
      (
        await send(
          "/big/things",
          { method: "POST", headers: { "content-type": "application/json" }, body: bigger },
          defaultLimitApp,
        )
      ).status,
    ).toBe(413);
  });
});

describe("paths and methods", () => {
  it("answers a known path asked with another method 405, listing every method it takes", async () => {
    const res = await send("/svc/things/t1", { method: "PATCH" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, DELETE");
    expect(res.json).toMatchObject({
      code: "METHOD_NOT_ALLOWED",
      detail: "/svc/things/t1 answers GET, DELETE, not PATCH",
      instance: "/svc/things/t1",
    });
    expect((await send("/svc/docs", { method: "DELETE" })).headers.get("allow")).toBe("GET");
    expect((await send("/svc/sync", { method: "POST" })).status).toBe(404);
  });

  it("answers 404 for a path it does not know, one with an empty segment, or one outside the service", async () => {
    const unknown = await send("/svc/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: "NOT_FOUND", detail: "There is no GET /svc/nothing-here" });
    expect(unknown.headers.get("allow")).toBeNull();
    expect((await send("/svc/things/", { method: "PATCH" })).status).toBe(404);
    // Outside `/svc/`: even a path that ends like one of the service's is not the service's.
    const outside = await send("/abc/things", { method: "PUT" });
    expect(outside.status).toBe(404);
    expect(outside.json.detail).toBe("There is no PUT /abc/things");
    expect((await send("/svcthings", { method: "PUT" })).status).toBe(404);
  });

  it("refuses an id that does not fit the route as 404", async () => {
    const res = await send("/svc/things/x1");
    expect(res.status).toBe(404);
    expect(res.json.detail).toBe("Nothing has an id like that");
  });
});

describe("answers", () => {
  it("are problem+json with the request id, and carry security headers", async () => {
    const res = await send("/svc/things/x1");
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json).toEqual({
      type: "urn:ishc:problem:not-found",
      title: "Not found",
      status: 404,
      code: "NOT_FOUND",
      detail: "Nothing has an id like that",
      instance: "/svc/things/x1",
      requestId,
    });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("never let an answer out that breaks the route's contract: 500, and the log says why", async () => {
    const res = await send("/svc/broken", { token: null });
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ code: "INTERNAL" });
    expect(res.text).not.toContain("many");
    const line = logged.find((l) => l.includes("response does not match its contract"));
    expect(line).toMatch(/^error /);
    const entry = JSON.parse(line!.slice("error ".length));
    expect(entry).toMatchObject({ level: "error", path: "/broken", requestId: res.json.requestId });
    // The first five issues are enough to find the fault; the answer itself says nothing more.
    expect(entry.issues).toHaveLength(5);
    expect(entry.issues[0]).toMatchObject({ path: ["a"] });
    expect(res.json.detail).toBeUndefined();
  });

  it("answer an unexpected error 500 without its text, and log it", async () => {
    const res = await send("/svc/crash", { token: null });
    expect(res.status).toBe(500);
    expect(res.json.detail).toBe("The error has been logged; quote the requestId when you report it");
    expect(res.text).not.toContain("secret_table");
    const entry = JSON.parse(logged.find((l) => l.includes("unhandled error"))!.slice("error ".length));
    expect(entry).toMatchObject({
      level: "error",
      path: "/svc/crash",
      error: "D1_ERROR: no such table: secret_table",
      requestId: res.json.requestId,
    });
    expect(entry.stack).toContain("secret_table");
  });
});

describe("the request log", () => {
  const lines = () =>
    logged.map((l) => {
      const [level, ...rest] = l.split(" ");
      return { via: level, ...JSON.parse(rest.join(" ")) };
    });

  it("writes one line per request with who, what, the status and the time taken", async () => {
    const res = await send("/svc/things/t7");
    const [line] = lines().filter((l) => l.message === "request");
    expect(line).toEqual({
      via: "log",
      level: "info",
      message: "request",
      at: expect.stringMatching(/Z$/),
      service: "svc",
      requestId: res.headers.get("x-request-id"),
      method: "GET",
      path: "/svc/things/t7",
      status: 200,
      durationMs: expect.any(Number),
      userId: expect.stringMatching(/^usr_/),
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line.durationMs).toBeLessThan(10_000);
  });

  it("logs a server error at error level, and no user for an anonymous request", async () => {
    await send("/svc/crash", { token: null });
    const line = lines().find((l) => l.message === "request");
    expect(line).toMatchObject({ via: "error", level: "error", status: 500 });
    expect(line).not.toHaveProperty("userId");
  });

  it("sends warnings to console.warn and debug lines to console.log", () => {
    logEvent("warn", "careful", { n: 1 });
    logEvent("debug", "detail");
    logEvent("info", "plain");
    expect(lines()).toEqual([
      { via: "warn", level: "warn", message: "careful", at: expect.any(String), n: 1 },
      { via: "log", level: "debug", message: "detail", at: expect.any(String) },
      { via: "log", level: "info", message: "plain", at: expect.any(String) },
    ]);
  });
});

describe("the service's own document", () => {
  it("describes every route under the service's path, the kit's own routes too", async () => {
    const res = await send("/svc/openapi.json", { token: null });
    expect(res.status).toBe(200);
    const doc = res.json;
    expect(doc.info).toEqual({ title: "Thing <service>", version: "2.1.0", description: "Things & more" });
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "/", description: "The origin that serves this document" }]);
    expect(doc.components.securitySchemes.bearerAuth.description).toBe(
      "Access token from POST /membership/auth/login; every service verifies it the same way",
    );
    expect(doc.paths["/svc/things"].post.requestBody.required).toBe(true);
    expect(doc.paths["/svc/things/{id}"].get.responses["200"].content["application/json"].example).toEqual({
      id: "t1",
    });
    expect(
      doc.paths["/svc/things/{id}"].delete.responses["200"].content["application/json"],
    ).not.toHaveProperty("example");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/svc/bare",
        "/svc/broken",
        "/svc/crash",
        "/svc/health",
        "/svc/session",
        "/svc/things",
        "/svc/things/{id}",
        "/svc/uploads",
      ].sort(),
    );
    expect(doc.tags).toEqual([
      {
        name: "service",
        description: "Liveness, the caller's session and this document, the same in every service",
      },
      { name: "things", description: "Things kept by a club" },
      { name: "files" },
    ]);
    expect(doc.paths["/svc/health"].get.security).toEqual([]);
    expect(doc.paths["/svc/session"].get.security).toEqual([{ bearerAuth: [] }]);
    // The same document each time it is asked for.
    expect((await send("/svc/openapi.json", { token: null })).json).toEqual(doc);
  });

  it("documents parameters, uploads and the problems each operation can answer", async () => {
    const doc = (await send("/svc/openapi.json", { token: null })).json;
    const one = doc.paths["/svc/things/{id}"];
    expect(one.get.parameters).toEqual([
      {
        name: "id",
        in: "path",
        required: true,
        description: "The thing's id",
        schema: expect.objectContaining({ type: "string" }),
      },
    ]);
    expect(Object.keys(one.get.responses)).toEqual(["200", "401", "403", "404", "422"]);
    expect(Object.keys(one.delete.responses)).toEqual(["200", "401", "403", "404", "409", "422"]);
    expect(Object.keys(doc.paths["/svc/things"].post.responses)).toEqual([
      "201",
      "400",
      "401",
      "403",
      "404",
      "409",
      "413",
      "415",
      "422",
    ]);
    expect(Object.keys(doc.paths["/svc/bare"].get.responses)).toEqual(["200", "422"]);
    const uploadOp = doc.paths["/svc/uploads"].post;
    expect(uploadOp.requestBody).toEqual({
      required: true,
      description: "A member register",
      content: {
        "text/csv": { schema: { type: "string", contentMediaType: "text/csv" }, example: "a,b\n1,2\n" },
        "text/plain": { schema: { type: "string", contentMediaType: "text/plain" }, example: "a,b\n1,2\n" },
      },
    });
    expect(Object.keys(uploadOp.responses)).toEqual(["200", "401", "403", "404", "409", "413", "415", "422"]);
    expect(uploadOp.responses["413"]).toEqual({
      description: "The body is too large",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    });
    expect(uploadOp.responses["200"].description).toBe("Upload a register");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
  });

  it("serves a docs page listing each operation by tag, escaping what it prints", async () => {
    const res = await send("/svc/docs", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = res.text;
    expect(html).toContain("<title>Thing &#60;service&#62;</title>");
    expect(html).toContain("<small>2.1.0</small>");
    expect(html).toContain("<p>Things &#38; more</p>");
    expect(html).toContain('<a href="/svc/openapi.json">/svc/openapi.json</a>');
    expect(html).toContain(
      '<tr><td class="m get">GET</td><td><code>/svc/things/{id}</code></td><td>One thing 🔒</td></tr>',
    );
    expect(html).toContain(
      '<tr><td class="m get">GET</td><td><code>/svc/health</code></td><td>Liveness and database reachability</td></tr>',
    );
    expect(html.indexOf("<h2>service</h2>")).toBeLessThan(html.indexOf("<h2>things</h2>"));
    expect(html.indexOf("<h2>things</h2>")).toBeLessThan(html.indexOf("<h2>files</h2>"));
    expect(html.indexOf("<h2>things</h2>")).toBeLessThan(html.indexOf("/svc/things/{id}"));
  });

  it("renders a document without tags, summaries or a description", () => {
    const html = renderDocsPage(
      {
        info: { title: `"Q"'s`, version: "1" },
        paths: { "/a&b": { post: { security: [] } } },
      },
      "/x.json",
    );
    expect(html).toContain("<title>&#34;Q&#34;&#39;s</title>");
    expect(html).toContain("<p></p>");
    expect(html).toContain(
      '<h2>other</h2><table><tr><td class="m post">POST</td><td><code>/a&#38;b</code></td><td></td></tr></table>',
    );
    expect(renderDocsPage({ info: { title: "t", version: "1" } }, "/x")).not.toContain("<h2>");
  });

  it("checks an upload's example is text, and that a route without a body has no request example", () => {
    expect(exampleMismatches([upload])).toEqual([]);
    expect(exampleMismatches([{ ...upload, examples: { request: { a: 1 } } }])).toEqual([
      "upload request: an upload's example is its text",
    ]);
    expect(exampleMismatches([{ ...getThing, examples: { request: "x" } }])).toEqual([
      "getThing request: the route takes no body",
    ]);
  });

  it("names a public route's 404 only when it has path parameters, and adds a route's own problems", () => {
    const publicOne = { ...getThing, public: true, problems: { "429": "Slow down" } };
    const doc = openApiDocument(
      { title: "t", version: "1", description: "d" },
      "/p",
      [publicOne],
      problem,
    ) as Json;
    const responses = doc.paths["/p/things/{id}"].get.responses;
    expect(Object.keys(responses)).toEqual(["200", "404", "422", "429"]);
    expect(responses["404"].description).toBe("Not found, or outside the caller's org subtree");
    expect(responses["429"].description).toBe("Slow down");
    expect(responses["422"].description).toBe(
      "Fields or query parameters are invalid or unknown; `errors` lists each one",
    );
  });
});
