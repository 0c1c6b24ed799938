/**
 * The front door: one origin for every service. `/<service>/…` goes unchanged
 * to that service's worker through a service binding; `/` lists the services;
 * anything else is a not-found problem in the same shape the edge kit answers.
 * No framework: it only routes on the first path segment.
 */

import list from "./services.json" with { type: "json" };

/** What the gateway needs of a service binding (a `Fetcher` in production, any object in tests). */
export type ServiceBinding = { fetch(request: Request): Promise<Response> };

/** One service behind the gateway, as `services.json` lists it. */
export type Service = {
  /** The first path segment, and the app's folder under `apps/`. */
  readonly name: string;
  /** The service binding in this worker's wrangler.jsonc. */
  readonly binding: string;
  /** The worker the binding points at (the `name` in the service's wrangler.jsonc). */
  readonly worker: string;
  readonly summary: string;
};

/** The services in the order `/` lists them: the one list (`services.json`) the dev stack reads too. */
export const SERVICE_LIST: readonly Service[] = list.services;

/** The services by name. */
export const SERVICES: Readonly<Record<string, Service>> = Object.fromEntries(
  SERVICE_LIST.map((service) => [service.name, service]),
);

/** A binding per service, named as in `services.json` and wrangler.jsonc. */
export type GatewayEnv = Record<string, ServiceBinding>;

const serviceNamed = (name: string): Service | undefined =>
  Object.hasOwn(SERVICES, name) ? SERVICES[name] : undefined;

const json = (body: unknown, status: number, contentType = "application/json; charset=utf-8") =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": contentType } });

function index(origin: string): Response {
  return json(
    {
      name: "ishc-gateway",
      description: "Intergenerational Self-Help Club platform: one origin for every service",
      services: SERVICE_LIST.map(({ name, summary }) => ({
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
      detail: `There is no ${method} ${pathname}; the services are under /${SERVICE_LIST.map((s) => s.name).join(", /")}`,
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
    const service = serviceNamed(first);
    if (service) {
      const binding = env[service.binding];
      if (!binding)
        throw new Error(`no service binding ${service.binding}: see the gateway's wrangler.jsonc`);
      return binding.fetch(request);
    }
    if (url.pathname === "/" && (request.method === "GET" || request.method === "HEAD")) {
      return index(url.origin);
    }
    return notFound(request.method, url.pathname);
  },
};
