#!/usr/bin/env python3
"""Coverage of the event lexicons: trigger rows per PLOVER type and language, as a Markdown
table (for data/README.md and reports).

Usage: python3 data/lexicon/coverage.py [--heads] [lang ...]

Rows are the patterns of data/lexicon/<lang>/events.tsv (hand-written and generated alike).
With --heads the cells count distinct first words instead ("held .. talks" and "held talks"
count once), a rough measure of how many verbs and nouns a type has.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
         'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']


def counts(lang, heads):
    out = {t: set() if heads else 0 for t in TYPES}
    path = os.path.join(HERE, lang, 'events.tsv')
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f):
            if n == 0 or not line.strip() or line.startswith('#') or line.startswith('pattern\t'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) < 2 or cols[1] not in out:
                continue
            if heads:
                out[cols[1]].add(cols[0].split(' ')[0].rstrip('*'))
            else:
                out[cols[1]] += 1
    return {t: len(v) if heads else v for t, v in out.items()}


def main(argv):
    heads = '--heads' in argv
    langs = [a for a in argv if not a.startswith('--')] or sorted(
        d for d in os.listdir(HERE)
        if os.path.isfile(os.path.join(HERE, d, 'events.tsv')))
    table = {lang: counts(lang, heads) for lang in langs}
    print('| type | ' + ' | '.join(langs) + ' |')
    print('|---|' + '---:|' * len(langs))
    for t in TYPES:
        print(f'| {t} | ' + ' | '.join(str(table[l][t]) for l in langs) + ' |')
    print('| total | ' + ' | '.join(str(sum(table[l].values())) for l in langs) + ' |')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
