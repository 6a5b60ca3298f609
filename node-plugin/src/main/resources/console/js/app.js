// Start-up: language, sign-in (a token checked against /status before it is kept), the status in
// the header (refreshed every half minute), the three tabs and the language switch.

import { applyStatic, language, onLanguageChange, setLanguage, t } from "./i18n.js";
import { ApiError, get, setToken, setUnauthorizedHandler, token } from "./api.js";
import { el, fill, showMessage, shortHex } from "./format.js";
import { initCaseView, openCase, redrawCaseView, resetCaseView } from "./case-view.js";
import { initVerifyView, redrawVerifyView, resetVerifyView } from "./verify-view.js";
import { initChartsView, redrawChartsView, resetChartsView } from "./charts-view.js";

const $ = (id) => document.getElementById(id);
const STATUS_EVERY_MS = 30_000;
const TABS = ["case", "verify", "charts"];

let statusTimer = null;
let lastStatus = null;

function renderLanguageSwitch() {
  const button = $("lang-switch");
  button.textContent = t("lang.other");
  button.lang = language() === "zh" ? "en" : "zh-CN";
  button.setAttribute("aria-label", t("lang.otherLabel"));
}

function renderStatus() {
  const box = $("status");
  if (!lastStatus) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  if (lastStatus instanceof ApiError) {
    box.dataset.state = "error";
    fill(box, el("span", { class: "status-dot", "aria-hidden": "true" }), t("status.unavailable"));
    return;
  }
  const s = lastStatus;
  let lag;
  if (s.lag === null || s.lag === undefined) {
    lag = t("status.nodeUnknown");
    box.dataset.state = "unknown";
  } else if (s.lag === 0) {
    lag = t("status.synced");
    box.dataset.state = "ok";
  } else {
    lag = t("status.lag", { lag: s.lag });
    box.dataset.state = s.lag > 10 ? "behind" : "ok";
  }
  box.setAttribute("aria-label", t("status.label"));
  fill(
    box,
    el("span", { class: "status-dot", "aria-hidden": "true" }),
    el("span", { class: "status-head", text: t("status.head", { number: s.checkpoint.number }) }),
    el("code", { class: "status-hash", title: s.checkpoint.hash, text: shortHex(s.checkpoint.hash) }),
    el("span", { class: "status-lag", text: lag }),
  );
}

async function refreshStatus() {
  try {
    lastStatus = (await get("/status")).data;
  } catch (error) {
    // A 401 signs out (handled by the API layer); anything else shows in the header.
    lastStatus = error instanceof ApiError && error.status !== 401 ? error : lastStatus;
  }
  renderStatus();
}

function showSignedIn(signedIn) {
  $("signin").hidden = signedIn;
  $("workspace").hidden = !signedIn;
  $("sign-out").hidden = !signedIn;
  if (statusTimer) {
    window.clearInterval(statusTimer);
    statusTimer = null;
  }
  if (signedIn) {
    statusTimer = window.setInterval(refreshStatus, STATUS_EVERY_MS);
  } else {
    lastStatus = null;
    renderStatus();
  }
}

function signOut(reason = null) {
  setToken(null);
  resetCaseView();
  resetVerifyView();
  resetChartsView();
  showSignedIn(false);
  $("token").value = "";
  showMessage($("signin-message"), reason);
  $("token").focus();
}

async function signIn(event) {
  event.preventDefault();
  const value = $("token").value.trim();
  const message = $("signin-message");
  if (!value) {
    showMessage(message, t("signin.empty"));
    return;
  }
  const button = $("signin-submit");
  button.disabled = true;
  showMessage(message, t("signin.checking"), "info");
  try {
    lastStatus = (await get("/status", {}, value)).data;
    setToken(value);
    $("token").value = "";
    showMessage(message, null);
    showSignedIn(true);
    renderStatus();
    selectTab("case");
    $("case-query").focus();
  } catch (error) {
    showMessage(message, error);
  } finally {
    button.disabled = false;
  }
}

function selectTab(name) {
  for (const tab of TABS) {
    const selected = tab === name;
    const button = $(`tab-${tab}`);
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`panel-${tab}`).hidden = !selected;
  }
}

function initTabs() {
  for (const tab of TABS) {
    $(`tab-${tab}`).addEventListener("click", () => selectTab(tab));
  }
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  document.querySelector("[role=tablist]").addEventListener("keydown", (e) => {
    const current = TABS.findIndex((tab) => $(`tab-${tab}`).getAttribute("aria-selected") === "true");
    let next = null;
    if (e.key === "ArrowRight") {
      next = (current + 1) % TABS.length;
    } else if (e.key === "ArrowLeft") {
      next = (current + TABS.length - 1) % TABS.length;
    } else if (e.key === "Home") {
      next = 0;
    } else if (e.key === "End") {
      next = TABS.length - 1;
    }
    if (next !== null) {
      e.preventDefault();
      selectTab(TABS[next]);
      $(`tab-${TABS[next]}`).focus();
    }
  });
}

function start() {
  applyStatic();
  renderLanguageSwitch();
  $("lang-switch").addEventListener("click", () => setLanguage(language() === "zh" ? "en" : "zh"));
  onLanguageChange(() => {
    renderLanguageSwitch();
    renderStatus();
    redrawCaseView();
    redrawVerifyView();
    redrawChartsView();
  });
  $("signin-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", () => signOut());
  setUnauthorizedHandler((error) => signOut(error));
  initTabs();
  initCaseView();
  initVerifyView({
    openCase: (caseId) => {
      selectTab("case");
      openCase(caseId);
    },
  });
  initChartsView();

  if (token()) {
    showSignedIn(true);
    refreshStatus();
  } else {
    showSignedIn(false);
  }
  document.body.dataset.ready = "true";
}

start();
