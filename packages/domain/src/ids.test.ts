import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idTimeMs, isId, newId } from "./ids";

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
