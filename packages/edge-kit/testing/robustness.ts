import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { disableAccount, type OrgFixture, seedOrgFixture, seedOtherProvince, tokenFor } from "./fixtures.ts";

/**
 * Robustness suites generated from a worker's own `/openapi.json`, so a new
 * route is covered the day it is added:
 *
 * 1. no token (or a malformed one) → 401 problem+json on every secured operation;
 * 2. callers of another commune and of another province → 404 on every route
 *    that names a record of commune A (exactly what a record that does not exist
 *    answers), nothing written;
 * 3. malformed bodies, path ids and queries (fast-check) → 4xx problem+json,
 *    never 5xx, every table's row count unchanged;
 * 4. a disabled account → 401 on every secured operation, nothing written.
 */

export type RobustnessWorld = {
  /** Province 1: commune A (club A) and commune B (club B). */
  tree: OrgFixture;
  /** Province 2, for callers outside province 1 altogether. */
  other: Awaited<ReturnType<typeof seedOtherProvince>>;
  /** Province admin of province 1: the owner of every seeded record. */
  owner: string;
  officerA: string;
  officerB: string;
  /** Province admin of province 2: passes every role check, fails every scope check in province 1. */
  adminOther: string;
  /** Calls this worker with the owner's token (or another), for seeding through the real routes. */
  call(method: string, path: string, body?: unknown, token?: string): Promise<Response>;
};

export type RobustnessSeed = {
  /**
   * Real ids of records inside commune A, looked up for each path parameter
   * first by the path segment before it (`clubs` for `/clubs/{id}`, `roles`
   * for `/roles/{roleId}`), then by the parameter's name.
   */
  ids?: Record<string, string>;
  /**
   * A valid body for every operation that takes one, keyed like
   * `POST /clubs/{id}/roles` (the path as documented, without `/<service>`).
   * An upload takes its file as a string.
   */
  bodies?: Record<string, unknown>;
};

export type RobustnessOptions = {
  seed?: (world: RobustnessWorld) => Promise<RobustnessSeed>;
  /** fast-check runs per property; kept small so every worker's suite stays cheap in CI. */
  numRuns?: number;
  /** Per-test budget in ms for the heavier tests. */
  timeout?: number;
  /**
   * Tables an operation writes even when it refuses, by operation key: e.g. a
   * failed sign-in counted in `login_throttle`. Every other table must keep its
   * row count.
   */
  refusalsMayWrite?: Record<string, readonly string[]>;
};

type Schema = Record<string, unknown>;

export type Operation = {
  method: string;
  /** As documented, e.g. `/membership/clubs/{id}`. */
  path: string;
  /** `POST /clubs/{id}` */
  key: string;
  secured: boolean;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  body?: Schema;
  uploadTypes?: string[];
};

const worker = () => exports as unknown as { default: { fetch: typeof fetch } };

