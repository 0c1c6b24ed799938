/**
 * The scale province, written copy by copy so memory holds one copy at a time: for each copy,
 * one chunk with its tree, people, accounts and five years of dated records, then one chunk
 * per older span of history. Deterministic: the same options give the same statements.
 */
import { DEFAULT_SEED } from "../targets";
import { type ProvinceCopy, provinceCopy, type ScaleRoot } from "./copy";
import { shiftedHistory } from "./history";
import { type BoundStatement, insertStatements, type TableRows } from "./statements";

/** Bumped whenever the rows a seed gives change, so stored provinces are rebuilt. */
export const SCALE_GENERATOR_VERSION = 1;

/** 22 copies of the 46-club demo province: 1,012 clubs, about 54,000 active members. */
export const SCALE_SIZES = {
  "1x": { copies: 22, history: 1 },
  "10x": { copies: 22, history: 10 },
} as const;

export type ScaleSize = keyof typeof SCALE_SIZES;

export interface ScaleOptions {
  readonly seed?: number;
  /** How many demo provinces make up the province (each 46 clubs). */
  readonly copies: number;
  /** How many five-year spans of dated records: 1 is five years, 10 is fifty. */
  readonly history: number;
  /** The stored hash (edge-kit's `hashPassword`) every account gets. */
  readonly passwordHash: string;
  /**
   * Monthly meetings for all five years (the default), or only the demo's six months: a
   * province a tenth the size, for tests of the loading itself.
   */
  readonly fiveYearsOfMeetings?: boolean;
}

export interface ScaleChunk {
  readonly copy: number;
  /** 0 for the latest five years, k for the span k × 5 years earlier. */
  readonly shift: number;
  /** The copy (with its accounts and the shared root); the same object for all its chunks. */
  readonly province: Pick<ProvinceCopy, "index" | "seed" | "root" | "logins">;
  /** INSERTs in foreign-key order, each within D1's bound parameters. */
  readonly statements: BoundStatement[];
  /** Rows per table in this chunk. */
  readonly rows: Readonly<Record<string, number>>;
}

function chunkOf(tables: readonly TableRows[], copy: ProvinceCopy, shift: number): ScaleChunk {
  const rows: Record<string, number> = {};
  const statements: BoundStatement[] = [];
  for (const t of tables) {
    rows[t.name] = (rows[t.name] ?? 0) + t.rows.length;
    statements.push(...insertStatements(t));
  }
  const { index, seed, root, logins } = copy;
  return { copy: index, shift, province: { index, seed, root, logins }, statements, rows };
}

export function* scaleProvince(options: ScaleOptions): Generator<ScaleChunk> {
  const seed = options.seed ?? DEFAULT_SEED;
  const { copies, history, passwordHash, fiveYearsOfMeetings = true } = options;
  if (!Number.isSafeInteger(copies) || copies < 1)
    throw new RangeError(`copies must be 1 or more, got ${copies}`);
  if (!Number.isSafeInteger(history) || history < 1)
    throw new RangeError(`history must be 1 or more, got ${history}`);
  let root: ScaleRoot | undefined;
  for (let index = 0; index < copies; index++) {
    const copy = provinceCopy({ seed, index, passwordHash, history, root, fiveYearsOfMeetings });
    root = copy.root;
    yield chunkOf([...copy.fixed, ...copy.dated], copy, 0);
    for (let shift = 1; shift < history; shift++) {
      yield chunkOf(shiftedHistory(copy.dated, copy.seed, shift), copy, shift);
    }
  }
}
