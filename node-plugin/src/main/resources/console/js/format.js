// DOM building and value formatting shared by the views. Values from the API are only ever put in
// the page as text (never as HTML), so nothing indexed from the chain can inject markup.

import { t, locale, language, departmentName } from "./i18n.js";
import { ApiError } from "./api.js";

const ZERO_32 = "0x" + "0".repeat(64);

/**
 * An element: el("dt", {class: "x", title: "…", onclick: fn}, child, "text", …). Attributes named
 * on… become listeners; null/false attributes and null children are left out.
 */
export function el(tag, attrs = {}, ...children) {
  const ns = attrs && attrs.svg ? "http://www.w3.org/2000/svg" : null;
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === "svg" || value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "text") {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replace the children of node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A message box: hidden when message is null; an ApiError shows its sentence and the server's words. */
export function showMessage(box, message, kind = "error") {
  if (message === null || message === undefined) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  box.dataset.kind = kind;
  if (message instanceof ApiError) {
    const { summary, detail } = message.describe();
    fill(
      box,
      el("strong", { class: "message-summary", text: summary }),
      detail ? el("span", { class: "message-detail" }, ` ${t("err.server")} `, el("code", { text: detail })) : null,
    );
    box.dataset.status = String(message.status);
  } else {
    fill(box, el("span", { class: "message-summary", text: String(message) }));
    delete box.dataset.status;
  }
}

/** Whether hex is absent or the all-zero 32-byte value (the contracts' "none"). */
export function isZero(hex) {
  return !hex || hex === ZERO_32 || /^0x0*$/.test(hex);
}

const timeFormats = new Map();

/** A local date and time, e.g. 2026/11/28 13:43:05. */
export function time(iso) {
  if (!iso) {
    return t("misc.none");
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  // One formatter per language: a timeline formats hundreds of times.
  if (!timeFormats.has(locale())) {
    timeFormats.set(
      locale(),
      new Intl.DateTimeFormat(locale(), {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hour12: false,
      }),
    );
  }
  return timeFormats.get(locale()).format(d);
}

/** A <time> element showing the local time, the instant in its datetime attribute. */
export function timeNode(iso) {
  return el("time", { datetime: iso || null, title: iso || null, text: time(iso) });
}

/** A day (YYYY-MM-DD) as a short local date. */
export function day(isoDay, withYear = false) {
  const [y, m, d] = isoDay.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale(), {
    ...(withYear ? { year: "numeric" } : {}),
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** The department code in a 32-byte id (ASCII, left-aligned, zero-padded), or null if it is none. */
export function departmentCode(hex) {
  if (!hex || !/^0x[0-9a-fA-F]{64}$/.test(hex)) {
    return null;
  }
  let code = "";
  for (let i = 2; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    if (byte === 0) {
      // The rest must be padding for this to be a code.
      return /^0*$/.test(hex.slice(i)) && code ? code : null;
    }
    if (byte < 0x20 || byte > 0x7e) {
      return null;
    }
    code += String.fromCharCode(byte);
  }
  return code || null;
}

/** How a department reads: its name and code when known, its code, or its id. */
export function departmentLabel(hex) {
  if (!hex) {
    return t("misc.none");
  }
  const code = departmentCode(hex);
  if (!code) {
    return shortHex(hex);
  }
  const name = departmentName(code);
  if (!name) {
    return code;
  }
  return language() === "en" ? `${name} (${code})` : `${name}（${code}）`;
}

/** A department as a node with its full id in the tooltip. */
export function departmentNode(hex) {
  return el("span", { class: "dept", title: hex || null, text: departmentLabel(hex) });
}

/** 0x1234…cdef. */
export function shortHex(hex) {
  if (!hex) {
    return t("misc.none");
  }
  return hex.length > 14 ? `${hex.slice(0, 8)}…${hex.slice(-6)}` : hex;
}

/** A hash or address in full, monospaced and wrapping; "—" for none. */
export function hashNode(hex) {
  if (isZero(hex)) {
    return el("span", { class: "muted", text: t("misc.none") });
  }
  return el("code", { class: "hash", text: hex });
}

/** An address, shortened, with the full one on hover and for screen readers. */
export function addressNode(hex) {
  if (!hex) {
    return el("span", { class: "muted", text: t("misc.none") });
  }
  return el("code", { class: "addr", title: hex, "aria-label": hex, text: shortHex(hex) });
}

/** A fine in fen as yuan. */
export function money(fen) {
  const yuan = Number(fen) / 100;
  const amount = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(yuan);
  return t("misc.fen", { amount });
}

/** A duration in seconds in the largest unit that reads well: 45 秒, 12 分钟, 3.5 小时, 2.1 天. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return t("misc.none");
  }
  const s = Number(seconds);
  const fmt = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
  if (s < 60) {
    return t("duration.s", { n: fmt(s) });
  }
  if (s < 3600) {
    return t("duration.min", { n: fmt(s / 60) });
  }
  if (s < 86400) {
    return t("duration.h", { n: fmt(s / 3600) });
  }
  return t("duration.d", { n: fmt(s / 86400) });
}

/** The data categories in a uint256 mask (decimal string), by name. */
export function categories(mask) {
  let value;
  try {
    value = BigInt(mask || "0");
  } catch {
    return String(mask);
  }
  const names = [];
  for (let bit = 0n; value > 0n; bit++, value >>= 1n) {
    if (value & 1n) {
      const key = `cat.${bit}`;
      const name = t(key);
      names.push(name === key ? t("cat.bit", { bit: String(bit) }) : name);
    }
  }
  return names.length ? names.join(language() === "en" ? ", " : "、") : t("cat.none");
}

/** A file size, e.g. 1.2 MB. */
export function bytes(n) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/** A definition list's rows: [[label, value node or text], …], rows with null values left out. */
export function kvRows(rows) {
  const out = [];
  for (const [label, value] of rows) {
    if (value === null || value === undefined) {
      continue;
    }
    out.push(el("div", { class: "kv-row" }, el("dt", { text: label }), el("dd", {}, value)));
  }
  return out;
}
