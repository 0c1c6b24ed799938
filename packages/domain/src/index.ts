export * from "./composition";
export * from "./dates";
export * from "./ids";
export * from "./member-register-csv";
export * from "./money";
export * from "./org-tree";
export * from "./periods";
export * from "./vietnamese-text";
