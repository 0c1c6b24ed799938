export * from "./aggregate";
export * from "./catalogue";
export * from "./measures";
export * from "./vocabulary";
