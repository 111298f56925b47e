// Contradictions: two figures that cannot both hold, side by side with claimants, sources and sentences.
import { get, el, figure } from "./api.js";
import { chip } from "./list.js";

export class Contradictions {
  constructor(node, counter, openClaim) { this.node = node; this.counter = counter; this.openClaim = openClaim; }

  async count(filters) {
    const res = await get("contradictions", filters, { limit: 1 });
    if (!res.error) this.counter.textContent = `(${res.data.total.toLocaleString("en")})`;
    return res.error ? res : {};
  }

  async load(filters) {
    this.filters = filters;
    const res = await get("contradictions", filters, { limit: 100 });
    if (res.error) return res;
    if (this.filters !== filters) return {};
    const data = res.data;
    this.counter.textContent = `(${data.total.toLocaleString("en")})`;
    if (!data.items.length) {
      this.node.replaceChildren(el("p", { class: "empty" }, "No contradiction among the claims these filters keep."));
      return {};
    }
    const more = data.total - data.items.length;
    this.node.replaceChildren(...data.items.map((x) => this.card(x)));
    if (more > 0) this.node.append(el("p", { class: "empty" }, `${more} more: narrow the filters.`));
    return {};
  }

  card(x) {
    const when = x.window_from ? (x.window_to && x.window_to !== x.window_from ? `${x.window_from} to ${x.window_to}` : x.window_from) : "undated";
    const what = x.kind === "denial" ? "one side denies what the other asserts" : "figures that cannot both hold";
    return el("section", { class: "card contradiction", "data-id": x.contradiction_id },
      el("header", {}, chip(x.category), x.item ? ` ${x.item}` : "", " · ", x.place_name || "no place", " · ", when,
         el("span", { class: "side" }, ` — ${what}`)),
      el("div", { class: "pair" }, this.side(x.a), this.side(x.b)));
  }

  side(s) {
    const src = s.source || {};
    const outlets = (s.outlets || []).join(", ") || src.outlet || s.doc_id;
    const ev = s.evidence || {};
    return el("div", { class: "claim-side" },
      el("div", { class: "big" }, figure(s), s.subject ? el("span", { class: "side" }, ` ${s.subject}`) : null),
      el("div", {}, el("b", {}, s.claimant || "unattributed"), s.claimant_side ? el("span", { class: "side" }, ` [${s.claimant_side}]`) : null),
      el("div", { class: "side" }, `${outlets} · ${s.reports} report${s.reports === 1 ? "" : "s"}, ${s.independent_reports} independent`, s.date ? ` · ${s.date}` : ""),
      el("blockquote", {}, ev.text || s.evidence_text || ""),
      s.doc_id ? el("button", { onclick: () => this.openClaim(s.doc_id, s.claim_id, ev) }, "open the document") : null);
  }
}
