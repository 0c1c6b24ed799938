/**
 * Generated from the every service's /every/openapi.json by packages/client/scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @ishc/client` (a test fails when this file is stale).
 */

export type { paths as MembershipPaths, components as MembershipComponents } from "./membership";
export type { paths as FundsPaths, components as FundsComponents } from "./funds";
export type { paths as ActivitiesPaths, components as ActivitiesComponents } from "./activities";
export type { paths as ReportingPaths, components as ReportingComponents } from "./reporting";
