#!/usr/bin/env python3
"""Expand the Spanish and French verb tables into every verb form of ../<lang>/events.tsv.

Usage: python3 data/lexicon/gen/romance.py [es fr]

A Spanish or French event verb is written once, as its infinitive, at the head of a pattern
(`entregar`, `levantar .. prohibición`, `renoncer à`); this script writes the pattern again for
every form of the verb a news text shows:

- Spanish: present (entrega, entregan, entregamos), preterite (entregó, entregaron), imperfect
  (entregaba, entregaban), future (entregará, entregarán, entregaremos), conditional
  (entregaría, entregarían, entregaríamos), participle in its four agreements (entregado,
  entregada, entregados, entregadas: «ha entregado», «fue entregada»), gerund (entregando).
  A reflexive infinitive (`reunirse`) gives «se» + each finite form and «se ha/han/había/
  habían» + the participle.
- French: present (livre, livrent, livrons), passé simple (livra, livrèrent), imparfait
  (livrait, livraient), futur (livrera, livreront, livrerons), conditionnel (livrerait,
  livreraient), participe passé in its four agreements (livré, livrée, livrés, livrées: «a
  livré», «ont été livrés»), participe présent (livrant). Reflexive forms need nothing more:
  French patterns leave out the elided pronoun (s'est entretenu → `entretenu`).

The future and the conditional are not events that happened: the mode stage reads their endings
(`[grammar] tense_endings` of ../../lang/<lang>/language.toml) and marks them (an actor's own
future is its intention, PLOVER's AGREE/THREATEN/REJECT; a conditional is hypothetical), so
they are written here like any other form.

Regular verbs are conjugated by rule: Spanish -ar/-er/-ir (and -uir: destruye, destruyó);
French -er with its spelling changes (lancer → lança, engager → engagea, lever → lève/lèvera,
céder → cède/cédera and cèdera, jeter → jette, appeler → appelle, employer → emploie), -ir of
the second group (saisir → saisit, saisissent) and -re (rendre → rend, rendu). Irregular verbs,
and the stem-changing Spanish verbs, are given by their principal parts in
`<lang>_irregular.tsv`; a verb ending in one of those infinitives takes its parts with its own
prefix (detener ← tener: detiene, detuvo, detendrá, detenido; soumettre ← mettre).

Tables (TSV, `#` comments, a header row first):
- `<lang>_verbs.tsv`: the columns of ../<lang>/events.tsv (`pattern type mode context voice
  cameo weight target`), the pattern's first word an infinitive (Spanish reflexive: `-se`),
  and `forms`: empty for every form, or what to leave out, comma-separated: a group with a `-`
  (`-pres`, `-pret`/`-ps`, `-impf`, `-fut`, `-cond`, `-pp`: the participle's agreeing forms,
  where they are mostly a noun, «los detenidos»; `-ger`: the gerund or participe présent) or
  one form with a `!` (`!firma`: the noun «la firma», not «firmar»).
- `es_irregular.tsv`: `infinitive pres3sg pres3pl pret3sg pret3pl future participle`
  (future: the future stem, detendr-; `-`: the regular form).
- `fr_irregular.tsv`: `infinitive pres3sg pres3pl pres1pl ps3sg ps3pl imparfait future
  participle ppresent` (imparfait: the stem, prenai-; future: the stem, prendr-; `-`: the
  regular form).

Hand-written rows of ../<lang>/events.tsv win: a generated pattern is left out when a hand row
has the same pattern or reaches it with a stem (`detenido*` reaches «detenidos»), since the
matcher would otherwise prefer the generated exact word over the hand row's stem.

Sources: the tables and the rules are written for dyad from standard Spanish and French
grammar; no dictionary or package is copied. Licence: as the repository.
"""
import os
import sys

from blocks import HERE, LEX, Out, begin, hand_rows, table, write

SCRIPT = 'romance.py'
MAX_WORDS = 6
COLS = ['type', 'mode', 'context', 'voice', 'cameo', 'weight', 'target']


