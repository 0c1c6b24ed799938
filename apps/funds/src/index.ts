import { createServiceApp } from "@ishc/edge-kit";

const app = createServiceApp({
  service: "funds",
  title: "ISHC funds service",
  version: "0.1.0",
  description:
    "Club operating funds and revolving loan funds: a double-entry journal of contributions, grants and spending, and the loans members take and repay. Only the shared service routes are live so far.",
  routers: [],
});

export default app;
