/**
 * Đồng has no minor unit: every amount is an integer number of đồng, kept as a
 * JS number. Safe integers reach 9e15 đồng, far past any club's or province's
 * funds; arithmetic that would leave that range throws instead of rounding.
 */
declare const vndBrand: unique symbol;
export type Vnd = number & { readonly [vndBrand]: true };

export function vnd(amount: number): Vnd {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not a whole number of đồng: ${amount}`);
  // -0 (e.g. Math.trunc(-2 / 3)) is a safe integer but prints as "-0 ₫": keep zero one value.
  return (amount === 0 ? 0 : amount) as Vnd;
}

export function addVnd(...amounts: readonly Vnd[]): Vnd {
  let total = 0;
  for (const amount of amounts) total += amount;
  return vnd(total);
}

export function subtractVnd(from: Vnd, amount: Vnd): Vnd {
  return vnd(from - amount);
}

/** Splits `total` into `parts` whole-đồng shares that add up to it exactly; earlier parts take the remainder. */
export function allocateVnd(total: Vnd, parts: number): Vnd[] {
  if (!Number.isInteger(parts) || parts <= 0)
    throw new RangeError(`parts must be a positive integer: ${parts}`);
  const base = Math.trunc(total / parts);
  const remainder = total - base * parts;
  const step = Math.sign(remainder);
  return Array.from({ length: parts }, (_, i) => vnd(base + (i < Math.abs(remainder) ? step : 0)));
}

const groupFormatter = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** `1250000` → `1.250.000 ₫`, the way an officer writes it. */
export function formatVnd(amount: Vnd): string {
  return `${groupFormatter.format(amount)} ₫`;
}
