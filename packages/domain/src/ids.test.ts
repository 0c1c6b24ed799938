import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PREFIXES, idTimeMs, isId, newId } from "./ids";

describe("ids", () => {
  it("carry a readable prefix and the creation time", () => {
    const id = newId("person", 1_748_649_600_000);
    expect(id).toMatch(/^per_[0-9A-Z]{26}$/);
    expect(isId(id, "person")).toBe(true);
    expect(isId(id, "membership")).toBe(false);
    expect(idTimeMs(id)).toBe(1_748_649_600_000);
  });

  it("sort in creation order, which cursor paging relies on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.integer({ min: 1, max: 2 ** 40 }), (t, dt) => {
        expect(newId("meeting", t) < newId("meeting", t + dt)).toBe(true);
      }),
    );
  });

  it("never hold characters that matter in paths, LIKE patterns or range bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), (t) => {
        expect(newId("orgUnit", t)).toMatch(/^[a-z]{3}_[0-9A-Z]{26}$/);
      }),
    );
  });
});

describe("id edges", () => {
  const bytes = (fill: number) => () => new Uint8Array(16).fill(fill);

  it("keeps every kind's prefix: three lower-case letters, one per kind, never renamed", () => {
    expect(ID_PREFIXES).toMatchObject({
      orgUnit: "org",
      orgUnitVersion: "orv",
      person: "per",
      membership: "mem",
      clubRole: "rol",
      clubStatus: "cst",
      meeting: "mtg",
      healthCheck: "hck",
      user: "usr",
      audit: "aud",
    });
    const prefixes = Object.values(ID_PREFIXES);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z]{3}$/);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("encodes time 0 and the last 48-bit millisecond, and nothing outside", () => {
    expect(newId("person", 0, bytes(0))).toBe("per_00000000000000000000000000");
    expect(newId("person", 2 ** 48 - 1, bytes(31))).toBe("per_7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(idTimeMs(newId("person", 2 ** 48 - 1))).toBe(2 ** 48 - 1);
    expect(() => newId("person", 2 ** 48)).toThrow("time out of range: 281474976710656");
    expect(() => newId("person", -1)).toThrow(RangeError);
    expect(() => newId("person", 1.5)).toThrow(RangeError);
    expect(() => newId("person", Number.NaN)).toThrow(RangeError);
  });

  it("spells time in Crockford base32, most significant digit first", () => {
    expect(newId("audit", 31, bytes(0)).slice(4, 14)).toBe("000000000Z");
    expect(newId("audit", 32, bytes(0)).slice(4, 14)).toBe("0000000010");
    expect(newId("audit", 1_748_649_600_000, bytes(0)).slice(4, 14)).toBe("01JWHT6S00");
  });

  it("takes 16 random bytes, each reduced to one of the 32 digits", () => {
    const asked: number[] = [];
    const id = newId("user", 0, (n) => {
      asked.push(n);
      return Uint8Array.from({ length: n }, (_, i) => [0, 10, 31, 32, 255, 18, 20, 27][i % 8]!);
    });
    expect(asked).toEqual([16]);
    expect(id.slice(14)).toBe("0AZ0ZJMV0AZ0ZJMV");
    expect(newId("user", 0, () => new Uint8Array(4).fill(1)).slice(14)).toBe("1111000000000000");
  });

  it("recognises ids by pattern and kind", () => {
    const id = newId("membership", 1_748_649_600_000);
    expect(isId(id)).toBe(true);
    expect(isId(id, "membership")).toBe(true);
    expect(isId(id, "meeting")).toBe(false);
    expect(isId(`${id}0`)).toBe(false);
    expect(isId(id.slice(0, -1))).toBe(false);
    expect(isId(` ${id}`)).toBe(false);
    expect(isId(id.replace("mem_", "MEM_"))).toBe(false);
    expect(isId(id.replace("mem_", "mem-"))).toBe(false);
    for (const ch of ["I", "L", "O", "U", "a"]) expect(isId(`mem_${ch}${id.slice(5)}`), ch).toBe(false);
  });

  it("reads back the creation time of any id", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (t) => {
        expect(idTimeMs(newId("clubRole", t))).toBe(t);
        expect(isId(newId("clubRole", t), "clubRole")).toBe(true);
      }),
    );
  });
});
