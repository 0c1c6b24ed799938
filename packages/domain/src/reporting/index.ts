export * from "./facts";
export * from "./indicators";
export * from "./periods";
export * from "./rollup";
