/**
 * Queries any service may run over tables another service owns. Nothing here
 * writes: each table is written only by its owning service (see
 * `TABLE_OWNERS` in @ishc/domain/schema). Loaders return query builders, or
 * fixed reads (`fixedSelect`: SQL built once) for the ones nearly every
 * request makes, so a handler can send them in one D1 batch with its other reads.
 */

export * from "./activities/aggregates";
export * from "./activities/lookups";
export * from "./fixed";
export * from "./funds/ledger";
export * from "./funds/loans";
export * from "./membership/lookups";
export * from "./membership/views";
export * from "./reporting/records";
