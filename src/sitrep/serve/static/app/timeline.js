// Claims per day, stacked by category (counted by the server); drag across it to choose dates.
import { get, color } from "./api.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const svgEl = (tag, attrs) => {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};
const toDay = (s) => Date.parse(s + "T00:00:00Z");
const iso = (t) => new Date(t).toISOString().slice(0, 10);

export class Timeline {
  constructor(svg, note, onRange) {
    this.svg = svg; this.note = note; this.onRange = onRange;
    this.data = null; this.filters = {};
    svg.addEventListener("pointerdown", (e) => this.startBrush(e));
    svg.addEventListener("dblclick", () => this.onRange("", ""));
    window.addEventListener("resize", () => this.data && this.draw());
  }

  async load(filters) {
    this.filters = filters;
    const res = await get("timeline", filters);
    if (res.error) return res;
    if (this.filters !== filters) return {};
    this.data = res.data;
    this.draw();
    return {};
  }

  domain() {
    const days = this.data.days.map((d) => toDay(d.day));
    if (!days.length) return null;
    let lo = Math.min(...days), hi = Math.max(...days);
    if (hi - lo < 14 * DAY) { lo -= 7 * DAY; hi += 7 * DAY; }
    return [lo, hi + DAY];
  }

  draw() {
    const svg = this.svg, width = svg.clientWidth || 1000, height = svg.clientHeight || 96;
    const pad = { l: 30, r: 8, t: 6, b: 16 };
    svg.replaceChildren();
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const dom = this.domain();
    const coarse = this.data.not_by_day;
    this.note.textContent = coarse ? `(${coarse.toLocaleString("en")} claims dated only to a month or year, or undated, are not shown)` : "";
    if (!dom) {
      svg.append(Object.assign(svgEl("text", { x: pad.l, y: height / 2 }), { textContent: "no claims dated to the day" }));
      this.scale = null;
      return;
    }
    const [lo, hi] = dom;
    // over a long span, bars are weeks (a day would be under a pixel wide)
    const step = (hi - lo) / DAY > 500 ? 7 : 1;
    document.querySelector("#timeline .title").textContent = step === 1 ? "Claims per day" : "Claims per week";
    const bins = new Map();
    for (const d of this.data.days) {
      const t = lo + Math.floor((toDay(d.day) - lo) / (step * DAY)) * step * DAY;
      const bin = bins.get(t) || {};
      for (const [cat, n] of Object.entries(d.counts)) bin[cat] = (bin[cat] || 0) + n;
      bins.set(t, bin);
    }
    const x = (t) => pad.l + (t - lo) / (hi - lo) * (width - pad.l - pad.r);
    const totals = [...bins.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const y = (n) => (height - pad.b - pad.t) * n / max;
    const bw = Math.max(1, x(lo + step * DAY) - x(lo) - 0.5);
    this.scale = { x, lo, hi, pad, width };
    for (const [t, counts] of bins) {
      let base = height - pad.b;
      const label = step === 1 ? iso(t) : `week of ${iso(t)}`;
      for (const [cat, n] of Object.entries(counts).sort()) {
        const h = Math.max(1, y(n));
        const r = svgEl("rect", { x: x(t), y: base - h, width: bw, height: h, fill: color(cat) });
        r.append(Object.assign(svgEl("title", {}), { textContent: `${label}: ${n} ${cat.replace("_", " ")}` }));
        svg.append(r);
        base -= h;
      }
    }
    svg.append(Object.assign(svgEl("text", { x: 2, y: pad.t + 8 }), { textContent: String(max) }));
    const ticks = 8;
    for (let i = 0; i <= ticks; i++) {
      const t = lo + (hi - lo) * i / ticks;
      svg.append(Object.assign(svgEl("text", { x: Math.min(x(t), width - 60), y: height - 3 }), { textContent: iso(t) }));
    }
    const { since, until } = this.filters;
    if (since || until) {
      const a = x(since ? toDay(since) : lo), b = x(until ? toDay(until) + DAY : hi);
      svg.append(svgEl("rect", { class: "brush", x: Math.min(a, b), y: pad.t, width: Math.max(2, Math.abs(b - a)), height: height - pad.t - pad.b }));
    }
  }

  dayAt(px) {
    const { lo, hi, pad, width } = this.scale;
    const t = lo + (px - pad.l) / (width - pad.l - pad.r) * (hi - lo);
    return iso(Math.min(hi - DAY, Math.max(lo, t)));
  }

  startBrush(e) {
    if (!this.scale || e.button !== 0) return;
    const box = this.svg.getBoundingClientRect();
    const scaleX = (this.scale.width) / box.width;
    const x0 = (e.clientX - box.left) * scaleX;
    const rect = svgEl("rect", { class: "brush", x: x0, y: this.scale.pad.t, width: 1, height: 96 - this.scale.pad.t - this.scale.pad.b });
    this.svg.append(rect);
    this.svg.setPointerCapture(e.pointerId);
    const move = (m) => {
      const x1 = (m.clientX - box.left) * scaleX;
      rect.setAttribute("x", Math.min(x0, x1)); rect.setAttribute("width", Math.max(1, Math.abs(x1 - x0)));
    };
    const up = (u) => {
      this.svg.removeEventListener("pointermove", move);
      this.svg.removeEventListener("pointerup", up);
      const x1 = (u.clientX - box.left) * scaleX;
      if (Math.abs(x1 - x0) < 3) { rect.remove(); return; }
      const a = this.dayAt(Math.min(x0, x1)), b = this.dayAt(Math.max(x0, x1));
      this.onRange(a, b);
    };
    this.svg.addEventListener("pointermove", move);
    this.svg.addEventListener("pointerup", up);
  }
}
