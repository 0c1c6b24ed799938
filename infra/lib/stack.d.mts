import type { Readable } from "node:stream";
import type { Miniflare, WorkerOptions } from "miniflare";

export type StackDatabase = Awaited<ReturnType<Miniflare["getD1Database"]>>;

export const MIGRATIONS_DIR: string;
export function bundlePath(app: string): string;
export function copyBundle(app: string, dir: string): string;
export function workerOptions(
  app: string,
  options?: { jwtSecret?: string; routes?: string[]; scriptPath?: string },
): WorkerOptions;
export function migrationBatches(): { file: string; statements: string[] }[];
export function applyMigrations(db: StackDatabase, options?: { pending?: boolean }): Promise<void>;
export function seedStatements(script: string): string[];
export function runStatements(
  db: StackDatabase,
  statements: string[],
  options?: { chunk?: number },
): Promise<void>;

export type Stack = {
  mf: Miniflare;
  origin: string;
  db: StackDatabase;
  jwtSecret: string;
  databaseId: string;
  dispose(): Promise<void>;
};

export function startStack(options: {
  apps: string[];
  jwtSecret?: string;
  d1Persist?: string | false;
  extraWorkers?: WorkerOptions[];
  routes?: boolean;
  bundleDir?: string;
  scriptPaths?: Record<string, string>;
  migrate?: boolean | "pending";
  seed?: string[];
  host?: string;
  port?: number;
  handleRuntimeStdio?: (stdout: Readable, stderr: Readable) => unknown;
}): Promise<Stack>;

export function runCronAndDrain(
  mf: Miniflare,
  db: StackDatabase,
  options: {
    scheduledTime: Date;
    cron?: string;
    timeoutMs?: number;
    pollMs?: number;
    onFailed?: (failed: number) => void;
  },
): Promise<{ runId: string; units: number; items: number; seconds: number }>;
