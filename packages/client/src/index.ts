/**
 * The typed client of the ISHC edge APIs: one openapi-fetch client per service, typed by
 * src/generated (from each service's /openapi.json), on one origin. It adds the bearer token,
 * reads problem+json errors into `Problem`, and tells the caller when the token has expired so
 * it can sign in again and come back.
 *
 *   const api = createApi({ baseUrl: "", token: () => session.token });
 *   const { data, error } = await api.membership.GET("/membership/clubs/{id}", { params: { path: { id } } });
 *   if (error) showErrors(fieldErrors(error));
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as ActivitiesPaths } from "./generated/activities";
import type { paths as FundsPaths } from "./generated/funds";
import type { paths as MembershipPaths } from "./generated/membership";
import type { paths as ReportingPaths } from "./generated/reporting";
import { asProblem, type Problem } from "./problems";

export type * from "./generated/index";
export { asProblem, type FieldError, fieldErrors, formField, type Problem, rowErrors } from "./problems";
export type { ActivitiesPaths, FundsPaths, MembershipPaths, ReportingPaths };

export type ApiOptions = {
  /** The origin the gateway serves (`""` in the browser on the same origin). */
  baseUrl: string;
  /** The current access token, or null when signed out. */
  token: () => string | null | undefined;
  /** Called on a 401 answer to a request that carried a token (expired or revoked). */
  onUnauthorized?: (problem: Problem | null) => void;
  /** A fetch of one's own (tests, Node). */
  fetch?: typeof fetch;
};

export type Api = {
  membership: Client<MembershipPaths>;
  funds: Client<FundsPaths>;
  activities: Client<ActivitiesPaths>;
  reporting: Client<ReportingPaths>;
};

/** Adds the token; turns a problem+json error body into a `Problem`; reports a 401. */
export function authMiddleware(options: ApiOptions): Middleware {
  const sentWithToken = new WeakSet<Request>();
  return {
    onRequest({ request }) {
      const token = options.token();
      if (token && !request.headers.has("authorization")) {
        request.headers.set("authorization", `Bearer ${token}`);
        sentWithToken.add(request);
      }
      return request;
    },
    async onResponse({ request, response }) {
      if (response.ok) return response;
      const type = response.headers.get("content-type") ?? "";
      let problem: Problem | null = null;
      if (type.includes("json"))
        problem = asProblem(
          await response
            .clone()
            .json()
            .catch(() => null),
        );
      if (response.status === 401 && sentWithToken.has(request)) options.onUnauthorized?.(problem);
      if (problem || type.includes("json")) return response;
      // A non-JSON error (a proxy, a dropped connection page): a problem of the same shape.
      const body: Problem = {
        type: "about:blank",
        title: response.statusText || "Error",
        status: response.status,
        code: response.status >= 500 ? "INTERNAL" : "MALFORMED_REQUEST",
        detail: (await response.text().catch(() => "")).slice(0, 300),
      };
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: { "content-type": "application/problem+json" },
      });
    },
  };
}

export function createApi(options: ApiOptions): Api {
  const middleware = authMiddleware(options);
  const make = <P extends {}>() => {
    const client = createClient<P>({
      baseUrl: options.baseUrl,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    client.use(middleware);
    return client;
  };
  return {
    membership: make<MembershipPaths>(),
    funds: make<FundsPaths>(),
    activities: make<ActivitiesPaths>(),
    reporting: make<ReportingPaths>(),
  };
}

/** A fresh Idempotency-Key for a retry-safe write (made once, when the write is queued). */
export const idempotencyKey = (): string => crypto.randomUUID();
