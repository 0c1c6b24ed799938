#!/usr/bin/env node
/**
 * A stand-in for wrangler in the deploy tests (ISHC_WRANGLER points at it): it appends each call
 * to FAKE_WRANGLER_LOG and answers from FAKE_WRANGLER_STATE, a JSON file
 * `{ "pending": ["0005_x.sql"], "secrets": ["JWT_SECRET"], "listFails": false }`.
 * `d1 migrations apply` empties "pending"; `deploy` and `apply` are the calls that change things.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_WRANGLER_LOG, `${JSON.stringify(args)}\n`);
const stateFile = process.env.FAKE_WRANGLER_STATE;
const state = JSON.parse(readFileSync(stateFile, "utf8"));
const is = (...words) => words.every((word, i) => args[i] === word);

if (is("d1", "migrations", "list")) {
  if (state.listFails) {
    console.error("✘ [ERROR] A request to the Cloudflare API failed. Authentication error [code: 10000]");
    process.exit(1);
  }
  if (state.pending.length === 0) console.log("✅ No migrations to apply!");
  else {
    console.log("Migrations to be applied:\n┌──────┐\n│ Name │\n├──────┤");
    for (const name of state.pending) console.log(`│ ${name} │`);
    console.log("└──────┘");
  }
} else if (is("d1", "migrations", "apply")) {
  state.pending = [];
  writeFileSync(stateFile, JSON.stringify(state));
  console.log("✅ Migrations applied");
} else if (is("secret", "list")) {
  console.log(JSON.stringify(state.secrets.map((name) => ({ name, type: "secret_text" }))));
} else if (is("deploy")) {
  console.log("Deployed (fake)");
} else {
  console.error(`fake wrangler: unexpected ${args.join(" ")}`);
  process.exit(1);
}
