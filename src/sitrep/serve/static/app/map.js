// The map: a bundled vector basemap (Natural Earth countries, rivers, lakes, first-level
// boundaries), and the claims aggregated by the server into grid cells per zoom. A settlement
// is a point sized by its figure; a region- or country-level claim is drawn as a dashed area,
// never as a pin.
import { get, color, COLORS, el, num } from "./api.js";

// A ring that crosses the antimeridian (Chukotka, Fiji) is drawn east of it, not across the world.
function unwrap(feature) {
  const fix = (ring) => (ring.some(([x]) => x > 170) && ring.some(([x]) => x < -170) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring);
  const g = feature.geometry;
  if (g && g.type === "Polygon") g.coordinates = g.coordinates.map(fix);
  if (g && g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(fix));
  return feature;
}

const span = (b) => (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
const short = (n) => (n >= 10000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n));

const REGION_METRES = 40000, COUNTRY_METRES = 220000;

export class ClaimMap {
  constructor(node, legend, note, openClaim) {
    this.openClaim = openClaim;
    this.note = note;
    this.map = L.map(node, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true })
      .setView([48.5, 34], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Basemap: Natural Earth (public domain)");
    this.map.createPane("basemap").style.zIndex = 250;
    this.layer = L.layerGroup().addTo(this.map);
    this.filters = {};
    this.fitted = false;
    this.map.on("zoomend", () => this.load(this.filters));
    this.basemap();
    legend.append(
      ...Object.entries(COLORS).map(([k, c]) => el("div", {}, el("span", { class: "sw", style: `background:${c}` }), k.replace("_", " "))),
      el("div", { class: "muted", style: "margin-top:4px" }, el("span", { class: "ring" }), "region or country, not a point"));
  }

  setTiles(url) {
    if (url) L.tileLayer(url, { maxZoom: 18, attribution: "tiles: as configured" }).addTo(this.map).bringToBack();
  }

  async basemap() {
    const countries = await fetch("/static/basemap/countries-50m.json").then((r) => r.json()).catch(() => null);
    if (countries) {
      const land = topojson.feature(countries, countries.objects.countries);
      land.features = land.features.filter((f) => f.id !== "010").map(unwrap);  // no Antarctica
      L.geoJSON(land, {
        pane: "basemap", interactive: false,
        style: { color: "#8c8c8c", weight: 0.8, fillColor: "#f4f2ec", fillOpacity: 1 },
      }).addTo(this.map);
      this.labels(land);
      document.body.dataset.basemap = "countries";
    }
  }

  // Country names at the centre of each country's largest part, when it is wide enough on screen.
  labels(land) {
    const layer = L.layerGroup();
    const marks = [];
    for (const f of land.features) {
      const name = f.properties && f.properties.name;
      if (!name || !f.geometry) continue;
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const bounds = polys.map((p) => L.latLngBounds(p[0].map(([x, y]) => [y, x])));
      const big = bounds.reduce((a, b) => (span(b) > span(a) ? b : a));
      const marker = L.marker(big.getCenter(), { interactive: false, keyboard: false,
        icon: L.divIcon({ className: "country-label", html: name.replace(/[<>&]/g, ""), iconSize: [120, 14] }) });
      marks.push({ marker, width: big.getEast() - big.getWest() });
    }
    const update = () => {
      const degreesPer100px = 100 * 360 / (256 * 2 ** this.map.getZoom());
      layer.clearLayers();
      for (const m of marks) if (m.width > degreesPer100px) layer.addLayer(m.marker);
    };
    this.map.on("zoomend", update);
    update();
    layer.addTo(this.map);
  }

  // Rivers and lakes (0.5 MB) from zoom 3, first-level boundaries (1.6 MB) from zoom 4: each
  // fetched once the map first needs it, after the first claims are drawn.
  details() {
    const layers = [
      { url: "/static/basemap/rivers-lakes-50m.json", zoom: 3, style: { color: "#7fa6c4", weight: 0.9 } },
      { url: "/static/basemap/admin1-lines.json", zoom: 4, style: { color: "#b3aca0", weight: 0.6, dashArray: "3 3" } },
    ];
    const update = () => {
      const z = this.map.getZoom();
      for (const l of layers) {
        if (z >= l.zoom && !l.loading) {
          l.loading = fetch(l.url).then((r) => r.json()).then((data) => {
            l.layer = L.geoJSON(data, { pane: "basemap", interactive: false, style: l.style });
            update();
          }).catch(() => null);
        }
        if (l.layer) { if (z >= l.zoom) l.layer.addTo(this.map); else l.layer.remove(); }
      }
    };
    this.map.on("zoomend", update);
    update();
  }

