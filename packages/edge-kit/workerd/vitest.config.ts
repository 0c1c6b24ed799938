// A relative import: vitest bundles it with this config (workspace packages are TS source).
import { workerTestConfig } from "../testing/worker-vitest-config.ts";

export default workerTestConfig(import.meta.dirname);
