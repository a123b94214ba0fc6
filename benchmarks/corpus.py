"""Generate a deterministic synthetic archive of realistic incident files, for benchmarks.

    python3 benchmarks/corpus.py OUT_DIR [--incidents 20000] [--seed 1]

OUT_DIR gets `incidents/`, `registries/` and `pages/`, like `content/`. Every file
validates: dates are written the way outlets write them (weekdays and "yesterday" relative
to the source, nights across two days, calendar dates, "N days after <incident-id>"),
places and actors have aliases with variant spellings, and claims carry numbers reported by
named outlets. The same arguments always write the same bytes.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SYLLABLES = (
    "bel", "go", "rod", "she", "be", "ki", "no", "gray", "vo", "ron", "ko", "zin", "ka",
    "tav", "zhan", "pe", "trov", "bo", "ris", "lo", "sev", "ne", "dol", "ma", "lin", "yar",
    "ost", "kur", "ga", "su", "dzha", "va", "lu", "ki", "pol", "ta", "dym", "cher", "ni",
)  # fmt: skip
SUFFIXES = ("ka", "ovka", "ino", "evo", "sk", "noye", "ivka", "ovo", "a", "y")
REGIONS = (
    "Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Voronezh Oblast", "Rostov Oblast",
    "Kharkiv Oblast", "Sumy Oblast", "Chernihiv Oblast", "Luhansk Oblast", "Donetsk Oblast",
)  # fmt: skip
KINDS = {
    "shelling": ("Shelling of {place}", "was shelled with {weapon}", ["shelling"]),
    "drone": ("Drone strike on {place}", "was hit by {n} drones", ["drone"]),
    "incursion": ("Incursion near {place}", "saw fighters cross the border", ["incursion", "border"]),
    "explosion": ("Explosion in {place}", "heard explosions near {object}", ["explosion"]),
    "power": ("Power cut in {place}", "lost power after a strike on {object}", ["power", "infrastructure"]),
    "evacuation": ("Evacuation of {place}", "was evacuated as shelling went on", ["evacuation"]),
    "sabotage": ("Sabotage on the railway near {place}", "had a railway line blown up", ["sabotage", "railway"]),
}  # fmt: skip
HEADLINES = (
    "{title}", "{title}, officials say", "{title}: what we know", "{place} under fire again",
    "{actor} reports attack on {place}", "Residents of {place} describe night of {weapon}",
    "{title} as fighting spreads along the border", "Live updates: {title}",
)  # fmt: skip
WEAPONS = ("Grad rockets", "artillery", "mortars", "cluster munitions", "tank fire", "MLRS")
OBJECTS = (
    "a substation", "the railway station", "a fuel depot", "a school", "a dormitory",
    "a water tower", "a bridge", "an administrative building", "a factory", "a checkpoint",
)  # fmt: skip
ACTOR_KINDS = ("official", "state-body", "armed-group", "government", "organisation", "person")
OUTLET_NAMES = (
    "Moscow Times", "Kyiv Independent", "Kyiv Post", "Meduza", "Novaya Gazeta Europe",
    "Ukrainska Pravda", "RIA Novosti", "TASS", "Interfax", "Reuters", "Associated Press",
    "BBC Russian", "Radio Liberty", "The Insider", "Mediazona", "Astra", "Baza", "Mash",
    "Suspilne", "Hromadske", "Liga.net", "RBC", "Kommersant", "Vedomosti", "The Guardian",
    "Financial Times", "Le Monde", "Der Spiegel", "Al Jazeera", "Agence France-Presse",
)  # fmt: skip
SENTENCES = (
    "Residents said the {weapon} started before dawn and went on for several hours.",
    "Local officials reported damage to {object} and several private houses.",
    "{actor} said its forces had repelled the attack and blamed the other side.",
    "Videos shared on Telegram showed smoke rising over {place}.",
    "The regional governor urged residents of {place} to stay in shelters.",
    "{actor} denied any involvement and called the reports a provocation.",
    "Emergency services worked through the night to restore power and water.",
    "The claims could not be independently verified.",
    "Schools in the {region} district switched to remote lessons for the week.",
    "Witnesses described hearing at least {n} loud explosions near {object}.",
)  # fmt: skip


def _name(rng: random.Random) -> str:
    syllables = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))
    return (syllables + rng.choice(SUFFIXES)).capitalize()


def _variants(name: str) -> list[str]:
    """Spell a name the other ways outlets transliterate it."""
    swaps = (("y", "i"), ("kh", "h"), ("zh", "j"), ("ye", "e"), ("oye", "oe"), ("ts", "c"))
    found = []
    for old, new in swaps:
        if old in name.lower():
            found.append(name.lower().replace(old, new).capitalize())
    return found[:2]


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def registries(rng: random.Random, places: int = 400) -> tuple[dict, dict, dict]:
    """Return places, actors and outlets: id -> entry."""
    place_entries: dict[str, dict] = {}
    for region in REGIONS:
        place_entries[_slug(region)] = {
            "name": region, "kind": "region", "country": "UA" if "kiv" in region or "Sumy" in region
            or "Cherni" in region or "Luh" in region or "Done" in region else "RU", "aliases": [],
        }  # fmt: skip
    while len(place_entries) < places:
        name = _name(rng)
        slug = _slug(name)
        if slug in place_entries:
            continue
        region = rng.choice(REGIONS)
        place_entries[slug] = {
            "name": name,
            "kind": rng.choice(("town", "village", "village", "city", "district")),
            "region": region,
            "country": place_entries[_slug(region)]["country"],
            "aliases": _variants(name),
            "coordinates": (round(rng.uniform(49.0, 52.5), 4), round(rng.uniform(34.0, 40.0), 4)),
        }
    actor_entries: dict[str, dict] = {}
    for region in REGIONS:
        governor = f"{_name(rng)} {_name(rng)}ov"
        actor_entries[_slug(governor)] = {
            "name": governor, "kind": "official", "aliases": [f"Governor of {region}"],
        }  # fmt: skip
    for name, aliases, kind in (
        ("Russian Defence Ministry", ["Russian Defense Ministry", "Defence Ministry", "MoD"], "state-body"),
        ("Ukrainian Armed Forces", ["ZSU", "Armed Forces of Ukraine"], "armed-group"),
        ("Russian Volunteer Corps", ["RDK", "RVC"], "armed-group"),
        ("Freedom of Russia Legion", ["Free Russia Legion", "Legion"], "armed-group"),
        ("Kremlin", ["Russian presidency"], "government"),
        ("Ukrainian General Staff", ["General Staff of Ukraine"], "state-body"),
    ):  # fmt: skip
        actor_entries[_slug(name)] = {"name": name, "kind": kind, "aliases": aliases}
    while len(actor_entries) < 60:
        name = (
            f"{_name(rng)} {rng.choice(('Battalion', 'Brigade', 'Group', 'Committee', 'Council'))}"
        )
        actor_entries.setdefault(
            _slug(name), {"name": name, "kind": rng.choice(ACTOR_KINDS), "aliases": _variants(name)}
        )
    outlet_entries = {_slug(name): {"name": name} for name in OUTLET_NAMES}
    return place_entries, actor_entries, outlet_entries


def _registry_yaml(entries: dict) -> str:
    lines = []
    for entry_id, entry in entries.items():
        lines.append(f"{entry_id}:")
        lines.append(f"  name: {_yaml_text(entry['name'])}")
        if entry.get("aliases"):
            lines.append("  aliases: [" + ", ".join(_yaml_text(a) for a in entry["aliases"]) + "]")
        for key in ("kind", "region", "country"):
            if entry.get(key):
                lines.append(f"  {key}: {_yaml_text(entry[key])}")
        if entry.get("coordinates"):
            lat, lon = entry["coordinates"]
            lines.append(f"  coordinates: {{lat: {lat}, lon: {lon}}}")
    return "\n".join(lines) + "\n"


def _written(day: date, published: date, rng: random.Random) -> str:
    """Write a day the way an outlet publishing on `published` might."""
    gap = (published - day).days
    choice = rng.random()
    if gap == 0 and choice < 0.3:
        return rng.choice(("today", "earlier today", "this morning"))
    if gap == 1 and choice < 0.35:
        return rng.choice(("yesterday", "last night", "yesterday evening"))
    if 0 <= gap <= 5 and choice < 0.75:
        return rng.choice(("", "on ", "early ", "late on ")) + WEEKDAYS[day.weekday()]
    if choice < 0.85:
        return f"{MONTHS[day.month - 1]} {day.day}"
    return day.isoformat()


def incidents(rng: random.Random, count: int, places: dict, actors: dict, outlets: dict):
    """Yield (id, file text) for `count` incidents, oldest first."""
    start = date(2022, 3, 1)
    place_ids = [p for p, e in places.items() if e["kind"] != "region"]
    actor_ids = list(actors)
    outlet_ids = list(outlets)
    days = sorted(start + timedelta(days=rng.randint(0, 1000)) for _ in range(count))
    made: list[tuple[str, date]] = []
    used: set[str] = set()
    for number, day in enumerate(days):
        kind = rng.choice(list(KINDS))
        title_pattern, what, tags = KINDS[kind]
        place_id = rng.choice(place_ids)
        place = places[place_id]
        incident_id = f"{day.isoformat()}-{place_id}-{kind}"
        if incident_id in used:
            incident_id = f"{incident_id}-{number}"
        used.add(incident_id)
        involved = rng.sample(actor_ids, rng.randint(1, 3))
        values = {
            "place": rng.choice([place["name"], *place.get("aliases", [])]),
            "weapon": rng.choice(WEAPONS),
            "object": rng.choice(OBJECTS),
            "n": rng.randint(2, 40),
            "region": place.get("region", place["name"]).split()[0],
            "actor": actors[rng.choice(involved)]["name"],
        }
        sources = []
        for index in range(rng.randint(1, 3)):
            outlet = rng.choice(outlet_ids)
            published = day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 4)))
            sources.append((f"s{index + 1}", outlet, published))
        anchor = None
        earlier = [(i, d) for i, d in made[-200:] if 1 <= (day - d).days <= 30]
        if earlier and rng.random() < 0.05:
            anchor = rng.choice(earlier)
        if anchor:
            written = f"{(day - anchor[1]).days} days after {anchor[0]}"
        else:
            written = _written(day, sources[0][2], rng)
        lines = [
            "---",
            f"id: {incident_id}",
            f"title: {_yaml_text(title_pattern.format(**values))}",
            "summary: " + _yaml_text(f"{values['place']} {what.format(**values)}; {values['actor']} gave its account."),
            "tags: [" + ", ".join(tags) + "]",
            f"date: {_yaml_text(written)}",
            "location:",
            f"  place: {place_id}",
            "  precision: settlement",
            "actors: [" + ", ".join(involved) + "]",
            "sources:",
        ]  # fmt: skip
        for source_id, outlet, published in sources:
            lines += [
                f"  - id: {source_id}",
                f"    outlet: {outlet}",
                f"    title: {_yaml_text(rng.choice(HEADLINES).format(title=title_pattern.format(**values), **values))}",
                f"    published: {published.isoformat()}",
                "    language: en",
                f"    url: https://{outlet}.example/{incident_id}/{source_id}",
            ]
        claims = []
        for index in range(rng.randint(1, 4)):
            claimant = rng.choice(involved)
            source_id, _, published = rng.choice(sources)
            count_word = rng.randint(1, 60)
            claims += [
                f"  - id: c{index + 1}",
                f"    claimant: {claimant}",
                f"    kind: {rng.choice(('casualties', 'damage', 'denial', 'responsibility', 'occurred'))}",
                f"    statement: {_yaml_text(rng.choice(SENTENCES).format(**values))}",
                "    numbers:",
                f"      {rng.choice(('injured', 'killed', 'drones', 'attackers'))}: {count_word}",
                f"    stated_on: {{text: {_yaml_text(_written(day, published, rng))}, reference: {source_id}}}",
                f"    reported_by: [{source_id}]",
                f"    status: {rng.choice(('unverified', 'unverified', 'disputed'))}",
            ]  # fmt: skip
        lines += ["claims:", *claims, "---"]
        body = " ".join(rng.choice(SENTENCES).format(**values) for _ in range(rng.randint(3, 8)))
        made.append((incident_id, day))
        yield incident_id, "\n".join(lines) + "\n" + body + "\n"


def write_corpus(out: Path, count: int, seed: int = 1) -> Path:
    """Write a content folder of `count` incidents into `out` (replacing it) and return it."""
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    (out / "incidents").mkdir(parents=True)
    (out / "registries").mkdir()
    (out / "pages").mkdir()
    places, actors, outlets = registries(rng)
    for name, entries in (("places", places), ("actors", actors), ("outlets", outlets)):
        (out / "registries" / f"{name}.yaml").write_text(_registry_yaml(entries), encoding="utf-8")
    for incident_id, text in incidents(rng, count, places, actors, outlets):
        (out / "incidents" / f"{incident_id}.md").write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--incidents", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_corpus(args.out, args.incidents, args.seed)
    print(f"Wrote {args.incidents:,} incidents to {args.out}")


if __name__ == "__main__":
    main()
