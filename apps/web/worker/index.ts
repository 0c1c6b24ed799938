/**
 * The console's worker: serves the files build-ui.mjs bundled into dist-web/files.js — `/` (the
 * page) and `/web/app.<hash>.js` — with an ETag, long caching for the hashed script and gzip on
 * the wire (the runtime compresses a body sent with `content-encoding: gzip`). The gateway sends
 * it `GET /` and everything under `/web/`. The page calls the APIs on the same origin.
 */
import { FILES } from "../dist-web/files.js";

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

const problem = (status: number, code: string, title: string, detail: string, instance: string) =>
  new Response(
    JSON.stringify({
      type: `urn:ishc:problem:${code.toLowerCase().replaceAll("_", "-")}`,
      title,
      status,
      code,
      detail,
      instance,
    }),
    {
      status,
      headers: {
        "content-type": "application/problem+json; charset=utf-8",
        ...(status === 405 ? { allow: "GET, HEAD" } : {}),
      },
    },
  );

export default {
  fetch(request: Request): Response {
    const url = new URL(request.url);
    if (url.pathname === "/web/health") {
      return Response.json({ status: "ok", service: "web" });
    }
    const file = FILES[url.pathname === "/index.html" ? "/" : url.pathname];
    if (!file)
      return problem(
        404,
        "NOT_FOUND",
        "Not found",
        `There is no ${url.pathname} in the console`,
        url.pathname,
      );
    if (request.method !== "GET" && request.method !== "HEAD") {
      return problem(
        405,
        "METHOD_NOT_ALLOWED",
        "Method not allowed",
        `${request.method} ${url.pathname}`,
        url.pathname,
      );
    }
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      "content-type": file.type,
      etag: file.etag,
      "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
    };
    if (request.headers.get("if-none-match") === file.etag)
      return new Response(null, { status: 304, headers });
    if (/\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")) headers["content-encoding"] = "gzip";
    return new Response(request.method === "HEAD" ? null : file.body, { headers });
  },
};
