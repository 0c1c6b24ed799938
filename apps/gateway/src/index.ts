/**
 * The front door: one origin for every service. `/<service>/…` goes unchanged
 * to that service's worker through a service binding; `GET /` goes to the app
 * marked `root` in services.json (the console, apps/web); `/services` lists the
 * services; anything else is a not-found problem in the same shape the edge kit
 * answers. No framework: it only routes on the first path segment.
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
  /** The web app the gateway serves at `/` (its own files stay under `/<name>/…`). */
  readonly root?: boolean;
};

/** The services in the order `/` lists them: the one list (`services.json`) the dev stack reads too. */
export const SERVICE_LIST: readonly Service[] = list.services;

/** The services with an API (`/<name>/openapi.json`, `/docs`, `/health` with a database): all but the web app. */
export const API_SERVICES: readonly Service[] = SERVICE_LIST.filter((service) => !service.root);

/** The app served at `/`, if the list marks one. */
export const ROOT_APP: Service | undefined = SERVICE_LIST.find((service) => service.root);

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

/** `/services`: what is behind this origin (`/` is the console). */
function index(origin: string): Response {
  return json(
    {
      name: "ishc-gateway",
      description: "Intergenerational Self-Help Club platform: one origin for every service",
      ...(ROOT_APP ? { console: `${origin}/` } : {}),
      services: API_SERVICES.map(({ name, summary }) => ({
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
      detail: `There is no ${method} ${pathname}; the services are under /${API_SERVICES.map((s) => s.name).join(", /")} (listed at /services)`,
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
    const reads = request.method === "GET" || request.method === "HEAD";
    if (url.pathname === "/services" && reads) return index(url.origin);
    if (url.pathname === "/" && reads && ROOT_APP) {
      const binding = env[ROOT_APP.binding];
      if (!binding)
        throw new Error(`no service binding ${ROOT_APP.binding}: see the gateway's wrangler.jsonc`);
      return binding.fetch(request);
    }
    if (url.pathname === "/" && reads) return index(url.origin);
    return notFound(request.method, url.pathname);
  },
};
