// Requests to this server's /api/ only; a rejected filter comes back as its message, never a throw.
export const FILTER_KEYS = ["since", "until", "place", "radius", "category", "claimant", "side", "outlet", "q"];

export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) p.set(k, filters[k]);
  if (!filters.place) p.delete("radius");
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  return p.toString();
}

export async function get(path, filters = {}, extra = {}) {
  const qs = query(filters, extra);
  let res;
  try {
    res = await fetch(`/api/${path}${qs ? "?" + qs : ""}`, { headers: { Accept: "application/json" } });
  } catch (e) {
    return { error: "the server does not answer" };
  }
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const detail = body && body.detail;
    const msg = Array.isArray(detail) ? detail.map((d) => d.msg).join("; ") : (detail || `HTTP ${res.status}`);
    return { error: msg };
  }
  return { data: body };
}

// Small DOM helper: el("td", {class: "x"}, "text", child, ...). Text is always set as text.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "style") node.setAttribute("style", v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export const COLORS = {
  killed: "#c0392b", wounded: "#e67e22", captured: "#8e44ad", missing: "#7f8c8d", displaced: "#2980b9",
  affected: "#16a085", materiel_lost: "#34495e", attack: "#d35400", territory: "#27ae60",
  abducted: "#9b59b6", protest: "#f1c40f", other: "#95a5a6",
};
export const color = (c) => COLORS[c] || "#95a5a6";
export const SIDE_COLORS = { ukraine: "#1f6fd1", russia: "#c62828", other: "#6d6d6d" };

export function num(v) {
  if (v === null || v === undefined) return "";
  return Number.isInteger(v) ? v.toLocaleString("en") : v.toLocaleString("en", { maximumFractionDigits: 2 });
}

export function figure(c) {
  if (c.value === null || c.value === undefined) return c.modality === "denied" ? "denied" : "–";
  let t = num(c.value);
  if (c.qualifier === "range" && c.value_high != null) t += "–" + num(c.value_high);
  else if (c.qualifier === "more_than" || c.qualifier === "at_least") t = "> " + t;
  else if (c.qualifier === "less_than" || c.qualifier === "at_most") t = "< " + t;
  else if (c.qualifier === "approx") t = "~" + t;
  if (c.vague) t = `${c.vague} (${t})`;
  if (c.modality === "denied") t = "denied " + t;
  return t;
}
