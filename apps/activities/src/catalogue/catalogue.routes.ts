import { catalogueView } from "@ishc/domain/contracts";
import { defineRoute } from "@ishc/edge-kit";
import { catalogue } from "./catalogue.handlers";

export const getCatalogue = defineRoute({
  method: "get",
  path: "/catalogue",
  operationId: "getActivityCatalogue",
  summary: "The eight ISHC activity areas and the activity types in each",
  description:
    "Areas and types with their Vietnamese and English names, the measures each type takes and requires, labour purposes, and the catalogue's versions. Retired types stay listed (with the date they were retired from) so past records keep their meaning.",
  tags: ["catalogue"],
  response: catalogueView,
  examples: { response: catalogue },
});
