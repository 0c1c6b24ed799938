import {
  asOfQuery,
  balancesView,
  entryIdParam,
  idParam,
  isoDate,
  journalEntryView,
  recordExpenseRequest,
  recordGrantRequest,
  reverseEntryRequest,
  trialBalanceView,
} from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import * as z from "zod";
import { grantEntryExample } from "../examples";

const tags = ["ledger"];

export const recordGrant = defineRoute({
  method: "post",
  path: "/clubs/:id/grants",
  operationId: "recordGrant",
  summary: "Record a grant or donation into one of the club's funds",
  description:
    "Posts fund cash ← the source's grant account (People's Committee, association, project, private donor, other). Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: recordGrantRequest,
  response: journalEntryView,
  status: 201,
  examples: {
    request: {
      fund: "revolving",
      source: "peoples_committee",
      amount: 30_000_000,
      receivedOn: "2025-03-10",
      memo: "UBND xã hỗ trợ vốn quay vòng",
    },
    response: grantEntryExample,
  },
});

export const recordExpense = defineRoute({
  method: "post",
  path: "/clubs/:id/expenses",
  operationId: "recordExpense",
  summary: "Record an expense paid from the operating fund, with its purpose",
  description:
    "Posts operating expenses ← operating cash. Refused (409) when the operating fund does not hold the amount on that day or any later day in the books. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: idParam("orgUnit"),
  body: recordExpenseRequest,
  response: journalEntryView,
  status: 201,
  examples: {
    request: {
      amount: 450_000,
      paidOn: "2025-05-20",
      purpose: "Nước uống và hoa quả cho buổi sinh hoạt tháng 5",
    },
  },
  problems: {
    409: "The operating fund does not hold the amount on that day or a later day in the books",
  },
});

export const reverseEntry = defineRoute({
  method: "post",
  path: "/entries/:id/reversals",
  operationId: "reverseEntry",
  summary: "Undo a grant or an expense by a reversal entry that points at it",
  description:
    "Entries are never edited: the reversal posts every line on the other side, dated on or after the original. An entry is reversed at most once (409); loan and fee entries are not reversed here. Retry-safe: send an Idempotency-Key.",
  tags,
  idempotent: true,
  params: entryIdParam,
  body: reverseEntryRequest,
  response: journalEntryView,
  status: 201,
  examples: { request: { on: "2025-03-11", reason: "Ghi nhầm số tiền" } },
  problems: {
    409: "The entry is already reversed, is not a grant or an expense, or undoing it would overdraw the fund",
  },
});

export const listEntries = defineRoute({
  method: "get",
  path: "/clubs/:id/entries",
  operationId: "listJournalEntries",
  summary: "The club's journal, oldest first, optionally from and to a day",
  description: "Every entry with its lines. Not for viewers (403): they see balances and measures.",
  tags,
  params: idParam("orgUnit"),
  query: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
  response: z.object({ items: z.array(journalEntryView) }),
  examples: { response: { items: [grantEntryExample] } },
});

export const getBalances = defineRoute({
  method: "get",
  path: "/clubs/:id/balances",
  operationId: "getFundBalances",
  summary: "Each account's balance and each fund's cash at the end of a day",
  description: "From the journal, counting entries dated on or before `on` (today when omitted).",
  tags,
  params: idParam("orgUnit"),
  query: asOfQuery,
  response: balancesView,
});

export const getTrialBalance = defineRoute({
  method: "get",
  path: "/clubs/:id/trial-balance",
  operationId: "getTrialBalance",
  summary: "The club's trial balance at the end of a day",
  description:
    "Every account's net balance in the debit or credit column; difference is 0 for sound books, per fund too.",
  tags,
  params: idParam("orgUnit"),
  query: asOfQuery,
  response: trialBalanceView,
});
