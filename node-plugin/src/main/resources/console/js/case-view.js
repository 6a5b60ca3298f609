// The case: found by its number or id; its summary, its timeline page by page (keyset cursor), its
// evidence, the data requests and letters its events name, the acting members' credentials, and
// the supervision checks these allow. Everything loaded is kept in `state` so that a language
// switch redraws without asking the server again.

import { get, segment } from "./api.js";
import { t, has } from "./i18n.js";
import {
  el,
  fill,
  showMessage,
  isZero,
  timeNode,
  departmentNode,
  departmentLabel,
  hashNode,
  addressNode,
  money,
  duration,
  categories,
  kvRows,
} from "./format.js";

const ACTIVITY_PAGE = 500;
// Pages of a department's activity read to find its members' records; beyond, the check is partial.
const ACTIVITY_PAGES = 20;
const CASE_ID = /^0x[0-9a-fA-F]{64}$/;
const CREDENTIALED_ROLES = ["OFFICER", "CAPTAIN"];

const $ = (id) => document.getElementById(id);

let state = emptyState();
let generation = 0;

function emptyState() {
  return {
    caseNumber: null,
    caseData: null,
    pageSize: 50,
    events: [],
    next: null,
    loadingMore: false,
    evidence: [],
    evidenceNext: null,
    evidenceError: null,
    requests: new Map(), // id -> {data} | {error} | {loading: true}
    letters: new Map(),
    departments: new Map(), // department id -> {records, cursor, done, scanned, pages, error}
    membersLoading: false,
    membersStale: false, // more acts arrived while the members were loading
  };
}

export function initCaseView() {
  $("case-form").addEventListener("submit", (e) => {
    e.preventDefault();
    openCase($("case-query").value);
  });
  $("timeline-more").addEventListener("click", loadMoreTimeline);
  $("evidence-more").addEventListener("click", loadMoreEvidence);
}

/** Clears everything shown (signing out). */
export function resetCaseView() {
  generation++;
  state = emptyState();
  $("case-view").hidden = true;
  $("case-query").value = "";
  showMessage($("case-message"), null);
}

/** Redraws from what is loaded (language switch). */
export function redrawCaseView() {
  if (state.caseData) {
    renderAll();
  }
}

/** Looks a case up by number or 0x id and shows it. */
export async function openCase(rawQuery) {
  const query = (rawQuery || "").trim();
  const message = $("case-message");
  if (!query) {
    showMessage(message, t("case.empty"));
    return;
  }
  $("case-query").value = query;
  const mine = ++generation;
  state = emptyState();
  state.pageSize = Number($("page-size").value) || 50;
  $("case-view").hidden = true;
  showMessage(message, t("case.loading"), "info");
  $("case-submit").disabled = true;
  try {
    const byId = CASE_ID.test(query);
    const answer = byId
      ? await get(`/cases/${segment(query.toLowerCase())}`)
      : await get("/cases", { number: query });
    if (mine !== generation) {
      return;
    }
    state.caseNumber = byId ? null : query;
    state.caseData = answer.data;
    showMessage(message, null);
    $("case-view").hidden = false;
    renderAll();
    await Promise.all([loadTimelinePage(mine), loadEvidencePage(mine)]);
  } catch (error) {
    if (mine === generation) {
      showMessage(message, error);
    }
  } finally {
    if (mine === generation) {
      $("case-submit").disabled = false;
    }
  }
}

async function loadTimelinePage(mine) {
  const caseId = state.caseData.caseId;
  state.loadingMore = true;
  renderTimelineControls();
  try {
    const answer = await get(`/cases/${segment(caseId)}/timeline`, { limit: state.pageSize, cursor: state.next });
    if (mine !== generation) {
      return;
    }
    state.events.push(...answer.data);
    state.next = answer.next;
    showMessage($("timeline-message"), null);
  } catch (error) {
    if (mine === generation) {
      showMessage($("timeline-message"), error);
    }
    return;
  } finally {
    if (mine === generation) {
      state.loadingMore = false;
      renderTimeline();
      renderChecks();
    }
  }
  loadLinked(mine);
  loadMembers(mine);
}

function loadMoreTimeline() {
  if (state.next && !state.loadingMore) {
    loadTimelinePage(generation);
  }
}

