import { createServiceApp } from "@ishc/edge-kit";

const app = createServiceApp({
  service: "activities",
  title: "ISHC activities service",
  version: "0.1.0",
  description:
    "The eight ISHC activity areas and what clubs do in them: activities, home-care visits by volunteers, labour days, trainings and communications. Only the shared service routes are live so far.",
  routers: [],
});

export default app;
