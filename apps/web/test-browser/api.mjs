/**
 * The browser test's own calls to the APIs, through the typed client the console uses
 * (@ishc/client): signing in, setting data up (a loan to repay) and checking what a step saved.
 * Loaded through tsx (`node --import tsx`), as @ishc/client is TypeScript source.
 */
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { createApi, idempotencyKey } from "@ishc/client";

/** What failed, with the problem the API answered. */
const check = (what, { data, error, response }) => {
  assert.ok(data, `${what}: ${response.status} ${JSON.stringify(error)}`);
  return data;
};

/** A client on the stack's origin, for a token (a string, or a function for one that changes). */
export function apiAs(origin, token) {
  return createApi({ baseUrl: origin, token: typeof token === "function" ? token : () => token });
}

export async function signInApi(origin, login, password) {
  const api = apiAs(origin, null);
  const session = check(
    `signing in ${login}`,
    await api.membership.POST("/membership/auth/login", { body: { login, password } }),
  );
  return apiAs(origin, session.accessToken);
}

/** The token of the page's session, as the console keeps it. */
export const pageToken = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("ishc.session") ?? "null")?.token ?? null);

export async function clubMembers(api, clubId) {
  const members = check(
    "listing the club's members",
    await api.membership.GET("/membership/clubs/{id}/members", {
      params: { path: { id: clubId }, query: { limit: 200 } },
    }),
  );
  return members.items;
}

export async function loanById(api, loanId) {
  return check(
    "reading the loan",
    await api.funds.GET("/funds/loans/{id}", { params: { path: { id: loanId } } }),
  );
}

/** Today in Vietnam (UTC+7), as the services date facts. */
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * A loan to repay: the club's loan terms and a revolving-fund grant, a member's application,
 * approval by the commune officer, payout. Every write carries its own Idempotency-Key.
 */
export async function lendTo({ board, officer }, clubId, personId) {
  const today = todayInVietnam();
  const key = () => ({ "idempotency-key": idempotencyKey() });
  const terms = await board.funds.POST("/funds/clubs/{id}/loan-terms", {
    params: { path: { id: clubId } },
    headers: key(),
    body: {
      effectiveFrom: "2025-01-01",
      minAmount: 500_000,
      maxAmount: 20_000_000,
      termMonths: 12,
      monthlyRateBp: 50,
      method: "flat",
    },
  });
  // The demo club may already have terms from that day: a conflict is fine, anything else is not.
  assert.ok(terms.data || terms.response.status === 409, `loan terms: ${JSON.stringify(terms.error)}`);
  check(
    "a revolving-fund grant",
    await board.funds.POST("/funds/clubs/{id}/grants", {
      params: { path: { id: clubId } },
      headers: key(),
      body: { fund: "revolving", source: "association", amount: 20_000_000, receivedOn: today },
    }),
  );
  const loan = check(
    "the loan application",
    await board.funds.POST("/funds/clubs/{id}/loans", {
      params: { path: { id: clubId } },
      headers: key(),
      body: { personId, principal: 3_000_000, purpose: "livestock", appliedOn: today },
    }),
  );
  const loanId = loan.id;
  check(
    "the officer's approval",
    await officer.funds.POST("/funds/loans/{id}/approval", {
      params: { path: { id: loanId } },
      headers: key(),
      body: { approvedOn: today },
    }),
  );
  check(
    "the payout",
    await board.funds.POST("/funds/loans/{id}/disbursement", {
      params: { path: { id: loanId } },
      headers: key(),
      body: { disbursedOn: today },
    }),
  );
  return loanId;
}

const base64url = (value) => Buffer.from(value).toString("base64url");

/**
 * The same session's token as it is once its 15 minutes are over: its claims with iat and exp an
 * hour back, signed with the stack's key, so the services refuse it exactly as they refuse a
 * token that has run out.
 */
export function expiredCopyOf(token, jwtSecret) {
  const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(JSON.stringify({ ...claims, iat: now - 3600, exp: now - 2700 }));
  const signature = createHmac("sha256", jwtSecret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
