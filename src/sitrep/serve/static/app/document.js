// One document: the cleaned text with the evidence sentence highlighted from its offsets, its
// claims, and what cleaning removed (struck through, with the reason).
import { el, figure } from "./api.js";
import { chip } from "./list.js";

export class DocumentView {
  constructor(node, onClose) { this.node = node; this.onClose = onClose; }

  close(notify = true) {
    this.node.hidden = true;
    this.node.replaceChildren();
    if (notify) this.onClose();
  }

  async open(docId, claimId, evidence) {
    this.node.hidden = false;
    this.node.replaceChildren(el("p", { class: "empty" }, "Loading the document…"));
    const res = await fetch(`/api/documents/${encodeURIComponent(docId)}`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (!res) {
      this.node.replaceChildren(el("button", { class: "close", onclick: () => this.close() }, "close ✕"),
                                el("p", { class: "empty" }, `The document ${docId} is not in this database.`));
      return;
    }
    const claim = res.claims.find((c) => c.claim_id === claimId);
    const ev = (claim && claim.evidence) || evidence;
    const text = res.text || "";
    const body = el("div", { class: "text" });
    let mark = null;
    if (ev && Number.isInteger(ev.start) && ev.end > ev.start && ev.end <= text.length) {
      mark = el("mark", {}, text.slice(ev.start, ev.end));
      body.append(text.slice(0, ev.start), mark, text.slice(ev.end));
    } else {
      body.append(text);
    }
    const meta = [res.outlet, res.published, res.url ? el("a", { href: res.url, rel: "noreferrer noopener", target: "_blank" }, "original") : null]
      .filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]));
    const removed = res.removed || [];
    this.node.replaceChildren(
      el("button", { class: "close", onclick: () => this.close() }, "back to the list ✕"),
      el("h2", {}, res.title || res.id),
      el("div", { class: "side" }, ...meta),
      claim ? el("p", {}, chip(claim.category), " ", el("b", {}, figure(claim)), " ",
                 claim.claimant ? `claimed by ${claim.claimant}${claim.claimant_side ? " (" + claim.claimant_side + ")" : ""}` : "unattributed",
                 claim.place && claim.place.name ? ` · ${claim.place.name}` : "", claim.date ? ` · ${claim.date}` : "") : null,
      body,
      el("h3", {}, `Removed by cleaning (${removed.length})`),
      removed.length ? el("ul", { class: "removed" }, removed.map((r) => el("li", {}, el("span", { class: "reason" }, r.reason), el("del", {}, r.text))))
        : el("p", { class: "muted" }, "Nothing was removed."));
    if (mark) mark.scrollIntoView({ block: "center" });
  }
}
