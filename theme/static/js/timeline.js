// Enhance the timeline, place, actor and incident pages: filters held in the URL, a range
// chosen on the histogram, and maps of the incidents. Without this script every page still
// lists its incidents, with coordinates linked to openstreetmap.org. Everything shown from
// the incidents' data is inserted as text, never as markup (only the tiles' attribution, a
// maintainer's setting, reaches Leaflet as HTML).

import { fillFromQuery } from "./query.js";

const PAGE_SIZE = 100;
const FILTERS = ["from", "to", "place", "actor", "tag", "kind", "status", "outlet", "precision"];
const explorers = new Map();

// The explorer's records (data/timeline.json), fetched once per page, when first needed.
function explorer(url) {
  if (!explorers.has(url)) {
    explorers.set(url, fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${new URL(response.url).pathname} answered ${response.status}`);
      return response.json();
    }));
  }
  return explorers.get(url);
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// Does a record pass every filter given? A place includes the places within it.
export function matches(record, filters, within) {
  const { from, to, place, actor, tag, kind, status, outlet, precision } = filters;
  if (from && record.end < from) return false;
  if (to && record.start > to) return false;
  if (place && !record.places.some((id) => id === place || (within[place] || []).includes(id))) return false;
  if (actor && !record.actors.includes(actor)) return false;
  if (tag && !record.tags.includes(tag)) return false;
  if (kind && !record.kinds.includes(kind)) return false;
  if (status && !record.statuses.includes(status)) return false;
  if (outlet && !record.outlets.includes(outlet)) return false;
  if (precision && record.precision !== precision) return false;
  return true;
}

// ---- maps ----------------------------------------------------------------------------

let leafletReady = null;

function loadLeaflet(base) {
  if (!leafletReady) {
    const script = (src) => new Promise((resolve, reject) => {
      const node = element("script", { src: base + src });
      node.onload = resolve;
      node.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(node);
    });
    for (const css of ["leaflet/leaflet.css", "leaflet.markercluster/MarkerCluster.css", "leaflet.markercluster/MarkerCluster.Default.css"]) {
      document.head.append(element("link", { rel: "stylesheet", href: base + css }));
    }
    leafletReady = script("leaflet/leaflet.js").then(() => script("leaflet.markercluster/leaflet.markercluster.js"));
  }
  return leafletReady;
}

class IncidentMap {
  constructor(container) {
    this.container = container;
    this.settings = JSON.parse(container.dataset.settings);
    this.siteRoot = new URL(container.dataset.siteRoot, document.baseURI);
    this.markers = new Map();
  }

  async start() {
    await loadLeaflet(new URL(this.container.dataset.leaflet, document.baseURI).href);
    const L = window.L;
    this.container.hidden = false;
    const { view, tiles, attribution } = this.settings;
    this.map = L.map(this.container, { keyboard: true, worldCopyJump: true });
    if (tiles) L.tileLayer(tiles, { attribution, maxZoom: 18 }).addTo(this.map);
    else this.map.attributionControl.addAttribution("Points only: no map tiles are set");
    if (view) this.map.setView([view.lat, view.lon], view.zoom);
    else this.map.setView([20, 0], 2);
    this.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    this.map.addLayer(this.cluster);
    const keepClear = () => this.keepTargetsClear();
    this.map.on("moveend resize", keepClear);
    this.cluster.on("animationend spiderfied unspiderfied", keepClear);
  }

  // A pin or cluster cut by the map's edge, or under its zoom buttons or credits, is
  // too small or too close to tap (WCAG 2.2 wants 24px clear): it stays drawn but is
  // inert (offered to touch, keyboard and screen readers only once the map is moved to
  // show it whole). The one the keyboard is on, or whose popup is open, is never taken
  // away: the reader would lose their place.
  keepTargetsClear() {
    const map = this.container.getBoundingClientRect();
    const inner = {
      left: map.left + this.container.clientLeft,
      top: map.top + this.container.clientTop,
      right: map.left + this.container.clientLeft + this.container.clientWidth,
      bottom: map.top + this.container.clientTop + this.container.clientHeight,
    };
    const controls = [...this.container.querySelectorAll(".leaflet-control")].map((c) => c.getBoundingClientRect());
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const open = this.openMarker?.getElement();
    for (const target of this.container.querySelectorAll(".leaflet-marker-icon")) {
      const box = target.getBoundingClientRect();
      const whole = box.left >= inner.left && box.right <= inner.right && box.top >= inner.top && box.bottom <= inner.bottom;
      const held = target === document.activeElement || target === open;
      const cut = !held && (!whole || controls.some((control) => overlaps(box, control)));
      target.classList.toggle("target-cut", cut);
      target.inert = cut;
    }
  }

  // The room the map's controls take at each edge, so that a pin moved into view clears them.
  controlsPadding() {
    const map = this.container.getBoundingClientRect();
    const corner = (selector) => this.container.querySelector(selector)?.getBoundingClientRect();
    const topLeft = corner(".leaflet-top.leaflet-left");
    const bottomRight = corner(".leaflet-bottom.leaflet-right");
    const clear = 40;
    return {
      paddingTopLeft: [Math.max(clear, (topLeft?.right ?? map.left) - map.left + 16), clear],
      paddingBottomRight: [clear, Math.max(clear, map.bottom - (bottomRight?.top ?? map.bottom) + 16)],
    };
  }

  marker(record, point, name, main) {
    const L = window.L;
    const icon = L.divIcon({
      className: `pin pin-${record.located || "unknown"}${main ? "" : " pin-also"}`,
      iconSize: [24, 24], // a touch target; the dot drawn inside it is 16px
    });
    const link = element("a", { href: new URL(record.url, this.siteRoot).href }, record.title);
    const popup = element("div", {}, link, element("br"), `${record.when} · ${name}`);
    const marker = L.marker(point, { icon, keyboard: true, title: `${record.title}, ${name}` });
    marker.bindPopup(popup);
    // The marker hears of its popup after the map does: it keeps itself clear then.
    marker.on("popupopen", () => { this.openMarker = marker; this.keepTargetsClear(); });
    marker.on("popupclose", () => {
      if (this.openMarker === marker) this.openMarker = null;
      this.keepTargetsClear();
    });
    return marker;
  }

  // Show the records' points; `fit` moves the map to them, else it keeps its view.
  show(records, fit = true) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const record of records) {
      if (record.point) {
        const marker = this.marker(record, record.point, record.place, true);
        this.markers.set(record.id, marker);
        layers.push(marker);
      }
      for (const [name, lat, lon] of record.also) layers.push(this.marker(record, [lat, lon], name, false));
    }
    this.cluster.addLayers(layers);
    if (layers.length && fit) {
      this.map.fitBounds(this.cluster.getBounds(), { maxZoom: 11, padding: [20, 20] });
    }
    this.keepTargetsClear();
    return layers.length;
  }

  reveal(id) {
    const marker = this.markers.get(id);
    if (!marker) return;
    this.container.scrollIntoView({ block: "nearest" });
    this.cluster.zoomToShowLayer(marker, () => {
      // Whole and clear of the controls, so a target.
      this.map.panInside(marker.getLatLng(), { ...this.controlsPadding(), animate: false });
      marker.openPopup();
      marker.getElement().focus(); // the keyboard goes on from the marker to its popup
    });
  }
}

// Give each listed incident with a point a button that shows it on the map.
function linkList(list, map) {
  for (const card of list.querySelectorAll("[data-incident]")) {
    if (!map.markers.has(card.dataset.incident) || card.querySelector(".on-map")) continue;
    const button = element("button", { type: "button", class: "on-map" }, "On the map");
    button.addEventListener("click", () => map.reveal(card.dataset.incident));
    card.querySelector(".meta").append(" ", button);
  }
}

// A map of the records its container asks for (data-only-*), fitted to them; none is
// shown where none has a point.
async function startMap(container, records, fit = true) {
  const only = Object.entries(container.dataset)
    .filter(([key]) => key.startsWith("only"))
    .map(([key, value]) => [key.slice(4).toLowerCase(), value]);
  const shown = records.incidents.filter((record) => only.every(([key, value]) =>
    key === "id" ? record.id === value : matches(record, { [key]: value }, records.within)));
  if (!shown.some((record) => record.point || record.also.length)) {
    container.dataset.state = "empty";
    return null;
  }
  const map = new IncidentMap(container);
  try {
    await map.start();
  } catch (error) {
    container.dataset.state = "failed";
    throw error;
  }
  map.show(shown, fit);
  linkList(document, map);
  container.dataset.state = "shown";
  return map;
}

// ---- the timeline's filters and histogram ---------------------------------------------

function card(record, siteRoot) {
  const title = element("a", { href: new URL(record.url, siteRoot).href }, record.title);
  return element("li", { class: "incident-card", "data-incident": record.id },
    element("h3", {}, title),
    element("p", { class: "meta" }, `${record.when} · ${record.place}`));
}

function readFilters(form) {
  const values = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value;
    if (value) values[name] = value;
  }
  return values;
}

function writeUrl(values) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (values[name]) params.set(name, values[name]);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname + location.hash);
}

function startHistogram(figure, form, apply) {
  const bars = [...figure.querySelectorAll("[data-start]")];
  const unitDays = { day: 1, week: 7 };
  const endOf = (bar) => {
    const unit = figure.dataset.unit;
    const start = new Date(`${bar.dataset.start}T00:00:00Z`);
    const end = unit === "month"
      ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0))
      : new Date(start.getTime() + (unitDays[unit] - 1) * 86400000);
    return end.toISOString().slice(0, 10);
  };
  let anchor = null;
  const choose = (first, last) => {
    const [low, high] = [first, last].sort((a, b) => bars.indexOf(a) - bars.indexOf(b));
    form.elements.from.value = low.dataset.start;
    form.elements.to.value = endOf(high);
    apply();
  };
  figure.querySelector(".histogram-hint").hidden = false;
  for (const bar of bars) {
    bar.addEventListener("pointerdown", (event) => { anchor = bar; event.preventDefault(); });
    bar.addEventListener("pointerenter", () => {
      if (anchor) for (const other of bars) other.classList.toggle("choosing", between(other, anchor, bar));
    });
    bar.addEventListener("click", (event) => {
      if (event.detail === 0) return; // Enter on a bar still opens its period's page
      event.preventDefault();
      choose(bar, bar);
    });
  }
  document.addEventListener("pointerup", (event) => {
    if (!anchor) return;
    const last = event.target.closest && event.target.closest("[data-start]");
    if (last && bars.includes(last) && last !== anchor) choose(anchor, last);
    anchor = null;
    for (const bar of bars) bar.classList.remove("choosing");
  });
  const between = (bar, a, b) => {
    const [i, j, k] = [bars.indexOf(bar), bars.indexOf(a), bars.indexOf(b)];
    return i >= Math.min(j, k) && i <= Math.max(j, k);
  };
  return (from, to) => {
    for (const bar of bars) {
      const inside = (!from || endOf(bar) >= from) && (!to || bar.dataset.start <= to);
      bar.classList.toggle("outside", Boolean(from || to) && !inside);
    }
  };
}

async function startFilters(form) {
  const siteRoot = new URL(form.dataset.siteRoot, document.baseURI);
  const section = document.querySelector(".filtered");
  const list = section.querySelector(".filtered-list");
  const more = section.querySelector(".filtered-more");
  const count = form.querySelector(".filter-count");
  const everything = document.querySelector(".timeline-default");
  const figure = document.querySelector(".histogram");
  const container = document.querySelector(".map");
  form.hidden = false;
  fillFromQuery(form, FILTERS);
  count.textContent = "Loading…";
  const records = await explorer(form.dataset.explorer);
  // The map comes when Leaflet has loaded; the filters do not wait for it, nor fail with it.
  const keepView = Boolean(container && JSON.parse(container.dataset.settings).view);
  let map = null;
  const mapReady = container
    ? startMap(container, records, !keepView).then((made) => { map = made; }, (error) => console.warn(error))
    : Promise.resolve();
  let shown = [];
  const showPage = () => {
    const start = list.children.length;
    list.append(...shown.slice(start, start + PAGE_SIZE).map((record) => card(record, siteRoot)));
    more.hidden = list.children.length >= shown.length;
    if (map) linkList(list, map);
  };
  const mark = figure ? startHistogram(figure, form, () => apply()) : () => {};
  const apply = () => {
    const values = readFilters(form);
    writeUrl(values);
    const filtering = Object.keys(values).length > 0;
    shown = records.incidents.filter((record) => matches(record, values, records.within));
    if (form.dataset.newestFirst) shown.reverse();
    const total = records.incidents.length;
    count.textContent = filtering
      ? `${shown.length.toLocaleString("en")} of ${total.toLocaleString("en")} incidents shown`
      : `All ${total.toLocaleString("en")} incidents`;
    section.hidden = !filtering;
    if (everything) everything.hidden = filtering;
    list.replaceChildren();
    if (filtering) showPage();
    mark(values.from, values.to);
    mapReady.then(() => {
      if (!map) return;
      map.show(filtering ? shown : records.incidents, filtering || !keepView);
      linkList(list, map);
    });
  };
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
  more.querySelector("button").addEventListener("click", showPage);
  apply();
}

function fail(error) {
  for (const node of document.querySelectorAll(".filter-count")) {
    node.textContent = "The filters could not load their data; the lists below are complete.";
  }
  console.warn(error);
}

const filterForm = document.querySelector("form.timeline-filters");
if (filterForm) {
  startFilters(filterForm).catch(fail);
} else {
  for (const container of document.querySelectorAll(".map")) {
    explorer(new URL(container.dataset.explorer, document.baseURI).href)
      .then((records) => startMap(container, records))
      .catch(fail);
  }
}
