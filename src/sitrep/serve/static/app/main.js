// The page's state lives in the URL (filters, view, open claim), so any view can be bookmarked.
import { FILTER_KEYS, get, el } from "./api.js";
import { ClaimMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { ClaimList } from "./list.js";
import { Contradictions } from "./contradictions.js";
import { Tallies } from "./tallies.js";
import { DocumentView } from "./document.js";

const VIEWS = ["claims", "contradictions", "tallies"];
const form = document.getElementById("filters");
const messageBox = document.getElementById("message");

const state = readUrl();

function readUrl() {
  const p = new URLSearchParams(location.search);
  const s = { filters: {}, view: VIEWS.includes(p.get("view")) ? p.get("view") : "claims",
              doc: p.get("doc"), claim: p.get("claim"), page: Math.max(0, parseInt(p.get("page") || "0", 10) || 0) };
  for (const k of FILTER_KEYS) if (p.get(k)) s.filters[k] = p.get(k);
  return s;
}

function writeUrl(push) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.view !== "claims") p.set("view", state.view);
  if (state.page) p.set("page", state.page);
  if (state.doc) p.set("doc", state.doc);
  if (state.claim) p.set("claim", state.claim);
  const url = `${location.pathname}${p.toString() ? "?" + p : ""}`;
  if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
}

export function message(text, isError = false) {
  messageBox.hidden = !text;
  messageBox.textContent = text || "";
  messageBox.classList.toggle("error", !!isError);
}

const documentView = new DocumentView(document.getElementById("document"), () => { state.doc = state.claim = null; writeUrl(true); });
const openClaim = (docId, claimId, evidence) => {
  state.doc = docId; state.claim = claimId || null; writeUrl(true);
  documentView.open(docId, claimId, evidence);
};
const timeline = new Timeline(document.getElementById("timeline-svg"), document.getElementById("timeline-note"), (since, until) => {
  setFilters({ since, until });
});
const claimMap = new ClaimMap(document.getElementById("map"), document.getElementById("legend"), document.getElementById("map-note"), openClaim);
const list = new ClaimList(document.getElementById("view-claims"), document.getElementById("n-claims"), openClaim,
                           (page) => { state.page = page; writeUrl(false); list.load(state.filters, page); });
const contradictions = new Contradictions(document.getElementById("view-contradictions"), document.getElementById("n-contradictions"), openClaim);
const tallies = new Tallies(document.getElementById("view-tallies"));

function fillForm() {
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = state.filters[k] || "";
}

function readForm() {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = (form.elements[k].value || "").trim();
    if (v) f[k] = v;
  }
  return f;
}

function setFilters(changes) {
  state.filters = { ...state.filters, ...changes };
  for (const k of Object.keys(state.filters)) if (!state.filters[k]) delete state.filters[k];
  state.page = 0;
  fillForm();
  writeUrl(true);
  refresh();
}

let generation = 0;
let changedAt = null;  // when the user last changed a filter (performance.now())
async function refresh() {
  const mine = ++generation;
  const started = changedAt ?? performance.now();
  changedAt = null;
  document.body.dataset.busy = "1";
  message("");
  const f = state.filters;
  const results = await Promise.all([
    claimMap.load(f), timeline.load(f), list.load(f, state.page),
    state.view === "contradictions" ? contradictions.load(f) : contradictions.count(f),
    state.view === "tallies" ? tallies.load(f) : null,
  ]);
  if (mine !== generation) return;
  const errors = [...new Set(results.filter((r) => r && r.error).map((r) => r.error))];
  if (errors.length) message(errors.join("; "), true);
  // how long the page took, for bench/bench_serve.py: to the first drawn page, and from a change to its redraw
  const done = performance.now();
  if (!document.body.dataset.loaded) document.body.dataset.firstDrawnMs = String(Math.round(done));
  else document.body.dataset.redrawMs = String(Math.round(done - started));
  document.body.dataset.loaded = String(mine);
  document.body.dataset.busy = "0";
}

function showView(view, push = true) {
  state.view = view;
  for (const v of VIEWS) document.getElementById(`view-${v}`).hidden = v !== view;
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-selected", String(b.dataset.view === view));
  if (push) writeUrl(true);
  if (view === "contradictions") contradictions.load(state.filters);
  if (view === "tallies") tallies.load(state.filters);
}

let typing = null;
form.addEventListener("input", (e) => {
  clearTimeout(typing);
  changedAt = performance.now();
  const wait = e.target.tagName === "SELECT" || e.target.type === "date" ? 0 : 350;
  typing = setTimeout(() => { state.filters = {}; setFilters(readForm()); }, wait);
});
form.addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(typing); state.filters = {}; setFilters(readForm()); });
document.getElementById("clear").addEventListener("click", () => { state.filters = {}; setFilters({}); });
for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => showView(b.dataset.view));
window.addEventListener("popstate", () => {
  Object.assign(state, readUrl());
  fillForm(); showView(state.view, false); refresh();
  if (state.doc) documentView.open(state.doc, state.claim); else documentView.close(false);
});

async function start() {
  fillForm();
  showView(state.view, false);
  const options = get("options");
  const first = refresh();
  const { data } = await options;
  if (data) {
    const opt = (v) => el("option", { value: v }, v.replace("_", " "));
    form.elements.category.append(...data.categories.map(opt));
    form.elements.side.append(...data.sides.map(opt));
    document.getElementById("claimant-list").append(...data.claimants.map((v) => el("option", { value: v })));
    document.getElementById("outlet-list").append(...data.outlets.map((v) => el("option", { value: v })));
    claimMap.setTiles(data.tile_url);
    fillForm();
  }
  await first;
  setTimeout(() => claimMap.details(), 1500);  // rivers and boundaries once the first interactions are served
  if (state.doc) documentView.open(state.doc, state.claim);
}
start();
