import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addVnd, allocateVnd, formatVnd, subtractVnd, vnd } from "./money";

const amount = fc.integer({ min: -1e12, max: 1e12 }).map(vnd);

describe("money in đồng", () => {
  it("refuses fractions and unsafe integers", () => {
    expect(() => vnd(1.5)).toThrow(RangeError);
    expect(() => vnd(2 ** 53)).toThrow(RangeError);
    expect(vnd(400_000_000)).toBe(400_000_000);
  });

  it("adds up exactly, in any order", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (amounts) => {
        const total = addVnd(...amounts);
        expect(addVnd(...[...amounts].reverse())).toBe(total);
        expect(Number.isSafeInteger(total)).toBe(true);
      }),
    );
  });

  it("subtracting undoes adding", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(subtractVnd(addVnd(a, b), b)).toBe(a);
      }),
    );
  });

  it("allocates a total into parts that sum back to it and differ by at most one đồng", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 60 }), (total, parts) => {
        const shares = allocateVnd(total, parts);
        expect(shares).toHaveLength(parts);
        expect(addVnd(...shares)).toBe(total);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("formats the way an officer writes amounts", () => {
    expect(formatVnd(vnd(1_250_000))).toBe("1.250.000 ₫");
  });
});
