import { PROBLEM_CODES } from "@ishc/domain/contracts";
import { exampleMismatches, healthRoute, sessionRoute } from "@ishc/edge-kit";
import { describe, expect, it } from "vitest";
import auth from "../src/auth/auth.index";
import clubs from "../src/clubs/clubs.index";
import meetings from "../src/meetings/meetings.index";
import members from "../src/members/members.index";
import orgUnits from "../src/org-units/org-units.index";
import people from "../src/people/people.index";
import users from "../src/users/users.index";
import { call, type Json } from "./helpers";

type Operation = { path: string; method: string; op: Json };

async function document() {
  const res = await call("GET", "/openapi.json");
  expect(res.status).toBe(200);
  const operations: Operation[] = Object.entries(
    res.json.paths as Record<string, Record<string, Json>>,
  ).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
  return { doc: res.json, operations };
}

/** Every property or parameter named like a date, with its schema, wherever it sits. */
function dateFields(value: unknown, where: string, found: { where: string; schema: Json }[] = []) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) dateFields(item, `${where}/${i}`, found);
  } else if (value && typeof value === "object") {
    const node = value as Json;
    if (node.properties) {
      for (const [name, schema] of Object.entries(node.properties as Record<string, Json>)) {
        if (/(On|Date|From|To|^asOf|Since|^from|^to)$/.test(name))
          found.push({ where: `${where}.${name}`, schema });
      }
    }
    if (node.in === "query" && /(On|Date|^asOf|^from|^to)$/.test(node.name)) {
      found.push({ where: `${where}?${node.name}`, schema: node.schema });
    }
    for (const [key, inner] of Object.entries(node)) dateFields(inner, `${where}/${key}`, found);
  }
  return found;
}

/** A date schema, possibly nullable (`anyOf` with null) or described around it. */
const isDateSchema = (schema: Json): boolean =>
  schema.format === "date" ||
  (Array.isArray(schema.anyOf) &&
    schema.anyOf.every((s: Json) => s.type === "null" || isDateSchema(s)) &&
    schema.anyOf.some((s: Json) => s.format === "date"));

describe("GET /membership/openapi.json", () => {
  it("documents every route with its request and response schemas", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const paths = res.json.paths as Record<string, Record<string, Json>>;
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ path, m, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(28);
    for (const { path, m, op } of operations) {
      expect(path.startsWith("/membership/"), path).toBe(true);
      const success = op.responses["200"] ?? op.responses["201"];
      expect(success?.content?.["application/json"]?.schema, `${m} ${path}`).toBeDefined();
      if (m === "post" || m === "patch") expect(op.requestBody?.content, `${m} ${path}`).toBeDefined();
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        expect(
          op.parameters.map((p: { name: string }) => `{${p.name}}`),
          `${m} ${path}`,
        ).toContain(param);
      }
    }
    expect(paths["/membership/clubs/{id}/members/import"]?.post?.requestBody.content).toHaveProperty(
      "text/csv",
    );
    expect(res.json.components.schemas).toHaveProperty("Person");
    expect(res.json.components.schemas).toHaveProperty("Problem");
  });

  it("names a server and gives every operation a hand-written operationId, a description and an example", async () => {
    const { doc, operations } = await document();
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations) {
      const name = `${method} ${path}`;
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.description, name).toEqual(expect.any(String));
      const media: Json[] = [
        ...Object.values((op.requestBody?.content ?? {}) as Record<string, Json>),
        ...Object.values(op.responses as Record<string, Json>).flatMap((r) =>
          Object.values((r.content ?? {}) as Record<string, Json>),
        ),
      ];
      expect(
        media.some((m) => m.example !== undefined),
        `${name} has no request or response example`,
      ).toBe(true);
      if (op.requestBody?.content?.["application/json"]) {
        expect(op.requestBody.content["application/json"].example, `${name} request example`).toBeDefined();
      }
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        "listClubs",
        "getClub",
        "importClubMembers",
        "createUser",
        "login",
        "getHealth",
      ]),
    );
  });

  it("has examples that fit the schemas they illustrate", () => {
    const specs = [auth, users, orgUnits, clubs, members, people, meetings]
      .flatMap((router) => router.routes.map((route) => route.spec))
      .concat([healthRoute, sessionRoute]);
    expect(exampleMismatches(specs)).toEqual([]);
  });

  it("writes `format: date` on every date, in requests and responses alike", async () => {
    const { doc } = await document();
    const dates = dateFields(doc, "#");
    expect(dates.length).toBeGreaterThanOrEqual(30);
    expect(dates.filter(({ schema }) => !isDateSchema(schema)).map(({ where }) => where)).toEqual([]);
    const club = doc.components.schemas.Club.properties;
    expect(club.foundedOn.format).toBe("date");
    expect(doc.components.schemas.Session.properties.expiresAt.format).toBe("date-time");
  });

  it("lists the real problem codes", async () => {
    const { doc } = await document();
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual([...PROBLEM_CODES]);
  });

  it("documents 401 on login, and no 401 or 403 on any public route", async () => {
    const { operations } = await document();
    const login = operations.find(({ op }) => op.operationId === "login")!.op;
    expect(login.security).toEqual([]);
    expect(login.responses["401"].content["application/problem+json"]).toBeDefined();
    for (const { path, method, op } of operations.filter(({ op }) => op.security.length === 0)) {
      expect(op.responses, `${method} ${path}`).not.toHaveProperty("403");
      if (op.operationId !== "login") expect(op.responses, `${method} ${path}`).not.toHaveProperty("401");
    }
    for (const { path, method, op } of operations.filter(({ op }) => op.security.length > 0)) {
      expect(op.responses, `${method} ${path}`).toHaveProperty("401");
    }
  });

  it("requires no field that has a default, in query parameters or request bodies", async () => {
    const { doc, operations } = await document();
    const listClubs = operations.find(({ op }) => op.operationId === "listClubs")!.op;
    expect(listClubs.parameters.find((p: Json) => p.name === "limit")).toMatchObject({
      required: false,
      schema: { default: 50 },
    });
    const createMeeting = doc.components.schemas.CreateMeetingRequest;
    expect(createMeeting.required).not.toContain("attendeeIds");
    for (const { op } of operations) {
      for (const param of op.parameters as Json[]) {
        if (param.schema.default !== undefined) expect(param.required, param.name).toBe(false);
      }
    }
  });

  it("serves a docs page that lists the routes", async () => {
    const res = await call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.text).toContain("/membership/clubs/{id}/members/import");
  });
});
