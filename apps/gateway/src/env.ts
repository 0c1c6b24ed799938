import type { ServiceBinding } from "./index";

/**
 * The gateway's bindings, as `wrangler types` generates them from wrangler.jsonc into
 * ../worker-configuration.d.ts (`npm run types` after changing the config; the suite checks the
 * file is current): every one a service it forwards to, or tsc fails here.
 */
export type WorkerEnv = ServiceBindings<Env>;
type ServiceBindings<T extends { [K in keyof T]: ServiceBinding }> = T;
