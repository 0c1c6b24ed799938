import { describe, expect, it } from "vitest";
import { createRng, mulberry32 } from "./random";

describe("createRng", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  // Values from the widely published mulberry32 (Tommy Ettinger's, as in bryc/code PRNGs.md), seed 1.
  it("matches the reference mulberry32 output", () => {
    const next = mulberry32(1);
    expect([next(), next(), next()].map((x) => Math.floor(x * 2 ** 32))).toEqual([
      2693262067, 11749833, 2265367787,
    ]);
  });

  it("keeps draws within their ranges", () => {
    const rng = createRng(7);
    for (let i = 0; i < 2000; i++) {
      const n = rng.next();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
      const k = rng.int(3, 9);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(9);
      expect(Number.isInteger(k)).toBe(true);
    }
    const bytes = rng.bytes(64);
    expect(bytes).toHaveLength(64);
    expect([...bytes].every((b) => b >= 0 && b <= 255)).toBe(true);
  });

  it("shuffles without losing items and samples distinct items", () => {
    const rng = createRng(9);
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...rng.shuffle(items)].sort((a, b) => a - b)).toEqual(items);
    const sample = rng.sample(items, 10);
    expect(new Set(sample).size).toBe(10);
  });

  it("gives independent, reproducible forks", () => {
    const a = createRng(5).fork("ids");
    const b = createRng(5).fork("ids");
    const c = createRng(5).fork("other");
    expect(a.next()).toBe(b.next());
    expect(createRng(5).fork("ids").next()).not.toBe(c.next());
  });

  it("picks by weight", () => {
    const rng = createRng(11);
    let heads = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ["h", 3],
          ["t", 1],
        ] as const) === "h"
      )
        heads++;
    expect(heads / 10_000).toBeGreaterThan(0.72);
    expect(heads / 10_000).toBeLessThan(0.78);
  });
});
