// Search the archive in the browser, from the static export of the whoosh index.
//
// The same query as `invoke search`: every word must match in some field, the last word
// also as a prefix while it is typed; documents are ranked by the sum of the whoosh
// weights of their matching terms (integers, so the sum is exact), ties by document
// number. Only the shards that hold the query's words are fetched. Everything shown is
// inserted as text.

import { fillFromQuery } from "./query.js";

const form = document.querySelector("form[data-search-index]");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const indexUrl = new URL(form.dataset.searchIndex, document.baseURI);
const siteUrl = new URL(form.dataset.siteRoot, document.baseURI);
const LIMIT = 10;
const WORD = /[\p{L}\p{N}_]+/gu;
const fetched = new Map();
let meta = null;
let keys = null;
let stopWords = null;
let latest = 0;

async function inflate(response) {
  if (!response.ok) throw new Error(`${new URL(response.url).pathname} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server that sends the file with Content-Encoding: gzip has inflated it already.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
  const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(body).json();
}

// Every data file is gzipped JSON; meta.json is plain.
function load(path) {
  if (!fetched.has(path)) {
    const request = fetch(new URL(path === "meta.json" ? path : `${path}.gz`, indexUrl));
    fetched.set(path, request.then((r) => (path === "meta.json" && r.ok ? r.json() : inflate(r))));
  }
  return fetched.get(path);
}

async function ready() {
  if (!meta) {
    // The page carries the index's meta.json; fetch it only where it does not.
    const embedded = document.getElementById("search-meta");
    const loaded = embedded ? JSON.parse(embedded.textContent) : await load("meta.json");
    if (!loaded) throw new Error("the search index is missing");
    meta = loaded;
    keys = new Set(meta.keys);
    stopWords = new Set(meta.stopWords);
  }
}

// Split, then lower-case, as whoosh's analyzer does.
export function tokens(text) {
  return (text.match(WORD) || []).map((w) => w.toLowerCase()).filter((w) => !stopWords.has(w));
}

function hex(key) {
  const bytes = new TextEncoder().encode(key);
  return bytes.length ? Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("") : "_";
}

function shardOf(term) {
  const chars = Array.from(term);
  for (let end = chars.length; end >= 0; end -= 1) {
    const key = chars.slice(0, end).join("");
    if (keys.has(key)) return key;
  }
  return null;
}

function shard(key) {
  return load(`t/${hex(key)}.json`);
}

function addRows(rows, scores) {
  for (const row of rows) {
    let doc = 0;
    for (let i = 1; i < row.length; i += 2) {
      doc += row[i];
      scores.set(doc, (scores.get(doc) || 0) + row[i + 1]);
    }
  }
}

async function wordScores(word, prefix) {
  const scores = new Map();
  if (!prefix) {
    const key = shardOf(word);
    const terms = key === null ? null : await shard(key);
    if (terms && terms[word]) addRows(terms[word], scores);
    return scores;
  }
  const wanted = new Set(meta.keys.filter((k) => k.startsWith(word)));
  const own = shardOf(word);
  if (own !== null) wanted.add(own);
  const shards = await Promise.all(Array.from(wanted, shard));
  for (const terms of shards) {
    for (const [term, rows] of Object.entries(terms || {})) {
      if (term.startsWith(word)) addRows(rows, scores);
    }
  }
  return scores;
}

async function filterSet(kind, value) {
  // A value no incident has (a place with no incidents yet) has no file: nothing to fetch.
  const known = meta.filterValues[kind].includes(value);
  const deltas = known ? await load(`f/${kind}/${encodeURIComponent(value)}.json`) : [];
  const docs = new Set();
  let doc = 0;
  for (const delta of deltas) {
    doc += delta;
    docs.add(doc);
  }
  return docs;
}

function ordinal(isoDay) {
  // Days counted like Python's date.toordinal(): 1970-01-01 is day 719163.
  const [y, m, d] = isoDay.split("-").map(Number);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return Math.round(day.getTime() / 86400000) + 719163;
}

async function withinDates(docs, from, to) {
  const blocks = new Set(docs.map((doc) => Math.floor(doc / meta.dateGroup)));
  const days = Object.assign({}, ...(await Promise.all(Array.from(blocks, (b) => load(`s/${b}.json`)))));
  const since = from ? ordinal(from) : -Infinity;
  const until = to ? ordinal(to) : Infinity;
  return docs.filter((doc) => {
    const span = days[doc];
    return span && span[1] >= since && span[0] <= until;
  });
}

export async function search(text, filters = {}) {
  await ready();
  const words = tokens(text);
  if (!words.length) return { total: 0, results: [] };
  const perWord = await Promise.all(
    words.map((word, i) => wordScores(word, i === words.length - 1 && Array.from(word).length >= meta.minPrefix)),
  );
  let docs = Array.from(perWord[0].keys()).filter((doc) => perWord.every((s) => s.has(doc)));
  for (const kind of ["place", "actor", "tag"]) {
    if (filters[kind]) {
      const allowed = await filterSet(kind, filters[kind]);
      docs = docs.filter((doc) => allowed.has(doc));
    }
  }
  if (filters.from || filters.to) docs = await withinDates(docs, filters.from, filters.to);
  const score = (doc) => perWord.reduce((sum, s) => sum + s.get(doc), 0);
  const ranked = docs.map((doc) => [score(doc), doc]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const top = ranked.slice(0, LIMIT);
  const groups = new Set(top.map(([, doc]) => Math.floor(doc / meta.docGroup)));
  const cards = Object.assign({}, ...(await Promise.all(Array.from(groups, (g) => load(`d/${g}.json`)))));
  return {
    total: ranked.length,
    results: top.map(([s, doc]) => ({ ...cards[doc], score: s / meta.scale, docnum: doc })),
  };
}

function highlighted(text, words) {
  const fragment = document.createDocumentFragment();
  if (!words.length) {
    fragment.append(text);
    return fragment;
  }
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (words.some((w) => word.startsWith(w))) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
  }
  fragment.append(text.slice(last));
  return fragment;
}

function render(found, words) {
  list.replaceChildren();
  for (const card of found.results) {
    const item = document.createElement("li");
    item.className = "incident-card";
    item.dataset.id = card.id;
    const heading = document.createElement("h3");
    const link = document.createElement("a");
    link.href = new URL(card.url, siteUrl).href;
    link.append(highlighted(card.title, words));
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = `${card.when} · ${card.place}`;
    const summary = document.createElement("p");
    summary.append(highlighted(card.summary, words));
    item.append(heading, meta, summary);
    list.append(item);
  }
}

function current() {
  const data = new FormData(form);
  return {
    q: (data.get("q") || "").toString(),
    place: data.get("place") || "",
    actor: data.get("actor") || "",
    tag: data.get("tag") || "",
    from: data.get("from") || "",
    to: data.get("to") || "",
  };
}

// Say what found nothing: the words, or the words with the filters chosen.
function noMatch(state) {
  const chosen = ["place", "actor", "tag"]
    .filter((name) => state[name])
    .map((name) => form.elements.namedItem(name).selectedOptions[0].textContent);
  if (state.from || state.to) chosen.push(`dates ${state.from || "…"} to ${state.to || "…"}`);
  return chosen.length
    ? `No incident matches every word with ${chosen.join(", ")}. Try fewer filters.`
    : "No incident matches every word.";
}

async function run() {
  performance.mark("search:start");
  const state = current();
  const params = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
  history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
  const ticket = ++latest;
  if (!state.q.trim()) {
    list.replaceChildren();
    status.textContent = "Type a word to search the archive.";
    form.dataset.state = "idle";
    return;
  }
  form.dataset.state = "searching";
  let found;
  try {
    found = await search(state.q, state);
  } catch (error) {
    fetched.clear(); // let the next try fetch again
    status.textContent = `Search is unavailable (${error.message}). Browse the timeline instead.`;
    form.dataset.state = "failed";
    return;
  }
  if (ticket !== latest) return;
  const words = tokens(state.q);
  render(found, words);
  performance.mark("search:results");
  status.textContent = found.total
    ? `${found.total} incident${found.total === 1 ? "" : "s"}${found.total > LIMIT ? `, the ${LIMIT} best shown` : ""}.`
    : noMatch(state);
  form.dataset.state = "done";
}

function start() {
  form.hidden = false;
  fillFromQuery(form, ["q", "place", "actor", "tag", "from", "to"]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("input", run);
  form.addEventListener("change", run);
  run();
}

start();
