"""Scan a built site for anything live a contributor could have smuggled into it."""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from bs4 import BeautifulSoup

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "data",
}
FORBIDDEN_TAGS = {
    "iframe",
    "object",
    "embed",
    "base",
    "frame",
    "frameset",
    "applet",
    "style",
}
SAFE_SCHEMES = {"http", "https", "mailto"}
# The theme's own modules, at any depth (everything else is inert HTML): search, and the
# timeline's maps and filters. Leaflet is loaded by timeline.js, never by a page.
ALLOWED_SCRIPT = re.compile(r"^(?:/|\./|(?:\.\./)*)theme/js/(?:search|timeline)\.js$")
ATOM = "{http://www.w3.org/2005/Atom}"
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:")


def unsafe_url(value: str) -> bool:
    """Tell whether a URL runs or embeds content: any scheme but http(s) and mailto."""
    # Browsers ignore tabs and newlines inside a scheme ('jav\tascript:').
    collapsed = re.sub(r"[\x00-\x20]", "", html.unescape(value))
    match = _SCHEME.match(collapsed)
    return bool(match) and match.group(1).lower() not in SAFE_SCHEMES


def _inert_data(element) -> bool:
    """Tell whether a <script> is a JSON data block that nothing in it can end early."""
    if element.get("type") != "application/json" or element.get("src"):
        return False
    try:
        json.loads(element.string or "")
    except ValueError:
        return False
    return "<" not in (element.string or "")


def scan_html(text: str, where: str) -> list[str]:
    """Return what is live in an HTML document or fragment."""
    findings = []
    soup = BeautifulSoup(text, "html.parser")
    for element in soup.find_all(True):
        name = element.name.lower()
        if (
            name == "script"
            and not _inert_data(element)
            and not ALLOWED_SCRIPT.match(element.get("src", ""))
        ):
            findings.append(f"{where}: <script> element")
        if name in FORBIDDEN_TAGS:
            findings.append(f"{where}: <{name}> element")
        if name == "form" and (element.get("action") or element.get("method", "get") != "get"):
            findings.append(f"{where}: <form> that sends data somewhere")
        if name == "meta" and element.get("http-equiv", "").lower() == "refresh":
            findings.append(f"{where}: <meta http-equiv=refresh>")
        for attribute, value in element.attrs.items():
            values = value if isinstance(value, list) else [value]
            if attribute.lower().startswith("on"):
                findings.append(f"{where}: event handler attribute {attribute}")
            if attribute.lower() == "srcdoc":
                findings.append(f"{where}: srcdoc attribute")
            if attribute.lower() in URL_ATTRIBUTES and any(unsafe_url(v) for v in values):
                findings.append(f"{where}: unsafe URL in {attribute}: {value!r}")
            if attribute.lower() == "style" and re.search(r"url\(|expression\(", str(value), re.I):
                findings.append(f"{where}: style attribute that loads or runs something")
    return findings


def _scan_json_value(value, where: str, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [f for k, v in value.items() for f in _scan_json_value(v, where, str(k))]
    if isinstance(value, list):
        return [f for item in value for f in _scan_json_value(item, where, key)]
    if not isinstance(value, str):
        return []
    findings = []
    if key.endswith("html"):
        findings += scan_html(value, f"{where} [{key}]")
    if (key == "url" or key.endswith("_url")) and unsafe_url(value):
        findings.append(f"{where}: unsafe URL in {key}: {value!r}")
    return findings


def scan_json(text: str, where: str) -> list[str]:
    """Return unsafe HTML fields and URLs in a JSON or GeoJSON document."""
    return _scan_json_value(json.loads(text), where)


def scan_feed(text: str, where: str) -> list[str]:
    """Return live content in an Atom feed's HTML summaries and unsafe links."""
    findings = []
    root = ElementTree.fromstring(text)
    for element in root.iter():
        if element.tag in (f"{ATOM}summary", f"{ATOM}content") and element.get("type") == "html":
            findings += scan_html(element.text or "", f"{where} <{element.tag[len(ATOM) :]}>")
        if element.tag == f"{ATOM}link" and unsafe_url(element.get("href", "")):
            findings.append(f"{where}: unsafe link {element.get('href')!r}")
    return findings


def scan_csv(text: str, where: str) -> list[str]:
    """Return cells a spreadsheet would run as formulas."""
    findings = []
    for number, row in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r") or re.match(r"^-[^0-9.]", cell):
                findings.append(f"{where}:{number}: formula-like cell {cell[:40]!r}")
    return findings


def scan_site(root: Path) -> list[str]:
    """Scan every HTML, XML feed, JSON and CSV file of a built site."""
    findings = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        where = path.relative_to(root).as_posix()
        if path.suffixes[-2:] == [".json", ".gz"]:
            findings += scan_json(gzip.decompress(path.read_bytes()).decode("utf-8"), where)
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            findings += scan_html(text, where)
        elif path.suffix == ".xml":
            findings += scan_feed(text, where)
        elif path.suffix in (".json", ".geojson"):
            findings += scan_json(text, where)
        elif path.suffix == ".csv":
            findings += scan_csv(text, where)
    return findings
