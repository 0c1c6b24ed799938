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

describe("folding edges", () => {
  it("folds every Vietnamese vowel, in both cases, to its bare letter", () => {
    expect(foldVietnamese("aáàảãạ ăắằẳẵặ âấầẩẫậ")).toBe("aaaaaa aaaaaa aaaaaa");
    expect(foldVietnamese("eéèẻẽẹ êếềểễệ iíìỉĩị")).toBe("eeeeee eeeeee iiiiii");
    expect(foldVietnamese("oóòỏõọ ôốồổỗộ ơớờởỡợ")).toBe("oooooo oooooo oooooo");
    expect(foldVietnamese("uúùủũụ ưứừửữự yýỳỷỹỵ")).toBe("uuuuuu uuuuuu yyyyyy");
    expect(foldVietnamese("ƠỚỜỞỠỢ ƯỨỪỬỮỰ ĂÂÊÔ")).toBe("oooooo uuuuuu aaeo");
    expect(foldVietnamese("đĐ")).toBe("dd");
  });

  it("keeps letters, digits and punctuation that carry no mark", () => {
    expect(foldVietnamese("Hà Nội 36-phố")).toBe("ha noi 36-pho");
    expect(foldVietnamese("")).toBe("");
    expect(foldVietnamese("   ")).toBe("");
  });

  it("collapses any whitespace run to one space and trims both ends", () => {
    expect(foldVietnamese("\n Lò  Văn\u00a0\tSáu \r\n")).toBe("lo van sau");
    expect(normalizeName("\n Lò  Văn\u00a0\tSáu \r\n")).toBe("Lò Văn Sáu");
  });

  it("keeps case and marks when storing a name", () => {
    expect(normalizeName("ĐINH Thị Ánh")).toBe("ĐINH Thị Ánh".normalize("NFC"));
    expect(normalizeName("")).toBe("");
  });

  it("escapes the LIKE escape character itself, and matches everything for an empty query", () => {
    expect(containsPattern("a\\b")).toBe("%a\\\\b%");
    expect(containsPattern("")).toBe("%%");
    expect(containsPattern("  Đỗ  ")).toBe("%do%");
    expect(containsPattern("100%%")).toBe("%100\\%\\%%");
  });

  it("makes a folded name findable by any folded part of it", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aăâđêôơưáàảãạ Nguyễn Thị"), minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (name, a, b) => {
          const folded = foldVietnamese(name);
          const [from, to] = [a % (folded.length + 1), b % (folded.length + 1)].sort((x, y) => x - y);
          const part = folded.slice(from, to);
          expect(folded.includes(foldVietnamese(part))).toBe(true);
        },
      ),
    );
  });
});
