/**
 * Generated from the activities service's /activities/openapi.json by packages/client/scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @ishc/client` (a test fails when this file is stale).
 */

export interface paths {
    "/activities/health": {
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
    "/activities/session": {
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
    "/activities/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The eight ISHC activity areas and the activity types in each
         * @description Areas and types with their Vietnamese and English names, the measures each type takes and requires, labour purposes, and the catalogue's versions. Retired types stay listed (with the date they were retired from) so past records keep their meaning.
         */
        get: operations["getActivityCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/org-units/{id}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beneficiaries registered in an org unit's subtree, newest first (not for viewers)
         * @description A page of the people who are not members that the unit and the units below it have registered, optionally by part of a name with or without diacritics. Viewers see counts in the activity summary instead (403).
         */
        get: operations["listBeneficiaries"];
        put?: never;
        /**
         * Register someone who benefits without being a member (a care recipient, a household helped)
         * @description Name, sex, birth year, whether they live alone and the kinds of household they live in, registered by a club or a commune association. Give `personId` instead when they are in the people register already. Retry-safe (`Idempotency-Key`), and a device may supply the id so writes it queued later can name them.
         */
        post: operations["registerBeneficiary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/org-units/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities organised in an org unit's subtree, newest first
         * @description A page of activities whose organiser is the unit or below it, optionally by start date range, area or type, with counts of participants and beneficiaries (no names).
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * Record an activity a club or an association level organised
         * @description One activity of a catalogue type (labour-day support, community service, cultural and sports events, health talks, gifts, fundraising …) with its dates, place, the members who took part (each a member of a club under the organiser on the start date; labour days per member in half days), who benefited, and the measures its type calls for. Home-care visits, training courses and communications have routes of their own. Retry-safe (`Idempotency-Key`), so a phone can queue it offline and send it through POST /activities/sync.
         */
        post: operations["recordActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity with its participants and beneficiaries by name (not for viewers)
         * @description The activity, each member who took part with their club and labour days, who benefited, and the visit, training or communication details where the type has them.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/clubs/{id}/home-care-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a home-care volunteer's visit to an older person, member or not
         * @description The visitor must hold the club's home-care volunteer role on the day of the visit; the person visited is a member or a registered beneficiary. Date, duration in hours and the services given (company, personal care, housework, health monitoring, referral). Counts as an activity of type home_care_visit (area 4). Retry-safe (`Idempotency-Key`) and syncable.
         */
        post: operations["recordHomeCareVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/org-units/{id}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a training course the province or a commune association ran
         * @description Title, dates, place, the trainee places in all, and each trainee listed: a member with the club they were a member of on the first day (a club under the organiser), or association staff by name and role. The organiser must be an association level, not a club (422). Retry-safe (`Idempotency-Key`) and syncable.
         */
        post: operations["recordTrainingCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/org-units/{id}/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a news item, article or report about the clubs
         * @description Kind (news item, article, report), outlet (the province newspaper, radio/TV, a website …), the outlet's name, the date it appeared and its title. Retry-safe (`Idempotency-Key`) and syncable.
         */
        post: operations["recordCommunication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/org-units/{id}/activity-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts and sums of what a club or an org unit's subtree did in a period
         * @description Activities, sessions, participant places, labour days, hours, money and goods given and people reached, in all and by area (all eight, zero where nothing was done), by type, by labour purpose and by organiser; home-care visits and the distinct people visited; training courses and trainee places; communications by kind. Activities count by their start date, in the subtree their organiser stood in on that date (the tree as it stood then). Counts only, so viewers may read it (the people visited at home: fewer than 5 shown as "<5"). One D1 round trip.
         */
        get: operations["getActivitySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/sync": {
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
        ActivityCatalogue: {
            version: number;
            versions: {
                version: number;
                /**
                 * Format: date
                 * @example 2025-05-31
                 */
                from: string;
                note: string;
            }[];
            areas: {
                /** @enum {string} */
                code: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
                number: number;
                vi: string;
                en: string;
            }[];
            types: {
                code: string;
                /** @enum {string} */
                area: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
                vi: string;
                en: string;
                /** @enum {string} */
                recordedAs: "activity" | "home_care_visit" | "training" | "communication";
                measures: ("labourDays" | "hours" | "sessions" | "participantCount" | "moneyVnd" | "goodsVnd" | "peopleReached")[];
                required: ("labourDays" | "hours" | "sessions" | "participantCount" | "moneyVnd" | "goodsVnd" | "peopleReached")[];
                oneOf: ("labourDays" | "hours" | "sessions" | "participantCount" | "moneyVnd" | "goodsVnd" | "peopleReached")[] | null;
                purposes: ("single_parent_household" | "storm" | "flood" | "other_disaster" | "other")[] | null;
                since: number;
                retired: {
                    /**
                     * Format: date
                     * @example 2025-05-31
                     */
                    from: string;
                    inVersion: number;
                } | null;
            }[];
            purposes: {
                /** @enum {string} */
                code: "single_parent_household" | "storm" | "flood" | "other_disaster" | "other";
                vi: string;
                en: string;
            }[];
        };
        CreateBeneficiaryRequest: {
            /** @description An id the device made (a ben_ ULID), so writes queued offline after this one can name the beneficiary */
            id?: string;
            /** @description The person in the register, when there is one (a member, or someone a club keeps) */
            personId?: string | null;
            /** @example Hoàng Thị Nhung */
            fullName?: string;
            /** @enum {string} */
            sex?: "female" | "male";
            birthYear?: number | null;
            /** @default false */
            livesAlone: boolean;
            /** @default [] */
            householdKinds: ("single_parent" | "poor" | "near_poor" | "disaster_hit" | "older_living_alone")[];
        };
        Beneficiary: {
            id: string;
            orgUnitId: string;
            personId: string | null;
            fullName: string;
            /** @enum {string} */
            sex: "female" | "male";
            birthYear: number | null;
            livesAlone: boolean;
            householdKinds: ("single_parent" | "poor" | "near_poor" | "disaster_hit" | "older_living_alone")[];
            createdAt: string;
        };
        BeneficiaryPage: {
            items: components["schemas"]["Beneficiary"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        CreateActivityRequest: {
            /** @enum {string} */
            typeCode: "livelihood_training" | "group_business" | "cultural_event" | "sports_event" | "health_talk" | "health_checkup" | "home_care_visit" | "labour_support" | "disaster_cleanup" | "community_service" | "gifts_support" | "legal_aid" | "entitlement_support" | "awareness_session" | "training_course" | "communication" | "fundraising" | "partnership";
            title?: string | null;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            startsOn: string;
            /** @description The last day, for an activity over several days */
            endsOn?: string | null;
            place?: string | null;
            /** @description Why labour days were given (labour-day support only) */
            purpose?: ("single_parent_household" | "storm" | "flood" | "other_disaster" | "other") | null;
            sessions?: number | null;
            hours?: number | null;
            /** @description Everyone who took part, listed or not (at least the members listed in participants) */
            participantCount?: number | null;
            moneyVnd?: number | null;
            /** @description The value of goods given, in whole đồng */
            goodsVnd?: number | null;
            peopleReached?: number | null;
            /** @default [] */
            participants: {
                personId: string;
                /** @description Days this member worked, in half days (0.5, 1, 1.5 …) */
                labourDays?: number;
                hours?: number;
            }[];
            /** @default [] */
            beneficiaries: ({
                beneficiaryId: string;
            } | {
                personId: string;
            })[];
            notes?: string | null;
        };
        Activity: {
            id: string;
            organiserId: string;
            /** @enum {string} */
            organiserLevel: "club" | "commune" | "province";
            /** @enum {string} */
            area: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
            typeCode: string;
            catalogueVersion: number;
            title: string | null;
            /**
             * Format: date
             * @example 2025-05-31
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            endsOn: string;
            place: string | null;
            purpose: ("single_parent_household" | "storm" | "flood" | "other_disaster" | "other") | null;
            sessions: number | null;
            hours: number | null;
            participantCount: number | null;
            moneyVnd: number | null;
            goodsVnd: number | null;
            peopleReached: number | null;
            /** @description The participants' labour days added up */
            labourDays: number;
            /** @description Members listed as taking part */
            participants: number;
            beneficiaries: number;
            notes: string | null;
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        ActivityDetail: {
            id: string;
            organiserId: string;
            /** @enum {string} */
            organiserLevel: "club" | "commune" | "province";
            /** @enum {string} */
            area: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
            typeCode: string;
            catalogueVersion: number;
            title: string | null;
            /**
             * Format: date
             * @example 2025-05-31
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            endsOn: string;
            place: string | null;
            purpose: ("single_parent_household" | "storm" | "flood" | "other_disaster" | "other") | null;
            sessions: number | null;
            hours: number | null;
            participantCount: number | null;
            moneyVnd: number | null;
            goodsVnd: number | null;
            peopleReached: number | null;
            /** @description The participants' labour days added up */
            labourDays: number;
            /** @description Members listed as taking part */
            participants: number;
            beneficiaries: number;
            notes: string | null;
            participantList: {
                personId: string;
                fullName: string;
                clubId: string;
                labourDays: number | null;
                hours: number | null;
            }[];
            beneficiaryList: {
                beneficiaryId: string | null;
                personId: string | null;
                fullName: string;
            }[];
            homeCare: {
                clubId: string;
                visitorId: string;
                services: ("company" | "personal_care" | "housework" | "health_monitoring" | "referral")[];
            } | null;
            trainees: {
                personId: string | null;
                clubId: string | null;
                staffName: string | null;
                staffRole: string | null;
                fullName: string;
            }[] | null;
            communication: {
                /** @enum {string} */
                kind: "news_item" | "article" | "report";
                /** @enum {string} */
                outlet: "province_newspaper" | "radio_tv" | "website" | "social_media" | "national_press" | "other";
                outletName: string | null;
            } | null;
        };
        CreateHomeCareVisitRequest: {
            /** @description A member holding the home-care volunteer role on the day */
            visitorId: string;
            recipient: {
                beneficiaryId: string;
            } | {
                personId: string;
            };
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            visitedOn: string;
            hours: number;
            services: ("company" | "personal_care" | "housework" | "health_monitoring" | "referral")[];
            notes?: string | null;
        };
        CreateTrainingRequest: {
            title: string;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            startsOn: string;
            endsOn?: string | null;
            place?: string | null;
            /** @description Trainee places in all, at least the trainees listed */
            traineePlaces: number;
            trainees?: ({
                personId: string;
                clubId: string;
            } | {
                staffName: string;
                staffRole: string;
            })[];
        };
        CreateCommunicationRequest: {
            /** @enum {string} */
            kind: "news_item" | "article" | "report";
            /** @enum {string} */
            outlet: "province_newspaper" | "radio_tv" | "website" | "social_media" | "national_press" | "other";
            /** @example Báo Lạng Sơn */
            outletName?: string | null;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            publishedOn: string;
            title: string;
        };
        ActivitySummary: {
            orgUnitId: string;
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
            /**
             * @description Each activity counts in the subtree its organiser stood in on the activity's start date
             * @constant
             */
            treeAsOf: "activity-date";
            total: {
                activities: number;
                sessions: number;
                /** @description Participant counts added up (a person once per activity) */
                participantPlaces: number;
                labourDays: number;
                hours: number;
                moneyVnd: number;
                goodsVnd: number;
                peopleReached: number;
            };
            byArea: {
                /** @enum {string} */
                area: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
                number: number;
                activities: number;
                sessions: number;
                /** @description Participant counts added up (a person once per activity) */
                participantPlaces: number;
                labourDays: number;
                hours: number;
                moneyVnd: number;
                goodsVnd: number;
                peopleReached: number;
            }[];
            byType: {
                typeCode: string;
                /** @enum {string} */
                area: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
                activities: number;
                sessions: number;
                /** @description Participant counts added up (a person once per activity) */
                participantPlaces: number;
                labourDays: number;
                hours: number;
                moneyVnd: number;
                goodsVnd: number;
                peopleReached: number;
            }[];
            byPurpose: {
                /** @enum {string} */
                purpose: "single_parent_household" | "storm" | "flood" | "other_disaster" | "other";
                activities: number;
                labourDays: number;
            }[];
            byOrganiser: {
                organiserId: string;
                /** @enum {string} */
                organiserLevel: "club" | "commune" | "province";
                activities: number;
                sessions: number;
                /** @description Participant counts added up (a person once per activity) */
                participantPlaces: number;
                labourDays: number;
                hours: number;
                moneyVnd: number;
                goodsVnd: number;
                peopleReached: number;
            }[];
            homeCare: {
                visits: number;
                /** @description Exact from 5 upward; "<5" for fewer than 5 people (viewers only) */
                distinctPeopleVisited: number | "<5";
                hours: number;
            };
            trainings: {
                courses: number;
                traineePlaces: number;
                namedTrainees: number;
            };
            communications: {
                /** @enum {string} */
                kind: "news_item" | "article" | "report";
                count: number;
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
    getActivityCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The eight ISHC activity areas and the activity types in each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 2,
                     *       "versions": [
                     *         {
                     *           "version": 1,
                     *           "from": "2017-01-01",
                     *           "note": "The types in use when the first clubs were founded"
                     *         },
                     *         {
                     *           "version": 2,
                     *           "from": "2025-01-01",
                     *           "note": "Storm and flood clean-up are recorded as labour-day support with a purpose, so every labour day adds up by purpose in one type"
                     *         }
                     *       ],
                     *       "areas": [
                     *         {
                     *           "code": "income_generation",
                     *           "number": 1,
                     *           "vi": "Tăng thu nhập",
                     *           "en": "Income generation and livelihoods"
                     *         },
                     *         {
                     *           "code": "culture_sports",
                     *           "number": 2,
                     *           "vi": "Văn hóa, văn nghệ, thể dục thể thao",
                     *           "en": "Culture, spiritual life and sports"
                     *         },
                     *         {
                     *           "code": "health_care",
                     *           "number": 3,
                     *           "vi": "Chăm sóc sức khỏe",
                     *           "en": "Health care"
                     *         },
                     *         {
                     *           "code": "home_care",
                     *           "number": 4,
                     *           "vi": "Chăm sóc tại nhà dựa vào tình nguyện viên",
                     *           "en": "Volunteer-based home care"
                     *         },
                     *         {
                     *           "code": "self_help",
                     *           "number": 5,
                     *           "vi": "Tự giúp nhau và hỗ trợ cộng đồng",
                     *           "en": "Self-help and community support"
                     *         },
                     *         {
                     *           "code": "rights",
                     *           "number": 6,
                     *           "vi": "Bảo vệ quyền và lợi ích",
                     *           "en": "Rights and entitlements"
                     *         },
                     *         {
                     *           "code": "lifelong_learning",
                     *           "number": 7,
                     *           "vi": "Nâng cao nhận thức, học tập suốt đời",
                     *           "en": "Awareness and lifelong learning"
                     *         },
                     *         {
                     *           "code": "resource_mobilisation",
                     *           "number": 8,
                     *           "vi": "Huy động nguồn lực",
                     *           "en": "Resource mobilisation"
                     *         }
                     *       ],
                     *       "types": [
                     *         {
                     *           "code": "livelihood_training",
                     *           "area": "income_generation",
                     *           "vi": "Tập huấn, chia sẻ kinh nghiệm sản xuất",
                     *           "en": "Livelihood training and sharing of farming know-how",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "sessions"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "group_business",
                     *           "area": "income_generation",
                     *           "vi": "Sản xuất, kinh doanh theo nhóm",
                     *           "en": "Group production or business",
                     *           "measures": [
                     *             "participantCount",
                     *             "moneyVnd",
                     *             "peopleReached"
                     *           ],
                     *           "required": [],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "cultural_event",
                     *           "area": "culture_sports",
                     *           "vi": "Sinh hoạt văn hóa, văn nghệ",
                     *           "en": "Cultural event or performance",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "sessions",
                     *             "participantCount"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "sports_event",
                     *           "area": "culture_sports",
                     *           "vi": "Thể dục, thể thao",
                     *           "en": "Exercise and sports",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount"
                     *           ],
                     *           "required": [
                     *             "sessions",
                     *             "participantCount"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "health_talk",
                     *           "area": "health_care",
                     *           "vi": "Truyền thông, nói chuyện sức khỏe",
                     *           "en": "Health talk",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "sessions"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "health_checkup",
                     *           "area": "health_care",
                     *           "vi": "Khám sức khỏe định kỳ với trạm y tế",
                     *           "en": "Check-up with the commune health station",
                     *           "measures": [
                     *             "sessions",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "peopleReached"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "home_care_visit",
                     *           "area": "home_care",
                     *           "vi": "Thăm hỏi, chăm sóc tại nhà",
                     *           "en": "Home-care visit by a volunteer",
                     *           "measures": [
                     *             "hours"
                     *           ],
                     *           "required": [
                     *             "hours"
                     *           ],
                     *           "recordedAs": "home_care_visit",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "labour_support",
                     *           "area": "self_help",
                     *           "vi": "Hỗ trợ ngày công",
                     *           "en": "Labour-day support to households",
                     *           "measures": [
                     *             "labourDays",
                     *             "hours",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "labourDays"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "purposes": [
                     *             "single_parent_household",
                     *             "storm",
                     *             "flood",
                     *             "other_disaster",
                     *             "other"
                     *           ],
                     *           "oneOf": null
                     *         },
                     *         {
                     *           "code": "disaster_cleanup",
                     *           "area": "self_help",
                     *           "vi": "Khắc phục hậu quả thiên tai",
                     *           "en": "Storm and flood clean-up",
                     *           "measures": [
                     *             "labourDays",
                     *             "hours",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "labourDays"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": {
                     *             "from": "2025-01-01",
                     *             "inVersion": 2
                     *           },
                     *           "purposes": [
                     *             "storm",
                     *             "flood",
                     *             "other_disaster"
                     *           ],
                     *           "oneOf": null
                     *         },
                     *         {
                     *           "code": "community_service",
                     *           "area": "self_help",
                     *           "vi": "Sinh hoạt vì cộng đồng",
                     *           "en": "Community-service session",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "sessions",
                     *             "participantCount"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "gifts_support",
                     *           "area": "self_help",
                     *           "vi": "Thăm hỏi, tặng quà",
                     *           "en": "Gifts and support in money or goods",
                     *           "measures": [
                     *             "moneyVnd",
                     *             "goodsVnd",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "peopleReached"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": [
                     *             "moneyVnd",
                     *             "goodsVnd"
                     *           ],
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "legal_aid",
                     *           "area": "rights",
                     *           "vi": "Tư vấn pháp luật, trợ giúp pháp lý",
                     *           "en": "Legal advice and aid",
                     *           "measures": [
                     *             "sessions",
                     *             "participantCount",
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "sessions"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "entitlement_support",
                     *           "area": "rights",
                     *           "vi": "Hỗ trợ tiếp cận chế độ, chính sách",
                     *           "en": "Help to claim pensions and entitlements",
                     *           "measures": [
                     *             "peopleReached"
                     *           ],
                     *           "required": [
                     *             "peopleReached"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "awareness_session",
                     *           "area": "lifelong_learning",
                     *           "vi": "Sinh hoạt chuyên đề",
                     *           "en": "Awareness session",
                     *           "measures": [
                     *             "sessions",
                     *             "hours",
                     *             "participantCount"
                     *           ],
                     *           "required": [
                     *             "sessions"
                     *           ],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "training_course",
                     *           "area": "lifelong_learning",
                     *           "vi": "Tập huấn, bồi dưỡng",
                     *           "en": "Training course run by the association",
                     *           "measures": [
                     *             "participantCount"
                     *           ],
                     *           "required": [
                     *             "participantCount"
                     *           ],
                     *           "recordedAs": "training",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "communication",
                     *           "area": "lifelong_learning",
                     *           "vi": "Thông tin, tuyên truyền",
                     *           "en": "News item, article or report",
                     *           "measures": [],
                     *           "required": [],
                     *           "recordedAs": "communication",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "fundraising",
                     *           "area": "resource_mobilisation",
                     *           "vi": "Vận động nguồn lực",
                     *           "en": "Fundraising and donations",
                     *           "measures": [
                     *             "moneyVnd",
                     *             "goodsVnd",
                     *             "peopleReached"
                     *           ],
                     *           "required": [],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": [
                     *             "moneyVnd",
                     *             "goodsVnd"
                     *           ],
                     *           "purposes": null
                     *         },
                     *         {
                     *           "code": "partnership",
                     *           "area": "resource_mobilisation",
                     *           "vi": "Kết nối đối tác",
                     *           "en": "Partnership with agencies, businesses or projects",
                     *           "measures": [
                     *             "sessions",
                     *             "moneyVnd",
                     *             "goodsVnd"
                     *           ],
                     *           "required": [],
                     *           "recordedAs": "activity",
                     *           "since": 1,
                     *           "retired": null,
                     *           "oneOf": null,
                     *           "purposes": null
                     *         }
                     *       ],
                     *       "purposes": [
                     *         {
                     *           "code": "single_parent_household",
                     *           "vi": "Hỗ trợ hộ đơn thân",
                     *           "en": "Single-parent household"
                     *         },
                     *         {
                     *           "code": "storm",
                     *           "vi": "Khắc phục hậu quả bão",
                     *           "en": "Storm clean-up"
                     *         },
                     *         {
                     *           "code": "flood",
                     *           "vi": "Khắc phục hậu quả lũ lụt",
                     *           "en": "Flood clean-up"
                     *         },
                     *         {
                     *           "code": "other_disaster",
                     *           "vi": "Thiên tai khác",
                     *           "en": "Other disaster"
                     *         },
                     *         {
                     *           "code": "other",
                     *           "vi": "Khác",
                     *           "en": "Other"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityCatalogue"];
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
    listBeneficiaries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Part of a name, with or without diacritics */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Beneficiaries registered in an org unit's subtree, newest first (not for viewers) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ben_01JGWNS8T06DMV29GQY5CKT18F",
                     *           "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "personId": null,
                     *           "fullName": "Hoàng Thị Nhung",
                     *           "sex": "female",
                     *           "birthYear": 1941,
                     *           "livesAlone": true,
                     *           "householdKinds": [
                     *             "poor",
                     *             "older_living_alone"
                     *           ],
                     *           "createdAt": "2025-05-20T02:15:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BeneficiaryPage"];
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
    registerBeneficiary: {
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
                 *       "fullName": "Hoàng Thị Nhung",
                 *       "sex": "female",
                 *       "birthYear": 1941,
                 *       "livesAlone": true,
                 *       "householdKinds": [
                 *         "poor",
                 *         "older_living_alone"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateBeneficiaryRequest"];
            };
        };
        responses: {
            /** @description Register someone who benefits without being a member (a care recipient, a household helped) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ben_01JGWNS8T06DMV29GQY5CKT18F",
                     *       "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "personId": null,
                     *       "fullName": "Hoàng Thị Nhung",
                     *       "sex": "female",
                     *       "birthYear": 1941,
                     *       "livesAlone": true,
                     *       "householdKinds": [
                     *         "poor",
                     *         "older_living_alone"
                     *       ],
                     *       "createdAt": "2025-05-20T02:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Beneficiary"];
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
    listActivities: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only activities starting on or after this date */
                from?: string;
                /** @description Only activities starting on or before this date */
                to?: string;
                area?: "income_generation" | "culture_sports" | "health_care" | "home_care" | "self_help" | "rights" | "lifelong_learning" | "resource_mobilisation";
                typeCode?: "livelihood_training" | "group_business" | "cultural_event" | "sports_event" | "health_talk" | "health_checkup" | "home_care_visit" | "labour_support" | "disaster_cleanup" | "community_service" | "gifts_support" | "legal_aid" | "entitlement_support" | "awareness_session" | "training_course" | "communication" | "fundraising" | "partnership";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Activities organised in an org unit's subtree, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "sessions": null,
                     *           "hours": null,
                     *           "participantCount": null,
                     *           "moneyVnd": null,
                     *           "goodsVnd": null,
                     *           "peopleReached": 2,
                     *           "notes": null,
                     *           "place": "Thôn Nà Chuông",
                     *           "id": "act_01JGWNV3D07ENW3AHRZ6DMV29G",
                     *           "organiserId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "organiserLevel": "club",
                     *           "area": "self_help",
                     *           "typeCode": "labour_support",
                     *           "catalogueVersion": 2,
                     *           "title": "Dọn dẹp nhà cửa sau bão số 3",
                     *           "startsOn": "2025-05-12",
                     *           "endsOn": "2025-05-13",
                     *           "purpose": "storm",
                     *           "labourDays": 3.5,
                     *           "participants": 2,
                     *           "beneficiaries": 1
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityPage"];
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
    recordActivity: {
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
                 *       "typeCode": "labour_support",
                 *       "title": "Dọn dẹp nhà cửa sau bão số 3",
                 *       "startsOn": "2025-05-12",
                 *       "endsOn": "2025-05-13",
                 *       "place": "Thôn Nà Chuông",
                 *       "purpose": "storm",
                 *       "peopleReached": 2,
                 *       "participants": [
                 *         {
                 *           "personId": "per_01JGWNQE705CKT18FPX4BJS07E",
                 *           "labourDays": 2
                 *         },
                 *         {
                 *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *           "labourDays": 1.5
                 *         }
                 *       ],
                 *       "beneficiaries": [
                 *         {
                 *           "beneficiaryId": "ben_01JGWNS8T06DMV29GQY5CKT18F"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateActivityRequest"];
            };
        };
        responses: {
            /** @description Record an activity a club or an association level organised */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": null,
                     *       "hours": null,
                     *       "participantCount": null,
                     *       "moneyVnd": null,
                     *       "goodsVnd": null,
                     *       "peopleReached": 2,
                     *       "notes": null,
                     *       "place": "Thôn Nà Chuông",
                     *       "id": "act_01JGWNV3D07ENW3AHRZ6DMV29G",
                     *       "organiserId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "organiserLevel": "club",
                     *       "area": "self_help",
                     *       "typeCode": "labour_support",
                     *       "catalogueVersion": 2,
                     *       "title": "Dọn dẹp nhà cửa sau bão số 3",
                     *       "startsOn": "2025-05-12",
                     *       "endsOn": "2025-05-13",
                     *       "purpose": "storm",
                     *       "labourDays": 3.5,
                     *       "participants": 2,
                     *       "beneficiaries": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description The organiser, a participant or a beneficiary is not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A participant's membership changed while the activity was being recorded */
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
            /** @description A field is invalid: a retired or unknown type, a participant who was not a member on the day, a measure the type does not take or that cannot be */
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
    getActivity: {
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
            /** @description One activity with its participants and beneficiaries by name (not for viewers) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": null,
                     *       "hours": null,
                     *       "participantCount": null,
                     *       "moneyVnd": null,
                     *       "goodsVnd": null,
                     *       "peopleReached": 2,
                     *       "notes": null,
                     *       "place": "Thôn Nà Chuông",
                     *       "id": "act_01JGWNV3D07ENW3AHRZ6DMV29G",
                     *       "organiserId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "organiserLevel": "club",
                     *       "area": "self_help",
                     *       "typeCode": "labour_support",
                     *       "catalogueVersion": 2,
                     *       "title": "Dọn dẹp nhà cửa sau bão số 3",
                     *       "startsOn": "2025-05-12",
                     *       "endsOn": "2025-05-13",
                     *       "purpose": "storm",
                     *       "labourDays": 3.5,
                     *       "participants": 2,
                     *       "beneficiaries": 1,
                     *       "participantList": [
                     *         {
                     *           "personId": "per_01JGWNQE705CKT18FPX4BJS07E",
                     *           "fullName": "Hoàng Văn Bình",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "labourDays": 2,
                     *           "hours": null
                     *         },
                     *         {
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "labourDays": 1.5,
                     *           "hours": null
                     *         }
                     *       ],
                     *       "beneficiaryList": [
                     *         {
                     *           "beneficiaryId": "ben_01JGWNS8T06DMV29GQY5CKT18F",
                     *           "personId": null,
                     *           "fullName": "Hoàng Thị Nhung"
                     *         }
                     *       ],
                     *       "homeCare": null,
                     *       "trainees": null,
                     *       "communication": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityDetail"];
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
    recordHomeCareVisit: {
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
                 *       "visitorId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *       "recipient": {
                 *         "beneficiaryId": "ben_01JGWNS8T06DMV29GQY5CKT18F"
                 *       },
                 *       "visitedOn": "2025-05-20",
                 *       "hours": 1.5,
                 *       "services": [
                 *         "company",
                 *         "health_monitoring",
                 *         "housework"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateHomeCareVisitRequest"];
            };
        };
        responses: {
            /** @description Record a home-care volunteer's visit to an older person, member or not */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": null,
                     *       "hours": 1.5,
                     *       "participantCount": null,
                     *       "moneyVnd": null,
                     *       "goodsVnd": null,
                     *       "peopleReached": null,
                     *       "notes": null,
                     *       "place": null,
                     *       "id": "act_01JGWNWY008FPX4BJS07ENW3AH",
                     *       "organiserId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "organiserLevel": "club",
                     *       "area": "home_care",
                     *       "typeCode": "home_care_visit",
                     *       "catalogueVersion": 2,
                     *       "title": null,
                     *       "startsOn": "2025-05-20",
                     *       "endsOn": "2025-05-20",
                     *       "purpose": null,
                     *       "labourDays": 0,
                     *       "participants": 1,
                     *       "beneficiaries": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description The visitor's volunteer role changed while the visit was being recorded */
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
            /** @description The visitor did not hold the home-care volunteer role on the day, or a field is invalid */
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
    recordTrainingCourse: {
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
                 *       "title": "Tập huấn kỹ năng quản lý câu lạc bộ",
                 *       "startsOn": "2025-04-08",
                 *       "endsOn": "2025-04-09",
                 *       "place": "Hội trường UBND xã Hoàng Đồng",
                 *       "traineePlaces": 42,
                 *       "trainees": [
                 *         {
                 *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C"
                 *         },
                 *         {
                 *           "staffName": "Lương Văn Hùng",
                 *           "staffRole": "Phó Chủ tịch Hội NCT xã"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTrainingRequest"];
            };
        };
        responses: {
            /** @description Record a training course the province or a commune association ran */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": null,
                     *       "hours": null,
                     *       "participantCount": 42,
                     *       "moneyVnd": null,
                     *       "goodsVnd": null,
                     *       "peopleReached": null,
                     *       "notes": null,
                     *       "place": "Hội trường UBND xã Hoàng Đồng",
                     *       "id": "act_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *       "organiserId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "organiserLevel": "commune",
                     *       "area": "lifelong_learning",
                     *       "typeCode": "training_course",
                     *       "catalogueVersion": 2,
                     *       "title": "Tập huấn kỹ năng quản lý câu lạc bộ",
                     *       "startsOn": "2025-04-08",
                     *       "endsOn": "2025-04-09",
                     *       "purpose": null,
                     *       "labourDays": 0,
                     *       "participants": 0,
                     *       "beneficiaries": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
            /** @description A trainee's membership changed while the course was being recorded */
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
            /** @description A field is invalid: a club as organiser, a trainee who was not a member of their club, fewer places than trainees */
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
    recordCommunication: {
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
                 *       "kind": "article",
                 *       "outlet": "province_newspaper",
                 *       "outletName": "Báo Lạng Sơn",
                 *       "publishedOn": "2025-05-25",
                 *       "title": "CLB liên thế hệ Nà Chuông giúp hộ nghèo sau bão"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCommunicationRequest"];
            };
        };
        responses: {
            /** @description Record a news item, article or report about the clubs */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": null,
                     *       "hours": null,
                     *       "participantCount": null,
                     *       "moneyVnd": null,
                     *       "goodsVnd": null,
                     *       "peopleReached": null,
                     *       "notes": null,
                     *       "place": null,
                     *       "id": "act_01JGWP0K60AHRZ6DMV29GQY5CK",
                     *       "organiserId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "organiserLevel": "commune",
                     *       "area": "lifelong_learning",
                     *       "typeCode": "communication",
                     *       "catalogueVersion": 2,
                     *       "title": "CLB liên thế hệ Nà Chuông giúp hộ nghèo sau bão",
                     *       "startsOn": "2025-05-25",
                     *       "endsOn": "2025-05-25",
                     *       "purpose": null,
                     *       "labourDays": 0,
                     *       "participants": 0,
                     *       "beneficiaries": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Activity"];
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
    getActivitySummary: {
        parameters: {
            query?: {
                /** @description First day of the period (activities count by their start); 1 January of `to`'s year if left out */
                from?: string;
                /** @description Last day of the period; today in Vietnam if left out */
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
            /** @description Counts and sums of what a club or an org unit's subtree did in a period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orgUnitId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "from": "2025-01-01",
                     *       "to": "2025-06-30",
                     *       "treeAsOf": "activity-date",
                     *       "total": {
                     *         "activities": 2,
                     *         "sessions": 0,
                     *         "participantPlaces": 3,
                     *         "labourDays": 3.5,
                     *         "hours": 1.5,
                     *         "moneyVnd": 0,
                     *         "goodsVnd": 0,
                     *         "peopleReached": 2
                     *       },
                     *       "byArea": [
                     *         {
                     *           "area": "home_care",
                     *           "number": 4,
                     *           "activities": 1,
                     *           "sessions": 0,
                     *           "participantPlaces": 1,
                     *           "labourDays": 0,
                     *           "hours": 1.5,
                     *           "moneyVnd": 0,
                     *           "goodsVnd": 0,
                     *           "peopleReached": 0
                     *         },
                     *         {
                     *           "area": "self_help",
                     *           "number": 5,
                     *           "activities": 1,
                     *           "sessions": 0,
                     *           "participantPlaces": 2,
                     *           "labourDays": 3.5,
                     *           "hours": 0,
                     *           "moneyVnd": 0,
                     *           "goodsVnd": 0,
                     *           "peopleReached": 2
                     *         }
                     *       ],
                     *       "byType": [
                     *         {
                     *           "typeCode": "labour_support",
                     *           "area": "self_help",
                     *           "activities": 1,
                     *           "sessions": 0,
                     *           "participantPlaces": 2,
                     *           "labourDays": 3.5,
                     *           "hours": 0,
                     *           "moneyVnd": 0,
                     *           "goodsVnd": 0,
                     *           "peopleReached": 2
                     *         }
                     *       ],
                     *       "byPurpose": [
                     *         {
                     *           "purpose": "storm",
                     *           "activities": 1,
                     *           "labourDays": 3.5
                     *         }
                     *       ],
                     *       "byOrganiser": [
                     *         {
                     *           "organiserId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "organiserLevel": "club",
                     *           "activities": 2,
                     *           "sessions": 0,
                     *           "participantPlaces": 3,
                     *           "labourDays": 3.5,
                     *           "hours": 1.5,
                     *           "moneyVnd": 0,
                     *           "goodsVnd": 0,
                     *           "peopleReached": 2
                     *         }
                     *       ],
                     *       "homeCare": {
                     *         "visits": 1,
                     *         "distinctPeopleVisited": 1,
                     *         "hours": 1.5
                     *       },
                     *       "trainings": {
                     *         "courses": 0,
                     *         "traineePlaces": 0,
                     *         "namedTrainees": 0
                     *       },
                     *       "communications": []
                     *     }
                     */
                    "application/json": components["schemas"]["ActivitySummary"];
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
