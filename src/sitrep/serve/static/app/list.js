// The claims list: figure, category, claimant and side, place, date and basis, outlet; a row
// opens its document with the evidence sentence highlighted.
import { get, el, color, figure } from "./api.js";

export const PAGE = 100;

export function chip(category) {
  return el("span", { class: "chip", style: `background:${color(category)}` }, category.replace("_", " "));
}

export function placeText(p) {
  if (!p || !p.name) return el("span", { class: "muted" }, "no place");
  return el("span", {}, p.name, p.precision && p.precision !== "settlement" ? el("span", { class: "side" }, ` (${p.precision})`) : null);
}

export class ClaimList {
  constructor(node, counter, openClaim, onPage) {
    this.node = node; this.counter = counter; this.openClaim = openClaim; this.onPage = onPage;
  }

  async load(filters, page = 0) {
    this.filters = filters;
    const res = await get("claims", filters, { limit: PAGE, offset: page * PAGE });
    if (res.error) { this.counter.textContent = ""; return res; }
    if (this.filters !== filters) return {};
    this.draw(res.data, page);
    return {};
  }

  draw(data, page) {
    this.counter.textContent = `(${data.total.toLocaleString("en")})`;
    if (!data.items.length) {
      this.node.replaceChildren(el("p", { class: "empty" }, "No claim matches these filters."));
      return;
    }
    const rows = data.items.map((c) => {
      const src = c.source || {};
      const date = c.date ? [c.date, c.date_basis ? el("div", { class: "side" }, c.date_basis) : null] : el("span", { class: "muted" }, "undated");
      const open = () => this.openClaim(c.doc_id, c.claim_id, c.evidence);
      return el("tr", { class: "row", "data-claim": c.claim_id, title: c.evidence.text, tabindex: "0", onclick: open,
                        onkeydown: (e) => { if (e.key === "Enter") open(); } },
        el("td", { class: "fig" }, figure(c), c.item ? el("div", { class: "side" }, c.item) : null),
        el("td", {}, chip(c.category), c.scope === "cumulative" ? el("div", { class: "side" }, "running total") : null),
        el("td", {}, c.claimant || el("span", { class: "muted" }, "unattributed"), c.claimant_side ? el("div", { class: "side" }, c.claimant_side) : null),
        el("td", {}, placeText(c.place)),
        el("td", {}, date),
        el("td", {}, src.outlet || el("span", { class: "muted" }, "—")));
    });
    const first = page * PAGE + 1, last = page * PAGE + data.items.length;
    this.node.replaceChildren(
      el("table", { class: "claims" },
        el("thead", {}, el("tr", {}, ...["Figure", "Category", "Claimant", "Place", "Date", "Outlet"].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows)),
      el("div", { class: "pager" },
        el("button", { disabled: page === 0, onclick: () => this.onPage(page - 1) }, "‹ previous"),
        `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${data.total.toLocaleString("en")}`,
        el("button", { disabled: last >= data.total, onclick: () => this.onPage(page + 1) }, "next ›")));
    this.node.scrollTop = 0;
  }
}
