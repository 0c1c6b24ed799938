import { addDays, type IsoDate } from "../dates";
import type { OrgUnitVersion } from "../org-tree";
import {
  addFlows,
  type Flows,
  flowsOf,
  type Stocks,
  stocksOf,
  type UnitFacts,
  type UnitRecords,
} from "./facts";
import type { Contribution } from "./indicators";

/**
 * Rolling a subtree up as the tree stood in the period: a unit's flows count
 * under the root only for the days it stood there (a club that moved commune
 * in June counts its first half-year in the old commune), its stocks only if
 * it stood there at the period's end.
 */

/** Each unit's versions, looked up once per report instead of scanning every version per step. */
export type VersionIndex = ReadonlyMap<string, readonly OrgUnitVersion[]>;

export function indexVersions(versions: readonly OrgUnitVersion[]): VersionIndex {
  const index = new Map<string, OrgUnitVersion[]>();
  for (const v of versions) {
    const list = index.get(v.orgUnitId);
    if (list) list.push(v);
    else index.set(v.orgUnitId, [v]);
  }
  return index;
}

/** Of one unit's versions, the one on a day; before its first version, the first. */
function versionOn(own: readonly OrgUnitVersion[], on: IsoDate) {
  let first: OrgUnitVersion | undefined;
  for (const v of own) {
    if (v.validFrom <= on && (v.validTo === null || on < v.validTo)) return v;
    if (!first || v.validFrom < first.validFrom) first = v;
  }
  return first && on < first.validFrom ? first : undefined;
}

/** The version of a unit on a day; before its first version, the first (records may predate the tree's history). */
export function versionAsOf(versions: readonly OrgUnitVersion[], unitId: string, on: IsoDate) {
  return versionOn(
    versions.filter((v) => v.orgUnitId === unitId),
    on,
  );
}

function standsUnderIn(index: VersionIndex, unitId: string, rootId: string, on: IsoDate): boolean {
  let current: string | null = unitId;
  const seen = new Set<string>();
  while (current !== null) {
    if (current === rootId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = versionOn(index.get(current) ?? [], on)?.parentId ?? null;
  }
  return false;
}

/** Did `unitId` stand in `rootId`'s subtree (itself included) on `on`? */
export function standsUnder(
  versions: readonly OrgUnitVersion[],
  unitId: string,
  rootId: string,
  on: IsoDate,
): boolean {
  return standsUnderIn(indexVersions(versions), unitId, rootId, on);
}

/**
 * The stretches of [start, end] over which the tree did not change: split on
 * the first day of each version that follows another (a rename or a move). A
 * unit's first version changes nothing: before it, the unit reads as it.
 */
export function unchangedStretches(versions: readonly OrgUnitVersion[], start: IsoDate, end: IsoDate) {
  const first = new Map<string, IsoDate>();
  for (const v of versions) {
    const seen = first.get(v.orgUnitId);
    if (seen === undefined || v.validFrom < seen) first.set(v.orgUnitId, v.validFrom);
  }
  const changes = versions.filter((v) => v.validFrom !== first.get(v.orgUnitId)).map((v) => v.validFrom);
  const cuts = [...new Set(changes.filter((d) => d > start && d <= end))].sort();
  const stretches: { from: IsoDate; to: IsoDate }[] = [];
  let from = start;
  for (const cut of cuts) {
    stretches.push({ from, to: addDays(cut, -1) });
    from = cut;
  }
  stretches.push({ from, to: end });
  return stretches;
}

export type UnitInfo = { id: string; name: string; isClub: boolean };

/** Each unit's part in the root's figures, from its raw records. */
export function liveContributions(
  units: readonly UnitInfo[],
  records: ReadonlyMap<string, UnitRecords>,
  versions: readonly OrgUnitVersion[],
  rootId: string,
  start: IsoDate,
  end: IsoDate,
): Contribution[] {
  const stretches = unchangedStretches(versions, start, end);
  const index = indexVersions(versions);
  return units.flatMap((unit) => {
    const r = records.get(unit.id);
    if (!r) return [];
    let flows: Flows | null = null;
    for (const s of stretches) {
      if (!standsUnderIn(index, unit.id, rootId, s.from)) continue;
      const part = flowsOf(r, s.from, s.to);
      flows = flows ? addFlows(flows, part) : part;
    }
    const stocks: Stocks | null = standsUnderIn(index, unit.id, rootId, end) ? stocksOf(r, end) : null;
    return flows || stocks ? [{ unitId: unit.id, name: unit.name, isClub: unit.isClub, flows, stocks }] : [];
  });
}

/**
 * Each unit's part from stored facts of the period, or null when they cannot
 * serve: the tree changed inside the period (stored facts are not split by
 * day) or a unit standing under the root has none stored.
 */
export function storedContributions(
  units: readonly UnitInfo[],
  stored: ReadonlyMap<string, UnitFacts>,
  versions: readonly OrgUnitVersion[],
  rootId: string,
  start: IsoDate,
  end: IsoDate,
): Contribution[] | null {
  if (unchangedStretches(versions, start, end).length > 1) return null;
  const index = indexVersions(versions);
  const out: Contribution[] = [];
  for (const unit of units) {
    if (!standsUnderIn(index, unit.id, rootId, end)) continue;
    const facts = stored.get(unit.id);
    if (!facts) return null;
    out.push({
      unitId: unit.id,
      name: unit.name,
      isClub: unit.isClub,
      flows: facts.flows,
      stocks: facts.stocks,
    });
  }
  return out;
}
