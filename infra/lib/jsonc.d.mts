export const ROOT: string;
export function parseJsonc(text: string): unknown;
export function wranglerConfigOf(app: string): unknown;
