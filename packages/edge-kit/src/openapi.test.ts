import { PROBLEM_CODES, problem } from "@ishc/domain/contracts";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createServiceApp } from "./app";
import { ERROR_CODES } from "./errors";
import { createRouter, defineRoute, exampleMismatches, openApiDocument } from "./routes";

// biome-ignore lint/suspicious/noExplicitAny: reading a generated JSON document
type Json = Record<string, any>;

const info = { title: "t", version: "1", description: "d" };

const echo = defineRoute({
  method: "get",
  path: "/echo/:id",
  operationId: "getEcho",
  summary: "Echo",
  description: "Answers what it was given",
  tags: ["t"],
  public: true,
  params: z.object({ id: z.string().regex(/^e\d+$/) }),
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    q: z.string().optional(),
  }),
  response: z.object({ id: z.string(), limit: z.number(), q: z.string().optional() }),
  examples: { response: { id: "e1", limit: 50 } },
});

const signIn = defineRoute({
  method: "post",
  path: "/sign-in",
  operationId: "signIn",
  summary: "Sign in",
  description: "Signs in",
  tags: ["t"],
  public: true,
  body: z.strictObject({ login: z.string(), remember: z.boolean().default(false) }),
  response: z.object({ ok: z.boolean() }),
  problems: { "401": "Wrong password" },
  examples: { request: { login: "bà.mai@langson.vn" }, response: { ok: true } },
});

const privateWrite = defineRoute({
  method: "post",
  path: "/things",
  operationId: "createThing",
  summary: "Create",
  description: "Creates a thing",
  tags: ["t"],
  body: z.strictObject({ name: z.string() }),
  response: z.object({ on: z.string() }),
  status: 201,
});

const doc = openApiDocument(info, "/svc", [echo, signIn, privateWrite], problem) as Json;
const op = (path: string, method: string) => doc.paths[path][method] as Json;

describe("the OpenAPI document", () => {
  it("names a server, so the paths (which carry the service segment) resolve", () => {
    expect(doc.servers).toEqual([{ url: "/", description: expect.any(String) }]);
  });

  it("uses each route's own operationId and description, and refuses a name twice", () => {
    expect(op("/svc/echo/{id}", "get")).toMatchObject({
      operationId: "getEcho",
      description: "Answers what it was given",
    });
    expect(() =>
      openApiDocument(info, "/svc", [echo, { ...signIn, operationId: "getEcho" }], problem),
    ).toThrow(/getEcho/);
  });

  it("puts the examples on the request and success media types, and checks them against the schemas", () => {
    expect(op("/svc/sign-in", "post").requestBody.content["application/json"].example).toEqual({
      login: "bà.mai@langson.vn",
    });
    expect(op("/svc/echo/{id}", "get").responses["200"].content["application/json"].example).toEqual({
      id: "e1",
      limit: 50,
    });
    expect(exampleMismatches([echo, signIn])).toEqual([]);
    expect(
      exampleMismatches([
        { ...signIn, examples: { request: { login: "x", extra: 1 }, response: { ok: 1 } } },
      ]),
    ).toEqual([expect.stringMatching(/^signIn request/), expect.stringMatching(/^signIn response/)]);
  });

  it("lists the real problem codes, from the one vocabulary", () => {
    expect(Object.keys(ERROR_CODES)).toEqual([...PROBLEM_CODES]);
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual([...PROBLEM_CODES]);
    expect(ERROR_CODES.METHOD_NOT_ALLOWED.status).toBe(405);
  });

  it("documents 401 on a public route only where the route says so, and never 403", () => {
    const echoAnswers = Object.keys(op("/svc/echo/{id}", "get").responses);
    expect(echoAnswers).not.toContain("401");
    expect(echoAnswers).not.toContain("403");
    const signInAnswers = op("/svc/sign-in", "post").responses;
    expect(signInAnswers["401"].description).toBe("Wrong password");
    expect(signInAnswers).not.toHaveProperty("403");
    expect(Object.keys(op("/svc/things", "post").responses)).toEqual(
      expect.arrayContaining(["401", "403", "409", "422"]),
    );
  });

  it("does not require what has a default, in query parameters and in bodies", () => {
    const limit = op("/svc/echo/{id}", "get").parameters.find((p: Json) => p.name === "limit");
    expect(limit).toMatchObject({ in: "query", required: false, schema: { default: 50 } });
    const body = op("/svc/sign-in", "post").requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["login"]);
  });
});

describe("a service app", () => {
  const app = createServiceApp({
    service: "svc",
    ...info,
    routers: [createRouter().add(echo, (_ctx, { params, query }) => ({ id: params.id, ...query }))],
  });
  const get = async (path: string, method = "GET") => {
    // The route reads no table, so a database binding that is never called will do.
    const res = await app.request(`/svc${path}`, { method }, { DB: {}, JWT_SECRET: "unused" });
    return { status: res.status, headers: res.headers, json: (await res.json()) as Json };
  };

  it("refuses an unknown query parameter by name, as it refuses an unknown body field", async () => {
    expect((await get("/echo/e1?limit=5")).json).toEqual({ id: "e1", limit: 5 });
    const res = await get("/echo/e1?limt=5&q=x");
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { field: "query.limt", message: "is not a known parameter", code: "unrecognized_keys" },
    ]);
    const both = await get("/echo/e1?limit=0&page=2");
    expect(both.json.errors.map((e: Json) => e.field).sort()).toEqual(["query.limit", "query.page"]);
  });

  it("answers a path it knows, asked with another method, 405 with Allow", async () => {
    const res = await get("/echo/e1", "DELETE");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
    expect((await get("/openapi.json", "POST")).headers.get("allow")).toBe("GET");
    expect((await get("/echo", "DELETE")).status).toBe(404);
    expect((await get("/echo/e1/more", "GET")).status).toBe(404);
  });
});

describe("records keyed by an enum", () => {
  it("are written as one property per key, so no required key is left undefined", () => {
    const balances = z
      .object({ byAccount: z.record(z.enum(["cash", "loans"]), z.number()) })
      .meta({ id: "Balances" });
    const route = { ...echo, operationId: "getBalances", response: balances };
    const schema = (openApiDocument(info, "/svc", [route], problem) as Json).components.schemas.Balances;
    expect(schema.properties.byAccount).toMatchObject({
      type: "object",
      properties: { cash: { type: "number" }, loans: { type: "number" } },
      required: ["cash", "loans"],
      additionalProperties: false,
    });
    expect(schema.properties.byAccount).not.toHaveProperty("propertyNames");
  });
});
