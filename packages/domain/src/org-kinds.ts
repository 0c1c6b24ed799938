import type { OrgUnitKind } from "./enums";

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
