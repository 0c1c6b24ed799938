/**
 * Generated from the reporting service's /reporting/openapi.json by packages/client/scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @ishc/client` (a test fails when this file is stale).
 */

export interface paths {
    "/reporting/health": {
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
    "/reporting/session": {
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
    "/reporting/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicators a report can give: names, units, how each adds up and its breakdowns
         * @description Each indicator's id (for `indicators=` on a report), Vietnamese and English name, unit, aggregation (count, count_distinct, sum, ratio, as_of_end), the dimensions it is broken down by, whether it counts people (suppressed under 5 for viewers) and, for a Decision 1336 target, the share of clubs it asks for.
         */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/org-units/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicators of an org unit's subtree for a period, as JSON, CSV, XLSX or a printable page
         * @description Clubs (by founding period and status, holding both funds, meeting the make-up targets), members (by sex, age band and poverty status), meetings, attendance, health checks and clubs meeting every month, activities by area, labour days by purpose, community-service and cultural sessions, home-care visits and people visited, trainings, communications, grants by fund and source, fund balances, loans, borrowers by poverty status, outstanding principal, PAR30, on-time rate, interest, write-offs, the share of members who have borrowed, and the Decision 1336 targets per club and rolled up. Units count where they stood in the tree during the period. Viewers get small cells as "<5". `format=csv|xlsx|html` answers a file (text/csv with BOM; an .xlsx workbook; a printable HTML page) instead of JSON.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/org-units/{id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stored reports of an org unit and every unit below it
         * @description One per unit and period (regenerating replaces it), newest period first. `period` narrows to one period label.
         */
        get: operations["listSnapshots"];
        put?: never;
        /**
         * Ask for an org unit's stored report of a closed period to be (re)generated
         * @description Records a run and enqueues one message for the unit; the consumer replaces the stored report (and the unit's stored facts) of that period. Officers, boards and admins; viewers 403. The period must have ended (422 otherwise).
         */
        post: operations["regenerateSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/org-units/{id}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored report of an org unit for a period, as JSON, CSV, XLSX or a printable page
         * @description The report the scheduled run (or a regeneration) stored, as it was then; viewers get small cells as "<5". 404 when none is stored for that period.
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent generation runs: what each queued, generated and failed
         * @description The latest runs (scheduled and requested), newest first, each with how many units it queued, how many were generated and which failed with what error. Province and national admins only.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
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
        Report: {
            orgUnit: {
                id: string;
                name: string;
                kind: string;
            };
            period: {
                label: string;
                /** @enum {string} */
                kind: "month" | "quarter" | "year" | "range" | "history";
                start: string;
                end: string;
            };
            /** @description Stocks are as of the end of this day: the period's end, or today */
            asOf: string;
            /** @enum {string} */
            lang: "vi" | "en";
            /**
             * @description Units count where they stood in the tree during the period (flows by day, stocks at the end)
             * @constant
             */
            treeAsOf: "period";
            /**
             * @description live: from the records now; stored: merged from the facts the scheduled run stored
             * @enum {string}
             */
            source: "live" | "stored";
            computedAt: string;
            /** @description true for viewers: small cells shown as <5 */
            suppressed: boolean;
            indicators: {
                /** @enum {string} */
                id: "clubs" | "clubs_founded" | "clubs_both_funds" | "clubs_composition_targets" | "members" | "members_55_plus" | "members_women" | "members_poor_near_poor" | "members_living_alone" | "members_joined" | "members_left" | "meetings" | "attendances" | "health_checks" | "clubs_meeting_every_month" | "activities" | "labour_days" | "community_service_sessions" | "culture_sports_sessions" | "home_care_visits" | "people_visited" | "training_courses" | "trainee_places" | "communications" | "grants" | "fund_balance" | "loans_disbursed" | "amount_disbursed" | "borrowers" | "outstanding_principal" | "loans_in_arrears" | "par30" | "on_time_rate" | "principal_repaid" | "interest_received" | "write_offs" | "amount_written_off" | "members_borrowed_share" | "target_members_borrowed" | "target_both_funds" | "target_all_areas";
                /** @enum {string} */
                section: "clubs" | "members" | "meetings" | "activities" | "funds" | "targets";
                name: string;
                /** @enum {string} */
                unit: "clubs" | "people" | "count" | "sessions" | "days" | "vnd" | "share";
                /** @enum {string} */
                aggregation: "count" | "count_distinct" | "sum" | "ratio" | "as_of_end";
                /** @description Exact; for viewers, counts of people under 5 are "<5" and a part whose rest is under 5 is null */
                value: number | "<5" | null;
                /** @description Exact; for viewers, counts of people under 5 are "<5" and a part whose rest is under 5 is null */
                numerator?: number | "<5" | null;
                /** @description Exact; for viewers, counts of people under 5 are "<5" and a part whose rest is under 5 is null */
                denominator?: number | "<5" | null;
                /** @description The share of clubs a Decision 1336 target asks for */
                target?: number;
                met?: boolean | null;
                breakdown?: {
                    [key: string]: {
                        [key: string]: number | "<5" | null;
                    };
                };
            }[];
            clubs: {
                clubId: string;
                name: string;
                /** @description Exact; for viewers, counts of people under 5 are "<5" and a part whose rest is under 5 is null */
                members: number | "<5" | null;
                membersBorrowedShare: number | null;
                holdsBothFunds: boolean;
                areasActive: number;
                meetingEveryMonth: boolean;
                monthsWithoutMeeting: string[];
                compositionMet: boolean;
                targets: {
                    membersBorrowed: boolean;
                    bothFunds: boolean;
                    allAreas: boolean;
                };
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
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators a report can give: names, units, how each adds up and its breakdowns */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "clubs",
                     *           "section": "clubs",
                     *           "vi": "Số câu lạc bộ",
                     *           "en": "Clubs",
                     *           "unit": "clubs",
                     *           "aggregation": "as_of_end",
                     *           "disaggregations": [
                     *             "founding_period",
                     *             "status"
                     *           ],
                     *           "people": false
                     *         },
                     *         {
                     *           "id": "clubs_founded",
                     *           "section": "clubs",
                     *           "vi": "Số câu lạc bộ thành lập mới",
                     *           "en": "Clubs founded",
                     *           "unit": "clubs",
                     *           "aggregation": "count",
                     *           "disaggregations": [],
                     *           "people": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            section: "clubs" | "members" | "meetings" | "activities" | "funds" | "targets";
                            vi: string;
                            en: string;
                            /** @enum {string} */
                            unit: "clubs" | "people" | "count" | "sessions" | "days" | "vnd" | "share";
                            /** @enum {string} */
                            aggregation: "count" | "count_distinct" | "sum" | "ratio" | "as_of_end";
                            disaggregations: ("status" | "founding_period" | "sex" | "age_band" | "poverty_status" | "area" | "purpose" | "kind" | "fund" | "fund_source" | "target")[];
                            people: boolean;
                            target?: number;
                        }[];
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
    getReport: {
        parameters: {
            query?: {
                /** @description 2025-05 (month), 2025-Q2 (quarter), 2025 (year), 2025-01-01..2025-06-30 (range), ..2025-06-30 (all history to that day); the month just ended when left out. It may not start after today; one running past today is reported as of today. */
                period?: string;
                /** @description Comma-separated indicator ids (GET /reporting/indicators); all when left out */
                indicators?: string;
                /** @description json; csv (UTF-8 with BOM); xlsx (a workbook); html (a printable report) */
                format?: "json" | "csv" | "xlsx" | "html";
                /** @description Names and headers in Vietnamese or English */
                lang?: "vi" | "en";
                /** @description true: always from the records now, never from stored monthly facts */
                fresh?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators of an org unit's subtree for a period, as JSON, CSV, XLSX or a printable page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orgUnit": {
                     *         "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *         "name": "Xã Hoàng Đồng",
                     *         "kind": "commune"
                     *       },
                     *       "period": {
                     *         "label": "2025-05",
                     *         "kind": "month",
                     *         "start": "2025-05-01",
                     *         "end": "2025-05-31"
                     *       },
                     *       "asOf": "2025-05-31",
                     *       "lang": "vi",
                     *       "treeAsOf": "period",
                     *       "source": "live",
                     *       "computedAt": "2025-06-02T02:00:00.000Z",
                     *       "suppressed": false,
                     *       "indicators": [
                     *         {
                     *           "id": "clubs",
                     *           "section": "clubs",
                     *           "name": "Số câu lạc bộ",
                     *           "unit": "clubs",
                     *           "aggregation": "as_of_end",
                     *           "value": 1,
                     *           "breakdown": {
                     *             "founding_period": {
                     *               "2017-2020": 1
                     *             },
                     *             "status": {
                     *               "active": 1,
                     *               "suspended": 0,
                     *               "dissolved": 0
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "id": "members",
                     *           "section": "members",
                     *           "name": "Số hội viên",
                     *           "unit": "people",
                     *           "aggregation": "as_of_end",
                     *           "value": 58,
                     *           "breakdown": {
                     *             "sex": {
                     *               "female": 38,
                     *               "male": 20
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "id": "par30",
                     *           "section": "funds",
                     *           "name": "Tỷ lệ nợ quá hạn trên 30 ngày (PAR30)",
                     *           "unit": "share",
                     *           "aggregation": "ratio",
                     *           "value": 0.0417,
                     *           "numerator": 1000000,
                     *           "denominator": 24000000
                     *         }
                     *       ],
                     *       "clubs": [
                     *         {
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "name": "CLB Liên thế hệ thôn Nà Chuông",
                     *           "members": 58,
                     *           "membersBorrowedShare": 0.31,
                     *           "holdsBothFunds": true,
                     *           "areasActive": 6,
                     *           "meetingEveryMonth": true,
                     *           "monthsWithoutMeeting": [],
                     *           "compositionMet": true,
                     *           "targets": {
                     *             "membersBorrowed": false,
                     *             "bothFunds": true,
                     *             "allAreas": false
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/html": string;
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
    listSnapshots: {
        parameters: {
            query?: {
                /** @description Only this period label, e.g. 2025-05 */
                period?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored reports of an org unit and every unit below it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "orgUnitId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *           "name": "Xã Hoàng Đồng",
                     *           "period": "2025-05",
                     *           "periodKind": "month",
                     *           "startsOn": "2025-05-01",
                     *           "endsOn": "2025-05-31",
                     *           "generatedAt": "2025-06-02T02:00:05.000Z",
                     *           "runId": "run_6f0c1d2a-4c55-4d7e-9f1a-2b4c5d6e7f80"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            orgUnitId: string;
                            name: string;
                            period: string;
                            /** @enum {string} */
                            periodKind: "month" | "quarter" | "year" | "range" | "history";
                            startsOn: string;
                            endsOn: string;
                            generatedAt: string;
                            runId: string;
                        }[];
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
    regenerateSnapshot: {
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
                 *       "period": "2025-05"
                 *     }
                 */
                "application/json": {
                    period: string;
                };
            };
        };
        responses: {
            /** @description Ask for an org unit's stored report of a closed period to be (re)generated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runId": "run_6f0c1d2a-4c55-4d7e-9f1a-2b4c5d6e7f80",
                     *       "periods": [
                     *         "2025-05"
                     *       ],
                     *       "unitsQueued": 1
                     *     }
                     */
                    "application/json": {
                        runId: string;
                        periods: string[];
                        unitsQueued: number;
                    };
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
    getSnapshot: {
        parameters: {
            query?: {
                /** @description 2025-05 (month), 2025-Q2 (quarter), 2025 (year), 2025-01-01..2025-06-30 (range), ..2025-06-30 (all history to that day); the month just ended when left out. It may not start after today; one running past today is reported as of today. */
                period?: string;
                /** @description json; csv (UTF-8 with BOM); xlsx (a workbook); html (a printable report) */
                format?: "json" | "csv" | "xlsx" | "html";
                /** @description Names and headers in Vietnamese or English */
                lang?: "vi" | "en";
                /** @description Comma-separated indicator ids (GET /reporting/indicators); all when left out */
                indicators?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A stored report of an org unit for a period, as JSON, CSV, XLSX or a printable page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/html": string;
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
    listRuns: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent generation runs: what each queued, generated and failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "run_6f0c1d2a-4c55-4d7e-9f1a-2b4c5d6e7f80",
                     *           "trigger": "cron",
                     *           "cron": "0 19 1 * *",
                     *           "periods": [
                     *             "2025-05",
                     *             "..2025-05-31"
                     *           ],
                     *           "unitsQueued": 58,
                     *           "generated": 57,
                     *           "failed": 1,
                     *           "startedAt": "2025-06-01T19:00:00.000Z",
                     *           "failures": [
                     *             {
                     *               "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *               "attempts": 4,
                     *               "error": "D1_ERROR: too many SQL variables"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            trigger: "cron" | "request";
                            cron: string | null;
                            periods: string[];
                            unitsQueued: number;
                            generated: number;
                            failed: number;
                            startedAt: string;
                            failures: {
                                orgUnitId: string;
                                attempts: number;
                                error: string | null;
                            }[];
                        }[];
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
}