async function loadEvidencePage(mine) {
  try {
    const answer = await get(`/cases/${segment(state.caseData.caseId)}/evidence`, {
      limit: state.pageSize,
      cursor: state.evidenceNext,
    });
    if (mine !== generation) {
      return;
    }
    state.evidence.push(...answer.data);
    state.evidenceNext = answer.next;
    state.evidenceError = null;
  } catch (error) {
    if (mine === generation) {
      state.evidenceError = error;
    }
  }
  if (mine === generation) {
    renderEvidence();
  }
}

function loadMoreEvidence() {
  if (state.evidenceNext) {
    loadEvidencePage(generation);
  }
}

/** Fetches the requests and letters the loaded events name, each once. */
function loadLinked(mine) {
  const requestIds = new Set();
  const letterIds = new Set();
  for (const e of state.events) {
    const f = e.fields || {};
    if (f.requestId && !isZero(f.requestId)) {
      requestIds.add(f.requestId);
    }
    if (f.letterId && !isZero(f.letterId)) {
      letterIds.add(f.letterId);
    }
  }
  for (const id of requestIds) {
    fetchInto(mine, state.requests, id, `/requests/${segment(id)}`, (request) => {
      if (request.letterId && !isZero(request.letterId)) {
        fetchInto(mine, state.letters, request.letterId, `/letters/${segment(request.letterId)}`);
      }
    });
  }
  for (const id of letterIds) {
    fetchInto(mine, state.letters, id, `/letters/${segment(id)}`);
  }
}

async function fetchInto(mine, map, id, path, then = () => {}) {
  if (map.has(id)) {
    return;
  }
  map.set(id, { loading: true });
  try {
    const answer = await get(path);
    if (mine !== generation) {
      return;
    }
    map.set(id, { data: answer.data });
    then(answer.data);
  } catch (error) {
    if (mine === generation) {
      map.set(id, { error });
    }
  }
  if (mine === generation) {
    renderRequests();
    renderLetters();
    renderChecks();
  }
}

// ---- members and credentials --------------------------------------------------------------

/** The address that acted in an event, if any. */
function actorOf(event) {
  const f = event.fields || {};
  for (const name of ["officer", "by", "depositor", "anchorer", "actor", "creator", "approver", "issuer", "custodian"]) {
    if (typeof f[name] === "string" && f[name].startsWith("0x")) {
      return f[name];
    }
  }
  return null;
}

function involvedDepartments() {
  const c = state.caseData;
  const out = new Set([
    c.department,
    c.openingDepartment,
    ...(c.handedOffTo || []),
    ...(c.formerOwners || []),
  ]);
  if (c.pendingTransferTo) {
    out.add(c.pendingTransferTo);
  }
  for (const e of state.events) {
    const f = e.fields || {};
    for (const name of ["department", "requesterDepartment", "targetDepartment", "issuerDepartment", "from", "to"]) {
      if (typeof f[name] === "string" && CASE_ID.test(f[name]) && !isZero(f[name])) {
        out.add(f[name]);
      }
    }
  }
  out.delete(null);
  out.delete(undefined);
  return [...out];
}

/**
 * Reads the involved departments' activity from the start, far enough to pass the last act
 * loaded, keeping the MemberSet and MemberRemoved records: who was a member of which department,
 * with which roles and credential, at the time of each act. Resumes where it stopped when more
 * timeline pages bring later acts.
 */
async function loadMembers(mine) {
  if (state.membersLoading) {
    state.membersStale = true;
    return;
  }
  state.membersLoading = true;
  state.membersStale = false;
  renderCredentials();
  const lastAct = state.events.length ? state.events[state.events.length - 1].blockTime : null;
  try {
    await Promise.all(
      involvedDepartments().map(async (dept) => {
        let scan = state.departments.get(dept);
        if (!scan) {
          scan = { records: [], cursor: null, done: false, scannedUntil: null, pages: 0, error: null };
          state.departments.set(dept, scan);
        }
        while (!scan.done && !scan.error && scan.pages < ACTIVITY_PAGES) {
          if (scan.scannedUntil && lastAct && scan.scannedUntil > lastAct) {
            break;
          }
          try {
            const answer = await get(`/departments/${segment(dept)}/activity`, {
              limit: ACTIVITY_PAGE,
              cursor: scan.cursor,
            });
            if (mine !== generation) {
              return;
            }
            scan.pages++;
            for (const e of answer.data) {
              if (e.type === "MemberSet" || e.type === "MemberRemoved") {
                scan.records.push(e);
              }
            }
            if (answer.data.length) {
              scan.scannedUntil = answer.data[answer.data.length - 1].blockTime;
            }
            scan.cursor = answer.next;
            scan.done = !answer.next;
          } catch (error) {
            scan.error = error;
          }
        }
      }),
    );
  } finally {
    if (mine === generation) {
      state.membersLoading = false;
      renderTimeline();
      renderCredentials();
      renderChecks();
      if (state.membersStale) {
        loadMembers(mine);
      }
    }
  }
}

