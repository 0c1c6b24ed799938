/** What a rule that refuses bad input returns instead of throwing: the value, or a typed error. */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** part ÷ whole, or null when there is nothing to divide by (0/0 is no figure, not 0%). */
export type Ratio = {
  readonly numerator: number;
  readonly denominator: number;
  readonly ratio: number | null;
};

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  ratio: denominator === 0 ? null : numerator / denominator,
});