/** Every operation of the worker's OpenAPI document, with `$ref`s into components resolved. */
export async function operationsOf(service: string): Promise<Operation[]> {
  const res = await worker().default.fetch(`http://local/${service}/openapi.json`);
  expect(res.status).toBe(200);
  const doc = (await res.json()) as {
    paths: Record<string, Record<string, Schema>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    const ref = schema?.$ref;
    if (typeof ref === "string") return resolve(doc.components.schemas[ref.split("/").pop()!]);
    return schema;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []) as { name: string; in: string; schema: Schema }[];
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
        ?.content;
      const json = content?.["application/json"];
      ops.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path.slice(service.length + 1)}`,
        secured: ((op.security as unknown[]) ?? []).length > 0,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        ...(json ? { body: resolve(json.schema) } : {}),
        ...(content && !json ? { uploadTypes: Object.keys(content) } : {}),
      });
    }
  }
  return ops;
}

let tableNames: string[] | undefined;

/** Row counts of every table (from sqlite_master, read once per file), in one D1 batch. */
export async function tableCounts(db: D1Database = env.DB): Promise<Record<string, number>> {
  if (!tableNames) {
    const tables = await db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%' ORDER BY name",
      )
      .all<{ name: string }>();
    tableNames = tables.results.map((t) => t.name);
  }
  const names = tableNames;
  const counts = await db.batch<{ n: number }>(
    names.map((name) => db.prepare(`SELECT count(*) AS n FROM "${name}"`)),
  );
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!.results[0]!.n]));
}

type Answer = { status: number; contentType: string; text: string; json: Record<string, unknown> | null };

export type Send = {
  method: string;
  url: string;
  token?: string;
  /** A value to send as JSON, or raw bytes/text with `contentType`. */
  json?: unknown;
  raw?: BodyInit;
  contentType?: string;
  authorization?: string;
};

export async function send(request: Send): Promise<Answer> {
  const headers: Record<string, string> = {};
  // Retry-safe writes refuse a request without a key before anything else; a client always sends
  // one, so every write here carries a fresh one and the probes reach the route itself.
  if (request.method !== "GET") headers["idempotency-key"] = crypto.randomUUID();
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.authorization !== undefined) headers.authorization = request.authorization;
  let body: BodyInit | undefined;
  if (request.raw !== undefined) {
    body = request.raw;
    headers["content-type"] = request.contentType ?? "application/json";
  } else if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["content-type"] = request.contentType ?? "application/json";
  }
  const res = await worker().default.fetch(`http://local${request.url}`, {
    method: request.method,
    headers,
    body: request.method === "GET" ? undefined : body,
  });
  const text = await res.text();
  const contentType = res.headers.get("content-type") ?? "";
  let json: Record<string, unknown> | null = null;
  if (contentType.includes("json")) {
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = null;
    }
  }
  return { status: res.status, contentType, text, json };
}

const LEAKS = /SQLITE_|D1_ERROR|no such (table|column)|constraint failed|\n\s+at \S+ \(|\.ts:\d+/i;

/** A 4xx/5xx answer in the one error shape: problem+json whose status matches, no SQL, no stack. */
export function expectProblem(answer: Answer, label: string): void {
  expect(answer.contentType, `${label}: ${answer.text.slice(0, 300)}`).toContain("application/problem+json");
  expect(answer.json?.status, label).toBe(answer.status);
  expect(typeof answer.json?.code, label).toBe("string");
  expect(answer.text, label).not.toMatch(LEAKS);
}

/** Percent-encodes a path segment; a lone surrogate goes out as the bytes of one (not UTF-8). */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `%ED%A0%80${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ""))}`;
  }
}

/** Fills `{param}`s with `overrides` by name, else real ids by the segment before each, then by name. */
export function fillPath(
  op: Operation,
  ids: Record<string, string>,
  overrides: Record<string, string> = {},
): string | undefined {
  let missing = false;
  const filled = op.path.replace(/\/([^/{}]+)\/\{(\w+)\}/g, (_, segment: string, name: string) => {
    const id = overrides[name] ?? ids[segment] ?? ids[name];
    if (id === undefined) missing = true;
    return `/${segment}/${encodePathSegment(id ?? "")}`;
  });
  return missing ? undefined : filled;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** An id of the same kind as `id` that names no record. */
export function twinOf(id: string): string {
  let tail = "";
  for (let i = 0; i < 26; i++) tail += CROCKFORD[Math.floor(Math.random() * 32)];
  return `${id.slice(0, 4)}${tail}`;
}

function replaceStrings(value: unknown, map: Map<string, string>): unknown {
  if (typeof value === "string") return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, map));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, map)]));
  return value;
}

function mentions(value: unknown, ids: Set<string>): boolean {
  if (typeof value === "string") return ids.has(value);
  if (Array.isArray(value)) return value.some((v) => mentions(v, ids));
  if (value && typeof value === "object") return Object.values(value).some((v) => mentions(v, ids));
  return false;
}

// ---- what malformed input looks like ----

const JSON_TYPES = ["string", "number", "integer", "boolean", "null", "array", "object"] as const;
type JsonType = (typeof JSON_TYPES)[number];

/** The JSON types a property's schema admits, or undefined when it admits anything. */
export function allowedTypes(schema: Schema | undefined): Set<JsonType> | undefined {
  if (!schema) return undefined;
  const types = new Set<JsonType>();
  const add = (s: Schema): boolean => {
    if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
      return ((s.anyOf ?? s.oneOf) as Schema[]).every(add);
    }
    if (typeof s.type === "string") types.add(s.type as JsonType);
    else if (Array.isArray(s.type)) for (const t of s.type) types.add(t as JsonType);
    else if (Array.isArray(s.enum)) {
      for (const v of s.enum) types.add(v === null ? "null" : (typeof v as JsonType));
    } else if ("const" in s) types.add(s.const === null ? "null" : (typeof s.const as JsonType));
    else return false;
    return true;
  };
  if (!add(schema)) return undefined;
  if (types.has("integer")) types.add("number");
  if (types.has("number")) types.add("integer");
  return types;
}

