import { describe, expect, it } from "vitest";
import {
  ACTIVITY_AREAS,
  ACTIVITY_TYPES,
  AREA_NAMES,
  activityType,
  activityTypeProblem,
  CATALOGUE_VERSION,
  CATALOGUE_VERSIONS,
} from "./catalogue";

describe("activity catalogue", () => {
  it("names the eight ISHC areas in Vietnamese and English, numbered 1 to 8", () => {
    expect(ACTIVITY_AREAS).toHaveLength(8);
    expect(ACTIVITY_AREAS.map((a) => AREA_NAMES[a].number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(AREA_NAMES.home_care.vi).toBe("Chăm sóc tại nhà dựa vào tình nguyện viên");
    expect(AREA_NAMES.resource_mobilisation.vi).toBe("Huy động nguồn lực");
  });

  it("has at least one current type in every area, each code once, each with both names", () => {
    for (const area of ACTIVITY_AREAS) {
      expect(
        ACTIVITY_TYPES.some((t) => t.area === area && t.retired === null),
        area,
      ).toBe(true);
    }
    expect(new Set(ACTIVITY_TYPES.map((t) => t.code)).size).toBe(ACTIVITY_TYPES.length);
    for (const type of ACTIVITY_TYPES) {
      expect(type.vi.length, type.code).toBeGreaterThan(0);
      expect(type.en.length, type.code).toBeGreaterThan(0);
      expect(
        type.required.every((m) => type.measures.includes(m)),
        type.code,
      ).toBe(true);
      expect(type.since).toBeLessThanOrEqual(CATALOGUE_VERSION);
    }
  });

  it("retires a type from a date without removing it: past records keep it", () => {
    const cleanup = activityType("disaster_cleanup")!;
    expect(cleanup.retired).toEqual({ from: "2025-01-01", inVersion: 2 });
    expect(CATALOGUE_VERSIONS.map((v) => v.version)).toContain(2);
    expect(activityTypeProblem("disaster_cleanup", "2024-12-31")).toBeNull();
    expect(activityTypeProblem("disaster_cleanup", "2025-01-01")).toMatch(/retired from 2025-01-01/);
  });

  it("refuses an unknown type and sends each special type to its own route", () => {
    expect(activityTypeProblem("karaoke_night", "2024-05-01")).toMatch(/not a type/);
    expect(activityTypeProblem("home_care_visit", "2024-05-01")).toMatch(/home-care-visits/);
    expect(activityTypeProblem("home_care_visit", "2024-05-01", "home_care_visit")).toBeNull();
    expect(activityTypeProblem("training_course", "2024-05-01")).toMatch(/trainings/);
    expect(activityTypeProblem("communication", "2024-05-01")).toMatch(/communications/);
  });
});
