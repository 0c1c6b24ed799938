export const ROOT: string;
export function parseJsonc(text: string): unknown;

/** The parts of an `apps/<app>/wrangler.jsonc` the scripts and tests read. */
export type WranglerConfig = {
  name: string;
  compatibility_date: string;
  compatibility_flags?: string[];
  d1_databases?: { binding: string; database_id: string }[];
  services?: { binding: string; service: string }[];
  queues?: {
    producers?: { binding: string; queue: string }[];
    consumers?: {
      queue: string;
      max_batch_size?: number;
      max_batch_timeout?: number;
      max_retries?: number;
    }[];
  };
};

/** `apps/<app>/wrangler.jsonc`, parsed. */
export function wranglerConfigOf(app: string): WranglerConfig;
