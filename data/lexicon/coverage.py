#!/usr/bin/env python3
"""Coverage of the event lexicons: trigger rows per PLOVER type and language, as a Markdown
table (for data/README.md and reports).

Usage: python3 data/lexicon/coverage.py [--heads] [lang ...]
       python3 data/lexicon/coverage.py --readme [--check]

--readme writes both tables between the coverage markers of data/README.md; with --check it
only fails (exit 1) when the README's tables are not what the data gives, so they cannot go
stale (.ci/run runs it).

Rows are the patterns of data/lexicon/<lang>/events.tsv (hand-written and generated alike).
With --heads the cells count distinct first words instead ("held .. talks" and "held talks"
count once), a rough measure of how many verbs and nouns a type has.

--concepts prints, per type and language, how many of the event concepts of
data/events/concepts.tsv the language's data/lexicon/<lang>/concepts.tsv says with patterns of
its events.tsv, and fails (exit 1) on a row that names an unknown concept, a concept twice, a
pattern its events.tsv does not hold, a pattern of another PLOVER type, or a pattern below the
reporting weight (0.5). --readme writes that table too.
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


REPORTING_WEIGHT = 0.5


def rows(path):
    """(line number, columns) of a TSV file's data rows: no header, comments or blank lines."""
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#'):
                continue
            yield n, line.rstrip('\n').split('\t')


def concept_table():
    path = os.path.join(HERE, '..', 'events', 'concepts.tsv')
    table = {}
    for n, cols in rows(path):
        if cols[0] == 'concept':
            continue
        table[cols[0]] = cols[1]
    return table


def concepts(lang, table, errors):
    """The concepts `lang` says, as {concept: number of patterns}; errors appended as text."""
    cpath = os.path.join(HERE, lang, 'concepts.tsv')
    if not os.path.isfile(cpath):
        return None
    events = {}
    for _, cols in rows(os.path.join(HERE, lang, 'events.tsv')):
        if cols[0] != 'pattern' and len(cols) >= 7:
            events[cols[0]] = (cols[1], float(cols[6] or 0))
    said = {}
    for n, cols in rows(cpath):
        if cols[0] == 'concept':
            continue
        where = f'data/lexicon/{lang}/concepts.tsv:{n}'
        if len(cols) < 2:
            errors.append(f'{where}: expected `concept<TAB>patterns[<TAB>note]`')
            continue
        concept, patterns = cols[0], cols[1]
        if concept not in table:
            errors.append(f'{where}: unknown concept {concept!r} (see data/events/concepts.tsv)')
            continue
        if concept in said:
            errors.append(f'{where}: concept {concept!r} listed twice')
            continue
        said[concept] = 0
        if patterns == '-':
            continue
        for pattern in patterns.split('|'):
            if pattern not in events:
                errors.append(f'{where}: pattern {pattern!r} is not in {lang}/events.tsv')
            elif events[pattern][0] != table[concept]:
                errors.append(f'{where}: pattern {pattern!r} is {events[pattern][0]}, '
                              f'concept {concept!r} is {table[concept]}')
            elif events[pattern][1] < REPORTING_WEIGHT:
                errors.append(f'{where}: pattern {pattern!r} is below the reporting weight')
            else:
                said[concept] += 1
    return said


def concept_markdown(langs, errors):
    table = concept_table()
    per_lang = {lang: concepts(lang, table, errors) for lang in langs}
    out = ['| type | concepts | ' + ' | '.join(langs) + ' |', '|---|---:|' + '---:|' * len(langs)]
    for t in TYPES + ['total']:
        names = [c for c, ct in table.items() if t in (ct, 'total')]
        cells = []
        for lang in langs:
            said = per_lang[lang]
            cells.append('-' if said is None else str(sum(1 for c in names if said.get(c))))
        out.append(f'| {t} | {len(names)} | ' + ' | '.join(cells) + ' |')
    return '\n'.join(out)


def markdown(langs, heads):
    table = {lang: counts(lang, heads) for lang in langs}
    out = ['| type | ' + ' | '.join(langs) + ' |', '|---|' + '---:|' * len(langs)]
    for t in TYPES:
        out.append(f'| {t} | ' + ' | '.join(str(table[l][t]) for l in langs) + ' |')
    out.append('| total | ' + ' | '.join(str(sum(table[l].values())) for l in langs) + ' |')
    return '\n'.join(out)


BEGIN = '<!-- coverage: generated by data/lexicon/coverage.py --readme -->'
END = '<!-- coverage end -->'


def readme(langs, check):
    errors = []
    path = os.path.join(HERE, '..', 'README.md')
    text = open(path, encoding='utf-8').read()
    if BEGIN not in text or END not in text:
        print(f'{path}: coverage markers missing', file=sys.stderr)
        return 1
    body = ('\n\nDistinct first words of the trigger patterns (about the number of verbs and nouns '
            'a type has):\n\n' + markdown(langs, True) +
            '\n\nPatterns, with every generated form:\n\n' + markdown(langs, False) +
            '\n\nEvent concepts (data/events/concepts.tsv) each language says with at least one '
            'pattern (`-`: no concept list yet):\n\n' + concept_markdown(langs, errors) + '\n\n')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        return 1
    new = text[:text.index(BEGIN) + len(BEGIN)] + body + text[text.index(END):]
    if check:
        if new != text:
            print('data/README.md: the coverage tables are stale; run '
                  'python3 data/lexicon/coverage.py --readme', file=sys.stderr)
            return 1
        print('data/README.md coverage tables are current')
        return 0
    open(path, 'w', encoding='utf-8').write(new)
    return 0


def main(argv):
    heads = '--heads' in argv
    langs = [a for a in argv if not a.startswith('--')] or sorted(
        d for d in os.listdir(HERE)
        if os.path.isfile(os.path.join(HERE, d, 'events.tsv')))
    if '--readme' in argv:
        return readme(langs, '--check' in argv)
    if '--concepts' in argv:
        errors = []
        print(concept_markdown(langs, errors))
        print('\n'.join(errors), file=sys.stderr)
        return 1 if errors else 0
    print(markdown(langs, heads))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
