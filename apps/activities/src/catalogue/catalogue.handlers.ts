import {
  ACTIVITY_AREAS,
  ACTIVITY_TYPES,
  AREA_NAMES,
  CATALOGUE_VERSION,
  CATALOGUE_VERSIONS,
  LABOUR_PURPOSES,
  PURPOSE_NAMES,
} from "@ishc/domain";
import type { RouteHandler } from "@ishc/edge-kit";
import type * as routes from "./catalogue.routes";

export const catalogue = {
  version: CATALOGUE_VERSION,
  versions: CATALOGUE_VERSIONS.map((v) => ({ ...v })),
  areas: ACTIVITY_AREAS.map((code) => ({ code, ...AREA_NAMES[code] })),
  types: ACTIVITY_TYPES.map((type) => ({
    ...type,
    measures: [...type.measures],
    required: [...type.required],
    oneOf: type.oneOf ? [...type.oneOf] : null,
    purposes: type.purposes ? [...type.purposes] : null,
  })),
  purposes: LABOUR_PURPOSES.map((code) => ({ code, ...PURPOSE_NAMES[code] })),
};

export const getCatalogue: RouteHandler<typeof routes.getCatalogue> = () => catalogue;
