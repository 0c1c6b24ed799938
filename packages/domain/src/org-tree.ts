import type { IsoDate } from "./dates";

/**
 * The org tree (province → commune/ward → club, any depth) is kept two ways:
 * the current shape as a materialised path of ids (`/org_A/org_B/`) for
 * cheap subtree checks, and dated versions (parent and name, valid from/to)
 * so a past period is rolled up as the tree stood then.
 */
export type OrgPath = string;

export function childPath(parentPath: OrgPath | null, id: string): OrgPath {
  return `${parentPath ?? "/"}${id}/`;
}

export function isWithin(path: OrgPath, ancestorPath: OrgPath): boolean {
  return path.startsWith(ancestorPath);
}

/**
 * Upper bound for a range scan over one subtree: every path that starts with
 * `path` sorts in `[path, subtreeUpperBound(path))`, because ids never hold `~`.
 */
export function subtreeUpperBound(path: OrgPath): string {
  return `${path}~`;
}

export type OrgUnitVersion = {
  readonly orgUnitId: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly validFrom: IsoDate;
  /** Exclusive; null while the version is current. */
  readonly validTo: IsoDate | null;
};

export function versionOn(versions: readonly OrgUnitVersion[], orgUnitId: string, on: IsoDate) {
  return versions.find(
    (v) => v.orgUnitId === orgUnitId && v.validFrom <= on && (v.validTo === null || on < v.validTo),
  );
}

/** The ids from the root down to `orgUnitId` as the tree stood on `on`; empty if it did not exist. */
export function ancestryOn(versions: readonly OrgUnitVersion[], orgUnitId: string, on: IsoDate): string[] {
  const chain: string[] = [];
  let current: string | null = orgUnitId;
  while (current !== null) {
    if (chain.includes(current)) throw new Error(`cycle in org tree at ${current}`);
    const version = versionOn(versions, current, on);
    if (!version) return [];
    chain.unshift(current);
    current = version.parentId;
  }
  return chain;
}

/** Every unit that stood under `rootId` (itself included) on `on`. */
export function subtreeOn(versions: readonly OrgUnitVersion[], rootId: string, on: IsoDate): Set<string> {
  const ids = new Set(versions.map((v) => v.orgUnitId));
  const inside = new Set<string>();
  for (const id of ids) if (ancestryOn(versions, id, on).includes(rootId)) inside.add(id);
  return inside;
}

/** Would making `newParentId` the parent of `orgUnitId` put a unit under itself? */
export function wouldCreateCycle(orgUnitPath: OrgPath, newParentPath: OrgPath): boolean {
  return isWithin(newParentPath, orgUnitPath);
}