function before(a, b) {
  return a.blockNumber < b.blockNumber || (a.blockNumber === b.blockNumber && a.logIndex < b.logIndex);
}

/** The member record in force for account just before event, from any scanned department. */
function membershipAt(account, event) {
  let found = null;
  for (const scan of state.departments.values()) {
    for (const r of scan.records) {
      if (r.fields.account === account && before(r, event) && (!found || before(found, r))) {
        found = r;
      }
    }
  }
  return found && found.type === "MemberSet" ? found.fields : null;
}

function membersPartial() {
  return [...state.departments.values()].some((s) => !s.done && !s.error && s.pages >= ACTIVITY_PAGES);
}

/** Per acting account: its acts, its record at its last act, and the finding. */
function credentialFindings() {
  const byAccount = new Map();
  for (const e of state.events) {
    const actor = actorOf(e);
    if (!actor) {
      continue;
    }
    if (!byAccount.has(actor)) {
      byAccount.set(actor, []);
    }
    byAccount.get(actor).push(e);
  }
  const findings = [];
  for (const [account, acts] of byAccount) {
    let verdict = "valid";
    let record = null;
    for (const act of acts) {
      const m = membershipAt(account, act);
      if (!m) {
        verdict = "noRecord";
        continue;
      }
      record = m;
      const needsCredential = (m.roles || []).some((r) => CREDENTIALED_ROLES.includes(r));
      if (!needsCredential) {
        if (verdict === "valid") {
          verdict = "notRequired";
        }
      } else if (!(new Date(m.credentialExpiry) > new Date(act.blockTime)) || isZero(m.credentialRef)) {
        verdict = "expired";
      }
    }
    if (verdict === "notRequired" && record && (record.roles || []).some((r) => CREDENTIALED_ROLES.includes(r))) {
      verdict = "valid";
    }
    findings.push({ account, acts, record, verdict });
  }
  return findings;
}

// ---- rendering ------------------------------------------------------------------------------

function renderAll() {
  renderSummary();
  renderTimeline();
  renderEvidence();
  renderRequests();
  renderLetters();
  renderCredentials();
  renderChecks();
}

function statusBadge(prefix, value, tone) {
  if (!value) {
    return el("span", { class: "muted", text: t("misc.none") });
  }
  const key = `${prefix}.${value}`;
  return el("span", { class: `badge badge-${tone || "neutral"}`, "data-value": value, text: has(key) ? t(key) : value });
}

function caseTone(status) {
  return status === "CLOSED" ? "ok" : status === "REFERRED" ? "warn" : "info";
}

function renderSummary() {
  const c = state.caseData;
  const d = c.decision;
  const cycle = c.closedAt ? (new Date(c.closedAt) - new Date(c.openedAt)) / 1000 : null;
  fill(
    $("case-summary"),
    kvRows([
      [t("case.number"), state.caseNumber ? el("strong", { class: "case-number", text: state.caseNumber }) : el("span", { class: "muted", text: t("case.numberUnknown") })],
      [t("case.id"), hashNode(c.caseId)],
      [t("case.status"), statusBadge("caseStatus", c.status, caseTone(c.status))],
      [t("case.department"), departmentNode(c.department)],
      [t("case.openingDepartment"), c.openingDepartment !== c.department ? departmentNode(c.openingDepartment) : null],
      [t("case.openedBy"), addressNode(c.openedBy)],
      [t("case.type"), String(c.caseType)],
      [t("case.procedure"), c.simple ? t("case.simple") : t("case.general")],
      [t("case.openedAt"), timeNode(c.openedAt)],
      [t("case.fine"), d ? money(d.fineFen) : null],
      [t("case.paymentDue"), d ? timeNode(d.paymentDue) : null],
      [t("case.closedAt"), c.closedAt ? timeNode(c.closedAt) : null],
      [t("case.result"), c.closeResult ? statusBadge("closeResult", c.closeResult, "ok") : null],
      [t("case.cycle"), cycle !== null ? duration(cycle) : null],
      [t("case.handedOffTo"), c.handedOffTo && c.handedOffTo.length ? c.handedOffTo.map((x) => departmentNode(x)) : null],
      [t("case.formerOwners"), c.formerOwners && c.formerOwners.length ? c.formerOwners.map((x) => departmentNode(x)) : null],
      [t("case.pendingTransfer"), c.pendingTransferTo ? departmentNode(c.pendingTransferTo) : null],
      [t("case.reminders"), t("case.remindersValue", { reminders: c.reminders, notices: c.notices })],
    ]),
  );
}

