// Edges of the kit's small decisions, in plain node: HTTP errors from Hono middleware, roles,
// stored password hashes, cursor encoding, problem bodies.
import type { AccessClaims } from "@ishc/domain/contracts";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { requireRole, requireWriter, seesPersonalData } from "./auth";
import {
  AppError,
  conflict,
  fieldErrorsOf,
  handleError,
  invalid,
  invalidField,
  notFound,
  problemBody,
  ruleError,
} from "./errors";
import { decodeCursor, encodeCursor } from "./pagination";
import { hashPassword, PASSWORD_ITERATIONS, UNKNOWN_USER_HASH, verifyPassword } from "./passwords";

describe("HTTP errors raised by Hono and its middleware", () => {
  const app = new Hono();
  app.onError(handleError);
  app.get("/:status", (c) => {
    throw new HTTPException(Number(c.req.param("status")) as 400, {
      message: `raised ${c.req.param("status")}`,
    });
  });
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const level of ["error", "warn", "log"] as const) {
      vi.spyOn(console, level).mockImplementation((line: string) => {
        logged.push(`${level} ${line}`);
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  const answer = async (status: number) => {
    const res = await app.request(`/${status}`);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("keep their meaning as problems", async () => {
    expect(await answer(413)).toMatchObject({
      status: 413,
      body: { code: "PAYLOAD_TOO_LARGE", detail: "The body is larger than this endpoint accepts" },
    });
    expect(await answer(401)).toMatchObject({
      status: 401,
      body: { code: "UNAUTHENTICATED", detail: "raised 401" },
    });
    expect(await answer(415)).toMatchObject({
      status: 415,
      body: { code: "UNSUPPORTED_MEDIA_TYPE", detail: "Send the body as application/json" },
    });
    expect(await answer(400)).toMatchObject({
      status: 400,
      body: { code: "MALFORMED_REQUEST", detail: "raised 400" },
    });
    expect(await answer(499)).toMatchObject({
      status: 400,
      body: { code: "MALFORMED_REQUEST", detail: "raised 499" },
    });
    expect(logged).toEqual([]);
  });

  it("a server-side one is a logged 500 that does not repeat its message", async () => {
    const res = await answer(500);
    expect(res).toMatchObject({ status: 500, body: { code: "INTERNAL" } });
    expect(JSON.stringify(res.body)).not.toContain("raised");
    expect(logged.join("\n")).toContain("raised 500");
    expect((await answer(503)).status).toBe(500);
  });

  it("a constraint is a 409 logged as a warning with the database's message", async () => {
    const db = new Hono();
    db.onError(handleError);
    db.get("/", () => {
      throw new Error("D1_ERROR: UNIQUE constraint failed: clubs.code");
    });
    const res = await db.request("/");
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toBe(
      "A record with the same identifying values already exists",
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^warn /);
    expect(JSON.parse(logged[0]!.slice(5))).toMatchObject({
      level: "warn",
      message: "constraint refused a write",
      error: "D1_ERROR: UNIQUE constraint failed: clubs.code",
    });
  });
});

describe("problems built by the kit", () => {
  it("leave out what they were not given, and an empty list of errors", () => {
    expect(problemBody("CONFLICT", { errors: [] })).toEqual({
      type: "urn:ishc:problem:conflict",
      title: "This conflicts with what is already recorded",
      status: 409,
      code: "CONFLICT",
    });
    expect(problemBody("METHOD_NOT_ALLOWED", { detail: "d", instance: "/i", requestId: "r" })).toEqual({
      type: "urn:ishc:problem:method-not-allowed",
      title: "This path does not take that method",
      status: 405,
      code: "METHOD_NOT_ALLOWED",
      detail: "d",
      instance: "/i",
      requestId: "r",
    });
  });

  it("have helpers that say what they refuse", () => {
    expect(notFound("club")).toMatchObject({
      code: "NOT_FOUND",
      detail: "No club with that id is visible to you",
    });
    expect(conflict("taken", [{ field: "code", message: "is taken" }])).toMatchObject({
      code: "CONFLICT",
      detail: "taken",
      errors: [{ field: "code", message: "is taken" }],
    });
    expect(invalid([{ field: "a", message: "b" }])).toMatchObject({
      code: "VALIDATION_FAILED",
      detail: "Fix the fields listed in errors and send again",
    });
    expect(
      invalidField("leftOn", "is before joinedOn", "before_joining", { date: "2024-05-01" }),
    ).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [
        {
          field: "leftOn",
          message: "is before joinedOn",
          rule: "before_joining",
          params: { date: "2024-05-01" },
        },
      ],
    });
    expect(ruleError("heldOn", "must not be in the future", "in_future")).toEqual({
      field: "heldOn",
      message: "must not be in the future",
      rule: "in_future",
    });
    const taken = conflict("taken", [ruleError("login", "is taken", "login_taken")]);
    expect(problemBody(taken.code, { errors: taken.errors }).errors).toEqual([
      { field: "login", message: "is taken", rule: "login_taken" },
    ]);
    const bare = new AppError("FORBIDDEN");
    expect(bare.message).toBe("Your role may not do this");
    expect(bare.name).toBe("AppError");
    expect(bare.detail).toBeUndefined();
  });

  it("carry the rule a refinement names, and no rule that is not one", () => {
    const schema = z.object({
      on: z
        .string()
        .refine((v) => v < "2000", { message: "must not be in the future", params: { rule: "in_future" } }),
      at: z.string().refine(() => false, { message: "is odd", params: { rule: "odd" } }),
    });
    const result = schema.safeParse({ on: "2099-01-01", at: "x" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual([
      { field: "on", message: "must not be in the future", code: "custom", rule: "in_future" },
      { field: "at", message: "is odd", code: "custom" },
    ]);
  });

  it("name fields under a prefix, and an unknown key in a nested object by its full path", () => {
    const result = z
      .strictObject({ a: z.strictObject({ b: z.number() }) })
      .safeParse({ a: { b: "x", c: 1 } });
    expect(fieldErrorsOf(result.error!, ["body", 0])).toEqual([
      { field: "body.0.a.b", message: expect.any(String), code: "invalid_type" },
      { field: "body.0.a.c", message: "is not a known field", code: "unrecognized_keys" },
    ]);
  });

  it("say a field is required only when it is missing, not when it has the wrong type", () => {
    const schema = z.object({ n: z.number(), m: z.number() });
    const messages = (error: z.ZodError) => fieldErrorsOf(error).map((e) => [e.field, e.message]);
    expect(messages(schema.safeParse({ n: "1" }).error!)).toEqual([
      ["n", "Invalid input: expected number, received string"],
      ["m", "is required"],
    ]);
    // Parsed with the input kept in each issue, the input itself tells.
    const kept = schema.safeParse({ n: "1" }, { reportInput: true }).error!;
    expect(messages(kept)).toEqual([
      ["n", "Invalid input: expected number, received string"],
      ["m", "is required"],
    ]);
    const custom = z.object({ n: z.number({ error: "must be a number" }) });
    expect(messages(custom.safeParse({ n: "1" }, { reportInput: true }).error!)).toEqual([
      ["n", "must be a number"],
    ]);
    expect(messages(custom.safeParse({}, { reportInput: true }).error!)).toEqual([["n", "is required"]]);
  });
});

describe("roles", () => {
  const as = (role: string) => ({ role }) as AccessClaims;

  it("let every role but the viewer write, and see personal data", () => {
    for (const role of ["national_admin", "province_admin", "commune_officer", "club_board"]) {
      expect(() => requireWriter(as(role), "x")).not.toThrow();
      expect(seesPersonalData(as(role))).toBe(true);
    }
    expect(() => requireWriter(as("viewer"), "record a loan")).toThrow("A viewer may not record a loan");
    expect(seesPersonalData(as("viewer"))).toBe(false);
  });

  it("refuse a role outside the list with 403", () => {
    let error: AppError | undefined;
    try {
      requireRole(as("club_board"), ["province_admin"], "approve loans");
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toMatchObject({ code: "FORBIDDEN", detail: "A club_board may not approve loans" });
  });
});

describe("stored password hashes", () => {
  it("are PBKDF2 with 100,000 iterations and a fresh 16-byte salt by default", async () => {
    expect(PASSWORD_ITERATIONS).toBe(100_000);
    const [a, b] = [await hashPassword("mật khẩu"), await hashPassword("mật khẩu")];
    const [scheme, iterations, salt, hash] = a.split("$");
    expect([scheme, iterations]).toEqual(["pbkdf2-sha256", "100000"]);
    expect(atob(salt!)).toHaveLength(16);
    expect(atob(hash!)).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(await verifyPassword("mật khẩu", a)).toBe(true);
    expect(UNKNOWN_USER_HASH.split("$").slice(0, 2)).toEqual(["pbkdf2-sha256", "100000"]);
    expect(await verifyPassword("", UNKNOWN_USER_HASH)).toBe(false);
  });

  it("are refused when any part is missing or malformed", async () => {
    const stored = await hashPassword("pw", new Uint8Array(16), 1000);
    const [scheme, iterations, salt, hash] = stored.split("$");
    const variants = [
      `pbkdf2-sha512$${iterations}$${salt}$${hash}`,
      `${scheme}$${iterations}$$${hash}`,
      `${scheme}$${iterations}$${salt}$`,
      `${scheme}$${iterations}$${salt}`,
      `${scheme}$1000.5$${salt}$${hash}`,
      `${scheme}$x$${salt}$${hash}`,
    ];
    for (const variant of variants) expect(await verifyPassword("pw", variant), variant).toBe(false);
    expect(await verifyPassword("pw", stored)).toBe(true);
  });

  it("do not match a stored hash that only starts with the right one", async () => {
    const stored = await hashPassword("pw", new Uint8Array(16), 1000);
    const [scheme, iterations, salt, hash] = stored.split("$");
    const longer = btoa(`${atob(hash!)}\0\0\0`);
    expect(await verifyPassword("pw", `${scheme}$${iterations}$${salt}$${longer}`)).toBe(false);
    const shorter = btoa(atob(hash!).slice(0, 31));
    expect(await verifyPassword("pw", `${scheme}$${iterations}$${salt}$${shorter}`)).toBe(false);
    const lastByte = btoa(
      `${atob(hash!).slice(0, 31)}${String.fromCharCode(atob(hash!).charCodeAt(31) ^ 1)}`,
    );
    expect(await verifyPassword("pw", `${scheme}$${iterations}$${salt}$${lastByte}`)).toBe(false);
  });
});

describe("cursors", () => {
  it("are base64url without padding", () => {
    expect(encodeCursor("a")).toBe("YQ");
    expect(encodeCursor("ab")).toBe("YWI");
    expect(encodeCursor("???>>>")).toBe("Pz8_Pj4-");
  });

  it("refuse an id with anything before or after it", () => {
    const id = "per_01J00000000000000000000000";
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    for (const forged of [`x${id}`, `${id}x`, ` ${id}`]) {
      expect(() => decodeCursor(encodeCursor(forged)), forged).toThrow(AppError);
    }
    let error: AppError | undefined;
    try {
      decodeCursor("bm90LWFuLWlk");
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toMatchObject({
      code: "VALIDATION_FAILED",
      detail: "The cursor is not one this service gave out",
      errors: [{ field: "cursor", message: "pass nextCursor from the previous page unchanged" }],
    });
  });
});
