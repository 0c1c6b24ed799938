import { parseJsonc, ROOT, wranglerConfigOf } from "../../../infra/lib/jsonc.mjs";

export { parseJsonc, ROOT };

export type WranglerConfig = {
  name: string;
  compatibility_date: string;
  compatibility_flags?: string[];
  d1_databases?: { binding: string; database_id: string }[];
  services?: { binding: string; service: string }[];
};

/** `apps/<app>/wrangler.jsonc`, parsed. */
export const configOf = (app: string) => wranglerConfigOf(app) as WranglerConfig;
