import { createServiceApp } from "@ishc/edge-kit";

const app = createServiceApp({
  service: "reporting",
  title: "ISHC reporting service",
  version: "0.1.0",
  description:
    "Indicators rolled up the org tree (club → commune/ward → province), exports for officers and donors, and scheduled snapshots. Only the shared service routes are live so far.",
  routers: [],
});

export default app;
