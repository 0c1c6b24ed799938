import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ancestryOn,
  childPath,
  isWithin,
  type OrgUnitVersion,
  subtreeOn,
  subtreeUpperBound,
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