  async load(filters) {
    this.filters = filters;
    const zoom = this.map.getZoom();
    const res = await get("map", filters, { zoom });
    if (res.error) return res;
    if (this.filters !== filters || zoom !== this.map.getZoom()) return {};
    this.draw(res.data);
    return {};
  }

  draw(data) {
    this.layer.clearLayers();
    // a country-level claim says nothing about where in the country: its area is left out close up
    const areas = data.cells.filter((c) => c.kind === "region" || (c.kind === "country" && data.zoom < 7));
    const sites = data.cells.filter((c) => c.kind === "site");
    for (const c of areas) {
      const shape = L.circle([c.lat, c.lon], {
        radius: c.kind === "country" ? COUNTRY_METRES : REGION_METRES, color: color(c.category), weight: 1.5,
        dashArray: "5 4", fillColor: color(c.category), fillOpacity: c.kind === "country" ? 0.06 : 0.16,
      });
      shape.bindTooltip(this.label(c, `${c.kind}-level`));
      shape.on("click", () => this.click(c));
      this.layer.addLayer(shape);
    }
    for (const c of sites) {
      let marker;
      if (c.count > 1) {
        const size = Math.round(20 + 7 * Math.log10(c.count));  // at most about a grid cell (48 px)
        marker = L.marker([c.lat, c.lon], { icon: L.divIcon({ className: "", iconSize: [size, size],
          html: `<div class="cluster" style="width:${size}px;height:${size}px;background:${color(c.category)}">${short(c.count)}</div>` }) });
      } else {
        const r = 4 + 2.2 * Math.log10(1 + (c.max_value || 0));
        marker = L.circleMarker([c.lat, c.lon], { radius: r, color: "#fff", weight: 1, fillColor: color(c.category), fillOpacity: 0.9 });
      }
      marker.bindTooltip(this.label(c, ""));
      marker.on("click", () => this.click(c));
      this.layer.addLayer(marker);
    }
    const hidden = data.zoom >= 7 ? data.cells.filter((c) => c.kind === "country").reduce((n, c) => n + c.count, 0) : 0;
    this.note.textContent = `${data.claims.toLocaleString("en")} claims on the map` +
      (hidden ? ` (${hidden.toLocaleString("en")} country-level, drawn when zoomed out)` : "") +
      (data.without_coordinates ? `, ${data.without_coordinates.toLocaleString("en")} without coordinates` : "");
    if (!this.fitted && data.cells.length) {
      this.fitted = true;
      const top = data.cells.slice(0, 50);
      const bounds = L.latLngBounds(top.map((c) => [c.lat, c.lon]));
      if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.3), { maxZoom: 7 });
    }
  }

  label(c, kind) {
    const cats = Object.entries(c.categories).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.replace("_", " ")} ${n}`).join(", ");
    const where = c.place ? `${c.place}: ` : "";
    const top = c.max_value != null ? `; largest figure ${num(c.max_value)}` : "";
    return `${where}${c.count} claim${c.count > 1 ? "s" : ""} ${kind ? "(" + kind + ")" : ""} — ${cats}${top}`;
  }

  click(c) {
    if (c.count === 1 && c.claim_id) {
      fetch(`/api/claims/${encodeURIComponent(c.claim_id)}`).then((r) => r.ok ? r.json() : null).then((claim) => {
        if (claim) this.openClaim(claim.doc_id, claim.claim_id, claim.evidence);
      }).catch(() => null);
      return;
    }
    const [w, s, e, n] = c.bbox;
    this.map.fitBounds([[s, w], [n, e]], { maxZoom: Math.min(this.map.getZoom() + 3, 12) });
  }
}
