import {
  type Dimension,
  dimensionKeyName,
  indicatorDefinition,
  neutraliseFormula,
  toCsv,
} from "@ishc/domain";
import type { Lang, PresentedReport } from "./present";
import { type Cell, xlsxWorkbook } from "./xlsx";

/**
 * A report as a table (for CSV and XLSX) and as a printable page laid out
 * like the province association's yearly report: numbered sections, one row
 * per figure, its breakdowns indented below it.
 */

const T = {
  vi: {
    section: "Phần",
    title: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU",
    unit: "Đơn vị",
    period: "Kỳ báo cáo",
    asOf: "Số liệu tồn đến hết ngày",
    no: "TT",
    indicator: "Chỉ tiêu",
    group: "Phân tổ",
    value: "Kết quả",
    unitOf: "Đơn vị tính",
    code: "Mã chỉ tiêu",
    target: "Mục tiêu",
    met: "Đạt",
    notMet: "Chưa đạt",
    clubs: "Các câu lạc bộ",
    club: "Câu lạc bộ",
    members: "Hội viên",
    borrowed: "% hội viên đã vay",
    bothFunds: "Đủ hai quỹ",
    areas: "Số nội dung hoạt động",
    everyMonth: "Sinh hoạt đủ các tháng",
    yes: "Có",
    no_: "Không",
    generated: "Lập lúc",
    suppressed: "Ô dưới 5 người ghi “<5”.",
    sections: {
      clubs: "Câu lạc bộ",
      members: "Hội viên",
      meetings: "Sinh hoạt định kỳ",
      activities: "Hoạt động",
      funds: "Quỹ và vốn vay",
      targets: "Mục tiêu Quyết định 1336/QĐ-TTg",
    },
    units: {
      clubs: "CLB",
      people: "người",
      count: "lượt",
      sessions: "buổi",
      days: "ngày công",
      vnd: "đồng",
      share: "%",
    },
  },
  en: {
    section: "Section",
    title: "REPORT ON THE INTERGENERATIONAL SELF-HELP CLUBS",
    unit: "Org unit",
    period: "Period",
    asOf: "Stocks as of the end of",
    no: "No.",
    indicator: "Indicator",
    group: "Breakdown",
    value: "Value",
    unitOf: "Unit",
    code: "Indicator id",
    target: "Target",
    met: "Met",
    notMet: "Not met",
    clubs: "Clubs",
    club: "Club",
    members: "Members",
    borrowed: "% of members who borrowed",
    bothFunds: "Both funds",
    areas: "Activity areas",
    everyMonth: "Met every month",
    yes: "Yes",
    no_: "No",
    generated: "Generated",
    suppressed: "Cells under 5 people are shown as “<5”.",
    sections: {
      clubs: "Clubs",
      members: "Members",
      meetings: "Monthly meetings",
      activities: "Activities",
      funds: "Funds and loans",
      targets: "Decision 1336/QĐ-TTg targets",
    },
    units: {
      clubs: "clubs",
      people: "people",
      count: "",
      sessions: "sessions",
      days: "days",
      vnd: "VND",
      share: "%",
    },
  },
} as const;

type Indicator = PresentedReport["indicators"][number];

/** A share as a percentage with two decimals; other values as they are. */
function cellValue(indicator: Indicator, value: number | "<5" | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (value === "<5") return value;
  return indicator.unit === "share" ? Math.round(value * 10_000) / 100 : value;
}

/** Header and rows: one per figure and one per breakdown cell. */
export function reportTable(report: PresentedReport): { header: string[]; rows: Cell[][] } {
  const t = T[report.lang];
  const header = [t.unit, t.period, t.section, t.code, t.indicator, t.group, t.value, t.unitOf];
  const rows: Cell[][] = [];
  const unit = report.orgUnit.name;
  for (const ind of report.indicators) {
    const section = t.sections[ind.section];
    const unitName = t.units[ind.unit];
    rows.push([
      unit,
      report.period.label,
      section,
      ind.id,
      ind.name,
      null,
      cellValue(ind, ind.value),
      unitName,
    ]);
    for (const [dim, parts] of Object.entries(ind.breakdown ?? {})) {
      for (const [key, v] of Object.entries(parts)) {
        const share = ind.unit === "share";
        rows.push([
          unit,
          report.period.label,
          section,
          ind.id,
          ind.name,
          dimensionKeyName(dim as Dimension, key, report.lang),
          share ? (v as number | null) : cellValue(ind, v),
          share ? t.units.clubs : unitName,
        ]);
      }
    }
  }
  return { header, rows };
}

export function reportCsv(report: PresentedReport): string {
  const { header, rows } = reportTable(report);
  return toCsv(header, rows);
}

const safe = (cell: Cell): Cell => (typeof cell === "string" ? neutraliseFormula(cell) : cell);

export function reportXlsx(report: PresentedReport): Uint8Array {
  const t = T[report.lang];
  const { header, rows } = reportTable(report);
  const clubHeader = [t.club, t.members, t.borrowed, t.bothFunds, t.areas, t.everyMonth];
  const clubRows: Cell[][] = report.clubs.map((c) => [
    c.name,
    c.members,
    c.membersBorrowedShare === null ? null : Math.round(c.membersBorrowedShare * 10_000) / 100,
    c.holdsBothFunds ? t.yes : t.no_,
    c.areasActive,
    c.meetingEveryMonth ? t.yes : t.no_,
  ]);
  return xlsxWorkbook([
    {
      name: report.lang === "vi" ? "Chỉ tiêu" : "Indicators",
      rows: [header, ...rows].map((r) => r.map(safe)),
      widths: [28, 14, 22, 26, 44, 30, 16, 12],
    },
    {
      name: t.clubs,
      rows: [clubHeader, ...clubRows].map((r) => r.map(safe)),
      widths: [40, 12, 18, 12, 14, 18],
    },
  ]);
}

