import { describeRobustness } from "../../../packages/edge-kit/testing/robustness.ts";

describeRobustness("reporting");
