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

describe("money limits", () => {
  const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1

  it("takes every safe integer up to ±(2^53 − 1) đồng and nothing past it", () => {
    expect(vnd(MAX)).toBe(MAX);
    expect(vnd(-MAX)).toBe(-MAX);
    expect(vnd(0)).toBe(0);
    expect(() => vnd(2 ** 53)).toThrow(RangeError);
    expect(() => vnd(-(2 ** 53))).toThrow(RangeError);
    expect(() => vnd(0.5)).toThrow("not a whole number of đồng: 0.5");
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-9, -1.5]) {
      expect(() => vnd(bad)).toThrow(RangeError);
    }
  });

  it("has no negative zero: a zero amount is 0 and is written 0 ₫", () => {
    expect(Object.is(vnd(-0), 0)).toBe(true);
    expect(formatVnd(vnd(-0))).toBe("0 ₫");
    expect(allocateVnd(vnd(-2), 3).map((share) => Object.is(share, -0))).toEqual([false, false, false]);
    expect(allocateVnd(vnd(-2), 3).map(formatVnd)).toEqual(["-1 ₫", "-1 ₫", "0 ₫"]);
  });

  it("throws rather than round when a sum or difference leaves the safe range", () => {
    expect(addVnd(vnd(MAX - 1), vnd(1))).toBe(MAX);
    expect(() => addVnd(vnd(MAX), vnd(1))).toThrow(RangeError);
    expect(() => addVnd(vnd(-MAX), vnd(-1))).toThrow(RangeError);
    expect(subtractVnd(vnd(-MAX + 1), vnd(1))).toBe(-MAX);
    expect(() => subtractVnd(vnd(-MAX), vnd(1))).toThrow(RangeError);
    expect(() => subtractVnd(vnd(MAX), vnd(-1))).toThrow(RangeError);
  });

  it("adds nothing to 0 and subtracts in the right order", () => {
    expect(addVnd()).toBe(0);
    expect(addVnd(vnd(5))).toBe(5);
    expect(subtractVnd(vnd(10), vnd(3))).toBe(7);
  });
});

describe("allocating a total", () => {
  it("gives the remainder to the earlier parts, one đồng each", () => {
    expect(allocateVnd(vnd(100), 3)).toEqual([34, 33, 33]);
    expect(allocateVnd(vnd(101), 3)).toEqual([34, 34, 33]);
    expect(allocateVnd(vnd(99), 3)).toEqual([33, 33, 33]);
    expect(allocateVnd(vnd(2), 3)).toEqual([1, 1, 0]);
    expect(allocateVnd(vnd(-100), 3)).toEqual([-34, -33, -33]);
    expect(allocateVnd(vnd(0), 2)).toEqual([0, 0]);
    expect(allocateVnd(vnd(1_000_000), 1)).toEqual([1_000_000]);
  });

  it("refuses zero, negative or fractional part counts", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => allocateVnd(vnd(100), bad)).toThrow(RangeError);
    expect(() => allocateVnd(vnd(100), 0)).toThrow("parts must be a positive integer: 0");
  });

  it("keeps parts in non-increasing size from the first (by magnitude)", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 40 }), (total, parts) => {
        const shares = allocateVnd(total, parts).map(Math.abs);
        for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeLessThanOrEqual(shares[i - 1]!);
        for (const share of allocateVnd(total, parts))
          expect(Math.sign(share) * Math.sign(total)).not.toBe(-1);
      }),
    );
  });
});

describe("writing amounts", () => {
  it("groups thousands with dots and puts the đồng sign after a space", () => {
    expect(formatVnd(vnd(0))).toBe("0 ₫");
    expect(formatVnd(vnd(999))).toBe("999 ₫");
    expect(formatVnd(vnd(1000))).toBe("1.000 ₫");
    expect(formatVnd(vnd(-1_250_000))).toBe("-1.250.000 ₫");
    expect(formatVnd(vnd(Number.MAX_SAFE_INTEGER))).toBe("9.007.199.254.740.991 ₫");
  });
});
