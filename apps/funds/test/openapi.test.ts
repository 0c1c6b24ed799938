import { exampleMismatches } from "@ishc/edge-kit";
import { describe, expect, it } from "vitest";
import fees from "../src/fees/fees.index";
import ledger from "../src/ledger/ledger.index";
import loans from "../src/loans/loans.index";
import measures from "../src/measures/measures.index";
import { call } from "./helpers";

const routes = [ledger, fees, loans, measures].flatMap((r) => r.routes.map((route) => route.spec));

describe("GET /funds/openapi.json", () => {
  it("documents every route, names each operation, and marks every money-moving POST retry-safe", async () => {
    const res = await call("GET", "/openapi.json", "no-token-needed");
    expect(res.status).toBe(200);
    const paths = res.json.paths as Record<
      string,
      Record<string, { operationId: string; description: string }>
    >;
    const ids = Object.values(paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    for (const spec of routes) expect(ids).toContain(spec.operationId);
    expect(ids).toContain("syncQueuedWrites");
    for (const ops of Object.values(paths))
      for (const op of Object.values(ops)) expect(op.description.length).toBeGreaterThan(10);
    const moneyMoving = [
      "recordGrant",
      "recordExpense",
      "reverseEntry",
      "recordMemberFee",
      "applyForLoan",
      "approveLoan",
      "disburseLoan",
      "recordRepayment",
      "writeOffLoan",
    ];
    expect(
      routes
        .filter((s) => s.idempotent)
        .map((s) => s.operationId)
        .sort(),
    ).toEqual(moneyMoving.sort());
  });

  it("has examples that fit their own schemas", () => {
    expect(exampleMismatches(routes)).toEqual([]);
  });
});
