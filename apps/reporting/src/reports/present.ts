import type { ClubTargets } from "@ishc/domain";
import {
  INDICATORS,
  type IndicatorValue,
  indicatorDefinition,
  publishCount,
  publishIndicator,
  type ReportPeriod,
} from "@ishc/domain";
import type { ComputedReport } from "./compute";

export type Lang = "vi" | "en";

/** A computed report as the caller sees it: named in their language, suppressed for viewers, only the indicators asked for. */
export function presentReport(
  computed: ComputedReport,
  ctx: {
    orgUnit: { id: string; name: string; kind: string };
    period: ReportPeriod;
    asOf: string;
    lang: Lang;
    viewer: boolean;
    only?: readonly string[];
  },
) {
  const wanted = ctx.only ? new Set(ctx.only) : null;
  const indicators = computed.indicators
    .filter((v) => !wanted || wanted.has(v.id))
    .map((v: IndicatorValue) => {
      const def = indicatorDefinition(v.id)!;
      const shown = ctx.viewer ? publishIndicator(def, v) : v;
      return {
        ...shown,
        id: v.id,
        section: def.section,
        name: def[ctx.lang],
        unit: def.unit,
        aggregation: def.aggregation,
      };
    });
  const clubs = computed.clubs.map((c: ClubTargets) => ({
    ...c,
    members: ctx.viewer ? publishCount(c.members) : c.members,
    membersBorrowedShare: ctx.viewer && c.members < 5 ? null : c.membersBorrowedShare,
  }));
  return {
    orgUnit: ctx.orgUnit,
    period: { label: ctx.period.label, kind: ctx.period.kind, start: ctx.period.start, end: ctx.period.end },
    asOf: ctx.asOf,
    lang: ctx.lang,
    treeAsOf: "period" as const,
    source: computed.source,
    computedAt: computed.computedAt,
    suppressed: ctx.viewer,
    indicators,
    clubs,
  };
}
export type PresentedReport = ReturnType<typeof presentReport>;
export const INDICATOR_ORDER = INDICATORS.map((i) => i.id);
