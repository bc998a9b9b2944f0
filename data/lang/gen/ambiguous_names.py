#!/usr/bin/env python3
"""Candidates for `ambiguous_names` in data/lang/<code>/language.toml: one-word names of the
knowledge base that are also frequent words of a language (Arabic مالي "financial" = Mali,
Pashto پلاوي "delegation" ~ Palau, French réunion = Réunion).

For each language wordfreq knows, writes data/lang/gen/candidates/<code>.tsv: the folded word,
its Zipf frequency in the language, and the knowledge-base names it equals. The lists are for
review: a reviewer copies into `ambiguous_names` the words that are read as common words more
often than as the name, and leaves out real names that are simply frequent (روسيا, Pakistan).
In scripts with capitals, a lower-case one-word name is already taken as a common word by the
engine; the list there matters for words that are capitalised anyway (German nouns) or open a
sentence.

Sources and licences: word frequencies from the `wordfreq` PyPI package (data CC BY-SA 4.0,
Robyn Speer and contributors; https://github.com/rspeer/wordfreq). The candidate lists are
derived from it and keep that licence (see data/lang/gen/README.md). This script is dyad's own
code (MIT).

Run:  pip install wordfreq && python3 data/lang/gen/ambiguous_names.py [code ...]
"""
import csv
import glob
import os
import re
import sys
import unicodedata

import wordfreq

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "candidates")

# Zipf frequency from which a word counts as common (3.5: about once in 300,000 words).
MIN_ZIPF = 3.5

# Folding close to data/script/ (enough to compare names with words; the engine folds both).
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي",
    "ى": "ي", "ی": "ي", "ے": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك", "ё": "е", "ı": "i",
    "\u0640": None, "\u200c": None, "\u200d": None,
})


def fold(s):
    s = s.translate(FOLD).lower()
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            block = ord(c)
            # Indic vowel signs and virama are letters: keep them.
            if 0x900 <= block <= 0x9FF:
                out.append(c)
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def kb_names():
    """Folded one-word name -> set of names it comes from."""
    names = {}

    def add(name, what):
        name = name.strip().rstrip("*")
        if not name or " " in name:
            return
        names.setdefault(fold(name), set()).add(what)

    with open(os.path.join(DATA, "kb", "country_names.tsv"), encoding="utf-8") as f:
        for row in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t"):
            if len(row) >= 4 and row[0] != "iso3":
                add(row[3], f"country {row[0]}")
    with open(os.path.join(DATA, "kb", "places.tsv"), encoding="utf-8") as f:
        for row in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t"):
            if len(row) >= 7 and row[0] != "id":
                for n in [row[6]] + (row[7].split("|") if len(row) > 7 else []):
                    add(n, f"place {row[6]} ({row[2]})")
    for path in glob.glob(os.path.join(DATA, "kb", "entities", "*.toml")):
        text = open(path, encoding="utf-8").read()
        for block in text.split("[[entity]]")[1:]:
            m = re.search(r'^name\s*=\s*"([^"]+)"', block, re.M)
            label = m.group(1) if m else "?"
            for n in re.findall(r'"([^"]+)"', " ".join(re.findall(r"^(?:name|names)\s*=.*$", block, re.M))):
                add(n, f"entity {label}")
    return names


def main():
    codes = sys.argv[1:] or sorted(
        d for d in os.listdir(os.path.join(DATA, "lang"))
        if os.path.isdir(os.path.join(DATA, "lang", d)) and d != "gen"
    )
    names = kb_names()
    os.makedirs(OUT, exist_ok=True)
    for code in codes:
        if code not in wordfreq.available_languages():
            print(f"{code}: wordfreq has no list; review by hand", file=sys.stderr)
            continue
        rows = []
        for w in wordfreq.top_n_list(code, 50000):
            z = wordfreq.zipf_frequency(w, code)
            if z < MIN_ZIPF:
                break
            f = fold(w)
            if f in names:
                rows.append((f, z, "; ".join(sorted(names[f]))))
        with open(os.path.join(OUT, f"{code}.tsv"), "w", encoding="utf-8") as out:
            out.write("# Derived from wordfreq (CC BY-SA 4.0) by ambiguous_names.py: one-word names that are\n")
            out.write("# also frequent words of the language, for review (see the script).\n")
            out.write("word\tzipf\tnames\n")
            for f, z, what in rows:
                out.write(f"{f}\t{z:.2f}\t{what}\n")
        print(f"{code}: {len(rows)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
