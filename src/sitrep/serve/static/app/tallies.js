// Tallies: each claimant's running totals over time, one line per claimant (coloured by side).
import { get, el, num, SIDE_COLORS } from "./api.js";

const NS = "http://www.w3.org/2000/svg";
const svgEl = (tag, attrs = {}, text) => {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
};
// 1, 2, 2.5 or 5 times a power of ten, at least v: axis steps a reader can add up
function nice(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((x) => x >= v);
}
const PALETTE = ["#1f6fd1", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#ad1457", "#455a64", "#9e9d24"];

export class Tallies {
  constructor(node) { this.node = node; this.choice = {}; }

  async load(filters) {
    this.filters = filters;
    const extra = {};
    if (this.choice.item) extra.item = this.choice.item;
    const f = { ...filters };
    if (!f.category && this.choice.category) f.category = this.choice.category;
    const res = await get("tallies", f, extra);
    if (this.filters !== filters) return {};
    if (res.error) {
      this.node.replaceChildren(el("p", { class: "empty" }, `No tally: ${res.error}`));
      return {};
    }
    this.draw(res.data);
    return {};
  }

  draw(data) {
    const cats = Object.keys(data.available);
    if (!data.category) { this.node.replaceChildren(el("p", { class: "empty" }, "No running totals are stored.")); return; }
    const pick = el("select", { name: "tally-category", onchange: (e) => { this.choice = { category: e.target.value }; this.load(this.filters); } },
      cats.map((c) => el("option", { value: c, selected: c === data.category }, c.replace("_", " "))));
    const items = data.available[data.category] || [];
    const itemPick = items.length ? el("select", { name: "tally-item", onchange: (e) => { this.choice = { category: data.category, item: e.target.value }; this.load(this.filters); } },
      el("option", { value: "" }, "all items"), items.map((i) => el("option", { value: i, selected: i === data.item }, i))) : null;
    const head = el("div", { class: "tally-head" }, "Running totals of", pick, itemPick,
      el("span", { class: "side" }, `${data.points.length} point${data.points.length === 1 ? "" : "s"}; a figure repeated by many outlets is one point`));
    const svg = svgEl("svg", { id: "tally-svg", role: "img", "aria-label": "running totals per claimant" });
    this.node.replaceChildren(head, svg);
    const dated = data.points.filter((p) => p.date && p.value != null);
    if (!dated.length) { this.node.append(el("p", { class: "empty" }, "No dated running total matches these filters.")); return; }
    this.chart(svg, dated);
  }

  chart(svg, points) {
    const width = svg.clientWidth || 560, height = svg.clientHeight || 420;
    const pad = { l: 56, r: 12, t: 12, b: 110 };
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const t = (p) => Date.parse(p.date.length === 4 ? p.date + "-07-01" : p.date.length === 7 ? p.date + "-15" : p.date);
    const ts = points.map(t), vs = points.map((p) => p.value);
    let lo = Math.min(...ts), hi = Math.max(...ts);
    if (hi - lo < 86400000 * 10) { lo -= 86400000 * 5; hi += 86400000 * 5; }
    const vmax = nice(Math.max(...vs) * 1.05);
    const x = (v) => pad.l + (v - lo) / (hi - lo) * (width - pad.l - pad.r);
    const y = (v) => height - pad.b - v / vmax * (height - pad.t - pad.b);
    for (let i = 0; i <= 4; i++) {
      const v = vmax * i / 4;
      svg.append(svgEl("line", { x1: pad.l, x2: width - pad.r, y1: y(v), y2: y(v), stroke: "#e6e9ee" }));
      svg.append(svgEl("text", { x: 4, y: y(v) + 3 }, num(Math.round(v))));
    }
    for (let i = 0; i <= 4; i++) {
      const v = lo + (hi - lo) * i / 4;
      svg.append(svgEl("text", { x: Math.min(x(v), width - 64), y: height - pad.b + 14 }, new Date(v).toISOString().slice(0, 10)));
    }
    const series = new Map();
    for (const p of points) {
      const key = `${p.claimant || "unattributed"}${p.claimant_side ? " [" + p.claimant_side + "]" : ""}`;
      if (!series.has(key)) series.set(key, { side: p.claimant_side, points: [] });
      series.get(key).points.push(p);
    }
    let i = 0, ly = height - pad.b + 32;
    for (const [name, s] of series) {
      const c = series.size <= 3 && SIDE_COLORS[s.side] ? SIDE_COLORS[s.side] : PALETTE[i % PALETTE.length];
      s.points.sort((a, b) => t(a) - t(b));
      svg.append(svgEl("polyline", { fill: "none", stroke: c, "stroke-width": 2, points: s.points.map((p) => `${x(t(p))},${y(p.value)}`).join(" ") }));
      for (const p of s.points) {
        const dot = svgEl("circle", { cx: x(t(p)), cy: y(p.value), r: 4, fill: c });
        dot.append(svgEl("title", {}, `${name}, ${p.date}: ${num(p.value)}${p.item ? " " + p.item : ""} — ${p.evidence || ""}`));
        svg.append(dot);
      }
      if (i < 6) {
        const col = i % 2, row = Math.floor(i / 2);
        svg.append(svgEl("rect", { x: pad.l + col * (width / 2), y: ly + row * 16 - 8, width: 10, height: 10, fill: c }));
        svg.append(svgEl("text", { x: pad.l + col * (width / 2) + 14, y: ly + row * 16 + 1 }, name.slice(0, 60)));
      }
      i++;
    }
    if (series.size > 6) svg.append(svgEl("text", { x: pad.l, y: ly + 3 * 16 + 1 }, `and ${series.size - 6} more claimants`));
  }
}
