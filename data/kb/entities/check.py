#!/usr/bin/env python3
"""Validate the entity knowledge base in this directory.

Usage:  python3 data/kb/entities/check.py [--verbose]

Errors (exit status 1):
  * a file does not parse as TOML, or has no [[entity]] tables
  * missing/invalid id, kind, name, names or roles fields; keys the Rust loader
    (crates/dyad-kb/src/kb.rs, deny_unknown_fields) would reject
  * an actor sector that crates/dyad-core/src/actor.rs does not know
  * an id is not a lowercase ascii slug, or is used twice (across all files)
  * an actor code does not match ^[A-Z]{3}(\\.[A-Z]{3})?$
  * a date does not match ^\\d{4}(-\\d{2}(-\\d{2})?)?$, or is not a real date
  * from > to within a role
Warnings (printed, do not fail):
  * two roles of one entity with different actor codes overlap in time
  * a surface form listed twice within one entity
  * a surface form shared by several entities (ambiguous)
  * a Russian-wildcard form ("Лавров*") whose stem is very short
"""
import calendar
import glob
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# Ids: a lowercase ascii slug ("sergey-lavrov"); namespaced ids of the built-in loaders
# ("country:SUN", "geonames:123") are accepted too, since other files here may use them.
ID_RE = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[a-z]+:[A-Za-z0-9._-]+)$")
ACTOR_RE = re.compile(r"^[A-Z]{3}(\.[A-Z]{3})?$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# What crates/dyad-kb/src/kb.rs accepts (EntityRecord / RoleRecord use deny_unknown_fields).
KINDS = {"person", "organization", "group", "country", "place"}
ENTITY_KEYS = {"id", "kind", "name", "wikidata", "names", "roles", "country", "lat", "lon"}
ROLE_KEYS = {"actor", "from", "to", "title"}
# PLOVER sectors known to crates/dyad-core/src/actor.rs.
SECTORS = set(
    "GOV MIL COP JUD LEG PRM PTY REB SPY UAF OPP ELI PRE AGR BUS CRM CVL EDU JRN LAB MED REF REL SOC UNK".split()
)
WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")


def date_bounds(s):
    """Return (first_day, last_day) tuples (y, m, d) covered by a partial date."""
    parts = [int(p) for p in s.split("-")]
    y = parts[0]
    if len(parts) == 1:
        return (y, 1, 1), (y, 12, 31)
    m = parts[1]
    if not 1 <= m <= 12:
        raise ValueError(f"bad month in {s!r}")
    last = calendar.monthrange(y, m)[1]
    if len(parts) == 2:
        return (y, m, 1), (y, m, last)
    d = parts[2]
    if not 1 <= d <= last:
        raise ValueError(f"bad day in {s!r}")
    return (y, m, d), (y, m, d)


def main():
    verbose = "--verbose" in sys.argv
    errors, warnings = [], []
    files = sorted(glob.glob(os.path.join(HERE, "*.toml")))
    if not files:
        print("no .toml files found", file=sys.stderr)
        return 1
    ids = {}
    kind_entities = Counter()
    kind_names = Counter()
    per_file = {}
    name_owners = defaultdict(set)

    for path in files:
        fname = os.path.basename(path)
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{fname}: TOML parse error: {exc}")
            continue
        ents = data.get("entity")
        if not isinstance(ents, list) or not ents:
            errors.append(f"{fname}: no [[entity]] tables")
            continue
        extra_top = set(data) - {"entity"}
        if extra_top:
            errors.append(f"{fname}: unexpected top-level keys {sorted(extra_top)}")
        per_file[fname] = len(ents)
        for i, e in enumerate(ents):
            where = f"{fname}[{i}]"
            eid = e.get("id")
            if not isinstance(eid, str) or not ID_RE.match(eid):
                errors.append(f"{where}: bad id {eid!r}")
                eid = f"<{where}>"
            else:
                where = f"{fname}:{eid}"
                if eid in ids:
                    errors.append(f"{where}: duplicate id (also in {ids[eid]})")
                ids[eid] = fname
            unknown = set(e) - ENTITY_KEYS
            if unknown:
                errors.append(f"{where}: unknown keys {sorted(unknown)}")
            kind = e.get("kind")
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind!r}")
            if not isinstance(e.get("name"), str) or not e.get("name").strip():
                errors.append(f"{where}: missing name")
            wd = e.get("wikidata")
            if wd is not None and (not isinstance(wd, str) or not WIKIDATA_RE.match(wd)):
                errors.append(f"{where}: bad wikidata {wd!r}")
            names = e.get("names")
            if not isinstance(names, list) or not names or not all(
                isinstance(n, str) and n.strip() for n in names
            ):
                errors.append(f"{where}: names must be a non-empty list of non-empty strings")
                names = []
            cnt = Counter(names)
            for n, c in cnt.items():
                if c > 1:
                    warnings.append(f"{where}: name {n!r} listed {c} times")
                if n != n.strip():
                    errors.append(f"{where}: name {n!r} has surrounding whitespace")
                if n.endswith("*") and len(n.rstrip("*")) < 4:
                    warnings.append(f"{where}: wildcard stem too short: {n!r}")
                if "*" in n[:-1]:
                    errors.append(f"{where}: '*' allowed only at the end: {n!r}")
                name_owners[n].add(eid)
            if kind in KINDS:
                kind_entities[kind] += 1
                kind_names[kind] += len(set(names))
            roles = e.get("roles", [])
            if not isinstance(roles, list):
                errors.append(f"{where}: roles must be a list")
                roles = []
            elif not roles and kind in {"person", "organization", "group"}:
                errors.append(f"{where}: no roles (an actor needs at least one dated code)")
            spans = []
            for j, r in enumerate(roles):
                rw = f"{where} role[{j}]"
                if not isinstance(r, dict):
                    errors.append(f"{rw}: not a table")
                    continue
                unknown = set(r) - ROLE_KEYS
                if unknown:
                    errors.append(f"{rw}: unknown keys {sorted(unknown)}")
                actor = r.get("actor")
                if not isinstance(actor, str) or not ACTOR_RE.match(actor):
                    errors.append(f"{rw}: bad actor {actor!r}")
                elif "." in actor and actor.split(".")[1] not in SECTORS:
                    errors.append(f"{rw}: unknown sector in {actor!r}")
                lo, hi = (0, 0, 0), (9999, 12, 31)
                ok = True
                for key in ("from", "to"):
                    if key not in r:
                        continue
                    v = r[key]
                    if not isinstance(v, str) or not DATE_RE.match(v):
                        errors.append(f"{rw}: bad {key} date {v!r} (must be a quoted string)")
                        ok = False
                        continue
                    try:
                        first, last = date_bounds(v)
                    except ValueError as exc:
                        errors.append(f"{rw}: {exc}")
                        ok = False
                        continue
                    if key == "from":
                        lo = first
                    else:
                        hi = last
                if ok and "from" in r and "to" in r:
                    f_first, _ = date_bounds(r["from"])
                    _, t_last = date_bounds(r["to"])
                    if f_first > t_last:
                        errors.append(f"{rw}: from {r['from']} > to {r['to']}")
                if "title" in r and not isinstance(r["title"], str):
                    errors.append(f"{rw}: title must be a string")
                if ok:
                    spans.append((lo, hi, actor, j))
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    lo1, hi1, ac1, j1 = spans[a]
                    lo2, hi2, ac2, j2 = spans[b]
                    if ac1 != ac2 and lo1 <= hi2 and lo2 <= hi1:
                        warnings.append(
                            f"{where}: roles {j1} ({ac1}) and {j2} ({ac2}) overlap"
                        )

    for n, owners in sorted(name_owners.items()):
        if len(owners) > 1:
            warnings.append(f"ambiguous surface form {n!r}: {sorted(owners)}")

    for w in warnings if verbose else warnings[:0]:
        print("WARNING:", w)
    for err in errors:
        print("ERROR:", err)

    print("files:")
    for f, n in per_file.items():
        print(f"  {f:28s} {n:5d} entities")
    total_e = sum(kind_entities.values())
    total_n = sum(kind_names.values())
    print("entities by kind:")
    for k in sorted(k for k in KINDS if kind_entities[k] or k in {"person", "organization", "group"}):
        print(f"  {k:14s} {kind_entities[k]:5d} entities {kind_names[k]:7d} names")
    print(f"  {'total':14s} {total_e:5d} entities {total_n:7d} names")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)"
          + ("" if verbose else " (run with --verbose to list warnings)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
