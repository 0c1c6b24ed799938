import { createServiceApp } from "@ishc/edge-kit";
import activities from "./activities/activities.index";
import association from "./association/association.index";
import beneficiaries from "./beneficiaries/beneficiaries.index";
import catalogue from "./catalogue/catalogue.index";
import homeCare from "./home-care/home-care.index";
import summary from "./summary/summary.index";

const app = createServiceApp({
  service: "activities",
  title: "ISHC activities service",
  version: "0.2.0",
  description:
    "What clubs and association levels do in the eight ISHC activity areas: activities with their participants, beneficiaries and measures, labour-day support by purpose, home-care visits by volunteers, training courses and communications, people who benefit without being members, and the counts and sums reports read. Every recording route is retry-safe and can be sent in an offline batch through POST /activities/sync.",
  tags: {
    catalogue: "The eight areas and the activity types in each, versioned",
    beneficiaries: "People who benefit without being members: care recipients and households helped",
    activities: "Activities of a catalogue type, organised by a club or an association level",
    "home care": "Visits by a club's home-care volunteers",
    association: "Training courses and communications of the commune and province associations",
    reports: "Counts and sums by area, type, purpose, organiser and period",
    sync: "Writes a device queued while offline, sent in one batch",
  },
  routers: [catalogue, beneficiaries, activities, homeCare, association, summary],
});

export default app;
