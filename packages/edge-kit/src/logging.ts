import type { MiddlewareHandler } from "hono";

type Level = "debug" | "info" | "warn" | "error";

/** One JSON object per line, which Workers Logs and `wrangler tail` index by field. */
export function logEvent(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, message, at: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export function requestLog(service: string): MiddlewareHandler {
  return async (c, next) => {
    const started = Date.now();
    await next();
    const user = c.get("user") as { sub?: string } | undefined;
    logEvent(c.res.status >= 500 ? "error" : "info", "request", {
      service,
      requestId: c.get("requestId"),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      durationMs: Date.now() - started,
      ...(user?.sub ? { userId: user.sub } : {}),
    });
  };
}
