import { describe, expect, it } from "vitest";
import { ORG_UNIT_KINDS, USER_ROLES } from "./enums";
import {
  allowedParentKinds,
  CREATABLE_ORG_UNIT_KINDS,
  parentKindProblem,
  roleUnitProblem,
} from "./org-kinds";

describe("which kind of unit sits under which", () => {
  it("runs national → province → commune or ward → club", () => {
    expect(allowedParentKinds("national")).toEqual([]);
    expect(allowedParentKinds("province")).toEqual(["national"]);
    expect(allowedParentKinds("commune")).toEqual(["province"]);
    expect(allowedParentKinds("ward")).toEqual(["province"]);
    expect(allowedParentKinds("club")).toEqual(["commune", "ward"]);
  });

  it("no longer places anything under a district, nor a district anywhere", () => {
    expect(allowedParentKinds("district")).toEqual([]);
    for (const kind of ORG_UNIT_KINDS) expect(allowedParentKinds(kind)).not.toContain("district");
    expect(CREATABLE_ORG_UNIT_KINDS).not.toContain("district");
  });

  it("never lets a unit sit under its own kind or a club hold anything", () => {
    for (const kind of ORG_UNIT_KINDS) {
      expect(allowedParentKinds(kind)).not.toContain(kind);
      expect(allowedParentKinds(kind)).not.toContain("club");
    }
  });

  it("explains a wrong parent, and says nothing of a right one", () => {
    expect(parentKindProblem("commune", "province")).toBeNull();
    expect(parentKindProblem("club", "ward")).toBeNull();
    expect(parentKindProblem("commune", "commune")).toBe("a commune must be under a province, not a commune");
    expect(parentKindProblem("club", "province")).toBe(
      "a club must be under a commune or ward, not a province",
    );
    expect(parentKindProblem("province", "province")).toBe(
      "a province must be under a national, not a province",
    );
    expect(parentKindProblem("national", "province")).toBe("a national unit has no parent in the tree");
    expect(parentKindProblem("district", "province")).toBe("a district unit has no parent in the tree");
  });
});

describe("roleUnitProblem", () => {
  it("binds each role to the level it works at", () => {
    expect(roleUnitProblem("national_admin", "national")).toBeNull();
    expect(roleUnitProblem("province_admin", "province")).toBeNull();
    expect(roleUnitProblem("commune_officer", "commune")).toBeNull();
    expect(roleUnitProblem("commune_officer", "ward")).toBeNull();
    expect(roleUnitProblem("club_board", "club")).toBeNull();
    for (const kind of ["national", "province", "commune", "ward", "club"] as const) {
      expect(roleUnitProblem("viewer", kind)).toBeNull();
    }
  });

  it("refuses an admin bound to a club, a board bound to a commune, and anyone bound to a district", () => {
    expect(roleUnitProblem("province_admin", "club")).toMatch(/province_admin.*province.*not a club/);
    expect(roleUnitProblem("club_board", "commune")).toMatch(/club_board/);
    expect(roleUnitProblem("commune_officer", "province")).not.toBeNull();
    for (const role of USER_ROLES) expect(roleUnitProblem(role, "district")).not.toBeNull();
  });
});
