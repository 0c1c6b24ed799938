import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import {
  ancestryOn,
  childPath,
  isWithin,
  type OrgUnitVersion,
  subtreeOn,
  subtreeUpperBound,
  versionOn,
  wouldCreateCycle,
} from "./org-tree";

const id = fc.stringMatching(/^org_[0-9A-HJKMNP-TV-Z]{26}$/);
const path = fc
  .array(id, { minLength: 1, maxLength: 6 })
  .map((ids) => ids.reduce<string | null>((p, i) => childPath(p, i), null)!);

describe("materialised org paths", () => {
  it("puts every descendant's path inside the range scan of its ancestor, and nothing else", () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        const inRange = b >= a && b < subtreeUpperBound(a);
        expect(inRange).toBe(isWithin(b, a));
      }),
    );
  });

  it("spots a move under the unit's own subtree", () => {
    expect(wouldCreateCycle("/a/b/", "/a/b/c/")).toBe(true);
    expect(wouldCreateCycle("/a/b/", "/a/d/")).toBe(false);
  });
});

describe("the tree as it stood on a date", () => {
  const versions: OrgUnitVersion[] = [
    { orgUnitId: "P", parentId: null, name: "Tỉnh", validFrom: "2017-01-01", validTo: null },
    { orgUnitId: "A", parentId: "P", name: "Huyện A", validFrom: "2017-01-01", validTo: "2025-07-01" },
    { orgUnitId: "X", parentId: "A", name: "Xã X", validFrom: "2017-01-01", validTo: "2025-07-01" },
    { orgUnitId: "X", parentId: "P", name: "Xã X", validFrom: "2025-07-01", validTo: null },
    { orgUnitId: "K", parentId: "X", name: "CLB", validFrom: "2019-05-01", validTo: null },
  ];

  it("rolls a club up through the district before the reform and straight to the province after", () => {
    expect(ancestryOn(versions, "K", "2024-12-31")).toEqual(["P", "A", "X", "K"]);
    expect(ancestryOn(versions, "K", "2025-07-01")).toEqual(["P", "X", "K"]);
    expect(ancestryOn(versions, "K", "2018-01-01")).toEqual([]);
  });

  it("finds a subtree as it stood then", () => {
    expect([...subtreeOn(versions, "A", "2024-12-31")].sort()).toEqual(["A", "K", "X"]);
    expect([...subtreeOn(versions, "A", "2025-08-01")]).toEqual([]);
    expect([...subtreeOn(versions, "P", "2025-08-01")].sort()).toEqual(["K", "P", "X"]);
  });
});

describe("org path edges", () => {
  it("builds paths with a slash on both sides of every id", () => {
    expect(childPath(null, "org_A")).toBe("/org_A/");
    expect(childPath("/org_A/", "org_B")).toBe("/org_A/org_B/");
  });

  it("counts a unit as within itself, and a unit whose id merely starts the same as not within", () => {
    expect(isWithin("/org_A/", "/org_A/")).toBe(true);
    expect(isWithin("/org_A/org_B/", "/org_A/")).toBe(true);
    expect(isWithin("/org_A/", "/org_A/org_B/")).toBe(false);
    expect(isWithin("/org_AB/", "/org_A/")).toBe(false);
    expect(isWithin("/org_C/org_A/", "/org_A/")).toBe(false);
  });

  it("bounds a subtree scan so that it takes the unit and its descendants, not a sibling with a longer id", () => {
    const upper = subtreeUpperBound("/org_A/");
    expect(upper).toBe("/org_A/~");
    expect("/org_A/" < upper).toBe(true);
    expect("/org_A/org_ZZZZ/" < upper).toBe(true);
    // A sibling whose id starts the same sorts after the bound: "0" > "/" at the id's end.
    expect("/org_A0/" >= upper).toBe(true);
  });

  it("refuses a move under itself or its own descendant, allows one beside or above", () => {
    expect(wouldCreateCycle("/a/b/", "/a/b/")).toBe(true);
    expect(wouldCreateCycle("/a/b/", "/a/b/c/d/")).toBe(true);
    expect(wouldCreateCycle("/a/b/", "/a/")).toBe(false);
    expect(wouldCreateCycle("/a/b/", "/a/bc/")).toBe(false);
  });
});

