#!/usr/bin/env python3
"""Expands lemma tables of compound verbs into event patterns with all their forms.

Urdu, Hindi and Pashto make most event verbs from a noun or adjective and a light verb
(Urdu ملاقات کی, Hindi मुलाकात की, Pashto لیدنه وکړه): the noun carries the meaning, the light
verb the tense, gender, number and voice. `<lang>.tsv` here lists each noun with the light verbs
it takes; `<lang>_classes.tsv` lists every form of each light verb, active or passive. This
script writes every combination into the generated block at the end of
data/lexicon/<lang>/events.tsv (after the line starting with GENERATED), replacing it; the
hand-written rows above that line are left alone, and a generated pattern that a hand-written row
already has is skipped.

Lemma table columns (tab-separated, `#` comments):
  forms    the noun's written forms, `|`-separated (حملہ|حملے|حملوں)
  classes  the light verbs it takes, comma-separated; `class:voice` gives the voice of the
           class's active forms (default `active`; `recip`, `noun`, `passive` allowed). The
           class's passive forms are written only for `class+` (`kar+`: "حملہ کیا گیا"), and
           always with the voice `passive`: a meeting or a protest is rarely passive, an
           attack, an arrest or a release often.
  type mode context cameo weight target   as in data/lexicon/README.md (target may be empty)
  bare     `-`, or `voice:weight` for a row of the bare noun itself (target left to the frame)

Class table columns: class, form, kind (act | pass). A form may hold spaces (کیا گیا).
Patterns of six or more words are not written (the lexicon's rule for a general fact).

Run: python3 data/lexicon/gen/lightverbs.py [lang ...]     (no dependencies; dyad's own code)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.dirname(HERE)
MARK = '# GENERATED'
HEADER = 'pattern\ttype\tmode\tcontext\tvoice\tcameo\tweight\ttarget'
# The pattern normalisation of data/lexicon/README.md for Arabic-script languages.
ARABIC_FOLD = str.maketrans({
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك',
    '\u0640': None, '\u0670': None, '\u200c': ' ',
})
HARAKAT = re.compile('[\u064B-\u0652\u0656-\u065F]')
VOICES = {'active', 'passive', 'recip', 'noun', 'reported'}


def norm(lang, s):
    if lang in ('ur', 'ps', 'fa', 'ar'):
        s = HARAKAT.sub('', s.translate(ARABIC_FOLD))
    return ' '.join(s.split())


def rows(path):
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield ln, [c.strip() for c in line.split('\t')]


def load_classes(lang):
    classes = {}
    path = os.path.join(HERE, f'{lang}_classes.tsv')
    for ln, f in rows(path):
        if f[0] == 'class':
            continue
        if len(f) != 3 or f[2] not in ('act', 'pass'):
            sys.exit(f'{path}:{ln}: expected class, form, act|pass')
        classes.setdefault(f[0], []).append((norm(lang, f[1]), f[2]))
    return classes


def generate(lang):
    classes = load_classes(lang)
    path = os.path.join(HERE, f'{lang}.tsv')
    out = []
    for ln, f in rows(path):
        if f[0] == 'forms':
            continue
        if len(f) != 9:
            sys.exit(f'{path}:{ln}: expected 9 columns, got {len(f)}')
        forms, cls, typ, mode, ctx, cameo, weight, target, bare = f
        nouns = [norm(lang, n) for n in forms.split('|') if n.strip()]
        if bare != '-':
            voice, w = bare.split(':')
            if voice not in VOICES:
                sys.exit(f'{path}:{ln}: unknown voice {voice!r}')
            for n in nouns:
                out.append((n, typ, mode, ctx, voice, cameo, w, ''))
        for c in filter(None, (c.strip() for c in cls.split(','))):
            name, _, voice = c.partition(':')
            voice = voice or 'active'
            passives = name.endswith('+')
            name = name.rstrip('+')
            if name not in classes or voice not in VOICES:
                sys.exit(f'{path}:{ln}: unknown class or voice {c!r}')
            for n in nouns:
                for form, kind in classes[name]:
                    if kind == 'pass' and not passives:
                        continue
                    p = f'{n} {form}'
                    if len(p.split()) >= 6:
                        continue
                    v = 'passive' if kind == 'pass' else voice
                    out.append((p, typ, mode, ctx, v, cameo, weight, target))
    return out


def write(lang):
    path = os.path.join(LEX, lang, 'events.tsv')
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    hand = text.split('\n' + MARK)[0].rstrip('\n') + '\n'
    seen = set()
    for line in hand.split('\n')[1:]:
        if line and not line.startswith('#'):
            seen.add(line.split('\t')[0])
    gen = []
    for r in generate(lang):
        if r[0] in seen:
            continue
        seen.add(r[0])
        gen.append('\t'.join(r).rstrip('\t'))
    block = (f'\n{MARK} by gen/lightverbs.py from gen/{lang}.tsv and gen/{lang}_classes.tsv: '
             'edit those, not the rows below.\n')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(hand + block + '\n'.join(gen) + '\n')
    print(f'{lang}: {len(gen)} generated rows')


if __name__ == '__main__':
    for lang in sys.argv[1:] or ['ur', 'hi', 'ps']:
        write(lang)
