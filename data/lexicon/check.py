#!/usr/bin/env python3
"""Validate the lexicon files in data/lexicon/<lang>/ against the format in README.md.

Usage: python3 data/lexicon/check.py [lang ...]     (exit status 1 on any error)

Checks: header row, column count, PLOVER types/modes/contexts/sectors, voices, kinds, aux values,
CAMEO code shape, weights in [0, 1], no duplicate pattern within a file, pattern syntax (lower
case, single spaces, `*` only at a word's end, `..` as a word of its own and never first or
last), and for Arabic-script languages patterns written already normalised (no أ إ آ ى ة ی ک,
no harakat or tatweel, no ZWNJ) and, for Arabic, no pattern word starting with the article ال.
Prints row counts per language and file.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'events': ['pattern', 'type', 'mode', 'context', 'voice', 'cameo', 'weight'],
    'roles': ['pattern', 'sector', 'kind'],
    'speech': ['pattern', 'kind'],
    'aux': ['pattern', 'aux'],
}
# PLOVER 2.0 event types and their modes, as listed in docs/PRODUCT.md.
MODES = {
    'AGREE': [],
    'CONSULT': ['visit', 'third-party', 'multilateral', 'phone'],
    'SUPPORT': [],
    'CONCEDE': [],
    'COOPERATE': [],
    'AID': [],
    'RETREAT': ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
    'REQUEST': ['assist', 'change', 'yield', 'meet'],
    'ACCUSE': ['disapprove', 'investigate', 'allege'],
    'REJECT': ['assist', 'change', 'yield', 'meet'],
    'THREATEN': ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
    'PROTEST': ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
    'SANCTION': ['convict', 'expel', 'withdraw', 'discontinue'],
    'MOBILIZE': ['troops', 'weapons', 'police', 'militia'],
    'COERCE': ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport',
               'withhold', 'misinformation', 'cyber'],
    'ASSAULT': ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive',
                'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons',
                'crowd-control', 'unconventional'],
}
CONTEXTS = set('''military intelligence executive legislative election political_institutions
pro_democracy pro_autocracy economic legal reparations human_rights rights_freedoms repression
human_security gender lgbt religion_ethnicity inequality diplomatic territory peacekeeping health
asylum migration disasters natural_resource environment technology terrorism cbrn cyber
misinformation crime corruption illegal_drugs trafficking'''.split())
SECTORS = set('''GOV MIL COP JUD LEG PRM PTY REB SPY UAF OPP ELI PRE AGR BUS CRM CVL EDU JRN LAB
MED REF REL SOC UNK -'''.split())
CASES = {'agent', 'object', 'with', 'to', 'against', 'on', 'from', 'of', 'about', 'for', 'in',
         'between'}
VOICES = {'active', 'passive', 'recip', 'noun', 'reported'}
ROLE_KINDS = {'title', 'body', 'group'}
SPEECH_KINDS = {'say', 'source', 'warn'}
AUX = {'future', 'intent', 'negated', 'hypothetical', 'historical'}
LANGS = ['en', 'ar', 'ru', 'ur', 'fa', 'fr', 'ps', 'es', 'de', 'tr', 'zh', 'hi', 'uz', 'bn']
ARABIC_SCRIPT = {'ar', 'fa', 'ur', 'ps'}
UNNORMALISED = 'أإآٱىةیک\u200c\u0640'
HARAKAT = re.compile('[\u064B-\u0652\u0670\u0656-\u065F]')
CAMEO = re.compile(r'^\d{3,4}$')
# Cases of the optional `target` column of events.tsv (data/lang/README.md).
CASES = set('agent object with to against on from of about for in between'.split())


def check_pattern(p, lang, where, errors):
    if p != p.strip() or '  ' in p or not p:
        errors.append(f'{where}: pattern {p!r} has stray spaces or is empty')
        return
    if p != p.lower():
        errors.append(f'{where}: pattern {p!r} is not lower case')
    if 'ё' in p:
        errors.append(f'{where}: pattern {p!r} contains ё (write е)')
    if '\t' in p:
        errors.append(f'{where}: pattern {p!r} contains a tab')
    words = p.split(' ')
    if words[0] == '..' or words[-1] == '..':
        errors.append(f'{where}: pattern {p!r} starts or ends with a gap')
    for w in words:
        if w == '..':
            continue
        if '..' in w:
            errors.append(f'{where}: gap ".." must be a word of its own in {p!r}')
        if '*' in w[:-1] or w == '*':
            errors.append(f'{where}: "*" only at the end of a word in {p!r}')
    if lang in ARABIC_SCRIPT:
        bad = [c for c in p if c in UNNORMALISED]
        if bad:
            errors.append(f'{where}: pattern {p!r} is not normalised ({"".join(bad)!r})')
        if HARAKAT.search(p):
            errors.append(f'{where}: pattern {p!r} contains harakat')
    if lang == 'ar':
        for w in words:
            if w.startswith('ال') and len(w) > 3 and w not in ('الي', 'الذي', 'التي', 'الا'):
                errors.append(f'{where}: Arabic word {w!r} in {p!r} starts with the article ال')


def check_file(lang, name, errors):
    path = os.path.join(HERE, lang, name + '.tsv')
    if not os.path.exists(path):
        errors.append(f'{lang}/{name}.tsv: missing')
        return 0
    head = FILES[name]
    seen = {}
    rows = 0
    header_seen = False
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip('\n').rstrip('\r')
            where = f'{lang}/{name}.tsv:{ln}'
            if not line.strip() or line.startswith('#'):
                continue
            cols = [c.strip() for c in line.split('\t')]
            if not header_seen:
                header_seen = True
                if cols != head and not (name == 'events' and cols == head + ['target']):
                    errors.append(f'{where}: header {cols} != {head}')
                continue
            # events.tsv may add an eighth column, `target` (cases, comma-separated).
            target = ''
            if name == 'events' and len(cols) == len(head) + 1:
                target = cols.pop()
                for c in filter(None, target.split(',')):
                    if c.strip() not in CASES:
                        errors.append(f'{where}: unknown case {c!r} in target')
            if len(cols) != len(head):
                errors.append(f'{where}: {len(cols)} columns, want {len(head)}: {line!r}')
                continue
            rows += 1
            p = cols[0]
            check_pattern(p, lang, where, errors)
            if p in seen:
                errors.append(f'{where}: duplicate pattern {p!r} (first on line {seen[p]})')
            seen[p] = ln
            if name == 'events':
                _, typ, mode, ctx, voice, cameo, weight = cols[:7]
                for c in filter(None, (cols[7] if len(cols) > 7 else '').split(',')):
                    if c.strip() not in CASES:
                        errors.append(f'{where}: unknown target case {c!r}')
                if typ not in MODES:
                    errors.append(f'{where}: unknown type {typ!r}')
                elif mode and mode not in MODES[typ]:
                    errors.append(f'{where}: mode {mode!r} is not a mode of {typ}')
                for c in filter(None, ctx.split(',')):
                    if c.strip() not in CONTEXTS:
                        errors.append(f'{where}: unknown context {c!r}')
                if voice not in VOICES:
                    errors.append(f'{where}: voice {voice!r} not in {sorted(VOICES)}')
                if cameo and not CAMEO.match(cameo):
                    errors.append(f'{where}: cameo {cameo!r} is not 3 or 4 digits')
                try:
                    w = float(weight)
                    if not 0.0 <= w <= 1.0:
                        raise ValueError
                except ValueError:
                    errors.append(f'{where}: weight {weight!r} not a number in [0, 1]')
            elif name == 'roles':
                if cols[1] not in SECTORS:
                    errors.append(f'{where}: unknown sector {cols[1]!r}')
                if cols[2] not in ROLE_KINDS:
                    errors.append(f'{where}: kind {cols[2]!r} not in {sorted(ROLE_KINDS)}')
            elif name == 'speech':
                if cols[1] not in SPEECH_KINDS:
                    errors.append(f'{where}: kind {cols[1]!r} not in {sorted(SPEECH_KINDS)}')
            elif name == 'aux':
                if cols[1] not in AUX:
                    errors.append(f'{where}: aux {cols[1]!r} not in {sorted(AUX)}')
    if not header_seen:
        errors.append(f'{lang}/{name}.tsv: no header row')
    return rows


def main(argv):
    langs = argv[1:] or [d for d in LANGS if os.path.isdir(os.path.join(HERE, d))]
    errors = []
    print(f'{"lang":6}' + ''.join(f'{n:>8}' for n in FILES))
    for lang in langs:
        counts = [check_file(lang, n, errors) for n in FILES]
        print(f'{lang:6}' + ''.join(f'{c:>8}' for c in counts))
    for e in errors:
        print('ERROR', e)
    print(f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
