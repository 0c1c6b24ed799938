/**
 * One id scheme for the whole system: `<prefix>_<26 chars>`, a ULID (48-bit
 * millisecond time + 80 random bits, Crockford base32) behind a readable prefix.
 * Ids sort by creation time, which is what cursor pagination relies on.
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const ID_PREFIXES = {
  orgUnit: "org",
  orgUnitVersion: "orv",
  person: "per",
  membership: "mem",
  clubRole: "rol",
  clubStatus: "cst",
  meeting: "mtg",
  healthCheck: "hck",
  user: "usr",
  audit: "aud",
  activity: "act",
  beneficiary: "ben",
  activityBeneficiary: "abn",
  trainee: "trn",
  journalEntry: "jnl",
  loan: "lon",
  repayment: "rep",
  loanTerms: "ltm",
  feeRate: "fee",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export type RandomBytes = (length: number) => Uint8Array;

const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

export function newId(
  kind: IdKind,
  nowMs: number = Date.now(),
  randomBytes: RandomBytes = cryptoRandomBytes,
): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(nowMs)}${encodeRandom(randomBytes(16))}`;
}

function encodeTime(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) throw new RangeError(`time out of range: ${ms}`);
  let out = "";
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 16; i++) out += CROCKFORD[(bytes[i] ?? 0) % 32];
  return out;
}

const ID_PATTERN = /^[a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}$/;

export function isId(value: string, kind?: IdKind): boolean {
  if (!ID_PATTERN.test(value)) return false;
  return kind === undefined || value.startsWith(`${ID_PREFIXES[kind]}_`);
}

export function idTimeMs(id: string): number {
  const time = id.slice(4, 14);
  let ms = 0;
  for (const ch of time) ms = ms * 32 + CROCKFORD.indexOf(ch);
  return ms;
}
