export * from "./ledger";
export * from "./loan-schedule";
export * from "./measures";
export * from "./repayment";
export type { Ratio, Result } from "./result";
