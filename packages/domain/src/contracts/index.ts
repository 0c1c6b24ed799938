export * from "./activities";
export * from "./auth";
export * from "./clubs";
export * from "./common";
export * from "./funds";
export * from "./meetings";
export * from "./org-units";
export * from "./people";