def parts(lang):
    """The irregular verbs' principal parts, keyed by infinitive."""
    return {r['infinitive']: r for r in table(f'{lang}_irregular.tsv')}


def irregular(inf, irr):
    """The longest irregular infinitive `inf` ends with, and the prefix before it."""
    best = None
    for base in irr:
        if inf.endswith(base) and (best is None or len(base) > len(best)):
            best = base
    if best is None:
        return None, ''
    return irr[best], inf[: len(inf) - len(best)]


def part(row, key, prefix, default):
    v = row.get(key, '-') if row else '-'
    if not v or v == '-':
        return default
    return [prefix + x for x in v.split(',')] if isinstance(default, list) else prefix + v


# ---------------------------------------------------------------- Spanish

def es_forms(inf, irr, skip):
    """Every finite form, participle and gerund of a Spanish infinitive, as (group, form)."""
    row, pre = irregular(inf, irr)
    stem, cls = inf[:-2], inf[-2:]
    uir = inf.endswith('uir') and not inf.endswith('guir') and not inf.endswith('quir')
    if cls == 'ar':
        pres = [stem + 'a', stem + 'an']
        pret = [stem + 'ó', stem + 'aron']
        impf = [stem + 'aba', stem + 'aban']
        pp = stem + 'ado'
        ger = stem + 'ando'
        p1 = stem + 'amos'
    else:
        if uir:
            pres = [stem + 'ye', stem + 'yen']
            pret = [stem + 'yó', stem + 'yeron']
            ger = stem + 'yendo'
        else:
            pres = [stem + 'e', stem + 'en']
            pret = [stem + 'ió', stem + 'ieron']
            ger = stem + 'iendo'
        impf = [stem + 'ía', stem + 'ían']
        pp = stem + 'ido'
        p1 = stem + ('emos' if cls == 'er' else 'imos')
    fut = inf
    if row:
        pres = [part(row, 'pres3sg', pre, pres[0]), part(row, 'pres3pl', pre, pres[1])]
        pret = [part(row, 'pret3sg', pre, pret[0]), part(row, 'pret3pl', pre, pret[1])]
        fut = part(row, 'future', pre, fut)
        pp = part(row, 'participle', pre, pp)
    out = [('pres', f) for f in pres + [p1]]
    out += [('pret', f) for f in pret]
    out += [('impf', f) for f in impf]
    out += [('fut', fut + e) for e in ('á', 'án', 'emos')]
    out += [('cond', fut + e) for e in ('ía', 'ían', 'íamos')]
    out += [('pp1', pp)]
    if '-pp' not in skip:
        base = pp[:-1]
        out += [('pp', base + e) for e in ('a', 'os', 'as')]
    if '-ger' not in skip:
        out += [('ger', ger)]
    return out


def es_patterns(head, irr, skip):
    """The forms of a pattern's head word as (group, words), reflexive `-se` as «se» + form."""
    if head.endswith('se') and head[:-2][-2:] in ('ar', 'er', 'ir'):
        inf = head[:-2]
        out = []
        for g, f in es_forms(inf, irr, skip | {'-pp', '-ger'}):
            if g == 'pp1':
                out += [(g, f'se {aux} {f}') for aux in ('ha', 'han', 'había', 'habían')]
            else:
                out.append((g, f'se {f}'))
        return out
    return es_forms(head, irr, skip)


# ---------------------------------------------------------------- French

VOWELS = 'aeiouyéèêâîôû'