/** Top-level properties of a body schema (across `anyOf` alternatives), with the JSON types each admits. */
export function bodyProperties(schema: Schema | undefined): Map<string, Set<JsonType> | undefined> {
  const props = new Map<string, Set<JsonType> | undefined>();
  const visit = (s: Schema | undefined) => {
    if (!s) return;
    for (const alt of (s.anyOf ?? s.oneOf ?? s.allOf ?? []) as Schema[]) visit(alt);
    for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const types = allowedTypes(prop);
      const known = props.get(name);
      if (props.has(name) && (known === undefined || types === undefined)) props.set(name, undefined);
      else props.set(name, types && known ? new Set([...known, ...types]) : types);
    }
  };
  visit(schema);
  return props;
}

const sampleOf: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 30 }),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  integer: fc.integer(),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
};

/** A value of some JSON type the schema does not admit (undefined if it admits every type). */
function wrongTypeFor(types: Set<JsonType> | undefined): fc.Arbitrary<unknown> | undefined {
  if (!types) return undefined;
  const wrong = JSON_TYPES.filter((t) => !types.has(t));
  if (wrong.length === 0) return undefined;
  return fc.constantFrom(...wrong).chain((t) => sampleOf[t]);
}

/** Text that is not JSON whatever it holds: an object cut off after a trailing comma. */
const notJson = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `{${s},}`),
  fc.constantFrom("", "{", "NaN", '{"x": NaN}', "{'single': 1}", "[1,]", "\u0000", "undefined", "{}}"),
);

export const WEIRD_STRINGS = [
  "",
  "   ",
  "\u0000",
  "\ud800",
  "\u202eevil\u202c",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "👵🏽👨‍👩‍👧",
  "Nguyễn Thị Hoà",
  "'; DROP TABLE users; --",
  "%_\\",
  "<script>alert(1)</script>",
  "2025-02-30",
  "2025-13-01",
  "0000-00-00",
  "2024-2-3",
  "9999-12-31",
  "1800-01-01",
  "2024-02-29T00:00:00Z",
  "-1",
  "NaN",
  "Infinity",
  "null",
  "org_01ARZ3NDEKTSV4RRFFQ69G5FAV",
  "per_00000000000000000000000000",
  "x".repeat(20_000),
  "ệ".repeat(5_000),
];

export const WEIRD_NUMBERS = [
  -1,
  -0,
  0,
  0.5,
  -0.000001,
  1e308,
  -1e308,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53),
];

const weirdString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

