// Turnaround charts of one department: data requests (filed → fulfilled) and cases (opened →
// closed), median and p90 per day over the period chosen, days in the browser's time zone.

import { get, segment } from "./api.js";
import { t } from "./i18n.js";
import { fill, showMessage } from "./format.js";
import { drawSeries } from "./chart.js";

const $ = (id) => document.getElementById(id);
const DAY_MS = 86_400_000;

let loaded = null; // {turnaround, cycle} as last drawn
let generation = 0;

function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function initChartsView() {
  $("charts-form").addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
}

export function resetChartsView() {
  generation++;
  loaded = null;
  fill($("chart-turnaround"));
  fill($("chart-cycle"));
  showMessage($("charts-message"), null);
}

export function redrawChartsView() {
  if (loaded) {
    draw();
  }
}

async function load() {
  const dept = $("chart-dept").value.trim();
  const message = $("charts-message");
  if (!dept) {
    showMessage(message, t("charts.deptEmpty"));
    return;
  }
  const mine = ++generation;
  const days = Number($("chart-range").value) || 30;
  const to = new Date();
  const from = new Date(to.getTime() - days * DAY_MS);
  const params = { from: from.toISOString(), to: to.toISOString(), zone: browserZone() };
  const base = `/departments/${segment(dept)}/statistics`;
  showMessage(message, t("charts.loading"), "info");
  $("charts-submit").disabled = true;
  try {
    const [turnaround, cycle] = await Promise.all([
      get(`${base}/request-turnaround`, { ...params, side: $("chart-side").value }),
      get(`${base}/case-cycle`, params),
    ]);
    if (mine !== generation) {
      return;
    }
    loaded = { turnaround: turnaround.data, cycle: cycle.data };
    showMessage(message, null);
    draw();
  } catch (error) {
    if (mine === generation) {
      loaded = null;
      fill($("chart-turnaround"));
      fill($("chart-cycle"));
      showMessage(message, error);
    }
  } finally {
    if (mine === generation) {
      $("charts-submit").disabled = false;
    }
  }
}

function draw() {
  drawSeries($("chart-turnaround"), loaded.turnaround, t("charts.turnaround"));
  drawSeries($("chart-cycle"), loaded.cycle, t("charts.cycle"));
}
