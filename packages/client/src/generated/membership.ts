/**
 * Generated from the membership service's /membership/openapi.json by packages/client/scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @ishc/client` (a test fails when this file is stale).
 */

export interface paths {
    "/membership/health": {
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
    "/membership/session": {
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
    "/membership/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; returns a short-lived access token every service accepts
         * @description Checks the login (case-insensitive) and password (compared after Unicode NFC normalisation) and returns a 15-minute HS256 access token. Send it as `Authorization: Bearer <token>` to any service. After 5 wrong passwords for one login within 15 minutes, attempts for that login answer 429 with `Retry-After` (seconds), even with the right password, until the lockout ends; each further lockout lasts twice as long, and a successful sign-in resets the count.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts bound to org units in the caller's subtree
         * @description A page of the accounts whose unit lies in the caller's subtree, oldest first.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create an account bound to an org unit in the caller's subtree
         * @description Province admins create any role; commune officers create commune officers, club boards and viewers.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable an account, or enable it again
         * @description A disabled account cannot sign in, and the tokens it already holds stop working on their next request in every service. Province admins manage every account in their subtree; commune officers those bound to units strictly below their own, in roles they may grant. Nobody disables their own account.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/membership/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Org units in the caller's subtree, oldest first
         * @description A page of the units in the caller's subtree, optionally under one unit or of one kind.
         */
        get: operations["listOrgUnits"];
        put?: never;
        /**
         * Add a commune, ward or other unit under one in the caller's subtree
         * @description The unit's first version starts on `effectiveFrom`. Clubs are registered through POST /clubs.
         */
        post: operations["createOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One org unit
         * @description The unit's current name, code, parent and place in the tree.
         */
        get: operations["getOrgUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/org-units/{id}/reorganisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename and/or move a unit (with its subtree) from a date on
         * @description Closes the unit's current version on `effectiveFrom` and opens a new one, so reports for earlier periods still roll up as the tree stood then.
         */
        post: operations["reorganiseOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/org-units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every name and parent the unit has had, with dates
         * @description The unit now and each of its versions, oldest first; `validTo` is null on the current one.
         */
        get: operations["getOrgUnitHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clubs in the caller's subtree, oldest record first
         * @description A page of clubs, optionally by status, under one org unit, or by part of the name or code.
         */
        get: operations["listClubs"];
        put?: never;
        /**
         * Register a club under a commune or ward
         * @description The club is active from `foundedOn`; its code is unique in the system.
         */
        post: operations["createClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One club
         * @description The club with its current status and the date it took effect.
         */
        get: operations["getClub"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend, reactivate or dissolve a club from a date on
         * @description The new status holds from `effectiveFrom`: after the current status began and not in the future. A dissolved club stays dissolved.
         */
        post: operations["changeClubStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The management board and volunteers, as of a date (default: today)
         * @description Board seats and volunteer duties held on `asOf` (default today in Vietnam), by name. Not for viewers (403).
         */
        get: operations["listClubRoles"];
        put?: never;
        /**
         * Give a member a board seat or a volunteer duty
         * @description The person must be a member of the club on `startsOn`.
         */
        post: operations["addClubRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/roles/{roleId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a board term or volunteer duty
         * @description Closes the term on `endsOn`, which must not be before the term began.
         */
        post: operations["endClubRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's members on a date (default: today in Vietnam)
         * @description The members by name. Not for viewers (403): they see counts and shares (the composition).
         */
        get: operations["listClubMembers"];
        put?: never;
        /**
         * Enrol a person on record, or register a new person and enrol them
         * @description Send `personId` for someone already registered, or `person` to register them in the same step. The club must be active and the person not already an active member.
         */
        post: operations["addClubMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the club's member register from CSV: every row or none
         * @description UTF-8 CSV as Excel saves it (“CSV UTF-8”), comma, semicolon or tab separated, with Vietnamese or English headers: Họ và tên, Giới tính, Ngày sinh or Năm sinh, Dân tộc, Hộ nghèo, Năm công nhận, Sống một mình, Số điện thoại, Ngày vào CLB. If any row is wrong nothing is written and the 422 answer lists every wrong row and field.
         */
        post: operations["importClubMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/memberships/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a member left the club, and why; open board and volunteer roles end with it
         * @description `leftOn` must not be before the member joined nor in the future; the member is no longer counted from that day.
         */
        post: operations["leaveMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/clubs/{id}/composition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's make-up on a date against the ISHC targets
         * @description Shares of members aged 55+, younger members, women, poor or near-poor households and people living alone, with the model's targets (50–70 members, 60–70% older, 60–70% women, 30–40% younger). Viewers ask for a month, quarter or year that has ended (`period`, default last month) and get it as of its last day, with groups of fewer than 5 people shown as "<5", counts whose rest is under 5 withheld (null) and those shares null; others get exact figures on any date.
         */
        get: operations["getClubComposition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People registered in the caller's subtree; `q` matches names with or without diacritics
         * @description Not for viewers (403): they see counts and shares only.
         */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person with their memberships
         * @description The person's record and the memberships they have had in clubs of the caller's subtree (memberships elsewhere are not listed). Not for viewers (403).
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct or update a person's record
         * @description Send only the fields that change; `null` clears an optional one.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/membership/clubs/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The club's meetings, newest first, with attendance counts
         * @description A page of the club's meetings, optionally only those held from `from` to `to` (both days included).
         */
        get: operations["listClubMeetings"];
        put?: never;
        /**
         * Record a meeting and who attended
         * @description `heldOn` may not be before the club was founded nor in the future; every attendee must be a member on that day.
         */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One meeting with its attendance list
         * @description The meeting and the people who attended, by name. Not for viewers (403): the meeting list gives them the counts.
         */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership/meetings/{id}/health-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Named health measures from one meeting (not for viewers: they see counts and shares)
         * @description Each attendee's blood pressure and weight from the meeting, by name.
         */
        get: operations["listHealthChecks"];
        put?: never;
        /**
         * Record blood pressure and weight for attendees (a later entry for the same person corrects the earlier)
         * @description Each person must have attended the meeting; give blood pressure (both numbers), weight, or both.
         */
        post: operations["recordHealthChecks"];
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
        LoginRequest: {
            login: string;
            password: string;
        };
        TokenResponse: {
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            /** @description Seconds until the token expires */
            expiresIn: number;
            user: components["schemas"]["User"];
        };
        User: {
            id: string;
            login: string;
            displayName: string;
            /** @enum {string} */
            role: "national_admin" | "province_admin" | "commune_officer" | "club_board" | "viewer";
            orgUnitId: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        CreateUserRequest: {
            login: string;
            displayName: string;
            /** @enum {string} */
            role: "national_admin" | "province_admin" | "commune_officer" | "club_board" | "viewer";
            orgUnitId: string;
            password: string;
        };
        UpdateUserRequest: {
            /** @description true disables the account (its tokens stop working at once); false enables it again */
            disabled: boolean;
        };
        Account: {
            id: string;
            login: string;
            displayName: string;
            /** @enum {string} */
            role: "national_admin" | "province_admin" | "commune_officer" | "club_board" | "viewer";
            orgUnitId: string;
            /** @description When the account was disabled; null if enabled */
            disabledAt: string | null;
        };
        OrgUnitPage: {
            items: components["schemas"]["OrgUnit"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        OrgUnit: {
            id: string;
            /** @enum {string} */
            kind: "national" | "province" | "district" | "commune" | "ward" | "club";
            name: string;
            code: string | null;
            parentId: string | null;
            path: string;
        };
        CreateOrgUnitRequest: {
            /**
             * @description A province (national admins only) under the national unit, or a commune or ward under a province. Clubs are created through POST /clubs; districts no longer exist.
             * @enum {string}
             */
            kind: "province" | "commune" | "ward";
            name: string;
            code?: string | null;
            parentId: string;
            /**
             * Format: date
             * @description At most one year after today in Vietnam
             * @example 2025-05-31
             */
            effectiveFrom: string;
        };
        ReorganiseOrgUnitRequest: {
            name?: string;
            parentId?: string;
            /**
             * Format: date
             * @description At most one year after today in Vietnam
             * @example 2025-05-31
             */
            effectiveFrom: string;
            reason?: string | null;
        };
        OrgUnitHistory: {
            orgUnit: components["schemas"]["OrgUnit"];
            versions: components["schemas"]["OrgUnitVersion"][];
        };
        OrgUnitVersion: {
            name: string;
            parentId: string | null;
            /**
             * Format: date
             * @example 2025-05-31
             */
            validFrom: string;
            validTo: string | null;
            reason: string | null;
        };
        ClubPage: {
            items: components["schemas"]["Club"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        Club: {
            id: string;
            code: string;
            name: string;
            parentId: string;
            path: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            foundedOn: string;
            /** @enum {string} */
            status: "active" | "suspended" | "dissolved";
            /**
             * Format: date
             * @example 2025-05-31
             */
            statusSince: string;
        };
        CreateClubRequest: {
            /** @example CLB Liên thế hệ tự giúp nhau thôn Nà Chuông */
            name: string;
            /** @example LS-HD-07 */
            code: string;
            /** @description The commune or ward the club belongs to */
            parentId: string;
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            foundedOn: string;
        };
        ChangeClubStatusRequest: {
            /** @enum {string} */
            status: "active" | "suspended" | "dissolved";
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            effectiveFrom: string;
            reason?: string | null;
        };
        ClubRole: {
            id: string;
            clubId: string;
            personId: string;
            fullName: string;
            /** @enum {string} */
            role: "chair" | "vice_chair" | "treasurer" | "accountant" | "secretary" | "board_member" | "home_care_volunteer" | "economic_volunteer";
            /**
             * Format: date
             * @example 2025-05-31
             */
            startsOn: string;
            endsOn: string | null;
        };
        CreateClubRoleRequest: {
            personId: string;
            /** @enum {string} */
            role: "chair" | "vice_chair" | "treasurer" | "accountant" | "secretary" | "board_member" | "home_care_volunteer" | "economic_volunteer";
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            startsOn: string;
            /** @description End of the term, if already known */
            endsOn?: string | null;
        };
        EndClubRoleRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            endsOn: string;
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        Member: {
            membership: components["schemas"]["Membership"];
            person: components["schemas"]["Person"];
        };
        Membership: {
            id: string;
            personId: string;
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            joinedOn: string;
            leftOn: string | null;
            leaveReason: string | null;
        };
        Person: {
            id: string;
            orgUnitId: string;
            fullName: string;
            /** @enum {string} */
            sex: "female" | "male";
            birthDate: string | null;
            birthYear: number;
            ethnicity: string | null;
            /** @description null for roles that may not see personal data */
            povertyStatus: ("poor" | "near_poor" | "none") | null;
            povertyCertifiedYear: number | null;
            livesAlone: boolean;
            /** @description null for roles that may not see personal data */
            phone: string | null;
        };
        AddMemberRequest: {
            personId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            joinedOn: string;
        } | {
            person: {
                /** @example Nguyễn Thị Hoà */
                fullName: string;
                /** @enum {string} */
                sex: "female" | "male";
                birthDate?: string | null;
                birthYear?: number | null;
                /** @example Tày */
                ethnicity?: string | null;
                /**
                 * @default none
                 * @enum {string}
                 */
                povertyStatus: "poor" | "near_poor" | "none";
                povertyCertifiedYear?: number | null;
                /** @default false */
                livesAlone: boolean;
                phone?: string | null;
            };
            /**
             * Format: date
             * @example 2025-05-31
             */
            joinedOn: string;
        };
        MemberImportReport: {
            imported: number;
            clubId: string;
            memberships: {
                row: number;
                personId: string;
                membershipId: string;
            }[];
        };
        LeaveMembershipRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            leftOn: string;
            reason: string;
        };
        ClubComposition: {
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            asOf: string;
            /** @description Exact from 5 upward; "<5" for fewer than 5 people (viewers only) */
            members: number | "<5";
            /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
            older: number | "<5" | null;
            /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
            younger: number | "<5" | null;
            /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
            women: number | "<5" | null;
            /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
            poorOrNearPoor: number | "<5" | null;
            /** @description Exact from 5 upward; for viewers "<5" for fewer than 5 people, and null where the rest of the total is under 5 (the count would give that small group away) */
            livingAlone: number | "<5" | null;
            /** @description null where the count is not given exactly (viewers, small groups) */
            shares: {
                older: number | null;
                younger: number | null;
                women: number | null;
                poorOrNearPoor: number | null;
                livingAlone: number | null;
            };
            targets: {
                [key: string]: {
                    value: number | null;
                    target: {
                        min: number;
                        max: number;
                    };
                    met: boolean | null;
                };
            };
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        PersonDetail: {
            person: components["schemas"]["Person"];
            memberships: components["schemas"]["Membership"][];
        };
        UpdatePersonRequest: {
            /** @example Nguyễn Thị Hoà */
            fullName?: string;
            /** @enum {string} */
            sex?: "female" | "male";
            birthDate?: string | null;
            birthYear?: number | null;
            /** @example Tày */
            ethnicity?: string | null;
            /** @enum {string} */
            povertyStatus?: "poor" | "near_poor" | "none";
            povertyCertifiedYear?: number | null;
            livesAlone?: boolean;
            phone?: string | null;
        };
        MeetingPage: {
            items: components["schemas"]["Meeting"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            nextCursor: string | null;
        };
        Meeting: {
            id: string;
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            heldOn: string;
            topic: string;
            notes: string | null;
            attendees: number;
        };
        CreateMeetingRequest: {
            /**
             * Format: date
             * @description Today in Vietnam or earlier
             * @example 2025-05-31
             */
            heldOn: string;
            /** @example Sinh hoạt định kỳ: phòng chống tăng huyết áp */
            topic: string;
            notes?: string | null;
            /** @default [] */
            attendeeIds: string[];
        };
        MeetingDetail: {
            id: string;
            clubId: string;
            /**
             * Format: date
             * @example 2025-05-31
             */
            heldOn: string;
            topic: string;
            notes: string | null;
            attendees: number;
            attendance: {
                personId: string;
                fullName: string;
            }[];
        };
        RecordHealthChecksRequest: {
            checks: {
                personId: string;
                systolic?: number | null;
                diastolic?: number | null;
                weightKg?: number | null;
            }[];
        };
        HealthCheck: {
            id: string;
            meetingId: string;
            personId: string;
            fullName: string;
            systolic: number | null;
            diastolic: number | null;
            weightKg: number | null;
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
    login: {
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
                 *       "login": "chunhiem.nachuong@langson.vn",
                 *       "password": "mật-khẩu-của-bà-Mai"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Sign in; returns a short-lived access token every service accepts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMDFKR0g4In0.Zm9ybWF0LW9ubHktbm90LWEtcmVhbC1zaWduYXR1cmU",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "user": {
                     *         "id": "usr_01JGWP48C0CKT18FPX4BJS07EN",
                     *         "login": "chunhiem.nachuong@langson.vn",
                     *         "displayName": "Lương Thị Mai",
                     *         "role": "club_board",
                     *         "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
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
            /** @description The login or the password is wrong, or the account is disabled */
            401: {
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
            /** @description Too many wrong passwords for this login: try again after the seconds in the Retry-After header */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accounts bound to org units in the caller's subtree */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "usr_01JGWP48C0CKT18FPX4BJS07EN",
                     *           "login": "chunhiem.nachuong@langson.vn",
                     *           "displayName": "Lương Thị Mai",
                     *           "role": "club_board",
                     *           "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["UserPage"];
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
    createUser: {
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
                 *       "login": "chunhiem.nachuong@langson.vn",
                 *       "displayName": "Lương Thị Mai",
                 *       "role": "club_board",
                 *       "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                 *       "password": "mật-khẩu-của-bà-Mai"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Create an account bound to an org unit in the caller's subtree */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JGWP48C0CKT18FPX4BJS07EN",
                     *       "login": "chunhiem.nachuong@langson.vn",
                     *       "displayName": "Lương Thị Mai",
                     *       "role": "club_board",
                     *       "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
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
    updateUser: {
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
                 *       "disabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description Disable an account, or enable it again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JGWP48C0CKT18FPX4BJS07EN",
                     *       "login": "chunhiem.nachuong@langson.vn",
                     *       "displayName": "Lương Thị Mai",
                     *       "role": "club_board",
                     *       "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "disabledAt": "2025-06-02T03:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
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
            /** @description The caller's role may not manage this account, or it is the caller's own */
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
            /** @description The account's role or unit changed meanwhile */
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
    listOrgUnits: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only this unit's subtree */
                under?: string;
                kind?: "national" | "province" | "district" | "commune" | "ward" | "club";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Org units in the caller's subtree, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *           "kind": "commune",
                     *           "name": "Xã Hoàng Đồng",
                     *           "code": "LS-HD",
                     *           "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *           "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnitPage"];
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
    createOrgUnit: {
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
                 *       "kind": "commune",
                 *       "name": "Xã Hoàng Đồng",
                 *       "code": "LS-HD",
                 *       "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                 *       "effectiveFrom": "2020-01-01"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrgUnitRequest"];
            };
        };
        responses: {
            /** @description Add a commune, ward or other unit under one in the caller's subtree */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "kind": "commune",
                     *       "name": "Xã Hoàng Đồng",
                     *       "code": "LS-HD",
                     *       "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
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
    getOrgUnit: {
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
            /** @description One org unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "kind": "commune",
                     *       "name": "Xã Hoàng Đồng",
                     *       "code": "LS-HD",
                     *       "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
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
    reorganiseOrgUnit: {
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
                 *       "name": "Xã Hoàng Văn Thụ",
                 *       "effectiveFrom": "2025-07-01",
                 *       "reason": "Sắp xếp đơn vị hành chính cấp xã năm 2025"
                 *     }
                 */
                "application/json": components["schemas"]["ReorganiseOrgUnitRequest"];
            };
        };
        responses: {
            /** @description Rename and/or move a unit (with its subtree) from a date on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "kind": "commune",
                     *       "name": "Xã Hoàng Văn Thụ",
                     *       "code": "LS-HD",
                     *       "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/"
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnit"];
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
    getOrgUnitHistory: {
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
            /** @description Every name and parent the unit has had, with dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orgUnit": {
                     *         "id": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *         "kind": "commune",
                     *         "name": "Xã Hoàng Đồng",
                     *         "code": "LS-HD",
                     *         "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *         "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/"
                     *       },
                     *       "versions": [
                     *         {
                     *           "name": "Xã Hoàng Đồng",
                     *           "parentId": "org_01JGWNG3V018FPX4BJS07ENW3A",
                     *           "validFrom": "2020-01-01",
                     *           "validTo": null,
                     *           "reason": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrgUnitHistory"];
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
    listClubs: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                status?: "active" | "suspended" | "dissolved";
                /** @description Only clubs in this org unit's subtree */
                under?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clubs in the caller's subtree, oldest record first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "code": "LS-HD-07",
                     *           "name": "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
                     *           "parentId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *           "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/org_01JGWNKS103AHRZ6DMV29GQY5C/",
                     *           "foundedOn": "2021-03-15",
                     *           "status": "active",
                     *           "statusSince": "2021-03-15"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ClubPage"];
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
    createClub: {
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
                 *       "name": "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
                 *       "code": "LS-HD-07",
                 *       "parentId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                 *       "foundedOn": "2021-03-15"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClubRequest"];
            };
        };
        responses: {
            /** @description Register a club under a commune or ward */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "code": "LS-HD-07",
                     *       "name": "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
                     *       "parentId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/org_01JGWNKS103AHRZ6DMV29GQY5C/",
                     *       "foundedOn": "2021-03-15",
                     *       "status": "active",
                     *       "statusSince": "2021-03-15"
                     *     }
                     */
                    "application/json": components["schemas"]["Club"];
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
    getClub: {
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
            /** @description One club */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "code": "LS-HD-07",
                     *       "name": "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
                     *       "parentId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/org_01JGWNKS103AHRZ6DMV29GQY5C/",
                     *       "foundedOn": "2021-03-15",
                     *       "status": "active",
                     *       "statusSince": "2021-03-15"
                     *     }
                     */
                    "application/json": components["schemas"]["Club"];
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
    changeClubStatus: {
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
                 *       "status": "suspended",
                 *       "effectiveFrom": "2025-06-01",
                 *       "reason": "Ban chủ nhiệm kiện toàn lại sau khi chủ nhiệm chuyển công tác"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeClubStatusRequest"];
            };
        };
        responses: {
            /** @description Suspend, reactivate or dissolve a club from a date on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "code": "LS-HD-07",
                     *       "name": "CLB Liên thế hệ tự giúp nhau thôn Nà Chuông",
                     *       "parentId": "org_01JGWNHYE029GQY5CKT18FPX4B",
                     *       "path": "/org_01JGWNG3V018FPX4BJS07ENW3A/org_01JGWNHYE029GQY5CKT18FPX4B/org_01JGWNKS103AHRZ6DMV29GQY5C/",
                     *       "foundedOn": "2021-03-15",
                     *       "status": "suspended",
                     *       "statusSince": "2025-06-01"
                     *     }
                     */
                    "application/json": components["schemas"]["Club"];
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
    listClubRoles: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The management board and volunteers, as of a date (default: today) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "rol_01JGWNWY008FPX4BJS07ENW3AH",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà",
                     *           "role": "chair",
                     *           "startsOn": "2024-01-01",
                     *           "endsOn": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ClubRole"][];
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
    addClubRole: {
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
                 *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *       "role": "chair",
                 *       "startsOn": "2024-01-01"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClubRoleRequest"];
            };
        };
        responses: {
            /** @description Give a member a board seat or a volunteer duty */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rol_01JGWNWY008FPX4BJS07ENW3AH",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *       "fullName": "Nguyễn Thị Hoà",
                     *       "role": "chair",
                     *       "startsOn": "2024-01-01",
                     *       "endsOn": null
                     *     }
                     */
                    "application/json": components["schemas"]["ClubRole"];
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
    endClubRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endsOn": "2026-01-01"
                 *     }
                 */
                "application/json": components["schemas"]["EndClubRoleRequest"];
            };
        };
        responses: {
            /** @description End a board term or volunteer duty */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rol_01JGWNWY008FPX4BJS07ENW3AH",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *       "fullName": "Nguyễn Thị Hoà",
                     *       "role": "chair",
                     *       "startsOn": "2024-01-01",
                     *       "endsOn": "2026-01-01"
                     *     }
                     */
                    "application/json": components["schemas"]["ClubRole"];
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
    listClubMembers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Members on this date; default today in Vietnam */
                asOf?: string;
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
            /** @description The club's members on a date (default: today in Vietnam) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "membership": {
                     *             "id": "mem_01JGWNS8T06DMV29GQY5CKT18F",
                     *             "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *             "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *             "joinedOn": "2021-03-15",
                     *             "leftOn": null,
                     *             "leaveReason": null
                     *           },
                     *           "person": {
                     *             "id": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *             "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *             "fullName": "Nguyễn Thị Hoà",
                     *             "sex": "female",
                     *             "birthDate": "1958-04-12",
                     *             "birthYear": 1958,
                     *             "ethnicity": "Tày",
                     *             "povertyStatus": "near_poor",
                     *             "povertyCertifiedYear": 2024,
                     *             "livesAlone": true,
                     *             "phone": "0912345678"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MemberPage"];
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
    addClubMember: {
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
                 *       "person": {
                 *         "fullName": "Nguyễn Thị Hoà",
                 *         "sex": "female",
                 *         "birthDate": "1958-04-12",
                 *         "ethnicity": "Tày",
                 *         "povertyStatus": "near_poor",
                 *         "povertyCertifiedYear": 2024,
                 *         "livesAlone": true,
                 *         "phone": "0912 345 678"
                 *       },
                 *       "joinedOn": "2021-03-15"
                 *     }
                 */
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description Enrol a person on record, or register a new person and enrol them */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "membership": {
                     *         "id": "mem_01JGWNS8T06DMV29GQY5CKT18F",
                     *         "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *         "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *         "joinedOn": "2021-03-15",
                     *         "leftOn": null,
                     *         "leaveReason": null
                     *       },
                     *       "person": {
                     *         "id": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *         "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *         "fullName": "Nguyễn Thị Hoà",
                     *         "sex": "female",
                     *         "birthDate": "1958-04-12",
                     *         "birthYear": 1958,
                     *         "ethnicity": "Tày",
                     *         "povertyStatus": "near_poor",
                     *         "povertyCertifiedYear": 2024,
                     *         "livesAlone": true,
                     *         "phone": "0912345678"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
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
    importClubMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The register as CSV */
        requestBody: {
            content: {
                /**
                 * @example Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB
                 *     Nguyễn Thị Hoà,Nữ,12/04/1958,Tày,Cận nghèo,2024,Có,0912 345 678,15/03/2021
                 *     Hoàng Văn Bình,Nam,03/09/1990,Nùng,Không,,Không,,15/03/2021
                 */
                "text/csv": string;
                /**
                 * @example Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB
                 *     Nguyễn Thị Hoà,Nữ,12/04/1958,Tày,Cận nghèo,2024,Có,0912 345 678,15/03/2021
                 *     Hoàng Văn Bình,Nam,03/09/1990,Nùng,Không,,Không,,15/03/2021
                 */
                "text/plain": string;
                /**
                 * @example Họ và tên,Giới tính,Ngày sinh,Dân tộc,Hộ nghèo,Năm công nhận,Sống một mình,Số điện thoại,Ngày vào CLB
                 *     Nguyễn Thị Hoà,Nữ,12/04/1958,Tày,Cận nghèo,2024,Có,0912 345 678,15/03/2021
                 *     Hoàng Văn Bình,Nam,03/09/1990,Nùng,Không,,Không,,15/03/2021
                 */
                "application/csv": string;
            };
        };
        responses: {
            /** @description Import the club's member register from CSV: every row or none */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imported": 2,
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "memberships": [
                     *         {
                     *           "row": 2,
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "membershipId": "mem_01JGWNS8T06DMV29GQY5CKT18F"
                     *         },
                     *         {
                     *           "row": 3,
                     *           "personId": "per_01JGWNQE705CKT18FPX4BJS07E",
                     *           "membershipId": "mem_01JGWNV3D07ENW3AHRZ6DMV29G"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberImportReport"];
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
    leaveMembership: {
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
                 *       "leftOn": "2025-05-31",
                 *       "reason": "Chuyển về sống cùng con ở Hà Nội"
                 *     }
                 */
                "application/json": components["schemas"]["LeaveMembershipRequest"];
            };
        };
        responses: {
            /** @description Record that a member left the club, and why; open board and volunteer roles end with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem_01JGWNS8T06DMV29GQY5CKT18F",
                     *       "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "joinedOn": "2021-03-15",
                     *       "leftOn": "2025-05-31",
                     *       "leaveReason": "Chuyển về sống cùng con ở Hà Nội"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
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
    getClubComposition: {
        parameters: {
            query?: {
                /** @description Any date (not for viewers); default today in Vietnam, or the period's end */
                asOf?: string;
                /** @description Composition as of the period's last day. Viewers must give a month, quarter or year that has ended (default: last month); others may give any period. */
                period?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club's make-up on a date against the ISHC targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "asOf": "2025-05-31",
                     *       "members": 60,
                     *       "older": 39,
                     *       "younger": 21,
                     *       "women": 38,
                     *       "poorOrNearPoor": 20,
                     *       "livingAlone": 6,
                     *       "shares": {
                     *         "older": 0.65,
                     *         "younger": 0.35,
                     *         "women": 0.633,
                     *         "poorOrNearPoor": 0.333,
                     *         "livingAlone": 0.1
                     *       },
                     *       "targets": {
                     *         "members": {
                     *           "value": 60,
                     *           "target": {
                     *             "min": 50,
                     *             "max": 70
                     *           },
                     *           "met": true
                     *         },
                     *         "olderShare": {
                     *           "value": 0.65,
                     *           "target": {
                     *             "min": 0.6,
                     *             "max": 0.7
                     *           },
                     *           "met": true
                     *         },
                     *         "womenShare": {
                     *           "value": 0.633,
                     *           "target": {
                     *             "min": 0.6,
                     *             "max": 0.7
                     *           },
                     *           "met": true
                     *         },
                     *         "youngerShare": {
                     *           "value": 0.35,
                     *           "target": {
                     *             "min": 0.3,
                     *             "max": 0.4
                     *           },
                     *           "met": true
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ClubComposition"];
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
    searchPeople: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Part of a name, with or without diacritics */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People registered in the caller's subtree; `q` matches names with or without diacritics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "fullName": "Nguyễn Thị Hoà",
                     *           "sex": "female",
                     *           "birthDate": "1958-04-12",
                     *           "birthYear": 1958,
                     *           "ethnicity": "Tày",
                     *           "povertyStatus": "near_poor",
                     *           "povertyCertifiedYear": 2024,
                     *           "livesAlone": true,
                     *           "phone": "0912345678"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PersonPage"];
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
    getPerson: {
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
            /** @description One person with their memberships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "person": {
                     *         "id": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *         "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *         "fullName": "Nguyễn Thị Hoà",
                     *         "sex": "female",
                     *         "birthDate": "1958-04-12",
                     *         "birthYear": 1958,
                     *         "ethnicity": "Tày",
                     *         "povertyStatus": "near_poor",
                     *         "povertyCertifiedYear": 2024,
                     *         "livesAlone": true,
                     *         "phone": "0912345678"
                     *       },
                     *       "memberships": [
                     *         {
                     *           "id": "mem_01JGWNS8T06DMV29GQY5CKT18F",
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "joinedOn": "2021-03-15",
                     *           "leftOn": null,
                     *           "leaveReason": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PersonDetail"];
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
    updatePerson: {
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
                 *       "povertyStatus": "poor",
                 *       "povertyCertifiedYear": 2025,
                 *       "phone": "0987 654 321"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePersonRequest"];
            };
        };
        responses: {
            /** @description Correct or update a person's record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *       "orgUnitId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "fullName": "Nguyễn Thị Hoà",
                     *       "sex": "female",
                     *       "birthDate": "1958-04-12",
                     *       "birthYear": 1958,
                     *       "ethnicity": "Tày",
                     *       "povertyStatus": "poor",
                     *       "povertyCertifiedYear": 2025,
                     *       "livesAlone": true,
                     *       "phone": "0987654321"
                     *     }
                     */
                    "application/json": components["schemas"]["Person"];
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
    listClubMeetings: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                /** @description Only meetings held on or after this date */
                from?: string;
                /** @description Only meetings held on or before this date */
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
            /** @description The club's meetings, newest first, with attendance counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "mtg_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *           "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *           "heldOn": "2025-05-20",
                     *           "topic": "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
                     *           "notes": "Trạm y tế xã đo huyết áp cho hội viên.",
                     *           "attendees": 2
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingPage"];
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
    createMeeting: {
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
                 *       "heldOn": "2025-05-20",
                 *       "topic": "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
                 *       "notes": "Trạm y tế xã đo huyết áp cho hội viên.",
                 *       "attendeeIds": [
                 *         "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *         "per_01JGWNQE705CKT18FPX4BJS07E"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMeetingRequest"];
            };
        };
        responses: {
            /** @description Record a meeting and who attended */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mtg_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "heldOn": "2025-05-20",
                     *       "topic": "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
                     *       "notes": "Trạm y tế xã đo huyết áp cho hội viên.",
                     *       "attendees": 2,
                     *       "attendance": [
                     *         {
                     *           "personId": "per_01JGWNQE705CKT18FPX4BJS07E",
                     *           "fullName": "Hoàng Văn Bình"
                     *         },
                     *         {
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingDetail"];
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
    getMeeting: {
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
            /** @description One meeting with its attendance list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mtg_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *       "clubId": "org_01JGWNKS103AHRZ6DMV29GQY5C",
                     *       "heldOn": "2025-05-20",
                     *       "topic": "Sinh hoạt định kỳ: phòng chống tăng huyết áp",
                     *       "notes": "Trạm y tế xã đo huyết áp cho hội viên.",
                     *       "attendees": 2,
                     *       "attendance": [
                     *         {
                     *           "personId": "per_01JGWNQE705CKT18FPX4BJS07E",
                     *           "fullName": "Hoàng Văn Bình"
                     *         },
                     *         {
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MeetingDetail"];
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
    listHealthChecks: {
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
            /** @description Named health measures from one meeting (not for viewers: they see counts and shares) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "hck_01JGWP0K60AHRZ6DMV29GQY5CK",
                     *           "meetingId": "mtg_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà",
                     *           "systolic": 135,
                     *           "diastolic": 85,
                     *           "weightKg": 52.5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["HealthCheck"][];
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
    recordHealthChecks: {
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
                 *       "checks": [
                 *         {
                 *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                 *           "systolic": 135,
                 *           "diastolic": 85,
                 *           "weightKg": 52.5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RecordHealthChecksRequest"];
            };
        };
        responses: {
            /** @description Record blood pressure and weight for attendees (a later entry for the same person corrects the earlier) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "hck_01JGWP0K60AHRZ6DMV29GQY5CK",
                     *           "meetingId": "mtg_01JGWNYRK09GQY5CKT18FPX4BJ",
                     *           "personId": "per_01JGWNNKM04BJS07ENW3AHRZ6D",
                     *           "fullName": "Nguyễn Thị Hoà",
                     *           "systolic": 135,
                     *           "diastolic": 85,
                     *           "weightKg": 52.5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["HealthCheck"][];
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
}