def fr_er_stems(inf):
    """(stem before an ending in e/ent, before a/o, future stem variants) of an -er verb."""
    stem = inf[:-2]
    soft = stem
    if stem.endswith('c'):
        soft = stem[:-1] + 'ç'
    elif stem.endswith('g'):
        soft = stem + 'e'
    mute = stem  # the stem before a mute e (present 3sg/3pl, future)
    futs = [inf]
    # employer → emploie, emploiera; payer → paie/paye
    if stem.endswith('oy') or stem.endswith('uy'):
        mute = stem[:-1] + 'i'
        futs = [mute + 'er']
    elif stem.endswith('ay'):
        mute = stem[:-1] + 'i'
        futs = [inf, mute + 'er']
    else:
        # the last vowel of the stem before its final consonants
        i = len(stem) - 1
        while i >= 0 and stem[i] not in VOWELS:
            i -= 1
        cons = stem[i + 1:]
        if i > 0 and cons and len(cons) <= 2:
            v = stem[i]
            if v == 'é':
                # céder → cède; the future keeps é (cédera) or, reformed, è (cèdera)
                mute = stem[:i] + 'è' + cons
                futs = [inf, mute + 'er']
            elif v == 'e' and len(cons) == 1 and cons != 'x' and stem[i - 1] not in VOWELS:
                if cons in ('l', 't') and not any(stem.endswith(x) for x in ('achet', 'gel', 'model', 'harcel', 'pel')) or stem.endswith('appel'):
                    mute = stem + cons  # jeter → jette, appeler → appelle
                else:
                    mute = stem[:i] + 'è' + cons  # lever → lève
                futs = [mute + 'er']
    return stem, soft, mute, futs


def fr_forms(inf, irr, skip):
    row, pre = irregular(inf, irr)
    if inf.endswith('er') and not row:
        stem, soft, mute, futs = fr_er_stems(inf)
        pres = [mute + 'e', mute + 'ent', soft + 'ons']
        ps = [soft + 'a', stem + 'èrent']
        impf = soft + 'ai'
        pp = stem + 'é'
        ppr = soft + 'ant'
    elif inf.endswith('ir') and not row:
        stem = inf[:-2]
        pres = [stem + 'it', stem + 'issent', stem + 'issons']
        ps = [stem + 'it', stem + 'irent']
        impf = stem + 'issai'
        pp = stem + 'i'
        ppr = stem + 'issant'
        futs = [inf]
    else:
        stem = inf[:-2]
        if inf.endswith('re'):
            pres = [stem if stem.endswith(('d', 't')) else stem + 't', stem + 'ent', stem + 'ons']
            ps = [stem + 'it', stem + 'irent']
            impf = stem + 'ai'
            pp = stem + 'u'
            ppr = stem + 'ant'
            futs = [inf[:-1]]
        else:
            pres = [stem + 'it', stem + 'ent', stem + 'ons']
            ps = [stem + 'it', stem + 'irent']
            impf = stem + 'ai'
            pp = stem + 'i'
            ppr = stem + 'ant'
            futs = [inf]
        if row:
            pres = [part(row, 'pres3sg', pre, pres[0]), part(row, 'pres3pl', pre, pres[1]),
                    part(row, 'pres1pl', pre, pres[2])]
            ps = [part(row, 'ps3sg', pre, ps[0]), part(row, 'ps3pl', pre, ps[1])]
            impf = part(row, 'imparfait', pre, impf)
            futs = [part(row, 'future', pre, futs[0])]
            pp = part(row, 'participle', pre, pp)
            ppr = part(row, 'ppresent', pre, ppr)
    out = [('pres', f) for f in pres]
    out += [('ps', f) for f in ps]
    out += [('impf', impf + e) for e in ('t', 'ent')]
    for fut in futs:
        out += [('fut', fut + e) for e in ('a', 'ont', 'ons')]
        out += [('cond', fut + e) for e in ('ait', 'aient')]
    out += [('pp1', pp)]
    if '-pp' not in skip:
        if pp.endswith('s'):
            fem = [pp + 'e', pp + 'es']
            plural = []
        else:
            fem = [pp + 'e', pp + 'es']
            plural = [pp + 's']
        out += [('pp', f) for f in fem + plural]
    if '-ger' not in skip:
        out += [('ger', ppr)]
    return out


def fr_patterns(head, irr, skip):
    return fr_forms(head, irr, skip)


# ---------------------------------------------------------------- nouns

