// Types for `env` and `exports` from "cloudflare:workers" in this worker's tests.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
  interface Env {
    DB: D1Database;
    JWT_SECRET: string;
  }
}
