#!/usr/bin/env python3
"""Validate the gazetteer files countries.tsv, country_names.tsv and places.tsv.

Checks: header and column count of every row, iso3 codes known to countries.tsv,
every capital is the `name` of a capital place of that country, lat/lon ranges,
no empty or parenthesised names, no duplicate ids or rows, stems of >= 5 letters,
language and kind values. Prints row counts; exits 1 on any error.
dyad's own code (MIT). Run: python3 data/kb/gen/check.py
"""
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.dirname(HERE)
LANGS = {"en", "ar", "ru", "ur", "fa", "ps", "hi", "zh", "fr", "es", "de", "tr", "uz", "bn"}
errors = []


def err(msg):
    errors.append(msg)


def rows(fn, header):
    path = os.path.join(KB, fn)
    out = []
    seen_header = False
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not seen_header:
                if cols != header:
                    err(f"{fn}: header {cols} != {header}")
                seen_header = True
                continue
            if len(cols) != len(header):
                err(f"{fn}:{i}: {len(cols)} columns, want {len(header)}")
                continue
            out.append((i, cols))
    return out


def check_name(fn, i, name):
    if not name.strip() or name != name.strip():
        err(f"{fn}:{i}: empty or padded name {name!r}")
    if "(" in name or ")" in name or "（" in name:
        err(f"{fn}:{i}: parentheses in {name!r}")
    if len(name.rstrip("*")) < 2:
        err(f"{fn}:{i}: name shorter than 2 characters {name!r}")


def main():
    countries = rows("countries.tsv", ["iso3", "iso2", "name", "capital"])
    iso3s = Counter(c[0] for _, c in countries)
    for code, n in iso3s.items():
        if n > 1:
            err(f"countries.tsv: duplicate iso3 {code}")
    iso2s = Counter(c[1] for _, c in countries)
    for code, n in iso2s.items():
        if n > 1:
            err(f"countries.tsv: duplicate iso2 {code}")
    for i, (iso3, iso2, name, cap) in countries:
        if len(iso3) != 3 or not iso3.isupper() or len(iso2) != 2 or not iso2.isupper():
            err(f"countries.tsv:{i}: bad codes {iso3} {iso2}")
        check_name("countries.tsv", i, name)

    names = rows("country_names.tsv", ["iso3", "lang", "kind", "name"])
    seen = set()
    per_lang = Counter()
    per_kind = Counter()
    covered = defaultdict(set)
    for i, (iso3, lang, kind, name) in names:
        if iso3 not in iso3s:
            err(f"country_names.tsv:{i}: unknown iso3 {iso3}")
        if lang not in LANGS:
            err(f"country_names.tsv:{i}: unknown lang {lang}")
        if kind not in ("name", "demonym"):
            err(f"country_names.tsv:{i}: unknown kind {kind}")
        check_name("country_names.tsv", i, name)
        if name.endswith("*"):
            stem = name[:-1]
            if stem != stem.lower() or len(stem) < 5 or "*" in stem:
                err(f"country_names.tsv:{i}: bad stem {name!r}")
        elif "*" in name:
            err(f"country_names.tsv:{i}: '*' inside {name!r}")
        key = (iso3, lang, name)
        if key in seen:
            err(f"country_names.tsv:{i}: duplicate {key}")
        seen.add(key)
        per_lang[lang] += 1
        per_kind[kind] += 1
        covered[(iso3, kind)].add(lang)
    for iso3 in iso3s:
        if "en" not in covered[(iso3, "name")]:
            err(f"country_names.tsv: no English name for {iso3}")
    key_countries = ("AFG PAK IND IRN RUS CHN USA GBR FRA DEU TUR SAU ARE QAT KAZ KGZ TJK TKM UZB BGD LKA "
                     "NPL ISR PSE SYR IRQ JOR EGY UKR BLR JPN KOR PRK AZE ARM GEO OMN KWT BHR YEM LBY").split()
    for iso3 in key_countries:
        missing = LANGS - covered[(iso3, "demonym")]
        if missing:
            err(f"country_names.tsv: {iso3} has no demonym in {sorted(missing)}")
        missing = LANGS - covered[(iso3, "name")]
        if missing:
            err(f"country_names.tsv: {iso3} has no name in {sorted(missing)}")
    no_en_demonym = sorted(i for i in iso3s if "en" not in covered[(i, "demonym")])

    places = rows("places.tsv", ["id", "kind", "iso3", "lat", "lon", "population", "name", "names"])
    ids = set()
    capitals_by_country = defaultdict(set)
    per_place_kind = Counter()
    n_alts = 0
    for i, (pid, kind, iso3, lat, lon, pop, name, alts) in places:
        if pid in ids:
            err(f"places.tsv:{i}: duplicate id {pid}")
        ids.add(pid)
        if not (pid.startswith("geonames:") and pid[9:].isdigit()) and not (
            pid.startswith(f"region:{iso3}:") and kind == "region"
        ):
            err(f"places.tsv:{i}: bad id {pid}")
        if kind not in ("capital", "city", "region"):
            err(f"places.tsv:{i}: bad kind {kind}")
        per_place_kind[kind] += 1
        if iso3 not in iso3s:
            err(f"places.tsv:{i}: unknown iso3 {iso3}")
        try:
            la, lo = float(lat), float(lon)
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                err(f"places.tsv:{i}: coordinates out of range {lat} {lon}")
            if len(lat.split(".")[-1]) != 4 or len(lon.split(".")[-1]) != 4:
                err(f"places.tsv:{i}: coordinates need 4 decimals {lat} {lon}")
        except ValueError:
            err(f"places.tsv:{i}: bad coordinates {lat} {lon}")
        if pop and not pop.isdigit():
            err(f"places.tsv:{i}: bad population {pop!r}")
        if kind != "region" and not pop:
            err(f"places.tsv:{i}: city without population")
        check_name("places.tsv", i, name)
        if kind == "capital":
            capitals_by_country[iso3].add(name)
        if alts:
            parts = alts.split("|")
            if len(set(parts)) != len(parts):
                err(f"places.tsv:{i}: duplicate alternate names")
            for a in parts:
                check_name("places.tsv", i, a)
            n_alts += len(parts)
    for i, (iso3, iso2, name, cap) in countries:
        if cap and cap not in capitals_by_country.get(iso3, set()) and iso3 != "SUN":
            err(f"countries.tsv:{i}: capital {cap!r} of {iso3} is no capital place in places.tsv")
        if iso3 == "SUN" and cap not in capitals_by_country.get("RUS", set()):
            err(f"countries.tsv:{i}: capital {cap!r} of SUN not in places.tsv")

    size = sum(os.path.getsize(os.path.join(KB, f)) for f in ("countries.tsv", "country_names.tsv", "places.tsv"))
    print(f"countries.tsv: {len(countries)} rows ({sum(1 for _, c in countries if not c[3])} without capital)")
    print(f"country_names.tsv: {len(names)} rows; by kind {dict(per_kind)}; by lang {dict(sorted(per_lang.items()))}")
    print(f"  countries without an English demonym: {no_en_demonym}")
    print(f"places.tsv: {len(places)} rows; by kind {dict(per_place_kind)}; {n_alts} alternate names")
    print(f"total size: {size / 1e6:.2f} MB")
    if size > 3e6:
        err("data files exceed 3 MB")
    for e in errors[:50]:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