// Events that name the department their actor acted for.
const EXPLICIT_DEPARTMENT = {
  CaseOpened: "department",
  BatchAnchored: "department",
  RequestCreated: "requesterDepartment",
  LetterIssued: "issuerDepartment",
  CaseHandedOff: "from",
  TransferProposed: "from",
};
// Request events done by the target department's custodian; the others by the requester's side.
const TARGET_SIDE = new Set(["RequestAccepted", "RequestRejected", "RequestFulfilled"]);

/**
 * The department an act was done for: the member's record when the members are loaded, else what
 * the event implies (its own field, its request's side, or the case's owner at the time).
 */
function actorDepartment(event, ownerAtEvent) {
  const actor = actorOf(event);
  const member = actor ? membershipAt(actor, event) : null;
  if (member) {
    return { department: member.department, roles: member.roles };
  }
  const f = event.fields || {};
  const field = EXPLICIT_DEPARTMENT[event.type];
  if (field && f[field]) {
    return { department: f[field], roles: null };
  }
  if (event.contract === "DataRequestRegistry" && f.requestId) {
    const loaded = state.requests.get(f.requestId);
    const created = state.events.find((e) => e.type === "RequestCreated" && e.fields.requestId === f.requestId);
    const request = (loaded && loaded.data) || (created && created.fields);
    if (request) {
      return {
        department: TARGET_SIDE.has(event.type) ? request.targetDepartment : request.requesterDepartment,
        roles: null,
      };
    }
  }
  return { department: ownerAtEvent, roles: null };
}

const TITLE_KIND = {
  CaseRegistry: "case",
  EvidenceRegistry: "evidence",
  DataRequestRegistry: "request",
  LetterRegistry: "letter",
};

