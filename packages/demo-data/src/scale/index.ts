export type { ProvinceCopy, ScaleRoot } from "./copy";
export {
  SCALE_GENERATOR_VERSION,
  SCALE_SIZES,
  type ScaleChunk,
  type ScaleOptions,
  type ScaleSize,
  scaleProvince,
} from "./generate";
export { SPAN_YEARS } from "./history";
export { HISTORY_FROM } from "./meetings";
export {
  type BoundStatement,
  type BoundValue,
  D1_MAX_BOUND_PARAMETERS,
  insertStatements,
} from "./statements";