function weirdValueFor(types: Set<JsonType> | undefined): fc.Arbitrary<unknown> | undefined {
  const options: fc.Arbitrary<unknown>[] = [];
  if (!types || types.has("string")) options.push(weirdString);
  if (!types || types.has("number")) options.push(fc.constantFrom(...WEIRD_NUMBERS));
  if (!types || types.has("array"))
    options.push(fc.array(fc.oneof(weirdString, fc.constantFrom(...WEIRD_NUMBERS)), { maxLength: 4 }));
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

const weirdQueryValue = fc.oneof(
  fc.constantFrom(
    ...WEIRD_STRINGS.filter((s) => s.length < 1000),
    "abc",
    "-5",
    "0",
    "1.5",
    "1e309",
    "201",
    "10000000000000000000000",
    "%00",
    "bm90LWFuLWlk",
    "cGVyXzAxSjAwMDAwMDAwMDAwMDAwMDAwMDAwMA",
  ),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

// ---- the suite ----

export function describeRobustness(service: string, options: RobustnessOptions = {}) {
  const numRuns = options.numRuns ?? 25;
  const timeout = options.timeout ?? 60_000;

  describe(`${service} robustness (from its OpenAPI)`, () => {
    let world: RobustnessWorld;
    let ops: Operation[];
    let ids: Record<string, string>;
    let bodies: Record<string, unknown>;
    let counts: Record<string, number>;

    const bodyOf = (op: Operation): unknown => bodies[op.key];
    /** What a valid request to `op` sends, with `ids` in the path. */
    const validRequest = (
      op: Operation,
      pathIds: Record<string, string>,
      overrides: Record<string, string> = {},
    ): Omit<Send, "token"> => {
      const url =
        fillPath(op, pathIds, overrides) ??
        fillPath(op, Object.fromEntries(op.pathParams.map((p) => [p, "x"])))!;
      if (op.uploadTypes) {
        return {
          method: op.method,
          url,
          raw: String(bodyOf(op) ?? ""),
          contentType: op.uploadTypes[0]!,
        };
      }
      return { method: op.method, url, ...(op.body ? { json: bodyOf(op) ?? {} } : {}) };
    };
    const expectUnchanged = async (label: string, op?: Operation) => {
      const now = await tableCounts();
      const mayWrite = new Set(op ? (options.refusalsMayWrite?.[op.key] ?? []) : []);
      const kept = (all: Record<string, number>) =>
        Object.fromEntries(Object.entries(all).filter(([table]) => !mayWrite.has(table)));
      expect(kept(now), `${label}: a table's row count changed`).toEqual(kept(counts));
      counts = now;
    };

    beforeAll(async () => {
      const tree = await seedOrgFixture(env.DB);
      const other = await seedOtherProvince(env.DB);
      const owner = await tokenFor(env.DB, "province_admin", tree.province);
      world = {
        tree,
        other,
        owner,
        officerA: await tokenFor(env.DB, "commune_officer", tree.communeA),
        officerB: await tokenFor(env.DB, "commune_officer", tree.communeB),
        adminOther: await tokenFor(env.DB, "province_admin", other.province),
        call: (method, path, body, token = owner) =>
          worker().default.fetch(`http://local/${service}${path}`, {
            method,
            headers: {
              authorization: `Bearer ${token}`,
              ...(body === undefined ? {} : { "content-type": "application/json" }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          }),
      };
      const seed = (await options.seed?.(world)) ?? {};
      ids = { "org-units": tree.communeA.id, clubs: tree.clubA.id, ...seed.ids };
      bodies = seed.bodies ?? {};
      ops = await operationsOf(service);
      counts = await tableCounts();
    }, timeout);

    it("has a real id for every path parameter and a valid body for every operation that takes one", () => {
      expect(ops.length).toBeGreaterThanOrEqual(2);
      const unfilled = ops.filter((op) => op.pathParams.length > 0 && !fillPath(op, ids)).map((op) => op.key);
      expect(unfilled, "pass ids for these routes in describeRobustness's seed").toEqual([]);
      const bodiless = ops
        .filter((op) => (op.body || op.uploadTypes) && !(op.key in bodies))
        .map((op) => op.key);
      expect(bodiless, "pass a valid body for these routes in describeRobustness's seed").toEqual([]);
    });

    it(
      "answers 401 problem+json on every secured operation without a valid token",
      async () => {
        const secured = ops.filter((op) => op.secured);
        expect(secured.map((op) => op.key)).toContain("GET /session");
        for (const op of secured) {
          for (const authorization of [undefined, "Bearer", "Bearer not.a.token", "Basic dXNlcjpwYXNz"]) {
            const label = `${op.key} with authorization ${authorization ?? "(none)"}`;
            const answer = await send({
              ...validRequest(op, ids),
              ...(authorization ? { authorization } : {}),
            });
            expect(answer.status, label).toBe(401);
            expectProblem(answer, label);
            expect(answer.json?.code, label).toBe("UNAUTHENTICATED");
          }
        }
        await expectUnchanged("no token");
      },
      timeout,
    );

    it(
      "shows commune A's records to their owner, and to nobody outside as anything but 'not found'",
      async () => {
        const real = new Set(Object.values(ids));
        const twins = new Map([...real].map((id) => [id, twinOf(id)]));
        const twinIds = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, twins.get(v)!]));
        const idBearing = ops.filter(
          (op) => op.secured && (op.pathParams.length > 0 || mentions(bodyOf(op), real)),
        );
        for (const op of idBearing) {
          const request = validRequest(op, ids);
          if (op.method === "GET") {
            const mine = await send({ ...request, token: world.owner });
            expect(mine.status, `${op.key} for its owner: ${mine.text.slice(0, 300)}`).toBeLessThan(300);
          }
          const nothing = {
            ...validRequest(op, twinIds),
            ...(request.json === undefined ? {} : { json: replaceStrings(request.json, twins) }),
          };
          for (const [who, token] of [
            ["province 2's admin", world.adminOther],
            ["commune B's officer", world.officerB],
          ] as const) {
            const label = `${op.key} by ${who}`;
            const foreign = await send({ ...request, token });
            const missing = await send({ ...nothing, token });
            expectProblem(foreign, label);
            // The same answer as for a record that does not exist: nothing to learn from it.
            expect(foreign.status, `${label}: ${foreign.text.slice(0, 300)}`).toBe(missing.status);
            expect(foreign.json?.code, label).toBe(missing.json?.code);
            // Province 2's admin passes every role check, so only the scope check can answer.
            if (token === world.adminOther) expect(foreign.status, label).toBe(404);
            else expect([403, 404], label).toContain(foreign.status);
          }
        }
        await expectUnchanged("foreign callers");
      },
      timeout,
    );

    it(
      "answers 401 to a disabled account on every secured operation and writes nothing",
      async () => {
        const disabled = await tokenFor(env.DB, "province_admin", world.tree.province);
        await disableAccount(env.DB, disabled);
        counts = await tableCounts();
        for (const op of ops.filter((o) => o.secured)) {
          const answer = await send({ ...validRequest(op, ids), token: disabled });
          expect(answer.status, `${op.key}: ${answer.text.slice(0, 300)}`).toBe(401);
          expectProblem(answer, op.key);
        }
        await expectUnchanged("disabled account");
      },
      timeout,
    );

    it(
      "refuses bodies that are not JSON, not declared as JSON, or not UTF-8, and ids of no shape",
      async () => {
        for (const op of ops) {
          const request = validRequest(op, ids);
          const token = op.secured ? world.owner : undefined;
          const cases: { label: string; req: Send; expected: number[] }[] = [];
          if (op.body) {
            cases.push(
              {
                label: "not JSON",
                req: { ...request, json: undefined, raw: '{"a":', token },
                expected: [400],
              },
              {
                label: "JSON sent as text/plain",
                req: {
                  ...request,
                  json: undefined,
                  raw: JSON.stringify(request.json),
                  contentType: "text/plain",
                  token,
                },
                expected: [415],
              },
              { label: "no body", req: { ...request, json: undefined, token }, expected: [400, 415] },
            );
          }
          if (op.uploadTypes) {
            cases.push(
              {
                label: "upload as JSON",
                req: { ...request, contentType: "application/json", token },
                expected: [415],
              },
              {
                label: "upload not UTF-8",
                req: {
                  ...request,
                  raw: new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x28, 0xa1]),
                  token,
                },
                expected: [415, 422],
              },
            );
          }
          for (const param of op.pathParams) {
            // More odd ids come from the property below; these two are the shapes that matter most.
            for (const bad of ["1 OR 1=1", "ORG_01ARZ3NDEKTSV4RRFFQ69G5FAV"]) {
              cases.push({
                label: `${param}=${bad}`,
                req: { ...request, url: fillPath(op, ids, { [param]: bad })!, token },
                expected: [404],
              });
            }
          }
          for (const { label, req, expected } of cases) {
            const answer = await send(req);
            expect(expected, `${op.key} ${label}: ${answer.status} ${answer.text.slice(0, 200)}`).toContain(
              answer.status,
            );
            expectProblem(answer, `${op.key} ${label}`);
          }
        }
        await expectUnchanged("malformed requests");
      },
      timeout,
    );

    it(
      "answers bodies of the wrong shape with 4xx problem+json and writes nothing (property)",
      async () => {
        const withBody = ops.filter((op) => op.body);
        if (withBody.length === 0) return;
        const malformed = fc.constantFrom(...withBody).chain((op) => {
          const base = asObject(bodyOf(op));
          const props = [...bodyProperties(op.body).entries()].flatMap(([name, types]) => {
            const wrong = wrongTypeFor(types);
            return wrong ? [wrong.map((value) => ({ ...base, [name]: value }))] : [];
          });
          const shapes: fc.Arbitrary<{ json?: unknown; raw?: string }>[] = [
            // an unknown field next to valid ones
            fc
              .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
              .map(([k, v]) => ({ json: { ...base, [`zz_${k}`]: v } })),
            // a body that is not an object at all
            fc
              .oneof(
                fc.string(),
                fc.double(),
                fc.boolean(),
                fc.constant(null),
                fc.array(fc.jsonValue({ maxDepth: 1 })),
              )
              .map((json) => ({ json })),
            notJson.map((raw) => ({ raw })),
            ...props.map((p) => p.map((json) => ({ json }))),
          ];
          return fc.tuple(fc.constant(op), fc.oneof(...shapes));
        });
        await fc.assert(
          fc.asyncProperty(malformed, async ([op, shape]) => {
            const request = validRequest(op, ids);
            const answer = await send({
              ...request,
              json: shape.json,
              raw: shape.raw,
              token: op.secured ? world.owner : undefined,
            });
            const label = `${op.key} with ${shape.raw ?? JSON.stringify(shape.json)?.slice(0, 200)}`;
            expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
            expect(answer.status, label).toBeLessThan(500);
            expectProblem(answer, label);
            await expectUnchanged(label, op);
          }),
          { numRuns },
        );
      },
      timeout,
    );

    it(
      "never answers 5xx to odd values of the right type, and writes nothing when it refuses (property)",
      async () => {
        const oddProps = (op: Operation) =>
          [...bodyProperties(op.body).entries()].flatMap(([name, types]) => {
            const value = weirdValueFor(types);
            return value ? [fc.tuple(fc.constant(name), value)] : [];
          });
        const withBody = ops.filter((op) => op.body && oddProps(op).length > 0);
        if (withBody.length === 0) return;
        const odd = fc
          .constantFrom(...withBody)
          .chain((op) => fc.tuple(fc.constant(op), fc.oneof(...oddProps(op))));
        await fc.assert(
          fc.asyncProperty(odd, async ([op, [name, value]]) => {
            const json = { ...asObject(bodyOf(op)), [name]: value };
            const answer = await send({
              ...validRequest(op, ids),
              json,
              token: op.secured ? world.owner : undefined,
            });
            const label = `${op.key} with ${name}=${JSON.stringify(value)?.slice(0, 120)}`;
            expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
            if (answer.status >= 300) {
              expectProblem(answer, label);
              await expectUnchanged(label, op);
            } else {
              counts = await tableCounts(); // an odd value that is valid: the write stands
            }
          }),
          { numRuns },
        );
      },
      timeout,
    );

    it(
      "never answers 5xx to odd path ids or query values, and a read writes nothing (property)",
      async () => {
        const withInput = ops.filter((op) => op.query.length > 0 || op.pathParams.length > 0);
        if (withInput.length === 0) return;
        const odd = fc
          .constantFrom(...withInput)
          .chain((op) =>
            fc.tuple(
              fc.constant(op),
              fc.record(
                Object.fromEntries(
                  op.query.map((q) => [q.name, fc.option(weirdQueryValue, { nil: undefined })]),
                ),
              ),
              op.pathParams.length > 0
                ? fc.option(fc.tuple(fc.constantFrom(...op.pathParams), weirdQueryValue), { nil: undefined })
                : fc.constant(undefined),
            ),
          );
        await fc.assert(
          fc.asyncProperty(odd, async ([op, query, badParam]) => {
            const request = validRequest(op, ids, badParam ? { [badParam[0]]: badParam[1] } : {});
            const search = new URLSearchParams(
              Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
            ).toString();
            const url = `${request.url}${search ? `?${search}` : ""}`;
            const answer = await send({ ...request, url, token: op.secured ? world.owner : undefined });
            const label = `${op.method} ${url.slice(0, 300)}`;
            expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
            // An id of no record (or of no shape) is 404; a query that is wrong as well may answer first.
            if (badParam) expect(search ? [404, 422] : [404], label).toContain(answer.status);
            if (answer.status >= 300) expectProblem(answer, label);
            if (op.method === "GET" || answer.status >= 300) await expectUnchanged(label, op);
            else counts = await tableCounts();
          }),
          { numRuns },
        );
      },
      timeout,
    );
  });
}