function eventDetails(e) {
  const f = e.fields || {};
  switch (e.type) {
    case "CaseOpened":
      return [
        [t("f.caseType"), String(f.caseType)],
        [t("f.procedure"), f.simple ? t("case.simple") : t("case.general")],
      ];
    case "EvidenceDeposited":
      return [
        [t("f.contentSha256"), hashNode(f.contentSha256)],
        [t("f.contentSm3"), hashNode(f.contentSm3)],
        [t("f.evidenceId"), hashNode(f.evidenceId)],
        [t("f.kind"), String(f.kind)],
        [t("f.blobRef"), hashNode(f.blobRef)],
        [t("f.metadataHash"), hashNode(f.metadataHash)],
        [t("f.supersedes"), isZero(f.supersedes) ? null : hashNode(f.supersedes)],
      ];
    case "BatchAnchored":
      return [
        [t("f.itemCount"), String(f.itemCount)],
        [t("f.root"), hashNode(f.root)],
        [t("f.manifestRef"), hashNode(f.manifestRef)],
        [t("f.metadataHash"), hashNode(f.metadataHash)],
      ];
    case "CustodyRecorded":
      return [
        [t("f.action"), has(`custody.${f.action}`) ? t(`custody.${f.action}`) : f.action],
        [t("f.subject"), hashNode(f.subject)],
        [t("f.ref"), hashNode(f.ref)],
      ];
    case "RequestCreated":
      return [
        [t("f.requester"), departmentNode(f.requesterDepartment)],
        [t("f.target"), departmentNode(f.targetDepartment)],
        [t("f.categories"), categories(f.categories)],
        [t("f.deadline"), timeNode(f.deadline)],
        [t("f.requestId"), hashNode(f.requestId)],
        [t("f.queryCommitment"), hashNode(f.queryCommitment)],
      ];
    case "LetterIssued":
      return [
        [t("f.holder"), addressNode(f.holder)],
        [t("f.target"), departmentNode(f.targetDepartment)],
        [t("f.categories"), categories(f.categories)],
        [t("f.validity"), el("span", {}, timeNode(f.validFrom), " – ", timeNode(f.validUntil))],
        [t("f.letterId"), hashNode(f.letterId)],
        [t("f.requestId"), hashNode(f.requestId)],
        [t("f.purposeHash"), hashNode(f.purposeHash)],
      ];
    case "LetterBound":
      return [
        [t("f.letterId"), hashNode(f.letterId)],
        [t("f.requestId"), hashNode(f.requestId)],
      ];
    case "LetterRevoked":
      return [
        [t("f.letterId"), hashNode(f.letterId)],
        [t("f.reasonHash"), hashNode(f.reasonHash)],
      ];
    case "RequestRejected":
      return [
        [t("f.requestId"), hashNode(f.requestId)],
        [t("f.reasonHash"), hashNode(f.reasonHash)],
      ];
    case "RequestFulfilled":
      return [
        [t("f.responseHash"), hashNode(f.responseHash)],
        [t("f.blobRef"), hashNode(f.blobRef)],
        [t("f.seal"), addressNode(f.seal)],
        [t("f.stampDeadline"), timeNode(f.stampDeadline)],
        [t("f.requestId"), hashNode(f.requestId)],
      ];
    case "CaseDecided":
      return [
        [t("f.fine"), money(f.fineFen)],
        [t("f.provisionsHash"), hashNode(f.provisionsHash)],
        [t("f.decisionHash"), hashNode(f.decisionHash)],
        [t("f.paymentDue"), timeNode(f.paymentDue)],
        [t("f.reviewDeadline"), timeNode(f.reviewDeadline)],
      ];
    case "PaymentRecorded":
      return [[t("f.receiptHash"), hashNode(f.receiptHash)]];
    case "ReminderRecorded":
    case "NoticeRecorded":
      return [[t("f.noticeHash"), hashNode(f.noticeHash)]];
    case "ReferredToCourt":
      return [[t("f.referralHash"), hashNode(f.referralHash)]];
    case "CaseClosed":
      return [
        [t("f.result"), has(`closeResult.${f.result}`) ? t(`closeResult.${f.result}`) : f.result],
        [t("f.summaryHash"), hashNode(f.summaryHash)],
      ];
    case "CaseHandedOff":
    case "TransferProposed":
    case "CaseTransferred":
      return [
        [t("f.from"), departmentNode(f.from)],
        [t("f.to"), departmentNode(f.to)],
      ];
    case "TransferCancelled":
      return [[t("f.to"), departmentNode(f.to)]];
    case "InvestigationStarted":
      return [];
    case "RequestApproved":
    case "RequestAccepted":
    case "ReceiptConfirmed":
    case "RequestCancelled":
    case "RequestExpired":
      return [[t("f.requestId"), hashNode(f.requestId)]];
    default:
      return Object.entries(f)
        .filter(([name]) => name !== "timestamp" && name !== "caseId")
        .map(([name, value]) => [name, typeof value === "string" && value.startsWith("0x") ? hashNode(value) : String(value)]);
  }
}

