import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsPattern, foldVietnamese, normalizeName } from "./vietnamese-text";

describe("Vietnamese names", () => {
  it("stores NFC whatever form the keyboard sent", () => {
    const nfd = "Nguyễn Thị Hoà".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn Thị Hoà".normalize("NFC"));
    expect(normalizeName(`  ${nfd}  `)).toBe("Nguyễn Thị Hoà".normalize("NFC"));
  });

  it("folds tones, vowel marks and đ away", () => {
    expect(foldVietnamese("Nguyễn Thị Hoà")).toBe("nguyen thi hoa");
    expect(foldVietnamese("ĐÀM VĂN ĐỨC")).toBe("dam van duc");
    expect(foldVietnamese("Lương  Thị\tXuân")).toBe("luong thi xuan");
  });

  it("folds the same whether the input came NFC or NFD, and folding twice changes nothing", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aăâeêioôơuưyđĐ áàảãạếềểễệốồổỗộứừửữự Nguyễn") }),
        (text) => {
          const folded = foldVietnamese(text);
          expect(foldVietnamese(text.normalize("NFD"))).toBe(folded);
          expect(foldVietnamese(folded)).toBe(folded);
          expect(folded).toMatch(/^[\x20-\x7e]*$/);
        },
      ),
    );
  });

  it("escapes LIKE wildcards in a search", () => {
    expect(containsPattern("50%_Hoà")).toBe("%50\\%\\_hoa%");
  });
});
