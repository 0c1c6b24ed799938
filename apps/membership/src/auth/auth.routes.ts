import { loginRequest, tokenResponse } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { userExample } from "../examples";

export const login = defineRoute({
  method: "post",
  path: "/auth/login",
  operationId: "login",
  summary: "Sign in; returns a short-lived access token every service accepts",
  description:
    "Checks the login (case-insensitive) and password (compared after Unicode NFC normalisation) and returns a 15-minute HS256 access token. Send it as `Authorization: Bearer <token>` to any service. After 5 wrong passwords for one login within 15 minutes, attempts for that login answer 429 with `Retry-After` (seconds), even with the right password, until the lockout ends; each further lockout lasts twice as long, and a successful sign-in resets the count.",
  tags: ["auth"],
  public: true,
  body: loginRequest,
  response: tokenResponse,
  problems: {
    "401": "The login or the password is wrong, or the account is disabled",
    "429": "Too many wrong passwords for this login: try again after the seconds in the Retry-After header",
  },
  examples: {
    request: { login: "chunhiem.nachuong@langson.vn", password: "mật-khẩu-của-bà-Mai" },
    response: {
      accessToken:
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMDFKR0g4In0.Zm9ybWF0LW9ubHktbm90LWEtcmVhbC1zaWduYXR1cmU",
      tokenType: "Bearer",
      expiresIn: 900,
      user: userExample,
    },
  },
});
