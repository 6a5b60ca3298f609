// Verify a file: hash it here (the file never leaves the machine), look its SHA-256 up among the
// deposits, and say whether, by whom, when and in which case it was deposited — single deposits
// and batched items alike. Results stay listed, newest first, until sign-out.

import { get, segment } from "./api.js";
import { t } from "./i18n.js";
import { el, fill, showMessage, timeNode, departmentNode, hashNode, bytes, kvRows } from "./format.js";
import { sha256OfFile } from "./sha256.js";

const $ = (id) => document.getElementById(id);
const HASH = /^(0x)?[0-9a-fA-F]{64}$/;
const LIMIT = 50;

let results = [];
let openCaseHandler = () => {};

export function initVerifyView({ openCase }) {
  openCaseHandler = openCase;
  const input = $("verify-file");
  input.addEventListener("change", () => {
    verifyFiles([...input.files]);
    // Choosing the same file again must fire change again.
    input.value = "";
  });
  const zone = $("dropzone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    verifyFiles([...(e.dataTransfer ? e.dataTransfer.files : [])]);
  });
  // A file dropped beside the zone would make the browser navigate to it and leave the console.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());

  $("hash-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const value = $("hash-input").value.trim();
    const result = { name: t("verify.pasted"), pasted: true, size: null, state: "hashing", progress: 0 };
    results.unshift(result);
    if (!HASH.test(value)) {
      result.state = "error";
      result.error = t("verify.badHash");
      render();
      return;
    }
    result.sha256 = (value.startsWith("0x") ? value : `0x${value}`).toLowerCase();
    lookUp(result);
  });
}

export function resetVerifyView() {
  results = [];
  render();
}

export function redrawVerifyView() {
  render();
}

function verifyFiles(files) {
  for (const file of files) {
    const result = { name: file.name, size: file.size, state: "hashing", progress: 0 };
    results.unshift(result);
    render();
    sha256OfFile(file, (fraction) => {
      result.progress = fraction;
      renderOne(result);
    })
      .then((sha256) => {
        result.sha256 = sha256;
        return lookUp(result);
      })
      .catch((error) => {
        result.state = "error";
        result.error = t("verify.failed", { reason: (error && error.message) || String(error) });
        render();
      });
  }
}

async function lookUp(result) {
  result.state = "querying";
  render();
  try {
    const answer = await get("/evidence", { sha256: result.sha256, limit: LIMIT });
    result.items = answer.data;
    result.more = Boolean(answer.next);
    result.state = answer.data.length ? "found" : "missing";
    // The case of each item, for its handling department and status: one request per case.
    const cases = [...new Set(answer.data.map((item) => item.caseId))];
    result.cases = new Map();
    await Promise.all(
      cases.map(async (caseId) => {
        try {
          result.cases.set(caseId, (await get(`/cases/${segment(caseId)}`)).data);
        } catch {
          // A batched item of a case the index does not know, or one the token may not see.
        }
      }),
    );
  } catch (error) {
    result.state = "error";
    result.error = error;
  }
  render();
}

const nodes = new WeakMap();

/** Redraws every result, newest first (a new one, a language switch). */
function render() {
  fill($("verify-results"), results.map((r) => renderOne(r)));
}

/** Redraws one result in its own list item, which stays the same element across redraws. */
function renderOne(result) {
  let node = nodes.get(result);
  if (!node) {
    node = el("li", {});
    nodes.set(result, node);
  }
  node.className = `card result result-${result.state}`;
  node.dataset.state = result.state;
  const head = el(
    "div",
    { class: "result-head" },
    el("span", { class: "file-name", text: result.name }),
    result.size !== null && result.size !== undefined ? el("span", { class: "muted", text: bytes(result.size) }) : null,
  );
  const hash = result.sha256
    ? el("p", { class: "result-hash" }, el("span", { class: "label", text: "SHA-256 " }), el("code", { class: "hash", text: result.sha256 }))
    : null;
  let body;
  switch (result.state) {
    case "hashing":
      body = el(
        "p",
        { class: "verdict verdict-progress" },
        t("verify.hashing", { percent: Math.round((result.progress || 0) * 100) }),
        el("progress", { max: "1", value: String(result.progress || 0) }),
      );
      break;
    case "querying":
      body = el("p", { class: "verdict verdict-progress", text: t("verify.querying") });
      break;
    case "missing":
      body = el("p", { class: "verdict verdict-missing", role: "status" }, el("span", { "aria-hidden": "true", text: "✗ " }), t("verify.notFound"));
      break;
    case "error": {
      const box = el("div", { class: "message", role: "alert" });
      showMessage(box, result.error);
      body = box;
      break;
    }
    case "found":
      body = [
        el(
          "p",
          { class: "verdict verdict-found", role: "status" },
          el("span", { "aria-hidden": "true", text: "✓ " }),
          t("verify.found"),
          " ",
          el("span", { class: "muted", text: t("verify.foundCount", { count: result.items.length }) }),
        ),
        el("ul", { class: "items" }, result.items.map((item) => renderItem(item, result.cases))),
        result.more ? el("p", { class: "hint", text: t("verify.more") }) : null,
      ];
      break;
    default:
      body = null;
  }
  fill(node, head, hash, body);
  return node;
}

function renderItem(item, cases) {
  const c = cases && cases.get(item.caseId);
  const batch = item.source === "BATCH";
  return el(
    "li",
    { class: "item deposit", "data-source": item.source },
    el(
      "div",
      { class: "item-head" },
      el("span", { class: `badge badge-${batch ? "info" : "neutral"}`, text: t(`evidence.${item.source}`) }),
      timeNode(item.at),
    ),
    el(
      "dl",
      { class: "kv kv-compact" },
      kvRows([
        // The full address: this is what a court or an auditor copies into a report.
        [t("f.depositor"), el("span", { class: "depositor" }, el("code", { class: "hash", title: item.submittedBy, text: item.submittedBy }))],
        // A batched item names the department that anchored it; a single deposit does not, and
        // the case's handling department is shown instead, under its own label.
        item.department
          ? [t("f.department"), departmentNode(item.department)]
          : [t("f.caseDepartment"), c ? departmentNode(c.department) : null],
        [t("f.at"), el("span", { class: "deposited-at" }, timeNode(item.at))],
        [
          t("f.case"),
          el(
            "span",
            { class: "case-ref" },
            hashNode(item.caseId),
            " ",
            el("button", { type: "button", class: "btn btn-link", onclick: () => openCaseHandler(item.caseId), text: t("verify.openCase") }),
          ),
        ],
        [t("f.batch"), batch ? el("span", {}, t("evidence.leaf", { leaf: item.leafIndex }), " ", hashNode(item.batchRoot)) : null],
        [t("f.evidenceId"), batch ? null : hashNode(item.evidenceId)],
        [t("f.block"), `#${item.blockNumber}`],
        [t("f.tx"), hashNode(item.transactionHash)],
      ]),
    ),
  );
}
