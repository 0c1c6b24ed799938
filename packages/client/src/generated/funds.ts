/**
 * Generated from the funds service's /funds/openapi.json by packages/client/scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @ishc/client` (a test fails when this file is stale).
 */

export interface paths {
    "/funds/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description Answers 200 once the worker runs and its database answers a query; needs no token, for uptime checks.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the access token belongs to, as this service reads it
         * @description The account behind the bearer token, checked against the database: still enabled, same role and unit, and the unit's current place in the org tree.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a grant or donation into one of the club's funds
         * @description Posts fund cash ← the source's grant account (People's Committee, association, project, private donor, other). Retry-safe: send an Idempotency-Key.
         */
        post: operations["recordGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an expense paid from the operating fund, with its purpose
         * @description Posts operating expenses ← operating cash. Refused (409) when the operating fund does not hold the amount on that day or any later day in the books. Retry-safe: send an Idempotency-Key.
         */
        post: operations["recordExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/entries/{id}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a grant or an expense by a reversal entry that points at it
         * @description Entries are never edited: the reversal posts every line on the other side, dated on or after the original. An entry is reversed at most once (409); loan and fee entries are not reversed here. Retry-safe: send an Idempotency-Key.
         */
        post: operations["reverseEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's journal, oldest first, optionally from and to a day
         * @description Every entry with its lines. Not for viewers (403): they see balances and measures.
         */
        get: operations["listJournalEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each account's balance and each fund's cash at the end of a day
         * @description From the journal, counting entries dated on or before `on` (today when omitted).
         */
        get: operations["getFundBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's trial balance at the end of a day
         * @description Every account's net balance in the debit or credit column; difference is 0 for sound books, per fund too.
         */
        get: operations["getTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/fee-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's monthly fee rates, newest first
         * @description Every rate the club has set, with the month it applies from.
         */
        get: operations["listFeeRates"];
        put?: never;
        /**
         * Set the club's monthly member fee from a month on
         * @description The fee for a month is the rate set for that month or the latest month before it. One rate per month (409).
         */
        post: operations["setFeeRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a member's fees for one or more months
         * @description The amount is the club's rate for each month listed, into the operating fund. The member must be active in the club on the day paid; a month already paid is refused (409). Retry-safe: send an Idempotency-Key.
         */
        post: operations["recordMemberFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/members/{personId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's statement: fees paid, loans, instalments and repayments
         * @description Not for viewers (403).
         */
        get: operations["getMemberStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/loan-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's loan terms, newest first
         * @description Every version of the club's terms; the first in force on a day is the latest from on or before it.
         */
        get: operations["listLoanTerms"];
        put?: never;
        /**
         * Set the club's loan terms from a day on
         * @description Amount limits, term in months, monthly rate in basis points (50 = 0.5 % a month) and method: flat (interest on the original principal each month) or declining (equal principal parts, interest on the balance). A loan takes the terms in force on the day it is applied for.
         */
        post: operations["setLoanTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/clubs/{id}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's loans, oldest application first
         * @description With each borrower's name. Not for viewers (403): they see the measures.
         */
        get: operations["listClubLoans"];
        put?: never;
        /**
         * Enter a member's loan application
         * @description The borrower must be an active member of the club on the day; the amount must lie within the club's terms in force that day, whose term, rate and method the loan keeps. Another board member approves it. Retry-safe: send an Idempotency-Key.
         */
        post: operations["applyForLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/loans/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a loan application (someone other than who entered it)
         * @description Maker-checker: the account that entered the application may not approve it (403). Only an application not yet approved (409). Retry-safe: send an Idempotency-Key.
         */
        post: operations["approveLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/loans/{id}/disbursement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an approved loan out of the revolving fund
         * @description Fixes the instalment schedule from the disbursement day and keeps the borrower's poverty status on that day. Refused (409) when the revolving fund lacks the cash, checked again inside the write so racing disbursements cannot overdraw it. Retry-safe: send an Idempotency-Key.
         */
        post: operations["disburseLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/loans/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a repayment on a loan
         * @description Applied to the oldest unpaid instalment first, interest before principal; principal goes back to the revolving fund, interest to the operating fund. More than is owed is refused (422), as is a closed or written-off loan (409); racing repayments are serialised so together they never pay more than is owed. The loan closes when nothing is owed. Retry-safe: send an Idempotency-Key.
         */
        post: operations["recordRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/loans/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write off the principal of a loan that will not be recovered, with the reason
         * @description Posts the outstanding principal to write-offs; the loan leaves the outstanding portfolio. Retry-safe: send an Idempotency-Key.
         */
        post: operations["writeOffLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One loan with its instalments (what is left of each) and repayments
         * @description Not for viewers (403).
         */
        get: operations["getLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/org-units/{id}/fund-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lenders' measures for a club or every club under an org unit, as of a day
         * @description Stocks at the end of `on`: outstanding principal, PAR30 (principal of loans with an instalment more than 30 days late ÷ outstanding), on-time repayment rate (paid by each due date ÷ due), loans in arrears, share of members who have borrowed, clubs holding both funds. Flows from `from` to `on`: loans disbursed, borrowers by poverty status at disbursement, principal and interest repaid, write-offs, grants and donations by source and fund. Aggregates only: viewers may read it, with borrowers by poverty status under 5 shown as "<5".
         */
        get: operations["getFundMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/org-units/{id}/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loans with an overdue instalment at the end of a day, most days late first
         * @description Names each borrower, so not for viewers (403); they see the counts in the measures.
         */
        get: operations["listLoansInArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funds/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the writes a device queued while offline
         * @description Each operation is one of this service's retry-safe writes with its own Idempotency-Key, applied in order and on its own: a refused operation does not stop the rest. Sending the same batch again applies nothing twice.
         */
        post: operations["syncQueuedWrites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @enum {string} */
            code: "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "TOO_MANY_REQUESTS" | "INTERNAL";
            requestId?: string;
            errors?: {
                /** @example birthDate */
                field: string;
                message: string;
                /** @description zod's issue code, on a field that is not well formed */
                code?: string;
                /**
                 * @description The service rule the field breaks: a stable code to say it in any language
                 * @enum {string}
                 */
                rule?: "in_future" | "before_founding" | "before_birth" | "born_after_joining" | "birth_year_required" | "not_after_current_state" | "before_term_start" | "before_joining" | "range_inverted" | "period_not_ended" | "closed_period_required" | "whole_period_required" | "viewer_period_only" | "exclusive_with" | "bad_report_period" | "indicator_required" | "unknown_indicator" | "wrong_parent_kind" | "move_under_itself" | "role_unit_mismatch" | "login_taken" | "code_taken" | "status_unchanged" | "not_active_member" | "already_member" | "enrolled_meanwhile" | "overlaps_membership" | "seat_taken" | "seat_taken_meanwhile" | "not_attended" | "listed_twice" | "not_under_organiser" | "training_by_association" | "not_home_care_volunteer" | "visitor_is_recipient" | "unknown_activity_type" | "activity_type_retired" | "activity_type_elsewhere" | "more_than_members" | "fee_rate_exists" | "no_fee_rate" | "months_already_paid" | "month_paid_meanwhile" | "wrong_loan_status" | "no_loan_terms" | "principal_out_of_terms" | "own_application" | "before_application" | "before_approval" | "before_payout" | "before_latest_repayment" | "before_latest_loan_movement" | "exceeds_owed" | "repayment_invalid" | "nothing_outstanding" | "fund_too_low" | "fund_spent_meanwhile" | "not_reversible" | "before_reversed_entry" | "already_reversed";
                /**
                 * @description The rule's values (dates YYYY-MM-DD, money in whole đồng)
                 * @example {
                 *       "date": "2019-03-01"
                 *     }
                 */
                params?: {
                    [key: string]: string | number;
                };
                /** @description Line in an uploaded file (header is line 1) */
                row?: number;
            }[];
        };
        Session: {
            userId: string;
            displayName: string;
            /** @enum {string} */
            role: "national_admin" | "province_admin" | "commune_officer" | "club_board" | "viewer";
            orgUnitId: string;
            orgPath: string;
            /** Format: date-time */
            expiresAt: string;
        };
        RecordGrantRequest: {
            /**
             * @description operating: fees, donations, interest; revolving: the loan fund
             * @enum {string}
             */
            fund: "operating" | "revolving";
            /** @enum {string} */
            source: "peoples_committee" | "association" | "project" | "private_donor" | "other";
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            amount: number;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            receivedOn: string;
            /**
             * @description Who gave, or what for
             * @example UBND xã hỗ trợ vốn quay vòng
             */
            memo?: string | null;
        };
        JournalEntry: {
            id: string;
            clubId: string;
            /** @enum {string} */
            kind: "grant_received" | "fee_received" | "expense_paid" | "loan_disbursed" | "repayment_received" | "loan_written_off" | "reversal";
            /**
             * Format: date
             * @example 2025-05-31
             */
            on: string;
            memo: string | null;
            source: ("peoples_committee" | "association" | "project" | "private_donor" | "other") | null;
            personId: string | null;
            loanId: string | null;
            reversesId: string | null;
            lines: {
                /** @enum {string} */
                account: "operating.cash" | "revolving.cash" | "revolving.loans_receivable" | "operating.interest_income" | "operating.fee_income" | "operating.grants.peoples_committee" | "operating.grants.association" | "operating.grants.project" | "operating.grants.private_donor" | "operating.grants.other" | "revolving.grants.peoples_committee" | "revolving.grants.association" | "revolving.grants.project" | "revolving.grants.private_donor" | "revolving.grants.other" | "operating.expenses" | "revolving.write_offs";
                /** @enum {string} */
                side: "debit" | "credit";
                /** @description Whole đồng */
                amount: number;
            }[];
        };
        RecordExpenseRequest: {
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            amount: number;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            paidOn: string;
            purpose: string;
        };
        ReverseEntryRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            on: string;
            reason: string;
        };
        FundBalances: {
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            asOf: string;
            cash: {
                /** @description Whole đồng */
                operating: number;
                /** @description Whole đồng */
                revolving: number;
            };
            accounts: {
                /** @description Whole đồng */
                "operating.cash": number;
                /** @description Whole đồng */
                "revolving.cash": number;
                /** @description Whole đồng */
                "revolving.loans_receivable": number;
                /** @description Whole đồng */
                "operating.interest_income": number;
                /** @description Whole đồng */
                "operating.fee_income": number;
                /** @description Whole đồng */
                "operating.grants.peoples_committee": number;
                /** @description Whole đồng */
                "operating.grants.association": number;
                /** @description Whole đồng */
                "operating.grants.project": number;
                /** @description Whole đồng */
                "operating.grants.private_donor": number;
                /** @description Whole đồng */
                "operating.grants.other": number;
                /** @description Whole đồng */
                "revolving.grants.peoples_committee": number;
                /** @description Whole đồng */
                "revolving.grants.association": number;
                /** @description Whole đồng */
                "revolving.grants.project": number;
                /** @description Whole đồng */
                "revolving.grants.private_donor": number;
                /** @description Whole đồng */
                "revolving.grants.other": number;
                /** @description Whole đồng */
                "operating.expenses": number;
                /** @description Whole đồng */
                "revolving.write_offs": number;
            };
        };
        TrialBalance: {
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            asOf: string;
            rows: {
                /** @enum {string} */
                account: "operating.cash" | "revolving.cash" | "revolving.loans_receivable" | "operating.interest_income" | "operating.fee_income" | "operating.grants.peoples_committee" | "operating.grants.association" | "operating.grants.project" | "operating.grants.private_donor" | "operating.grants.other" | "revolving.grants.peoples_committee" | "revolving.grants.association" | "revolving.grants.project" | "revolving.grants.private_donor" | "revolving.grants.other" | "operating.expenses" | "revolving.write_offs";
                /** @description Whole đồng */
                debit: number;
                /** @description Whole đồng */
                credit: number;
            }[];
            /** @description Whole đồng */
            totalDebit: number;
            /** @description Whole đồng */
            totalCredit: number;
            /** @description Whole đồng */
            difference: number;
            differenceByFund: {
                /** @description Whole đồng */
                operating: number;
                /** @description Whole đồng */
                revolving: number;
            };
        };
        SetFeeRateRequest: {
            /** @example 2025-05 */
            effectiveFrom: string;
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            monthlyAmount: number;
        };
        FeeRate: {
            id: string;
            clubId: string;
            /** @example 2025-05 */
            effectiveFrom: string;
            /** @description Whole đồng */
            monthlyAmount: number;
        };
        RecordFeeRequest: {
            personId: string;
            months: string[];
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            paidOn: string;
        };
        FeePayment: {
            entryId: string;
            personId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            paidOn: string;
            months: string[];
            /** @description Whole đồng */
            amount: number;
        };
        MemberStatement: {
            clubId: string;
            personId: string;
            fullName: string;
            fees: components["schemas"]["FeePayment"][];
            loans: components["schemas"]["LoanDetail"][];
        };
        LoanDetail: {
            id: string;
            clubId: string;
            personId: string;
            borrowerName: string;
            /** @description Whole đồng */
            principal: number;
            termMonths: number;
            monthlyRateBp: number;
            /** @enum {string} */
            method: "flat" | "declining";
            /** @enum {string} */
            purpose: "livestock" | "crops" | "small_trade" | "handicraft" | "services" | "other";
            purposeNote: string | null;
            /** @enum {string} */
            status: "applied" | "approved" | "active" | "closed" | "written_off";
            /**
             * Format: date
             * @example 2025-05-31
             */
            appliedOn: string;
            approvedOn: string | null;
            disbursedOn: string | null;
            povertyStatusAtDisbursement: ("poor" | "near_poor" | "none") | null;
            /** @description Principal and interest still to pay (0 before disbursement) */
            owed: number;
            closedOn: string | null;
            writtenOffOn: string | null;
            writeOffReason: string | null;
            instalments: {
                number: number;
                /**
                 * Format: date
                 * @example 2025-05-31
                 */
                dueOn: string;
                /** @description Whole đồng */
                principal: number;
                /** @description Whole đồng */
                interest: number;
                /** @description Whole đồng */
                principalUnpaid: number;
                /** @description Whole đồng */
                interestUnpaid: number;
            }[];
            repayments: components["schemas"]["Repayment"][];
        };
        Repayment: {
            id: string;
            loanId: string;
            entryId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            paidOn: string;
            /** @description Whole đồng */
            amount: number;
            /** @description Whole đồng */
            principal: number;
            /** @description Whole đồng */
            interest: number;
            allocations: {
                number: number;
                /** @description Whole đồng */
                principal: number;
                /** @description Whole đồng */
                interest: number;
            }[];
        };
        SetLoanTermsRequest: {
            /**
             * Format: date
             * @example 2025-05-31
             */
            effectiveFrom: string;
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            minAmount: number;
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            maxAmount: number;
            termMonths: number;
            /** @description Basis points a month: 50 is 0.5 % a month */
            monthlyRateBp: number;
            /** @enum {string} */
            method: "flat" | "declining";
        };
        LoanTerms: {
            id: string;
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            effectiveFrom: string;
            /** @description Whole đồng */
            minAmount: number;
            /** @description Whole đồng */
            maxAmount: number;
            termMonths: number;
            monthlyRateBp: number;
            /** @enum {string} */
            method: "flat" | "declining";
        };
        ApplyForLoanRequest: {
            personId: string;
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            principal: number;
            /** @enum {string} */
            purpose: "livestock" | "crops" | "small_trade" | "handicraft" | "services" | "other";
            purposeNote?: string | null;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            appliedOn: string;
        };
        Loan: {
            id: string;
            clubId: string;
            personId: string;
            borrowerName: string;
            /** @description Whole đồng */
            principal: number;
            termMonths: number;
            monthlyRateBp: number;
            /** @enum {string} */
            method: "flat" | "declining";
            /** @enum {string} */
            purpose: "livestock" | "crops" | "small_trade" | "handicraft" | "services" | "other";
            purposeNote: string | null;
            /** @enum {string} */
            status: "applied" | "approved" | "active" | "closed" | "written_off";
            /**
             * Format: date
             * @example 2025-05-31
             */
            appliedOn: string;
            approvedOn: string | null;
            disbursedOn: string | null;
            povertyStatusAtDisbursement: ("poor" | "near_poor" | "none") | null;
            /** @description Principal and interest still to pay (0 before disbursement) */
            owed: number;
            closedOn: string | null;
            writtenOffOn: string | null;
            writeOffReason: string | null;
        };
        ApproveLoanRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            approvedOn: string;
        };
        DisburseLoanRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            disbursedOn: string;
        };
        RecordRepaymentRequest: {
            /**
             * @description Whole đồng, more than 0 and at most 2^53 − 1
             * @example 2000000
             */
            amount: number;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            paidOn: string;
        };
        RepaymentResult: {
            repayment: components["schemas"]["Repayment"];
            loan: components["schemas"]["Loan"];
        };
        WriteOffLoanRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-20
             */
            writtenOffOn: string;
            reason: string;
        };
        FundMeasures: {
            orgUnitId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            on: string;
            period: {
                /**
                 * Format: date
                 * @example 2025-05-31
                 */
                from: string;
                /**
                 * Format: date
                 * @example 2025-05-31
                 */
                to: string;
            };
            clubs: number;
            clubsHoldingBothFunds: number;
            /** @description Loans with principal still owed on `on` */
            loansOutstanding: number;
            /** @description Whole đồng */
            outstandingPrincipal: number;
            par30: components["schemas"]["Ratio"];
            onTimeRepaymentRate: components["schemas"]["Ratio"];
            loansInArrears: {
                count: number;
                /** @description Whole đồng */
                outstanding: number;
            };
            disbursed: {
                count: number;
                /** @description Whole đồng */
                amount: number;
            };
            /** @description Exact for officers and boards; for viewers, fewer than 5 people are "<5" */
            borrowersByPovertyStatus: {
                /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
                poor: number | "<5" | null;
                /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
                near_poor: number | "<5" | null;
                /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
                none: number | "<5" | null;
                /** @description Exact from 5 upward; "<5" for fewer than 5 people (viewers only) */
                total: number | "<5";
            };
            repaid: {
                /** @description Whole đồng */
                principal: number;
                /** @description Whole đồng */
                interest: number;
            };
            writeOffs: {
                count: number;
                /** @description Whole đồng */
                amount: number;
            };
            shareOfMembersWhoBorrowed: components["schemas"]["Ratio"];
            grants: {
                operating: {
                    /** @description Whole đồng */
                    peoples_committee: number;
                    /** @description Whole đồng */
                    association: number;
                    /** @description Whole đồng */
                    project: number;
                    /** @description Whole đồng */
                    private_donor: number;
                    /** @description Whole đồng */
                    other: number;
                };
                revolving: {
                    /** @description Whole đồng */
                    peoples_committee: number;
                    /** @description Whole đồng */
                    association: number;
                    /** @description Whole đồng */
                    project: number;
                    /** @description Whole đồng */
                    private_donor: number;
                    /** @description Whole đồng */
                    other: number;
                };
                /** @description Whole đồng */
                total: number;
            };
        };
        /** @description numerator ÷ denominator; ratio null when the denominator is 0 */
        Ratio: {
            /** @description Whole đồng */
            numerator: number;
            /** @description Whole đồng */
            denominator: number;
            ratio: number | null;
        };
        Arrears: {
            /**
             * Format: date
             * @example 2025-05-31
             */
            on: string;
            items: {
                loanId: string;
                clubId: string;
                personId: string;
                borrowerName: string;
                /** @description Whole đồng */
                outstanding: number;
                overdueInstalments: number;
                daysOverdue: number;
                /** @description Whole đồng */
                principalOverdue: number;
                /** @description Whole đồng */
                interestOverdue: number;
            }[];
        };
        SyncRequest: {
            operations: {
                /** @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e */
                idempotencyKey: string;
                /** @constant */
                method: "post";
                /** @description The write's path after the service prefix */
                path: string;
                /** @description The write's JSON body, as it would be sent on its own */
                body: unknown;
            }[];
        };
        SyncResponse: {
            /** @description Operations that succeeded (including replays) */
            applied: number;
            refused: number;
            results: {
                idempotencyKey: string;
                status: number;
                /** @description true when an earlier send already applied this operation */
                replayed: boolean;
                /** @description The answer the write gave: its result, or a problem+json */
                body: unknown;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness and database reachability */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "service": "membership",
                     *       "version": "0.1.0",
                     *       "database": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        service: string;
                        version: string;
                        /** @constant */
                        database: "ok";
                    };
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the access token belongs to, as this service reads it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "usr_01JQ8Z5M7R2K4N6P8S0T2V4X6Z",
                     *       "displayName": "Hoàng Văn Thụ",
                     *       "role": "commune_officer",
                     *       "orgUnitId": "org_01JQ8Z1C3E5G7J9K1M3P5R7T9V",
                     *       "orgPath": "/01JQ8Z0A2B4C6D8E0F2G4H6J8K/01JQ8Z1C3E5G7J9K1M3P5R7T9V/",
                     *       "expiresAt": "2025-06-02T03:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordGrant: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fund": "revolving",
                 *       "source": "peoples_committee",
                 *       "amount": 30000000,
                 *       "receivedOn": "2025-03-10",
                 *       "memo": "UBND xã hỗ trợ vốn quay vòng"
                 *     }
                 */
                "application/json": components["schemas"]["RecordGrantRequest"];
            };
        };
        responses: {
            /** @description Record a grant or donation into one of the club's funds */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "jnl_01JGWNG3V018FPX4BJS07ENW3A",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "kind": "grant_received",
                     *       "on": "2025-03-10",
                     *       "memo": "UBND xã hỗ trợ vốn quay vòng",
                     *       "source": "peoples_committee",
                     *       "personId": null,
                     *       "loanId": null,
                     *       "reversesId": null,
                     *       "lines": [
                     *         {
                     *           "account": "revolving.cash",
                     *           "side": "debit",
                     *           "amount": 30000000
                     *         },
                     *         {
                     *           "account": "revolving.grants.peoples_committee",
                     *           "side": "credit",
                     *           "amount": 30000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordExpense: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 450000,
                 *       "paidOn": "2025-05-20",
                 *       "purpose": "Nước uống và hoa quả cho buổi sinh hoạt tháng 5"
                 *     }
                 */
                "application/json": components["schemas"]["RecordExpenseRequest"];
            };
        };
        responses: {
            /** @description Record an expense paid from the operating fund, with its purpose */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The operating fund does not hold the amount on that day or a later day in the books */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseEntry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": "2025-03-11",
                 *       "reason": "Ghi nhầm số tiền"
                 *     }
                 */
                "application/json": components["schemas"]["ReverseEntryRequest"];
            };
        };
        responses: {
            /** @description Undo a grant or an expense by a reversal entry that points at it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The entry is already reversed, is not a grant or an expense, or undoing it would overdraw the fund */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJournalEntries: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's journal, oldest first, optionally from and to a day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "jnl_01JGWNG3V018FPX4BJS07ENW3A",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "kind": "grant_received",
                     *           "on": "2025-03-10",
                     *           "memo": "UBND xã hỗ trợ vốn quay vòng",
                     *           "source": "peoples_committee",
                     *           "personId": null,
                     *           "loanId": null,
                     *           "reversesId": null,
                     *           "lines": [
                     *             {
                     *               "account": "revolving.cash",
                     *               "side": "debit",
                     *               "amount": 30000000
                     *             },
                     *             {
                     *               "account": "revolving.grants.peoples_committee",
                     *               "side": "credit",
                     *               "amount": 30000000
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["JournalEntry"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundBalances: {
        parameters: {
            query?: {
                /** @description The day (its end); today in Vietnam when omitted */
                on?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each account's balance and each fund's cash at the end of a day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundBalances"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrialBalance: {
        parameters: {
            query?: {
                /** @description The day (its end); today in Vietnam when omitted */
                on?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's trial balance at the end of a day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialBalance"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeeRates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's monthly fee rates, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "fee_01JGWNWY008FPX4BJS07ENW3AH",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "effectiveFrom": "2025-01",
                     *           "monthlyAmount": 5000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["FeeRate"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setFeeRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveFrom": "2025-01",
                 *       "monthlyAmount": 5000
                 *     }
                 */
                "application/json": components["schemas"]["SetFeeRateRequest"];
            };
        };
        responses: {
            /** @description Set the club's monthly member fee from a month on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fee_01JGWNWY008FPX4BJS07ENW3AH",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "effectiveFrom": "2025-01",
                     *       "monthlyAmount": 5000
                     *     }
                     */
                    "application/json": components["schemas"]["FeeRate"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordMemberFee: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *       "months": [
                 *         "2025-04",
                 *         "2025-05"
                 *       ],
                 *       "paidOn": "2025-05-20"
                 *     }
                 */
                "application/json": components["schemas"]["RecordFeeRequest"];
            };
        };
        responses: {
            /** @description Record a member's fees for one or more months */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entryId": "jnl_01JGWNG3V018FPX4BJS07ENW3A",
                     *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *       "paidOn": "2025-05-20",
                     *       "months": [
                     *         "2025-04",
                     *         "2025-05"
                     *       ],
                     *       "amount": 10000
                     *     }
                     */
                    "application/json": components["schemas"]["FeePayment"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A month listed is already paid, or has no fee rate set */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMemberStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A member's statement: fees paid, loans, instalments and repayments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLoanTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's loan terms, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ltm_01JGWNV3D07ENW3AHRZ6DMV29G",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "effectiveFrom": "2025-01-01",
                     *           "minAmount": 1000000,
                     *           "maxAmount": 10000000,
                     *           "termMonths": 12,
                     *           "monthlyRateBp": 50,
                     *           "method": "declining"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["LoanTerms"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setLoanTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveFrom": "2025-01-01",
                 *       "minAmount": 1000000,
                 *       "maxAmount": 10000000,
                 *       "termMonths": 12,
                 *       "monthlyRateBp": 50,
                 *       "method": "declining"
                 *     }
                 */
                "application/json": components["schemas"]["SetLoanTermsRequest"];
            };
        };
        responses: {
            /** @description Set the club's loan terms from a day on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ltm_01JGWNV3D07ENW3AHRZ6DMV29G",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "effectiveFrom": "2025-01-01",
                     *       "minAmount": 1000000,
                     *       "maxAmount": 10000000,
                     *       "termMonths": 12,
                     *       "monthlyRateBp": 50,
                     *       "method": "declining"
                     *     }
                     */
                    "application/json": components["schemas"]["LoanTerms"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClubLoans: {
        parameters: {
            query?: {
                status?: "applied" | "approved" | "active" | "closed" | "written_off";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's loans, oldest application first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "lon_01JGWNQE705CKT18FPX4BJS07E",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "borrowerName": "Hoàng Thị Hoa",
                     *           "principal": 6000000,
                     *           "termMonths": 12,
                     *           "monthlyRateBp": 50,
                     *           "method": "declining",
                     *           "purpose": "livestock",
                     *           "purposeNote": "Mua 2 con lợn giống",
                     *           "status": "active",
                     *           "appliedOn": "2025-03-12",
                     *           "approvedOn": "2025-03-15",
                     *           "disbursedOn": "2025-03-20",
                     *           "povertyStatusAtDisbursement": "near_poor",
                     *           "owed": 5725000,
                     *           "closedOn": null,
                     *           "writtenOffOn": null,
                     *           "writeOffReason": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Loan"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyForLoan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *       "principal": 6000000,
                 *       "purpose": "livestock",
                 *       "purposeNote": "Mua 2 con lợn giống",
                 *       "appliedOn": "2025-03-12"
                 *     }
                 */
                "application/json": components["schemas"]["ApplyForLoanRequest"];
            };
        };
        responses: {
            /** @description Enter a member's loan application */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Loan"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The club has no loan terms in force on appliedOn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The borrower is not an active member of the club that day, or the amount is outside the club's limits */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveLoan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approvedOn": "2025-03-15"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveLoanRequest"];
            };
        };
        responses: {
            /** @description Approve a loan application (someone other than who entered it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Loan"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller entered this application: another board member approves it (maker-checker), or the role may not approve loans */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disburseLoan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disbursedOn": "2025-03-20"
                 *     }
                 */
                "application/json": components["schemas"]["DisburseLoanRequest"];
            };
        };
        responses: {
            /** @description Pay an approved loan out of the revolving fund */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The loan is not approved (or already paid out), or the revolving fund does not hold its principal on that day */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRepayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 530000,
                 *       "paidOn": "2025-04-20"
                 *     }
                 */
                "application/json": components["schemas"]["RecordRepaymentRequest"];
            };
        };
        responses: {
            /** @description Record a repayment on a loan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "repayment": {
                     *         "id": "rep_01JGWNS8T06DMV29GQY5CKT18F",
                     *         "loanId": "lon_01JGWNQE705CKT18FPX4BJS07E",
                     *         "entryId": "jnl_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *         "paidOn": "2025-04-20",
                     *         "amount": 530000,
                     *         "principal": 500000,
                     *         "interest": 30000,
                     *         "allocations": [
                     *           {
                     *             "number": 1,
                     *             "principal": 500000,
                     *             "interest": 30000
                     *           }
                     *         ]
                     *       },
                     *       "loan": {
                     *         "id": "lon_01JGWNQE705CKT18FPX4BJS07E",
                     *         "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *         "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *         "borrowerName": "Hoàng Thị Hoa",
                     *         "principal": 6000000,
                     *         "termMonths": 12,
                     *         "monthlyRateBp": 50,
                     *         "method": "declining",
                     *         "purpose": "livestock",
                     *         "purposeNote": "Mua 2 con lợn giống",
                     *         "status": "active",
                     *         "appliedOn": "2025-03-12",
                     *         "approvedOn": "2025-03-15",
                     *         "disbursedOn": "2025-03-20",
                     *         "povertyStatusAtDisbursement": "near_poor",
                     *         "owed": 5725000,
                     *         "closedOn": null,
                     *         "writtenOffOn": null,
                     *         "writeOffReason": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RepaymentResult"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The loan is not paid out, closed, or written off */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The amount is not a positive whole number of đồng or is more than is owed; paidOn is in the future or before the payout or the latest repayment; or the Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    writeOffLoan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique value per operation (a UUID), made when the operation is first queued and sent again unchanged on every retry: the same key and body answer the first answer again and post nothing twice; the same key with another body is refused (422).
                 * @example 7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e
                 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "writtenOffOn": "2025-05-30",
                 *       "reason": "Hộ gia đình chuyển đi, không liên lạc được"
                 *     }
                 */
                "application/json": components["schemas"]["WriteOffLoanRequest"];
            };
        };
        responses: {
            /** @description Write off the principal of a loan that will not be recovered, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Loan"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The loan is not active, or has no principal outstanding */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One loan with its instalments (what is left of each) and repayments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundMeasures: {
        parameters: {
            query?: {
                /** @description The day (its end) stocks are measured at; today when omitted */
                on?: string;
                /** @description First day of the period flows are counted in; 1 January of `on`'s year when omitted */
                from?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lenders' measures for a club or every club under an org unit, as of a day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orgUnitId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "on": "2025-05-31",
                     *       "period": {
                     *         "from": "2025-01-01",
                     *         "to": "2025-05-31"
                     *       },
                     *       "clubs": 4,
                     *       "clubsHoldingBothFunds": 3,
                     *       "loansOutstanding": 21,
                     *       "outstandingPrincipal": 96500000,
                     *       "par30": {
                     *         "numerator": 4000000,
                     *         "denominator": 96500000,
                     *         "ratio": 0.04145077720207254
                     *       },
                     *       "onTimeRepaymentRate": {
                     *         "numerator": 41380000,
                     *         "denominator": 42100000,
                     *         "ratio": 0.9828978622327791
                     *       },
                     *       "loansInArrears": {
                     *         "count": 2,
                     *         "outstanding": 6500000
                     *       },
                     *       "disbursed": {
                     *         "count": 9,
                     *         "amount": 48000000
                     *       },
                     *       "borrowersByPovertyStatus": {
                     *         "poor": 4,
                     *         "near_poor": 3,
                     *         "none": 2,
                     *         "total": 9
                     *       },
                     *       "repaid": {
                     *         "principal": 22000000,
                     *         "interest": 1450000
                     *       },
                     *       "writeOffs": {
                     *         "count": 0,
                     *         "amount": 0
                     *       },
                     *       "shareOfMembersWhoBorrowed": {
                     *         "numerator": 52,
                     *         "denominator": 231,
                     *         "ratio": 0.22510822510822512
                     *       },
                     *       "grants": {
                     *         "operating": {
                     *           "peoples_committee": 0,
                     *           "association": 0,
                     *           "project": 0,
                     *           "private_donor": 2000000,
                     *           "other": 0
                     *         },
                     *         "revolving": {
                     *           "peoples_committee": 30000000,
                     *           "association": 0,
                     *           "project": 0,
                     *           "private_donor": 0,
                     *           "other": 0
                     *         },
                     *         "total": 32000000
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FundMeasures"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLoansInArrears: {
        parameters: {
            query?: {
                /** @description The day (its end); today in Vietnam when omitted */
                on?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Loans with an overdue instalment at the end of a day, most days late first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Arrears"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncQueuedWrites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operations": [
                 *         {
                 *           "idempotencyKey": "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e",
                 *           "method": "post",
                 *           "path": "/loans/lon_01JZ3V6Q2W8X9Y0Z1A2B3C4D5E/repayments",
                 *           "body": {
                 *             "amount": 520000,
                 *             "paidOn": "2025-05-31"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SyncRequest"];
            };
        };
        responses: {
            /** @description Send the writes a device queued while offline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "applied": 1,
                     *       "refused": 0,
                     *       "results": [
                     *         {
                     *           "idempotencyKey": "7b0e6f0c-1d2a-4c55-9d7e-3f1a2b4c5d6e",
                     *           "status": 201,
                     *           "replayed": false,
                     *           "body": {
                     *             "id": "jen_01JZ3V6Q2W8X9Y0Z1A2B3C4D5F"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncResponse"];
                };
            };
            /** @description The body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's org subtree */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with what is already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in a supported format */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Fields or query parameters are invalid or unknown; `errors` lists each one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
