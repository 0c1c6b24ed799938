import type { AccessClaims } from "@ishc/domain/contracts";
import fc from "fast-check";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { AppError, handleError } from "./errors";
import { decodeCursor, encodeCursor, toPage } from "./pagination";
import { assertInScope, inScope } from "./scope";

const P = "/org_01J00000000000000000000000/";
const A = `${P}org_01J0000000000000000000000A/`;
const user = (path: string) => ({ path }) as unknown as AccessClaims;

describe("scope", () => {
  it("lets a caller see their own unit and everything below it", () => {
    expect(() => assertInScope(user(A), A, "club")).not.toThrow();
    expect(() => assertInScope(user(A), `${A}org_01J0000000000000000000000C/`, "club")).not.toThrow();
    expect(() => assertInScope(user(P), A, "club")).not.toThrow();
  });

  it("answers 404 for the parent, a sibling, a look-alike sibling, and no path at all", () => {
    const outside = [
      P,
      `${P}org_01J0000000000000000000000B/`,
      // the same characters as A without its closing slash, then more: a prefix, not a child
      `${A.slice(0, -1)}0/`,
      `${A.slice(0, -1)}/`.replace(/A\/$/, "AA/"),
      "",
      null,
      undefined,
    ];
    for (const path of outside) {
      let code: string | undefined;
      try {
        assertInScope(user(A), path, "club");
      } catch (error) {
        code = (error as AppError).code;
      }
      expect(code, String(path)).toBe("NOT_FOUND");
    }
  });

  it("inScope returns the first row in scope and 404s on none or an outside row", () => {
    expect(inScope(user(P), [{ id: 1, path: A }], "club")).toEqual({ id: 1, path: A });
    expect(() => inScope(user(A), [], "club")).toThrow(AppError);
    expect(() => inScope(user(A), [{ path: P }], "club")).toThrow(/club/);
  });

  it("agrees with a string prefix of whole segments for any pair of paths (property)", () => {
    const segment = fc.stringMatching(/^org_[0-9A-Z]{1,4}$/);
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join("/")}/`);
    fc.assert(
      fc.property(path, path, (mine, theirs) => {
        const mineSegments = mine.split("/").filter(Boolean);
        const theirSegments = theirs.split("/").filter(Boolean);
        const inside = mineSegments.every((s, i) => theirSegments[i] === s);
        let seen = true;
        try {
          assertInScope(user(mine), theirs, "x");
        } catch {
          seen = false;
        }
        expect(seen).toBe(inside);
      }),
      { numRuns: 300 },
    );
  });
});

describe("errors answered by the kit", () => {
  const app = new Hono();
  app.onError(handleError);
  const thrown: Record<string, () => never> = {
    zod: () => {
      z.strictObject({ person: z.strictObject({ birthYear: z.number() }) }).parse({
        person: { birthYear: "1950" },
      });
      throw new Error("unreachable");
    },
    unknown: () => {
      throw new Error("D1_ERROR: no such column: people.secret_column at offset 42: SQLITE_ERROR");
    },
    typeError: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'path')");
    },
    unique: () => {
      throw new Error("D1_ERROR: UNIQUE constraint failed: users.login: SQLITE_CONSTRAINT");
    },
    foreignKey: () => {
      throw new Error("D1_ERROR: FOREIGN KEY constraint failed: SQLITE_CONSTRAINT");
    },
    check: () => {
      throw new Error(
        "D1_ERROR: CHECK constraint failed: memberships_leave_after_join: SQLITE_CONSTRAINT (SELECT * FROM memberships)",
      );
    },
    app: () => {
      throw new AppError("CONFLICT", "The member already left on 2025-01-01");
    },
  };
  for (const [name, fn] of Object.entries(thrown)) app.get(`/${name}`, fn);

  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const level of ["error", "warn", "log"] as const) {
      vi.spyOn(console, level).mockImplementation((line: string) => {
        logged.push(line);
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  const get = async (name: string) => {
    const res = await app.request(`/${name}`);
    const text = await res.text();
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
  };
  const LEAK = /SQLITE|D1_ERROR|constraint|people\.|users\.login|memberships|SELECT|\bat\s+\S+:\d+|\.ts:\d+/;

  it("a ZodError thrown in a handler is a 422 naming the field", async () => {
    const res = await get("zod");
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("VALIDATION_FAILED");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "person.birthYear" })]);
  });

  it("an unknown error is a 500 with no stack, no SQL, no message; the log keeps it", async () => {
    for (const name of ["unknown", "typeError"]) {
      const res = await get(name);
      expect(res.status).toBe(500);
      expect(res.body.code).toBe("INTERNAL");
      expect(res.text).not.toMatch(LEAK);
      expect(res.text).not.toMatch(/Cannot read|secret_column/);
    }
    expect(logged.join("\n")).toContain("secret_column");
  });

  it("a constraint refused by the database is a 409 without SQL", async () => {
    for (const name of ["unique", "foreignKey", "check"]) {
      const res = await get(name);
      expect(res.status, name).toBe(409);
      expect(res.body.code).toBe("CONFLICT");
      expect(res.text, name).not.toMatch(LEAK);
    }
  });

  it("an AppError keeps its code and detail", async () => {
    const res = await get("app");
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe("The member already left on 2025-01-01");
  });
});

describe("paging", () => {
  const id = fc.stringMatching(/^[a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}$/);

  it("walks every row exactly once, in order, whatever the page size (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (ids, limit) => {
        const rows = [...ids].sort().map((i) => ({ id: i }));
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let guard = 0; guard <= rows.length + 1; guard++) {
          const after = decodeCursor(cursor);
          // what a handler's query does: `id > after ORDER BY id LIMIT limit + 1`
          const fetched = rows.filter((r) => after === undefined || r.id > after).slice(0, limit + 1);
          const page = toPage(fetched, limit);
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items.map((r) => r.id));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen).toEqual(rows.map((r) => r.id));
      }),
      { numRuns: 100 },
    );
  });

  it("says there is a next page only when the look-ahead row came back", () => {
    const rows = [{ id: "per_1" }, { id: "per_2" }];
    expect(toPage(rows, 2)).toEqual({ items: rows, nextCursor: null });
    expect(toPage(rows, 1)).toEqual({ items: [rows[0]], nextCursor: encodeCursor("per_1") });
    expect(toPage([], 5)).toEqual({ items: [], nextCursor: null });
  });

  it("refuses a forged cursor as a 422 on the cursor field", () => {
    const forged = [
      "",
      "not base64!",
      encodeCursor("1 OR 1=1"),
      encodeCursor("per_01J0000000000000000000000"), // one short
      encodeCursor("PER_01J00000000000000000000000"),
      `${encodeCursor("per_01J00000000000000000000000")}=`,
      btoa("per_01J00000000000000000000000\n"),
    ];
    for (const cursor of forged) {
      let error: AppError | undefined;
      try {
        decodeCursor(cursor);
      } catch (e) {
        error = e as AppError;
      }
      expect(error?.code, JSON.stringify(cursor)).toBe("VALIDATION_FAILED");
      expect(error?.errors?.[0]?.field).toBe("cursor");
    }
  });
});
