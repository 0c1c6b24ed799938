import {
  clubPersonParams,
  feePaymentView,
  feeRateView,
  idParam,
  memberStatementView,
  recordFeeRequest,
  setFeeRateRequest,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { ids } from "../examples";

const tags = ["fees"];

const feeRateExample = { id: ids.feeRate, clubId: ids.club, effectiveFrom: "2025-01", monthlyAmount: 5_000 };

export const setFeeRate = defineRoute({
  method: "post",
  path: "/clubs/:id/fee-rates",
  operationId: "setFeeRate",
  summary: "Set the club's monthly member fee from a month on",
  description:
    "The fee for a month is the rate set for that month or the latest month before it. One rate per month (409).",
  tags,
  params: idParam("orgUnit"),
  body: setFeeRateRequest,
  response: feeRateView,
  status: 201,
  examples: { request: { effectiveFrom: "2025-01", monthlyAmount: 5_000 }, response: feeRateExample },
});

export const listFeeRates = defineRoute({
  method: "get",
  path: "/clubs/:id/fee-rates",
  operationId: "listFeeRates",
  summary: "The club's monthly fee rates, newest first",
  description: "Every rate the club has set, with the month it applies from.",
  tags,
  params: idParam("orgUnit"),
  response: z.object({ items: z.array(feeRateView) }),
  examples: { response: { items: [feeRateExample] } },
});

export const recordFee = defineRoute({
  method: "post",
  path: "/clubs/:id/fees",
  operationId: "recordMemberFee",
  summary: "Record a member's fees for one or more months",
  description:
    "The amount is the club's rate for each month listed, into the operating fund. The member must be active in the club on the day paid; a month already paid is refused (409). Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: recordFeeRequest,
  response: feePaymentView,
  status: 201,
  examples: {
    request: { personId: ids.hoa, months: ["2025-04", "2025-05"], paidOn: "2025-05-20" },
    response: {
      entryId: ids.grantEntry,
      personId: ids.hoa,
      paidOn: "2025-05-20",
      months: ["2025-04", "2025-05"],
      amount: 10_000,
    },
  },
  problems: {
    409: "A month listed is already paid, or has no fee rate set",
  },
});

export const getMemberStatement = defineRoute({
  method: "get",
  path: "/clubs/:id/members/:personId/statement",
  operationId: "getMemberStatement",
  summary: "A member's statement: fees paid, loans, instalments and repayments",
  description: "Not for viewers (403).",
  tags,
  params: clubPersonParams,
  response: memberStatementView,
});
