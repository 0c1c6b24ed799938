import { loginRequest, tokenResponse } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";

export const login = defineRoute({
  method: "post",
  path: "/auth/login",
  summary: "Sign in; returns a short-lived access token every service accepts",
  tags: ["auth"],
  public: true,
  body: loginRequest,
  response: tokenResponse,
});
