// A line chart of a daily duration series (median and p90 per day) drawn as inline SVG, with a
// legend and the data as a table for screen readers and for copying. The x axis spans the whole
// period asked for, so a few points sit where they happened; with few points the values are
// written beside them.

import { t, locale } from "./i18n.js";
import { el, day, duration, departmentLabel } from "./format.js";

const WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 18, right: 24, bottom: 52, left: 70 };
const DAY_MS = 86_400_000;
const UNITS = [
  { key: "s", seconds: 1, upTo: 120 },
  { key: "min", seconds: 60, upTo: 2 * 3600 },
  { key: "h", seconds: 3600, upTo: 2 * 86400 },
  { key: "d", seconds: 86400, upTo: Infinity },
];

let chartCount = 0;

function svg(tag, attrs = {}, ...children) {
  return el(tag, { ...attrs, svg: true }, ...children);
}

/** The day (YYYY-MM-DD) an instant falls on in zone. */
function dayIn(instant, zone) {
  const options = { year: "numeric", month: "2-digit", day: "2-digit" };
  let parts;
  try {
    parts = new Intl.DateTimeFormat("en-CA", { ...options, timeZone: zone }).formatToParts(new Date(instant));
  } catch {
    // An offset zone Intl does not take: the days are close enough in UTC for the axis.
    parts = new Intl.DateTimeFormat("en-CA", { ...options, timeZone: "UTC" }).formatToParts(new Date(instant));
  }
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

function dayNumber(isoDay) {
  const [y, m, d] = isoDay.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoOfDayNumber(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** A round step for about `count` ticks up to max: 1, 2 or 5 times a power of ten. */
function niceStep(max, count) {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

function numberText(n) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(n);
}

/**
 * Draws series (the API's Series: department, from, to, zone, buckets) into container, replacing
 * what was there. label names the chart for assistive technology.
 */
export function drawSeries(container, series, label) {
  container.replaceChildren();
  const zone = series.zone === "Z" ? "UTC" : series.zone;
  const firstDay = dayIn(series.from, zone);
  const lastDay = dayIn(new Date(new Date(series.to).getTime() - 1).toISOString(), zone);
  container.append(
    el("p", {
      class: "chart-caption",
      text: t("charts.caption", {
        department: departmentLabel(series.department),
        from: day(firstDay, true),
        to: day(lastDay, true),
        zone,
      }),
    }),
  );
  const buckets = series.buckets || [];
  if (buckets.length === 0) {
    container.append(el("p", { class: "chart-empty", text: t("charts.empty") }));
    return;
  }

  const maxSeconds = Math.max(...buckets.map((b) => Math.max(b.p90Seconds, b.medianSeconds)), 1);
  const unit = UNITS.find((u) => maxSeconds <= u.upTo);
  const maxValue = maxSeconds / unit.seconds;
  const step = niceStep(maxValue, 4);
  const yMax = Math.max(step, Math.ceil((maxValue * 1.1) / step) * step);

  const x0 = dayNumber(firstDay);
  const x1 = Math.max(dayNumber(lastDay), x0 + 1);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xOf = (isoDay) => MARGIN.left + ((dayNumber(isoDay) - x0) / (x1 - x0)) * plotW;
  const yOf = (seconds) => MARGIN.top + plotH - (seconds / unit.seconds / yMax) * plotH;

  const id = `chart-${++chartCount}`;
  const root = svg(
    "svg",
    {
      class: "chart-svg",
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: "img",
      "aria-labelledby": `${id}-title`,
      preserveAspectRatio: "xMidYMid meet",
    },
    svg("title", { id: `${id}-title`, text: label }),
  );

  // Horizontal grid and the y axis labels.
  const grid = svg("g", { class: "grid" });
  for (let v = 0; v <= yMax + step / 1000; v += step) {
    const y = MARGIN.top + plotH - (v / yMax) * plotH;
    grid.append(
      svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y, y2: y }),
      svg("text", { class: "tick", x: MARGIN.left - 8, y: y + 4, "text-anchor": "end", text: numberText(v) }),
    );
  }
  root.append(grid);

  // The x axis: up to seven evenly spaced day labels across the period.
  const axis = svg("g", { class: "axis" });
  axis.append(
    svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH }),
  );
  const span = x1 - x0;
  const tickEvery = Math.max(1, Math.ceil(span / 6));
  for (let n = x0; n <= x1; n += tickEvery) {
    const iso = isoOfDayNumber(n);
    const x = xOf(iso);
    axis.append(
      svg("line", { x1: x, x2: x, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 5 }),
      svg("text", { class: "tick", x, y: MARGIN.top + plotH + 20, "text-anchor": "middle", text: day(iso) }),
    );
  }
  axis.append(
    svg("text", {
      class: "axis-title",
      x: MARGIN.left + plotW / 2,
      y: HEIGHT - 8,
      "text-anchor": "middle",
      text: t("charts.xAxis"),
    }),
    svg("text", {
      class: "axis-title",
      x: -(MARGIN.top + plotH / 2),
      y: 16,
      transform: "rotate(-90)",
      "text-anchor": "middle",
      text: t("charts.yAxis", { unit: t(`unit.${unit.key}`) }),
    }),
  );
  root.append(axis);

  const sorted = [...buckets].sort((a, b) => a.day.localeCompare(b.day));
  const fewPoints = sorted.length <= 4;
  for (const [field, cls] of [
    ["p90Seconds", "p90"],
    ["medianSeconds", "median"],
  ]) {
    const group = svg("g", { class: `series series-${cls}` });
    if (sorted.length > 1) {
      const d = sorted.map((b, i) => `${i ? "L" : "M"}${xOf(b.day).toFixed(1)},${yOf(b[field]).toFixed(1)}`).join(" ");
      group.append(svg("path", { class: "line", d }));
    }
    for (const b of sorted) {
      const x = xOf(b.day);
      const y = yOf(b[field]);
      const point = svg(
        "circle",
        { class: `point point-${cls}`, cx: x.toFixed(1), cy: y.toFixed(1), r: 4.5, "data-day": b.day },
        svg("title", {
          text: t("charts.point", {
            day: day(b.day, true),
            median: duration(b.medianSeconds),
            p90: duration(b.p90Seconds),
            count: b.count,
          }),
        }),
      );
      group.append(point);
      if (fewPoints) {
        // Few points: write the value beside each so the chart reads without hovering.
        const above = cls === "p90" || b.p90Seconds === b.medianSeconds;
        group.append(
          svg("text", {
            class: "value",
            x: x + (x > WIDTH - 120 ? -8 : 8),
            y: y + (above ? -8 : 16),
            "text-anchor": x > WIDTH - 120 ? "end" : "start",
            text: cls === "p90" && b.p90Seconds === b.medianSeconds ? "" : duration(b[field]),
          }),
        );
      }
    }
    root.append(group);
  }
  container.append(root);

  container.append(
    el(
      "ul",
      { class: "legend" },
      el("li", {}, el("span", { class: "swatch swatch-median", "aria-hidden": "true" }), t("charts.median")),
      el("li", {}, el("span", { class: "swatch swatch-p90", "aria-hidden": "true" }), t("charts.p90")),
    ),
  );

  container.append(
    el(
      "details",
      { class: "chart-table" },
      el("summary", { text: t("charts.table") }),
      el(
        "table",
        {},
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col", text: t("charts.day") }),
            el("th", { scope: "col", text: t("charts.count") }),
            el("th", { scope: "col", text: t("charts.median") }),
            el("th", { scope: "col", text: t("charts.p90") }),
          ),
        ),
        el(
          "tbody",
          {},
          sorted.map((b) =>
            el(
              "tr",
              {},
              el("td", { text: b.day }),
              el("td", { text: String(b.count) }),
              el("td", { text: duration(b.medianSeconds) }),
              el("td", { text: duration(b.p90Seconds) }),
            ),
          ),
        ),
      ),
    ),
  );
}
