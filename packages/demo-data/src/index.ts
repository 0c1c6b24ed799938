export * from "./generate";
export * from "./sql";
