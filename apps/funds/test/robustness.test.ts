import { env } from "cloudflare:workers";
import { seedClubRecords, tokenFor } from "../../../packages/edge-kit/testing/fixtures.ts";
import { describeRobustness } from "../../../packages/edge-kit/testing/robustness.ts";
import { call } from "./helpers";

describeRobustness("funds", {
  timeout: 120_000,
  seed: async (world) => {
    const club = world.tree.clubA.id;
    const { personId } = await seedClubRecords(env.DB, world.tree.clubA);
    const checker = await tokenFor(env.DB, "club_board", world.tree.clubA);
    const ok = async (method: string, path: string, body: unknown, token = world.owner) => {
      const res = await call(method, path, token, body);
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
      return res.json;
    };
    await ok("POST", `/clubs/${club}/loan-terms`, {
      effectiveFrom: "2020-01-01",
      minAmount: 1_000_000,
      maxAmount: 10_000_000,
      termMonths: 6,
      monthlyRateBp: 50,
      method: "flat",
    });
    await ok("POST", `/clubs/${club}/fee-rates`, { effectiveFrom: "2020-01", monthlyAmount: 5_000 });
    const grant = await ok("POST", `/clubs/${club}/grants`, {
      fund: "revolving",
      source: "peoples_committee",
      amount: 50_000_000,
      receivedOn: "2024-01-05",
    });
    await ok("POST", `/clubs/${club}/grants`, {
      fund: "operating",
      source: "private_donor",
      amount: 5_000_000,
      receivedOn: "2024-01-05",
    });
    const loan = await ok("POST", `/clubs/${club}/loans`, {
      personId,
      principal: 3_000_000,
      purpose: "livestock",
      appliedOn: "2024-02-01",
    });
    await ok("POST", `/loans/${loan.id}/approval`, { approvedOn: "2024-02-02" }, checker);
    await ok("POST", `/loans/${loan.id}/disbursement`, { disbursedOn: "2024-02-05" });
    return {
      ids: { loans: loan.id, entries: grant.id, personId },
      bodies: {
        "POST /clubs/{id}/grants": {
          fund: "operating",
          source: "project",
          amount: 1_000,
          receivedOn: "2025-01-10",
        },
        "POST /clubs/{id}/expenses": { amount: 1_000, paidOn: "2025-01-10", purpose: "Nước uống" },
        "POST /entries/{id}/reversals": { on: "2025-01-10", reason: "Ghi nhầm" },
        "POST /clubs/{id}/fee-rates": { effectiveFrom: "2030-01", monthlyAmount: 6_000 },
        "POST /clubs/{id}/fees": { personId, months: ["2024-03"], paidOn: "2024-03-10" },
        "POST /clubs/{id}/loan-terms": {
          effectiveFrom: "2024-01-01",
          minAmount: 1_000_000,
          maxAmount: 10_000_000,
          termMonths: 6,
          monthlyRateBp: 50,
          method: "flat",
        },
        "POST /clubs/{id}/loans": {
          personId,
          principal: 2_000_000,
          purpose: "crops",
          appliedOn: "2024-03-01",
        },
        "POST /loans/{id}/approval": { approvedOn: "2024-03-02" },
        "POST /loans/{id}/disbursement": { disbursedOn: "2024-03-05" },
        "POST /loans/{id}/repayments": { amount: 10_000, paidOn: "2024-03-05" },
        "POST /loans/{id}/write-off": { writtenOffOn: "2024-12-31", reason: "Không thu hồi được" },
        "POST /sync": {
          operations: [
            {
              idempotencyKey: "robustness-sync-0001",
              method: "post",
              path: `/clubs/${club}/grants`,
              body: { fund: "operating", source: "other", amount: 1_000, receivedOn: "2025-01-10" },
            },
          ],
        },
      },
    };
  },
});