describe("dated versions", () => {
  const versions: OrgUnitVersion[] = [
    { orgUnitId: "X", parentId: "A", name: "Xã X", validFrom: "2017-01-01", validTo: "2025-07-01" },
    { orgUnitId: "X", parentId: "P", name: "Phường X", validFrom: "2025-07-01", validTo: null },
  ];

  it("takes validFrom as the first day of a version and validTo as the first day after it", () => {
    expect(versionOn(versions, "X", "2016-12-31")).toBeUndefined();
    expect(versionOn(versions, "X", "2017-01-01")?.name).toBe("Xã X");
    expect(versionOn(versions, "X", "2025-06-30")?.name).toBe("Xã X");
    expect(versionOn(versions, "X", "2025-07-01")?.name).toBe("Phường X");
    expect(versionOn(versions, "X", "2099-12-31")?.name).toBe("Phường X");
    expect(versionOn(versions, "Y", "2025-07-01")).toBeUndefined();
  });

  it("has no version on any day of a closed version's validTo or after it, without a successor", () => {
    const closed: OrgUnitVersion[] = [
      { orgUnitId: "Z", parentId: null, name: "Z", validFrom: "2020-01-01", validTo: "2021-01-01" },
    ];
    expect(versionOn(closed, "Z", "2020-12-31")).toBeDefined();
    expect(versionOn(closed, "Z", "2021-01-01")).toBeUndefined();
  });

  it("finds exactly one version on every day of a chain of consecutive versions", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2017-01-01", n));
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 6 }), day, (cuts, on) => {
        const starts = ["2017-01-01", ...cuts.filter((c) => c > "2017-01-01").sort()];
        const chain: OrgUnitVersion[] = starts.map((validFrom, i) => ({
          orgUnitId: "U",
          parentId: null,
          name: `v${i}`,
          validFrom,
          validTo: starts[i + 1] ?? null,
        }));
        const found = chain.filter((v) => versionOn([v], "U", on));
        expect(found).toHaveLength(1);
        expect(versionOn(chain, "U", on)).toBe(found[0]);
        expect(found[0]!.validFrom <= on).toBe(true);
      }),
    );
  });

  it("refuses a tree with a cycle instead of looping", () => {
    const cyclic: OrgUnitVersion[] = [
      { orgUnitId: "A", parentId: "B", name: "A", validFrom: "2020-01-01", validTo: null },
      { orgUnitId: "B", parentId: "A", name: "B", validFrom: "2020-01-01", validTo: null },
    ];
    expect(() => ancestryOn(cyclic, "A", "2021-01-01")).toThrow(/cycle in org tree/);
  });

  it("rolls up a unit on the day of a move through its new parent, the day before through the old", () => {
    const tree: OrgUnitVersion[] = [
      { orgUnitId: "P", parentId: null, name: "P", validFrom: "2017-01-01", validTo: null },
      { orgUnitId: "A", parentId: "P", name: "A", validFrom: "2017-01-01", validTo: null },
      ...versions,
    ];
    expect(ancestryOn(tree, "X", "2025-06-30")).toEqual(["P", "A", "X"]);
    expect(ancestryOn(tree, "X", "2025-07-01")).toEqual(["P", "X"]);
    expect([...subtreeOn(tree, "A", "2025-06-30")].sort()).toEqual(["A", "X"]);
    expect([...subtreeOn(tree, "A", "2025-07-01")]).toEqual(["A"]);
    expect([...subtreeOn(tree, "X", "2025-07-01")]).toEqual(["X"]);
  });
});
