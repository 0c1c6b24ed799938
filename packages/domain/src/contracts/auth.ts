import * as z from "zod";
import { USER_ROLES } from "../enums";
import { idOf, requiredText } from "./common";

export const userRole = z.enum(USER_ROLES);

export const loginRequest = z
  .strictObject({
    login: z.string().trim().normalize("NFC").toLowerCase().min(1).max(200),
    password: z.string().min(1).max(200),
  })
  .meta({ id: "LoginRequest" });

export const userView = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: userRole,
    orgUnitId: z.string(),
  })
  .meta({ id: "User" });

export const tokenResponse = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().meta({ description: "Seconds until the token expires" }),
    user: userView,
  })
  .meta({ id: "TokenResponse" });

export const createUserRequest = z
  .strictObject({
    login: z.string().trim().normalize("NFC").toLowerCase().min(3).max(200),
    displayName: requiredText(200),
    role: userRole,
    orgUnitId: idOf("orgUnit"),
    password: z
      .string()
      .min(10, "must be at least 10 characters")
      .max(200)
      .refine((p) => p.trim() !== "", "must not be only spaces"),
  })
  .meta({ id: "CreateUserRequest" });

export const updateUserRequest = z
  .strictObject({
    disabled: z.boolean().meta({
      description: "true disables the account (its tokens stop working at once); false enables it again",
    }),
  })
  .meta({ id: "UpdateUserRequest" });

/** An account with its state, as the one who manages it sees it. */
export const accountView = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: userRole,
    orgUnitId: z.string(),
    disabledAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "When the account was disabled; null if enabled" }),
  })
  .meta({ id: "Account" });

/** What every service reads from a verified access token. */
export const accessClaims = z.object({
  sub: z.string(),
  role: userRole,
  org: z.string(),
  path: z.string(),
  name: z.string(),
  iat: z.number(),
  exp: z.number(),
});
export type AccessClaims = z.infer<typeof accessClaims>;

export const sessionView = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    role: userRole,
    orgUnitId: z.string(),
    orgPath: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "Session" });
