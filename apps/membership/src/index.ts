import { createServiceApp } from "@ishc/edge-kit";

const app = createServiceApp({
  service: "membership",
  title: "ISHC membership service",
  version: "0.1.0",
  description:
    "The org tree (province → commune/ward → club), clubs and their boards, people and memberships, meetings with attendance and health checks, and the accounts that sign in.",
  routers: [],
});

export default app;
