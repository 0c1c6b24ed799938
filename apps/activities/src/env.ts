import type { ServiceBindings } from "@ishc/edge-kit";

/**
 * This worker's bindings, as `wrangler types` generates them from wrangler.jsonc into
 * ../worker-configuration.d.ts (`npm run types` after changing the config; the suite checks the
 * file is current). The kit reads `ServiceBindings` from them: tsc fails here if the config
 * stops providing one.
 */
export type WorkerEnv = KitBindings<Env>;
type KitBindings<T extends ServiceBindings> = T;