function renderTimeline() {
  const list = $("timeline");
  let owner = state.caseData ? state.caseData.openingDepartment : null;
  const items = state.events.map((e) => {
    if (e.type === "CaseOpened") {
      owner = e.fields.department;
    }
    const who = actorDepartment(e, owner);
    if (e.type === "CaseTransferred") {
      owner = e.fields.to;
    }
    const actor = actorOf(e);
    const title = has(`ev.${e.type}`) ? t(`ev.${e.type}`) : t("ev.other", { type: e.type });
    return el(
      "li",
      { class: `event event-${TITLE_KIND[e.contract] || "other"}`, "data-type": e.type },
      el("span", { class: "event-marker", "aria-hidden": "true" }),
      el(
        "div",
        { class: "event-body" },
        el("div", { class: "event-head" }, el("h3", { class: "event-title", text: title }), timeNode(e.blockTime)),
        actor
          ? el(
              "p",
              { class: "event-who" },
              el("span", { class: "label", text: `${t("timeline.by")} ` }),
              addressNode(actor),
              who.roles && who.roles.length ? el("span", { class: "role", text: who.roles.map((r) => (has(`role.${r}`) ? t(`role.${r}`) : r)).join(" / ") }) : null,
              who.department ? el("span", { class: "sep", "aria-hidden": "true", text: " · " }) : null,
              who.department ? departmentNode(who.department) : null,
            )
          : null,
        el("dl", { class: "kv kv-compact" }, kvRows(eventDetails(e))),
        el(
          "p",
          { class: "event-chain" },
          el("span", { text: t("timeline.block", { number: e.blockNumber }) }),
          el("span", { class: "sep", "aria-hidden": "true", text: " · " }),
          el("span", { text: `${t("timeline.tx")} ` }),
          el("code", { class: "addr", title: e.transactionHash, text: e.transactionHash }),
        ),
      ),
    );
  });
  fill(list, items.length ? items : el("li", { class: "muted", text: t("timeline.empty") }));
  $("timeline-zone").textContent = t("timeline.zone", { zone: localZone() });
  renderTimelineControls();
}

function localZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

function renderTimelineControls() {
  const more = $("timeline-more");
  more.hidden = !state.next;
  more.disabled = state.loadingMore;
  more.textContent = state.loadingMore ? t("timeline.loading") : t("timeline.more");
  $("timeline-count").textContent = state.next
    ? t("timeline.count", { count: state.events.length })
    : t("timeline.countAll", { count: state.events.length });
}

function renderEvidence() {
  const items = state.evidence.map((item) =>
    el(
      "li",
      { class: "item", "data-sha256": item.contentSha256 },
      el(
        "div",
        { class: "item-head" },
        el("span", { class: `badge badge-${item.source === "BATCH" ? "info" : "neutral"}`, text: t(`evidence.${item.source}`) }),
        timeNode(item.at),
      ),
      el(
        "dl",
        { class: "kv kv-compact" },
        kvRows([
          [t("f.contentSha256"), hashNode(item.contentSha256)],
          [t("f.depositor"), el("span", {}, addressNode(item.submittedBy), item.department ? [" · ", departmentNode(item.department)] : null)],
          [
            item.source === "BATCH" ? t("f.batch") : t("f.evidenceId"),
            item.source === "BATCH"
              ? el("span", {}, t("evidence.leaf", { leaf: item.leafIndex }), " ", hashNode(item.batchRoot))
              : hashNode(item.evidenceId),
          ],
          [t("f.kind"), String(item.kind)],
          [t("f.supersedes"), item.supersedes ? hashNode(item.supersedes) : null],
        ]),
      ),
    ),
  );
  fill($("evidence"), items.length ? items : el("li", { class: "muted", text: t("panel.none") }));
  $("evidence-count").textContent = t(state.evidenceNext ? "evidence.count" : "timeline.countAll", { count: state.evidence.length });
  $("evidence-more").hidden = !state.evidenceNext;
  showMessage($("evidence-message"), state.evidenceError);
}

function fulfilledAt(request) {
  const tr = (request.transitions || []).find((x) => x.status === "FULFILLED");
  return tr ? tr.at : null;
}

function renderRequests() {
  const items = [...state.requests.entries()].map(([id, entry]) => {
    if (entry.loading) {
      return el("li", { class: "item muted" }, hashNode(id), " ", t("panel.loading"));
    }
    if (entry.error) {
      const box = el("div", { class: "message", role: "alert" });
      showMessage(box, entry.error);
      return el("li", { class: "item" }, hashNode(id), box);
    }
    const r = entry.data;
    const created = (r.transitions || []).find((x) => x.status === "CREATED");
    const fulfilled = fulfilledAt(r);
    const tone = ["FULFILLED", "CONFIRMED"].includes(r.status) ? "ok" : ["REJECTED", "EXPIRED", "CANCELLED"].includes(r.status) ? "warn" : "info";
    return el(
      "li",
      { class: "item", "data-request": id },
      el("div", { class: "item-head" }, statusBadge("request", r.status, tone), el("span", { class: "muted", text: categories(r.categories) })),
      el(
        "dl",
        { class: "kv kv-compact" },
        kvRows([
          [t("f.requester"), departmentNode(r.requesterDepartment)],
          [t("f.target"), departmentNode(r.targetDepartment)],
          [t("f.created"), created ? timeNode(created.at) : null],
          [t("f.deadline"), timeNode(r.deadline)],
          [t("f.turnaround"), created && fulfilled ? duration((new Date(fulfilled) - new Date(created.at)) / 1000) : null],
          [t("f.letterId"), hashNode(r.letterId)],
          [t("f.responseHash"), r.responseHash ? hashNode(r.responseHash) : null],
          [t("f.requestId"), hashNode(r.requestId)],
        ]),
      ),
      el(
        "ol",
        { class: "transitions" },
        (r.transitions || []).map((tr) =>
          el(
            "li",
            {},
            el("span", { class: "transition-status", text: has(`request.${tr.status}`) ? t(`request.${tr.status}`) : tr.status }),
            " ",
            timeNode(tr.at),
            " ",
            addressNode(tr.by),
          ),
        ),
      ),
    );
  });
  fill($("requests"), items.length ? items : el("li", { class: "muted", text: t("panel.none") }));
}

