import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthYearOf, isSamePerson, samePersonKey } from "./same-person";

describe("the same person", () => {
  it("matches a name with or without diacritics, any case and spacing, and the birth year", () => {
    expect(samePersonKey("Nguyễn Thị Hoà", 1956)).toBe(samePersonKey("  nguyen  THI hoa ", 1956));
    expect(samePersonKey("Đặng Văn Ân", 1950)).toBe(samePersonKey("Dang Van An", 1950));
    expect(samePersonKey("Nguyễn Thị Hoà".normalize("NFD"), 1956)).toBe(
      samePersonKey("Nguyễn Thị Hoà", 1956),
    );
    expect(samePersonKey("Nguyễn Thị Hoà", 1956)).not.toBe(samePersonKey("Nguyễn Thị Hoà", 1957));
    expect(samePersonKey("Nguyễn Thị Hoà", 1956)).not.toBe(samePersonKey("Nguyễn Thị Hoa Lan", 1956));
  });

  it("is not the same when both full birth dates are known and differ", () => {
    const a = { fullName: "Lò Thị Mai", birthYear: 1950, birthDate: "1950-03-01" };
    expect(isSamePerson(a, { ...a, birthDate: "1950-03-02" })).toBe(false);
    expect(isSamePerson(a, { ...a, birthDate: null })).toBe(true);
    expect(isSamePerson(a, { fullName: "LO THI MAI", birthYear: 1950 })).toBe(true);
    expect(isSamePerson(a, { ...a, birthYear: 1951, birthDate: null })).toBe(false);
  });

  it("is symmetric", () => {
    const person = fc.record({
      fullName: fc.constantFrom("Nguyễn Thị Hoà", "nguyen thi hoa", "Lò Văn Ân"),
      birthYear: fc.constantFrom(1950, 1951),
      birthDate: fc.constantFrom(null, "1950-01-01", "1950-01-02"),
    });
    fc.assert(
      fc.property(person, person, (a, b) => {
        expect(isSamePerson(a, b)).toBe(isSamePerson(b, a));
      }),
    );
  });

  it("takes the birth year from the year or the date", () => {
    expect(birthYearOf({ birthYear: 1950 })).toBe(1950);
    expect(birthYearOf({ birthDate: "1949-12-31" })).toBe(1949);
    expect(birthYearOf({})).toBeNull();
  });
});
