export * from "../enums";
export * from "./audit-log";
export * from "./idempotency-keys";
export * from "./membership/clubs";
export * from "./membership/org";
export * from "./membership/people";
export * from "./ownership";