function renderLetters() {
  const items = [...state.letters.entries()].map(([id, entry]) => {
    if (entry.loading) {
      return el("li", { class: "item muted" }, hashNode(id), " ", t("panel.loading"));
    }
    if (entry.error) {
      const box = el("div", { class: "message", role: "alert" });
      showMessage(box, entry.error);
      return el("li", { class: "item" }, hashNode(id), box);
    }
    const l = entry.data;
    return el(
      "li",
      { class: "item", "data-letter": id },
      el(
        "div",
        { class: "item-head" },
        l.revokedAt
          ? el("span", { class: "badge badge-warn", text: t("letter.revoked") })
          : el("span", { class: "badge badge-ok", text: t("letter.valid") }),
        timeNode(l.issuedAt),
      ),
      el(
        "dl",
        { class: "kv kv-compact" },
        kvRows([
          [t("f.issuerDepartment"), departmentNode(l.issuerDepartment)],
          [t("f.issuer"), addressNode(l.issuer)],
          [t("f.holder"), addressNode(l.holder)],
          [t("f.target"), departmentNode(l.targetDepartment)],
          [t("f.categories"), categories(l.categories)],
          [t("f.validity"), el("span", {}, timeNode(l.validFrom), " – ", timeNode(l.validUntil))],
          [t("f.revoked"), l.revokedAt ? el("span", {}, timeNode(l.revokedAt), " ", addressNode(l.revokedBy)) : null],
          [t("f.purposeHash"), hashNode(l.purposeHash)],
          [t("f.letterId"), hashNode(l.letterId)],
        ]),
      ),
    );
  });
  fill($("letters"), items.length ? items : el("li", { class: "muted", text: t("panel.none") }));
}

function renderCredentials() {
  const box = $("credentials");
  if (state.membersLoading && state.departments.size === 0) {
    fill(box, el("p", { class: "muted", text: t("cred.loading") }));
    return;
  }
  const findings = credentialFindings();
  if (!findings.length) {
    fill(box, el("p", { class: "muted", text: state.membersLoading ? t("cred.loading") : t("cred.none") }));
    return;
  }
  const tone = { valid: "ok", notRequired: "neutral", expired: "bad", noRecord: "warn" };
  const forbidden = [...state.departments.entries()].filter(([, s]) => s.error);
  fill(
    box,
    el(
      "ul",
      { class: "items" },
      findings.map(({ account, record, verdict }) =>
        el(
          "li",
          { class: "item", "data-account": account, "data-verdict": verdict },
          el("div", { class: "item-head" }, addressNode(account), el("span", { class: `badge badge-${tone[verdict]}`, text: t(`cred.${verdict}`) })),
          record
            ? el(
                "dl",
                { class: "kv kv-compact" },
                kvRows([
                  [t("timeline.department"), departmentNode(record.department)],
                  [t("cred.roles"), (record.roles || []).map((r) => (has(`role.${r}`) ? t(`role.${r}`) : r)).join(" / ")],
                  [t("cred.ref"), hashNode(record.credentialRef)],
                  [t("cred.expiry"), isZero(record.credentialRef) ? t("cred.noCredential") : timeNode(record.credentialExpiry)],
                ]),
              )
            : null,
        ),
      ),
    ),
    state.membersLoading ? el("p", { class: "muted", text: t("cred.loading") }) : null,
    membersPartial() ? el("p", { class: "hint", text: t("cred.partial", { count: ACTIVITY_PAGES * ACTIVITY_PAGE }) }) : null,
    forbidden.map(([dept, s]) => {
      const message = el("div", { class: "message", role: "alert" });
      showMessage(message, s.error);
      return el("div", {}, el("p", { class: "hint", text: t("cred.forbidden", { department: departmentLabel(dept) }) }), message);
    }),
  );
}

