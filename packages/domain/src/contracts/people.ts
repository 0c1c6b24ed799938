import * as z from "zod";
import { POVERTY_STATUSES, SEXES } from "../enums";
import { factDate, isoDate, optionalText, requiredText } from "./common";

export const sex = z.enum(SEXES);
export const povertyStatus = z.enum(POVERTY_STATUSES);

/** Vietnamese phone numbers as people write them: spaces, dots, +84 or 0. Stored as 0xxxxxxxxx. */
export const vietnamesePhone = z
  .string()
  .transform((value) => value.replace(/[\s.()-]/g, "").replace(/^\+?84/, "0"))
  .pipe(z.string().regex(/^0\d{9,10}$/, "must be a Vietnamese phone number such as 0912 345 678"))
  .meta({ example: "0912345678" });

const personFields = {
  fullName: requiredText(120).meta({ example: "Nguyễn Thị Hoà" }),
  sex,
  birthDate: factDate.nullish(),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  ethnicity: optionalText(60).meta({ example: "Tày" }),
  povertyStatus: povertyStatus.default("none"),
  povertyCertifiedYear: z.number().int().min(1990).max(2100).nullish(),
  livesAlone: z.boolean().default(false),
  phone: vietnamesePhone.nullish(),
};

type BirthAndPoverty = {
  birthDate?: string | null;
  birthYear?: number | null;
  povertyStatus?: string;
  povertyCertifiedYear?: number | null;
};

/** Rules across fields, shared by create, update and the CSV import. */
export function checkPersonFields(person: BirthAndPoverty, ctx: z.RefinementCtx, requireBirth: boolean) {
  if (requireBirth && !person.birthDate && person.birthYear == null) {
    ctx.addIssue({
      code: "custom",
      path: ["birthDate"],
      message: "give a birthDate or at least a birthYear",
    });
  }
  if (
    person.birthDate &&
    person.birthYear != null &&
    Number(person.birthDate.slice(0, 4)) !== person.birthYear
  ) {
    ctx.addIssue({ code: "custom", path: ["birthYear"], message: "does not match the year of birthDate" });
  }
  if (person.povertyStatus === "none" && person.povertyCertifiedYear != null) {
    ctx.addIssue({
      code: "custom",
      path: ["povertyCertifiedYear"],
      message: "only a poor or near-poor household has a certification year",
    });
  }
}

export const personInput = z
  .strictObject(personFields)
  .superRefine((p, ctx) => checkPersonFields(p, ctx, true));
export type PersonInput = z.output<typeof personInput>;

export const updatePersonRequest = z
  .strictObject({
    ...personFields,
    povertyStatus: povertyStatus.optional(),
    livesAlone: z.boolean().optional(),
  })
  .partial()
  .superRefine((p, ctx) => checkPersonFields(p, ctx, false))
  .meta({ id: "UpdatePersonRequest" });

export const personView = z
  .object({
    id: z.string(),
    orgUnitId: z.string(),
    fullName: z.string(),
    sex,
    birthDate: isoDate.nullable(),
    birthYear: z.number().int(),
    ethnicity: z.string().nullable(),
    povertyStatus: povertyStatus
      .nullable()
      .meta({ description: "null for roles that may not see personal data" }),
    povertyCertifiedYear: z.number().int().nullable(),
    livesAlone: z.boolean(),
    phone: z.string().nullable().meta({ description: "null for roles that may not see personal data" }),
  })
  .meta({ id: "Person" });
export type PersonView = z.infer<typeof personView>;

export const personSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .meta({ description: "Part of a name, with or without diacritics" }),
});
