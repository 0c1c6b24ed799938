import type { AccessClaims } from "@ishc/domain/contracts";

export type ServiceBindings = {
  DB: D1Database;
  JWT_SECRET: string;
};

export type ServiceEnv = {
  Bindings: ServiceBindings;
  Variables: {
    user: AccessClaims;
    requestId: string;
  };
};
