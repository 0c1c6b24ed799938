export * from "./clubs";
export * from "./org";
export * from "./people";
