/**
 * The front door: one origin for every service. `/<service>/…` goes unchanged
 * to that service's worker through a service binding; `/` lists the services;
 * anything else is a not-found problem in the same shape the edge kit answers.
 * No framework: it only routes on the first path segment.
 */

/** What the gateway needs of a service binding (a `Fetcher` in production, any object in tests). */
export type ServiceBinding = { fetch(request: Request): Promise<Response> };

export type GatewayEnv = {
  MEMBERSHIP: ServiceBinding;
  FUNDS: ServiceBinding;
  ACTIVITIES: ServiceBinding;
  REPORTING: ServiceBinding;
};

export const SERVICES = {
  membership: { binding: "MEMBERSHIP", summary: "Org tree, clubs, people, memberships, meetings, accounts" },
  funds: { binding: "FUNDS", summary: "Club operating and revolving loan funds, journal, loans" },
  activities: { binding: "ACTIVITIES", summary: "Activity areas, home-care visits, labour days, trainings" },
  reporting: { binding: "REPORTING", summary: "Indicators up the org tree, exports, snapshots" },
} as const satisfies Record<string, { binding: keyof GatewayEnv; summary: string }>;

type ServiceName = keyof typeof SERVICES;

const isService = (name: string): name is ServiceName => Object.hasOwn(SERVICES, name);

const json = (body: unknown, status: number, contentType = "application/json; charset=utf-8") =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": contentType } });

function index(origin: string): Response {
  return json(
    {
      name: "ishc-gateway",
      description: "Intergenerational Self-Help Club platform: one origin for every service",
      services: Object.entries(SERVICES).map(([name, { summary }]) => ({
        name,
        summary,
        docs: `${origin}/${name}/docs`,
        openapi: `${origin}/${name}/openapi.json`,
        health: `${origin}/${name}/health`,
      })),
    },
    200,
  );
}

function notFound(method: string, pathname: string): Response {
  return json(
    {
      type: "urn:ishc:problem:not-found",
      title: "Not found",
      status: 404,
      code: "NOT_FOUND",
      detail: `There is no ${method} ${pathname}; the services are under /${Object.keys(SERVICES).join(", /")}`,
      instance: pathname,
    },
    404,
    "application/problem+json; charset=utf-8",
  );
}

export default {
  fetch(request: Request, env: GatewayEnv): Promise<Response> | Response {
    const url = new URL(request.url);
    const first = url.pathname.split("/")[1] ?? "";
    if (isService(first)) return env[SERVICES[first].binding].fetch(request);
    if (url.pathname === "/" && (request.method === "GET" || request.method === "HEAD")) {
      return index(url.origin);
    }
    return notFound(request.method, url.pathname);
  },
};
