// The query API, as the console calls it: same origin, bearer token from sessionStorage (so it is
// gone when the tab closes and never shared with other tabs), JSON answers
// {"head":…,"data":…,"next":…} and errors {"error":"…"}.

import { t } from "./i18n.js";

const TOKEN_KEY = "yunxi.console.token";
const TIMEOUT_MS = 30_000;

/** An API answer other than 2xx, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(status, serverMessage) {
    super(serverMessage || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.serverMessage = serverMessage || "";
  }

  /** A sentence for the user in the current language: what happened, then what the server said. */
  describe() {
    if (this.status === 0) {
      return { summary: t("err.network"), detail: this.serverMessage };
    }
    const key = `err.${this.status}`;
    const known = [400, 401, 403, 404, 429, 500].includes(this.status);
    return {
      summary: known ? t(key) : t("err.other", { status: this.status }),
      detail: this.serverMessage,
    };
  }
}

let onUnauthorized = () => {};

export function token() {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(value) {
  try {
    if (value) {
      window.sessionStorage.setItem(TOKEN_KEY, value);
    } else {
      window.sessionStorage.removeItem(TOKEN_KEY);
    }
  } catch {
    // Without sessionStorage the token lives only as long as this page.
  }
}

/** Called with the ApiError when a signed-in call gets 401 (token revoked meanwhile). */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/**
 * GET path (relative to the server root) with query params (null values left out); resolves the
 * whole answer, rejects with ApiError. explicitToken checks a token before it is stored.
 */
export async function get(path, params = {}, explicitToken = null) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") {
      url.searchParams.set(name, value);
    }
  }
  const bearer = explicitToken ?? token();
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(url, {
      headers: {
        Accept: "application/json",
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      },
      cache: "no-store",
      credentials: "omit",
      signal: controller.signal,
    });
  } catch (e) {
    throw new ApiError(0, e && e.name === "AbortError" ? "timeout" : "");
  } finally {
    window.clearTimeout(timer);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, body && typeof body.error === "string" ? body.error : "");
    if (response.status === 401 && explicitToken === null) {
      onUnauthorized(error);
    }
    throw error;
  }
  if (!body || typeof body !== "object" || !("data" in body)) {
    throw new ApiError(response.status, "malformed answer");
  }
  return body;
}

/** A path segment, escaped. */
export function segment(value) {
  return encodeURIComponent(value);
}