const html = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Thousands grouped the way each language writes them: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const sign = value < 0 ? "-" : "";
  return sign + grouped + (frac ? (lang === "vi" ? "," : ".") + frac : "");
}

function shown(ind: Indicator, value: number | "<5" | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "–";
  if (value === "<5") return "&lt;5";
  if (ind.unit === "share") return `${formatNumber(value * 100, lang, 1)}%`;
  if (ind.unit === "days") return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
  return formatNumber(value, lang);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];

export function reportHtml(report: PresentedReport): string {
  const lang = report.lang;
  const t = T[lang];
  const sections = [...new Set(report.indicators.map((i) => i.section))];
  const body = sections
    .map((section, s) => {
      const rows = report.indicators
        .filter((i) => i.section === section)
        .map((ind, n) => {
          const def = indicatorDefinition(ind.id);
          const target =
            ind.target === undefined
              ? ""
              : ` <span class="target">(${t.target} ≥ ${formatNumber(ind.target * 100, lang)}%: ${
                  ind.met === true ? t.met : ind.met === false ? t.notMet : "–"
                })</span>`;
          const breakdown = Object.entries(ind.breakdown ?? {})
            .flatMap(([dim, parts]) =>
              Object.entries(parts).map(
                ([key, v]) =>
                  `<tr class="sub"><td></td><td>– ${html(dimensionKeyName(dim as Dimension, key, lang))}</td><td>${html(
                    ind.unit === "share" ? t.units.clubs : t.units[ind.unit],
                  )}</td><td class="num">${ind.unit === "share" ? formatNumber((v as number) ?? 0, lang) : shown(ind, v, lang)}</td></tr>`,
              ),
            )
            .join("");
          const ratio =
            ind.aggregation === "ratio" && ind.denominator !== undefined
              ? ` <span class="ratio">(${shown({ ...ind, unit: "count" }, ind.numerator, lang)}/${shown(
                  { ...ind, unit: "count" },
                  ind.denominator,
                  lang,
                )})</span>`
              : "";
          return `<tr><td class="no">${n + 1}</td><td>${html(ind.name)}${target}</td><td>${html(
            t.units[def?.unit ?? ind.unit],
          )}</td><td class="num">${shown(ind, ind.value, lang)}${ratio}</td></tr>${breakdown}`;
        })
        .join("");
      return `<tr class="section"><td>${ROMAN[s] ?? s + 1}</td><td colspan="3">${html(t.sections[section])}</td></tr>${rows}`;
    })
    .join("");
  const clubs = report.clubs.length
    ? `<h2>${html(t.clubs)}</h2><table><thead><tr><th>${t.no}</th><th>${html(t.club)}</th><th>${html(t.members)}</th><th>${html(
        t.borrowed,
      )}</th><th>${html(t.bothFunds)}</th><th>${html(t.areas)}</th><th>${html(t.everyMonth)}</th></tr></thead><tbody>${report.clubs
        .map(
          (c, i) =>
            `<tr><td class="no">${i + 1}</td><td>${html(c.name)}</td><td class="num">${
              c.members === "<5" ? "&lt;5" : formatNumber(Number(c.members), lang)
            }</td><td class="num">${
              c.membersBorrowedShare === null
                ? "–"
                : `${formatNumber(c.membersBorrowedShare * 100, lang, 1)}%`
            }</td><td>${c.holdsBothFunds ? t.yes : t.no_}</td><td class="num">${c.areasActive}/8</td><td>${
              c.meetingEveryMonth ? t.yes : t.no_
            }</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${html(t.title)} – ${html(report.orgUnit.name)} – ${html(
    report.period.label,
  )}</title>
<style>
body{font-family:"Times New Roman",Times,serif;margin:2cm;color:#000}
h1{text-align:center;font-size:15pt;margin:0 0 .3em}
h2{font-size:13pt;margin-top:1.5em}
.meta{text-align:center;margin:0 0 1em}
table{border-collapse:collapse;width:100%;font-size:12pt}
th,td{border:1px solid #000;padding:3px 6px;vertical-align:top}
th{background:#eee}
td.num{text-align:right;white-space:nowrap}
td.no{text-align:center;width:2.5em}
tr.section td{font-weight:bold;background:#f4f4f4}
tr.sub td{font-size:11pt;color:#222}
.target,.ratio{font-size:10.5pt;color:#333}
.note{font-size:10pt;margin-top:1em}
@media print{body{margin:1.5cm}th{background:none}tr{page-break-inside:avoid}}
</style></head><body>
<h1>${html(t.title)}</h1>
<p class="meta">${html(t.unit)}: <b>${html(report.orgUnit.name)}</b> · ${html(t.period)}: <b>${html(
    report.period.label,
  )}</b> (${report.period.start === "1900-01-01" ? "…" : report.period.start} – ${report.period.end}) · ${html(t.asOf)} ${report.asOf}</p>
<table><thead><tr><th>${t.no}</th><th>${html(t.indicator)}</th><th>${html(t.unitOf)}</th><th>${html(t.value)}</th></tr></thead>
<tbody>${body}</tbody></table>
${clubs}
<p class="note">${html(t.generated)}: ${html(report.computedAt)}${report.suppressed ? ` · ${html(t.suppressed)}` : ""}</p>
</body></html>`;
}
