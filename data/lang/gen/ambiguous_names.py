#!/usr/bin/env python3
"""Candidates for `ambiguous_names` in data/lang/<code>/language.toml: the frequent words of a
language that dyad's name matcher reads as a name of the knowledge base (Arabic مالي "financial"
= Mali, Russian «совета» "of the council" = Soweto by its stem Совет*, French réunion = Réunion).

The matching is the engine's own: the words go through `dyad kb words --lang <code>`, which reads
each word with the language's clitics, endings, name stems and declined forms exactly as in a
document, and prints what it is read as (surface, the form rule, the name's pattern, entities).
This script only writes the word lists and keeps the readings:

  1. For each language wordfreq knows, its words down to Zipf MIN_ZIPF go to
     FREQ_DIR/<code>.tsv (word, Zipf): kept out of the repository (they are wordfreq's data).
     For a language wordfreq lacks (Pashto, Uzbek) the list is every word written in dyad's
     own data for it: the words of data/lang/<code>/language.toml, data/time/<code>.toml and
     data/lexicon/<code>/*.tsv (function words and event, role and speech vocabulary, all
     common words by construction); their Zipf column is "data".
  2. `dyad kb words` reads each list; data/lang/gen/candidates/<code>.tsv keeps every reading
     (most frequent first), with the column `listed` saying whether the surface is already a
     function word (never a name), an ambiguous name (a name only with evidence) or neither.

The lists are for review: a reviewer copies into `ambiguous_names` the surfaces that are read
as common words more often than as the name, and leaves out real names that are simply frequent
(روسيا, Pakistan). In scripts with capitals, a lower-case one-word name of a place, country or
person is already taken as a common word by the engine; there the list matters for words that
are capitalised anyway (German nouns, «Совета Безопасности») or open a sentence.

Sources and licences: word frequencies from the `wordfreq` PyPI package (data CC BY-SA 4.0,
Robyn Speer and contributors; https://github.com/rspeer/wordfreq). The candidate lists are
derived from it and keep that licence (see data/lang/gen/README.md). This script is dyad's own
code (MIT).

Run:  pip install wordfreq && cargo build --release -p dyad-cli &&
      python3 data/lang/gen/ambiguous_names.py [--dyad target/release/dyad] [--min-zipf 3.5]
          [--out data/lang/gen/candidates] [code ...]
"""
import csv
import glob
import math
import os
import re
import sys
import subprocess
import tempfile

import wordfreq

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "candidates")

# Zipf frequency from which a word counts as common (3.5: about once in 300,000 words).
MIN_ZIPF = 3.5

FREQ_DIR = os.environ.get("DYAD_FREQ_DIR", os.path.join(tempfile.gettempdir(), "dyad-wordfreq"))


def data_words(code):
    """Every word written in dyad's own data for a language (for one wordfreq lacks)."""
    texts = []
    for path in [os.path.join(DATA, "lang", code, "language.toml"),
                 os.path.join(DATA, "time", f"{code}.toml")]:
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                line = line.split("#", 1)[0]
                texts += re.findall(r'"([^"]*)"', line)
    for path in glob.glob(os.path.join(DATA, "lexicon", code, "*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            texts.append(cols[0])
            # concepts.tsv: the patterns of a concept, separated by |.
            if len(cols) > 1:
                texts += cols[1].split("|")
    words = set()
    for t in texts:
        for w in re.split(r"[\s|]+", t):
            w = w.strip("*.,;:()[]{}«»\"'")
            if w and w != ".." and any(c.isalpha() for c in w):
                words.add(w)
    return sorted(words)


def main():
    args = sys.argv[1:]
    dyad = os.path.join(os.path.dirname(DATA), "target", "release", "dyad")
    min_zipf, out_dir = MIN_ZIPF, OUT
    while args[:1] in (["--dyad"], ["--min-zipf"], ["--out"]):
        if args[0] == "--dyad":
            dyad = args[1]
        elif args[0] == "--min-zipf":
            min_zipf = float(args[1])
        else:
            out_dir = args[1]
        args = args[2:]
    codes = args or sorted(
        d for d in os.listdir(os.path.join(DATA, "lang"))
        if os.path.isdir(os.path.join(DATA, "lang", d)) and d != "gen"
    )
    os.makedirs(out_dir, exist_ok=True)
    os.makedirs(FREQ_DIR, exist_ok=True)
    for code in codes:
        freq = os.path.join(FREQ_DIR, f"{code}.tsv")
        with open(freq, "w", encoding="utf-8") as f:
            if code in wordfreq.available_languages():
                source = f"wordfreq, Zipf >= {min_zipf}"
                # The list itself, not zipf_frequency(): that tokenizes each word again
                # (Chinese would need jieba) and the words are already its tokens.
                freqs = wordfreq.get_frequency_dict(code)
                for w, p in sorted(freqs.items(), key=lambda x: -x[1]):
                    z = math.log10(p) + 9
                    if z < min_zipf:
                        break
                    f.write(f"{w}\t{z:.2f}\n")
            else:
                source = "no wordfreq list: every word of dyad's data for the language"
                for w in data_words(code):
                    f.write(f"{w}\tdata\n")
        out = subprocess.run([dyad, "kb", "words", "--lang", code, freq],
                             capture_output=True, text=True, check=True).stdout
        rows = [l.split("\t") for l in out.splitlines()[1:] if l]
        with open(os.path.join(out_dir, f"{code}.tsv"), "w", encoding="utf-8") as o:
            o.write("# Words the name matcher reads as a knowledge-base name (dyad kb words), from\n")
            o.write(f"# {source}; written by ambiguous_names.py. Derived from wordfreq (CC BY-SA 4.0)\n")
            o.write("# where the Zipf column is a number. For review into ambiguous_names (see the script).\n")
            o.write("word\tzipf\tsurface\trule\tpattern\tentities\tkinds\tlisted\n")
            for r in rows:
                o.write("\t".join(r) + "\n")
        surfaces = {r[2] for r in rows}
        new = {r[2] for r in rows if r[7] == "-"}
        print(f"{code}: {len(rows)} readings, {len(surfaces)} surfaces, {len(new)} not listed ({source})",
              file=sys.stderr)


if __name__ == "__main__":
    main()