/** One supervision check: pass, fail, pending or na, with a detail line. */
function check(key, verdict, detail = null) {
  const icon = { pass: "✓", fail: "✗", pending: "…", na: "–" }[verdict];
  return el(
    "li",
    { class: `check check-${verdict}`, "data-check": key },
    el("span", { class: "check-icon", "aria-hidden": "true", text: icon }),
    el(
      "div",
      {},
      el("span", { class: "check-title", text: t(`checks.${key}`) }),
      el("span", { class: "check-verdict", text: t(`checks.${verdict}`) }),
      detail ? el("span", { class: "check-detail", text: detail }) : null,
    ),
  );
}

function renderChecks() {
  const c = state.caseData;
  const events = state.events;
  const decided = events.find((e) => e.type === "CaseDecided");
  const rows = [];
  rows.push(check("opened", events.some((e) => e.type === "CaseOpened") ? "pass" : state.next ? "pending" : "fail"));

  if (!decided) {
    rows.push(check("evidence", c.decision ? "pending" : "na"));
    rows.push(check("provisions", c.decision ? "pending" : "na"));
  } else {
    let count = 0;
    for (const e of events) {
      if (!before(e, decided)) {
        break;
      }
      if (e.type === "EvidenceDeposited") {
        count += 1;
      } else if (e.type === "BatchAnchored") {
        count += Number(e.fields.itemCount) || 0;
      }
    }
    rows.push(check("evidence", count > 0 ? "pass" : "fail", t("checks.evidenceDetail", { count })));
    rows.push(check("provisions", isZero(decided.fields.provisionsHash) ? "fail" : "pass", decided.fields.provisionsHash));
  }

  const requests = [...state.requests.values()];
  const served = requests.filter((r) => r.data && fulfilledAt(r.data));
  if (requests.length === 0) {
    rows.push(check("letters", "na"));
  } else if (requests.some((r) => r.loading) || served.some((r) => state.letters.get(r.data.letterId)?.loading)) {
    rows.push(check("letters", "pending"));
  } else {
    let ok = 0;
    for (const { data: r } of served) {
      const entry = state.letters.get(r.letterId);
      const l = entry && entry.data;
      const at = new Date(fulfilledAt(r));
      if (
        l &&
        l.targetDepartment === r.targetDepartment &&
        (isZero(l.requestId) || l.requestId === r.requestId) &&
        new Date(l.validFrom) <= at &&
        at <= new Date(l.validUntil) &&
        (!l.revokedAt || new Date(l.revokedAt) > at)
      ) {
        ok++;
      }
    }
    const verdict = requests.some((r) => r.error) ? "pending" : ok === served.length ? (served.length ? "pass" : "na") : "fail";
    rows.push(check("letters", verdict, served.length ? t("checks.lettersDetail", { ok, total: served.length }) : null));
  }

  const findings = credentialFindings();
  let credentials;
  if (state.membersLoading) {
    credentials = "pending";
  } else if (findings.some((f) => f.verdict === "expired")) {
    credentials = "fail";
  } else if (findings.some((f) => f.verdict === "noRecord") || membersPartial()) {
    credentials = "pending";
  } else {
    credentials = findings.length ? "pass" : "na";
  }
  rows.push(check("credentials", credentials));

  let closed = "pending";
  if (c.status === "CLOSED") {
    const paidOrReferred = events.some((e) => e.type === "PaymentRecorded" || e.type === "ReferredToCourt");
    closed = c.closeResult === "PENALTY_EXECUTED" && !paidOrReferred && !state.next ? "fail" : "pass";
  }
  rows.push(check("closed", closed, c.closeResult && has(`closeResult.${c.closeResult}`) ? t(`closeResult.${c.closeResult}`) : null));

  fill($("checks"), rows, state.next ? el("li", { class: "hint", text: t("checks.partial") }) : null);
}
