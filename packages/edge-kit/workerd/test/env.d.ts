declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    JWT_SECRET: string;
  }
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
}
