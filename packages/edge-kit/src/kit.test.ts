import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { chunkForInsert, D1_MAX_BOUND_PARAMETERS } from "./db";
import { fieldErrorsOf, problemBody } from "./errors";
import { decodeCursor, encodeCursor, toPage } from "./pagination";
import { hashPassword, verifyPassword } from "./passwords";
import { defineRoute, openApiDocument } from "./routes";

describe("problem details", () => {
  it("maps each code to one status and a stable type", () => {
    expect(problemBody("VALIDATION_FAILED", { errors: [{ field: "birthDate", message: "x" }] })).toEqual({
      type: "urn:ishc:problem:validation-failed",
      title: "Some fields are not valid",
      status: 422,
      code: "VALIDATION_FAILED",
      errors: [{ field: "birthDate", message: "x" }],
    });
  });

  it("names nested fields, missing fields and unknown keys", () => {
    const schema = z.strictObject({
      person: z.strictObject({ fullName: z.string(), birthYear: z.number() }),
    });
    const result = schema.safeParse({ person: { birthYear: "1950", nick: "x" } });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.map((e) => e.field).sort()).toEqual(["person.birthYear", "person.fullName", "person.nick"]);
    expect(errors.find((e) => e.field === "person.fullName")?.message).toBe("is required");
    expect(errors.find((e) => e.field === "person.nick")?.message).toBe("is not a known field");
  });
});

describe("cursors", () => {
  it("round-trip any id and refuse anything else", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3}_[0-9A-Z]{26}$/), (id) => {
        expect(decodeCursor(encodeCursor(id))).toBe(id);
      }),
    );
    expect(() => decodeCursor("%%%")).toThrow();
    expect(() => decodeCursor(btoa("1 OR 1=1"))).toThrow();
  });

  it("trim the look-ahead row and point at the page's last item", () => {
    const rows = [{ id: "per_A" }, { id: "per_B" }, { id: "per_C" }];
    expect(toPage(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor("per_B") });
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });
});

describe("bulk inserts", () => {
  it("stay within D1's 100 bound parameters per statement and keep every row once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 20 }), (count, columns) => {
        const rows = Array.from({ length: count }, (_, i) =>
          Object.fromEntries(Array.from({ length: columns }, (_, c) => [`c${c}`, i])),
        );
        const chunks = chunkForInsert(rows);
        for (const chunk of chunks)
          expect(chunk.length * columns).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
        expect(chunks.flat()).toEqual(rows);
      }),
    );
  });
});

describe("passwords", () => {
  it("verify the right password only", async () => {
    const stored = await hashPassword("mật khẩu đúng", undefined, 1000);
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(await verifyPassword("mật khẩu đúng", stored)).toBe(true);
    expect(await verifyPassword("mat khau dung", stored)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("OpenAPI from route specs", () => {
  it("writes paths, parameters, bodies and named components", () => {
    const person = z.object({ id: z.string(), fullName: z.string() }).meta({ id: "TestPerson" });
    const route = defineRoute({
      method: "post",
      path: "/clubs/:id/people",
      operationId: "addPerson",
      summary: "Add",
      description: "Adds a person to the club",
      tags: ["t"],
      params: z.object({ id: z.string() }),
      query: z.object({ dryRun: z.string().optional() }),
      body: z.object({ fullName: z.string().transform((s) => s.trim()) }),
      response: person,
      status: 201,
    });
    const doc = openApiDocument(
      { title: "t", version: "1", description: "d" },
      "/svc",
      [route],
      z.object({ code: z.string() }),
    );
    // biome-ignore lint/suspicious/noExplicitAny: reading a generated JSON document
    const op = doc.paths["/svc/clubs/{id}/people"]?.post as Record<string, any>;
    expect(op.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
      expect.objectContaining({ name: "dryRun", in: "query", required: false }),
    ]);
    expect(op.requestBody.content["application/json"].schema.properties.fullName.type).toBe("string");
    expect(op.responses["201"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/TestPerson",
    });
    expect(doc.components.schemas).toHaveProperty("TestPerson");
    expect(op.responses["401"]).toBeDefined();
  });
});
