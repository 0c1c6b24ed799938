import type { AccessClaims } from "@ishc/domain/contracts";
import { describe, expect, it } from "vitest";
import { personView } from "./views";

const row = {
  id: "per_01JZ3V6Q2W8X9Y0Z1A2B3C4D5E",
  orgUnitId: "org_01JZ3V6Q2W8X9Y0Z1A2B3C4D5E",
  fullName: "Nông Thị Mai",
  nameSearch: "nong thi mai",
  sex: "female" as const,
  birthDate: "1952-03-04",
  birthYear: 1952,
  ethnicity: "Tày",
  povertyStatus: "near_poor" as const,
  povertyCertifiedYear: 2023,
  livesAlone: true,
  phone: "0912 345 678",
  createdAt: "2024-01-01T00:00:00.000Z",
};
const as = (role: AccessClaims["role"]): AccessClaims => ({
  sub: "usr_01JZ3V6Q2W8X9Y0Z1A2B3C4D5E",
  role,
  org: row.orgUnitId,
  path: `/${row.orgUnitId}/`,
  name: "x",
  iat: 0,
  exp: 1,
});

describe("personView", () => {
  it("shows officers and boards the poverty status, its certification year and the phone", () => {
    for (const role of ["province_admin", "commune_officer", "club_board"] as const) {
      expect(personView(row, as(role))).toMatchObject({
        povertyStatus: "near_poor",
        povertyCertifiedYear: 2023,
        phone: "0912 345 678",
      });
    }
  });

  it("withholds every sensitive field from a viewer", () => {
    expect(personView(row, as("viewer"))).toMatchObject({
      povertyStatus: null,
      povertyCertifiedYear: null,
      phone: null,
    });
  });
});
