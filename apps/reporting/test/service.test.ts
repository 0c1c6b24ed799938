import { describeServiceShell } from "@ishc/edge-kit/testing/service-shell";

describeServiceShell("reporting");
