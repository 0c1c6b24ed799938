export * from "./generate";
export * from "./scale";
export * from "./sql";