# Words that end a noun phrase's head: a noun and its adjectives agree up to them.
LINKS = {
    'es': {'de', 'del', 'con', 'contra', 'a', 'al', 'entre', 'por', 'sobre', 'frente', 'en',
           'para', 'hacia', '..'},
    'fr': {'de', 'du', 'des', 'à', 'au', 'aux', 'avec', 'contre', 'entre', 'sur', 'en', 'par',
           'pour', 'envers', '..'},
}
UNACCENT = str.maketrans('áéíóú', 'aeiou')


def es_plural(w):
    """The plurals of a Spanish noun or adjective (one, or none for a plural or a stem)."""
    if w.endswith(('s', 'x', '*')) or '-' in w:
        return []
    if w.endswith('z'):
        return [w[:-1] + 'ces']
    if w[-1] in 'aeioué':
        return [w + 's']
    if w[-1] in 'lrndj' or w[-1] == 'y':
        # the stress moves: nación → naciones, alemán → alemanes
        head, last = w[:-2], w[-2:]
        if any(v in last for v in 'áéíóú'):
            return [head + last.translate(UNACCENT) + 'es']
        return [w + 'es']
    return []


def fr_plural(w):
    """The plurals of a French noun or adjective (-al: both -aux and, for naval, -als)."""
    if w.endswith(('s', 'x', 'z', '*')) or '-' in w or "'" in w:
        return []
    if w.endswith('al'):
        return [w[:-2] + 'aux', w + 's']
    if w.endswith(('eau', 'au', 'eu')):
        return [w + 'x']
    return [w + 's']


def plurals(lang, words):
    """The plural patterns of a noun pattern: its head noun, and the head with the adjectives
    agreeing with it up to the first linking word (a second noun, «coche bomba», stays: the
    reading with it in the plural never matches a text)."""
    plural = es_plural if lang == 'es' else fr_plural
    n = 0
    while n < len(words) and words[n] not in LINKS[lang]:
        n += 1
    if n == 0 or not plural(words[0]):
        return []
    out = []
    for head in plural(words[0]):
        out.append([head] + words[1:])
        if n > 1:
            rest = []
            for w in words[1:n]:
                ps = plural(w)
                if not ps:
                    rest = None
                    break
                rest.append(ps[0])
            if rest:
                out.append([head] + rest + words[n:])
    return out


# ---------------------------------------------------------------- expansion

def covered(pattern, hand):
    """Whether a hand row reaches the generated pattern: the same words, a hand word with `*`
    reaching the generated word by its stem."""
    words = pattern.split(' ')
    for h in hand.get(len(words), ()):
        if all(a == b or (a.endswith('*') and b.startswith(a[:-1])) for a, b in zip(h, words)):
            return True
    return False


def expand(lang):
    irr = parts(lang)
    forms = es_patterns if lang == 'es' else fr_patterns
    path = os.path.join(LEX, lang, 'events.tsv')
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    hand = {}
    for cells in hand_rows(lines, begin(SCRIPT)):
        words = cells[0].strip().split(' ')
        hand.setdefault(len(words), []).append(words)
    out = Out(MAX_WORDS)
    left = 0
    for row in table(f'{lang}_verbs.tsv'):
        words = row['pattern'].split(' ')
        skip = {s for s in row.get('forms', '').split(',') if s}
        cols = [row.get(c, '') for c in COLS]
        for group, f in forms(words[0], irr, skip):
            if '-' + group in skip or '!' + f in skip:
                continue
            pattern = ' '.join([f] + words[1:])
            if covered(pattern, hand):
                left += 1
                continue
            out.add(pattern, *cols)
    for row in table(f'{lang}_nouns.tsv'):
        cols = [row.get(c, '') for c in COLS]
        for words in plurals(lang, row['pattern'].split(' ')):
            pattern = ' '.join(words)
            if covered(pattern, hand):
                left += 1
                continue
            out.add(pattern, *cols)
    write(lang, 'events', out, SCRIPT, carry=False)
    print(f'{lang}: {left} forms left to hand-written rows', file=sys.stderr)


def main(argv):
    langs = argv or ['es', 'fr']
    for lang in langs:
        expand(lang)


if __name__ == '__main__':
    main(sys.argv[1:])
