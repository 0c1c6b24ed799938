/**
 * The org tree: the national association at the root, the province under it, its communes
 * and wards, and the clubs under them (each club
 * with its founding, status history and first version), in the order the rows are drawn.
 */
import { childPath, foldVietnamese, type IsoDate, normalizeName } from "@ishc/domain";
import { dateBetween, instantOn, isoTimestamp, pad2 } from "./calendar";
import type { Generation } from "./generation";
import { AREAS, type AreaSeed, VILLAGES } from "./names";
import type { Rng } from "./random";
import type { OrgUnitRow } from "./rows";
import {
  CLUB_COUNT,
  CLUBS_FOUNDED_2017_2020,
  CLUBS_FOUNDED_2021_2025,
  NATIONAL_CODE,
  NATIONAL_NAME,
  PROVINCE_NAME,
  TREE_CREATED_ON,
} from "./targets";

export interface PlacedUnit {
  readonly id: string;
  readonly path: string;
  readonly name: string;
}

export interface AreaUnit {
  readonly seed: AreaSeed;
  readonly id: string;
  readonly path: string;
}

interface ClubPlan {
  readonly area: AreaUnit;
  readonly old: boolean;
  readonly foundedOn: IsoDate;
  readonly label: string;
}

export interface ClubUnit extends ClubPlan {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly path: string;
}

export interface OrgTree {
  readonly national: PlacedUnit;
  readonly province: PlacedUnit;
  readonly areas: AreaUnit[];
  /** Area by area, each area's clubs in the order they were founded. */
  readonly clubs: ClubUnit[];
}

/** An org unit and its first version, created on `createdOn` under `parent`. */
function addOrgUnit(
  g: Generation,
  kind: OrgUnitRow["kind"],
  rawName: string,
  code: string,
  parent: { id: string; path: string } | null,
  createdOn: IsoDate,
  reason: string,
): PlacedUnit {
  const ms = instantOn(g.rng, createdOn);
  const unitId = g.id("orgUnit", ms);
  const name = normalizeName(rawName);
  const path = childPath(parent?.path ?? null, unitId);
  g.out.orgUnits.push({
    id: unitId,
    kind,
    name,
    nameSearch: foldVietnamese(name),
    code,
    parentId: parent?.id ?? null,
    path,
    createdAt: isoTimestamp(ms),
  });
  g.out.orgUnitVersions.push({
    id: g.id("orgUnitVersion", ms),
    orgUnitId: unitId,
    parentId: parent?.id ?? null,
    name,
    validFrom: createdOn,
    validTo: null,
    reason,
  });
  return { id: unitId, path, name };
}

export function buildOrgTree(g: Generation): OrgTree {
  const { rng } = g;
  // --- The national root, the province, its communes and wards ----------------
  const national = addOrgUnit(
    g,
    "national",
    NATIONAL_NAME,
    NATIONAL_CODE,
    null,
    TREE_CREATED_ON,
    "Khởi tạo dữ liệu demo",
  );
  const province = addOrgUnit(
    g,
    "province",
    PROVINCE_NAME,
    "LS",
    national,
    TREE_CREATED_ON,
    "Khởi tạo dữ liệu demo",
  );
  const areas: AreaUnit[] = AREAS.map((seedArea) => {
    const unit = addOrgUnit(
      g,
      seedArea.kind,
      seedArea.name,
      seedArea.code,
      province,
      TREE_CREATED_ON,
      "Khởi tạo dữ liệu demo",
    );
    return { seed: seedArea, id: unit.id, path: unit.path };
  });

  // --- Clubs: how many per area, which are old, when founded ------------------
  const clubsPerArea = areas.map(() => Math.floor(CLUB_COUNT / areas.length));
  const extra = CLUB_COUNT - clubsPerArea.reduce((a, b) => a + b, 0);
  for (const index of rng.sample(
    areas.map((_, i) => i),
    extra,
  ))
    clubsPerArea[index] = (clubsPerArea[index] ?? 0) + 1;

  const oldFlags = rng.shuffle([
    ...Array.from({ length: CLUBS_FOUNDED_2017_2020 }, () => true),
    ...Array.from({ length: CLUBS_FOUNDED_2021_2025 }, () => false),
  ]);
  const villages = rng.shuffle(VILLAGES);
  let slot = 0;
  const clubs: ClubUnit[] = [];
  areas.forEach((area, areaIndex) => {
    const count = clubsPerArea[areaIndex] ?? 0;
    const blocks = rng.sample(
      Array.from({ length: 12 }, (_, i) => i + 1),
      count,
    );
    const plans: ClubPlan[] = [];
    for (let i = 0; i < count; i++) {
      const old = oldFlags[slot++] ?? false;
      const label =
        area.seed.kind === "ward" ? `khối ${blocks[i]}` : `thôn ${villages.pop() ?? `Bản ${areaIndex}-${i}`}`;
      plans.push({ area, old, foundedOn: foundingDate(rng, old), label });
    }
    plans.sort((a, b) => (a.foundedOn < b.foundedOn ? -1 : a.foundedOn > b.foundedOn ? 1 : 0));
    plans.forEach((plan, i) => {
      const code = `${area.seed.code}-${pad2(i + 1)}`;
      const authority = area.seed.kind === "ward" ? "UBND phường" : "UBND xã";
      const unit = addOrgUnit(
        g,
        "club",
        `CLB Liên thế hệ tự giúp nhau ${plan.label}`,
        code,
        area,
        plan.foundedOn,
        `Thành lập theo quyết định của ${authority}`,
      );
      clubs.push({ ...plan, id: unit.id, code, name: unit.name, path: unit.path });
      g.out.clubs.push({
        id: unit.id,
        foundedOn: plan.foundedOn,
        status: "active",
        statusSince: plan.foundedOn,
      });
      g.out.clubStatusHistory.push({
        id: g.id("clubStatus", instantOn(rng, plan.foundedOn)),
        clubId: unit.id,
        status: "active",
        effectiveFrom: plan.foundedOn,
        reason: `Thành lập theo quyết định của ${authority}`,
      });
    });
  });

  return { national, province, areas, clubs };
}

function foundingDate(rng: Rng, old: boolean): IsoDate {
  if (old) {
    const year = rng.int(2017, 2020);
    return dateBetween(rng, `${year}-01-01`, `${year}-12-31`);
  }
  const year = rng.weighted([
    [2021, 6],
    [2022, 6],
    [2023, 6],
    [2024, 5],
    [2025, 2],
  ] as const);
  // Clubs founded in 2025 are at least two months old on the reference date.
  return year === 2025
    ? dateBetween(rng, "2025-01-01", "2025-03-31")
    : dateBetween(rng, `${year}-01-01`, `${year}-12-31`);
}
