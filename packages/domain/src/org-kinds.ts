import type { OrgUnitKind, UserRole } from "./enums";

/**
 * The shape of the tree: the national association at the root, provinces
 * under it, communes and wards under a province, clubs under a commune or
 * ward. Districts were abolished in 2025; the kind stays for the history of
 * older trees, but no unit may be created as one or moved under one.
 */
const PARENT_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  national: [],
  province: ["national"],
  district: [],
  commune: ["province"],
  ward: ["province"],
  club: ["commune", "ward"],
};

/** The kinds a unit of `kind` may sit under; none for the root and for districts. */
export function allowedParentKinds(kind: OrgUnitKind): readonly OrgUnitKind[] {
  return PARENT_KINDS[kind];
}

/** Kinds a unit may be created as through the org-unit API (clubs have their own). */
export const CREATABLE_ORG_UNIT_KINDS = [
  "province",
  "commune",
  "ward",
] as const satisfies readonly OrgUnitKind[];

/** Why a unit of `kind` cannot sit under a unit of `parentKind`; null when it can. */
export function parentKindProblem(kind: OrgUnitKind, parentKind: OrgUnitKind): string | null {
  const allowed = allowedParentKinds(kind);
  if (allowed.includes(parentKind)) return null;
  if (allowed.length === 0) return `a ${kind} unit has no parent in the tree`;
  return `a ${kind} must be under a ${allowed.join(" or ")}, not a ${parentKind}`;
}

const ROLE_UNIT_KINDS: Record<UserRole, readonly OrgUnitKind[]> = {
  national_admin: ["national"],
  province_admin: ["province"],
  commune_officer: ["commune", "ward"],
  club_board: ["club"],
  viewer: ["national", "province", "commune", "ward", "club"],
};

/** Why an account of `role` cannot be bound to a unit of `kind`; null when it can. */
export function roleUnitProblem(role: UserRole, kind: OrgUnitKind): string | null {
  const kinds = ROLE_UNIT_KINDS[role];
  return kinds.includes(kind) ? null : `a ${role} account belongs to a ${kinds.join(" or ")}, not a ${kind}`;
}
