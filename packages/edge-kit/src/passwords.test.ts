import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";

const salt = () => new Uint8Array(16);

describe("passwords under Unicode normalisation", () => {
  // "mật khẩu Hoà" typed precomposed (NFC) and with combining marks (NFD): the same password.
  const composed = "mật khẩu Hoà".normalize("NFC");
  const decomposed = composed.normalize("NFD");

  it("the two spellings differ as strings", () => {
    expect(decomposed).not.toBe(composed);
  });

  it("verifies an NFD password against an NFC hash, and the reverse", async () => {
    expect(await verifyPassword(decomposed, await hashPassword(composed, salt(), 1000))).toBe(true);
    expect(await verifyPassword(composed, await hashPassword(decomposed, salt(), 1000))).toBe(true);
  });

  it("still refuses a different password", async () => {
    const stored = await hashPassword(composed, salt(), 1000);
    expect(await verifyPassword("mat khau Hoa", stored)).toBe(false);
    expect(await verifyPassword(`${composed} `, stored)).toBe(false);
  });
});
