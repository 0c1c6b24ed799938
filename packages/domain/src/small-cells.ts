import type { Composition } from "./composition";

/**
 * Small-cell suppression for people who may see aggregates only (viewers,
 * published reports): a count of fewer than 5 people is shown as "<5", never
 * exactly, so nobody in a small group can be singled out.
 */
export const SMALL_CELL_THRESHOLD = 5;
export const SMALL_CELL = "<5";
export type SmallCell = typeof SMALL_CELL;

/**
 * A count as published: exact from 5 upward, `"<5"` below, or `null` where it
 * is withheld because the rest of its total is under 5 (publishing it would
 * give that small group away by subtraction: 57 women in a club of 60 says
 * there are 3 men).
 */
export type PublishedCount = number | SmallCell | null;

export const isSmall = (count: number) => count < SMALL_CELL_THRESHOLD;

/** One count on its own: exact from 5 upward, `"<5"` below. */
export function publishCount(count: number): number | SmallCell {
  return isSmall(count) ? SMALL_CELL : count;
}

/**
 * A total and counts that are parts of it (people with some attribute among
 * the total's people). Each part under 5 is `"<5"`; a part whose complement
 * (total − part) is under 5 is withheld (`null`); the total is `"<5"` under 5.
 * Exact figures are left exactly as they were.
 */
export function suppressSmallCells<K extends string>(
  total: number,
  parts: Readonly<Record<K, number>>,
): { total: number | SmallCell; parts: Record<K, PublishedCount> } {
  const published = {} as Record<K, PublishedCount>;
  for (const key of Object.keys(parts) as K[]) {
    const part = parts[key];
    published[key] = isSmall(part) ? SMALL_CELL : isSmall(total - part) ? null : part;
  }
  return { total: publishCount(total), parts: published };
}

type Check = {
  readonly value: number | null;
  readonly target: { min: number; max: number };
  met: boolean | null;
};

export type PublishedComposition = {
  readonly asOf: string;
  readonly members: number | SmallCell;
  readonly older: PublishedCount;
  readonly younger: PublishedCount;
  readonly women: PublishedCount;
  readonly poorOrNearPoor: PublishedCount;
  readonly livingAlone: PublishedCount;
  /** A share is given only where its count is exact; a share of a small group would give the count away. */
  readonly shares: Record<keyof Composition["shares"], number | null>;
  readonly targets: Record<keyof Composition["targets"], Check>;
};

/** A club's composition with small cells suppressed, for those who see aggregates only. */
export function publishComposition(composition: Composition): PublishedComposition {
  const { members, older, younger, women, poorOrNearPoor, livingAlone } = composition;
  const { total, parts } = suppressSmallCells(members, {
    older,
    younger,
    women,
    poorOrNearPoor,
    livingAlone,
  });
  const exact = (key: keyof typeof parts) => typeof parts[key] === "number";
  const share = (key: keyof typeof parts) => (exact(key) ? composition.shares[key] : null);
  const check = (key: keyof Composition["targets"], shown: boolean): Check => {
    const { value, target, met } = composition.targets[key];
    return shown ? { value, target, met } : { value: null, target, met: null };
  };
  return {
    asOf: composition.asOf,
    members: total,
    ...parts,
    shares: {
      older: share("older"),
      younger: share("younger"),
      women: share("women"),
      poorOrNearPoor: share("poorOrNearPoor"),
      livingAlone: share("livingAlone"),
    },
    targets: {
      members: check("members", typeof total === "number"),
      olderShare: check("olderShare", exact("older")),
      womenShare: check("womenShare", exact("women")),
      youngerShare: check("youngerShare", exact("younger")),
    },
  };
}
