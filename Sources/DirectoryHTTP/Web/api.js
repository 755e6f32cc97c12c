// The `/v1` API of the server this page came from; nothing else is ever asked.
import { store, stored } from "./dom.js";

const tokenKey = "sanctuary.token";
let anonymous = false;

/** From now on this page asks as the public, whatever token this tab holds: the partner widget does. */
export function anonymously() {
  anonymous = true;
}

export function token() {
  return anonymous ? null : stored("sessionStorage", tokenKey);
}

export function setToken(value) {
  store("sessionStorage", tokenKey, value);
}

/** An answer that is not 2xx: the problem's detail (RFC 9457), as the server wrote it. */
export class APIError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function request(path, init = {}) {
  const headers = new Headers(init.headers);
  const partner = token();
  if (partner) headers.set("Authorization", `Bearer ${partner}`);
  const response = await fetch(path, { ...init, headers, credentials: "omit" });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new APIError(response.status, body?.detail || response.statusText);
  return body;
}

/** `GET path` with `parameters` (arrays become repeated parameters, empty values are left out). */
export function get(path, parameters = {}, signal) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    for (const item of [value].flat()) if (item !== undefined && item !== null && item !== "") query.append(name, item);
  }
  const text = query.toString();
  return request(text ? `${path}?${text}` : path, { signal });
}

/** A search page by `POST /v1/search`, so that what someone looks for stays out of URLs and logs. */
export function search(parameters, signal) {
  const body = Object.fromEntries(Object.entries(parameters).filter(([, value]) => value !== undefined && value !== ""));
  return request("/v1/search", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal,
  });
}

let everything;

/** Everything the reader may see, placed (`/v1/export.geojson`), fetched once per page and token. */
export function placed() {
  const key = token() || "";
  if (!everything || everything.key !== key) everything = { key, features: get("/v1/export.geojson").then((d) => d.features) };
  return everything.features;
}
