//! The clause of a trigger: where it begins and ends in its sentence, what stands in it, the
//! quote it is said in, and the time expression that dates it.
//!
//! A clause begins after the last opener before the trigger — a subordinator ("that", "أن",
//! "что"), a speech verb ("said", "according to": what follows is what was said) or a relative
//! pronoun ("which", "who": then the phrase before the pronoun is the clause's subject) — and
//! ends at the first opener after it.

use super::grammar::{self, Np};
use super::Ctx;
use crate::actors::{sentence_span, starting_in};
use crate::lexicon::{Cue, EventRule, Part, SpeechKind, Verdict};
use dyad_core::{EventType, Quote, Span, TimeExpr};
use dyad_kb::{Case, PhraseMatch};
use jiff::civil::Date;

use crate::punct::{is_comma, is_semicolon, is_space_or_comma};

/// Everything of one part matched once: triggers, aux cues, clause openers, speech verbs.
pub(crate) struct Hits {
    pub triggers: Vec<PhraseMatch>,
    pub aux: Vec<(PhraseMatch, Cue)>,
    /// Openers: (start, end, kind).
    pub openers: Vec<(usize, usize, Opener)>,
    /// Warn verbs ("warned", "حذر"): a threat when what they say is still to come.
    pub warns: Vec<PhraseMatch>,
    /// Characterising verbs ("called", «назвал») with the judgement that follows them ("a
    /// provocation", «ничтожными», "historic"): an accusation or praise.
    pub judged: Vec<(PhraseMatch, Verdict)>,
    /// Copulas of reported speech with the judgement beside them ("said the sanctions were
    /// illegal", «称…是“疯狂”的»): an accusation or praise by the speaker of the copula's subject.
    /// Kept apart from `judged`: a copula governs no act of its clause.
    pub copula_judged: Vec<(PhraseMatch, Verdict)>,
    /// Source phrases ("according to", «по данным», "según"): (start, end).
    pub sources: Vec<(usize, usize)>,
    /// Nouns of a step one party takes that are no trigger (`[words] acts`: "decision",
    /// «решение»): what a reaction may answer.
    pub acts: Vec<Span>,
    /// Nouns of trade and traffic (`[words] measured`: "exports") and of agreements
    /// (`[words] accords`), a trigger's own words included ("export ban", "出口管制").
    pub measured: Vec<Span>,
    pub accords: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opener {
    Subordinator,
    Relative,
    /// A relative pronoun whose form makes it its clause's object ("whom", «que», «которых»).
    ObjectRelative,
    Speech,
}

impl Opener {
    fn relative(self) -> bool {
        matches!(self, Opener::Relative | Opener::ObjectRelative)
    }
}

/// Does the trigger `m` end in a separable particle that closes its clause, or in no particle
/// at all (`[grammar] separable_particles`)? A verb pattern only: an event noun's last word
/// is its own ("Angriff auf").
fn particle_closes(
    doc: &dyad_core::Document,
    lex: &crate::lexicon::LangLexicon,
    m: &PhraseMatch,
) -> bool {
    let Some(matched) = doc.text.get(m.start..m.end) else {
        return true;
    };
    let mut words = matched.split_whitespace();
    let Some(last) = words.next_back() else {
        return true;
    };
    let last = dyad_kb::fold_str(last);
    // A particle that is also a preposition closes the clause only when the pattern reaches it
    // across a long gap, the middle field of a verb-second clause ("rief Russland am Mittwoch
    // zu einer Waffenruhe auf"); after a short one it is the preposition ("drohte .. mit").
    let particle = lex.separable_particles.contains(&last)
        || (lex.separable_prepositions.contains(&last)
            && lex.events.long_gap_before_last(m.phrase));
    if words.next().is_none()
        || !particle
        || lex
            .events
            .values(m.phrase)
            .iter()
            .any(|r| r.voice == crate::lexicon::Voice::Noun || r.verbatim)
    {
        return true;
    }
    let rest = doc.text.get(m.end..).unwrap_or("").trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) if !dyad_kb::is_word_char(c) => true,
        Some(_) => {
            let next: String = rest
                .chars()
                .take_while(|&c| dyad_kb::is_word_char(c))
                .collect();
            lex.particle_followers.contains(&dyad_kb::fold_str(&next))
        }
    }
}

/// In a language that writes every noun with a capital (`[grammar] nouns_capitalised`: German),
/// the first letter of a one-word trigger says whether it is a noun or a verb:
/// - a word all of whose patterns are event nouns, written in lower case, is the verb of the
///   same letters ("Die Sanktionen treffen Russland hart": they hit, no meeting);
/// - a word all of whose patterns are verbs, written with a capital inside its sentence, is a
///   noun («das Verbot», «die Festgenommenen»), not the verb a pattern reads roles for;
/// - a verb form directly before a noun is an attributive participle, not a finite verb, where
///   an article stands right before it («die verhängten Sanktionen») or a finite auxiliary
///   already holds the verb's place in its clause («Iran hat einen wegen Spionage verurteilten
///   Mann hingerichtet»: the man was convicted before, Iran condemned nobody).
///
/// A word that opens its sentence, a quotation or a bracket, or a word in capitals, says nothing.
fn word_class_fits(
    doc: &dyad_core::Document,
    lex: &crate::lexicon::LangLexicon,
    m: &PhraseMatch,
) -> bool {
    if !lex.nouns_capitalised {
        return true;
    }
    let Some(word) = doc.text.get(m.start..m.end) else {
        return true;
    };
    let rules = lex.events.values(m.phrase);
    if word.contains(char::is_whitespace) || rules.is_empty() || rules.iter().any(|r| r.verbatim) {
        return true;
    }
    let Some(first) = word.chars().next() else {
        return true;
    };
    if !word.chars().any(char::is_lowercase) {
        return true;
    }
    let before = doc.text.get(..m.start).unwrap_or("").trim_end();
    // Inside a sentence a word follows a word, a number or a comma.
    let inside = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || is_comma(c));
    if !inside {
        return true;
    }
    let noun = rules.iter().all(|r| r.voice == crate::lexicon::Voice::Noun);
    let verb = rules.iter().all(|r| r.voice != crate::lexicon::Voice::Noun);
    if noun && first.is_lowercase() {
        return false;
    }
    if !verb {
        return true;
    }
    if first.is_uppercase() {
        return false;
    }
    // An attributive participle: the next word is a noun.
    let after = doc.text.get(m.end..).unwrap_or("");
    let noun_next = after.starts_with(' ')
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    if !noun_next {
        return true;
    }
    let words: Vec<&str> = before
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(ATTRIBUTE_REACH)
        .collect();
    let article_before = words.first().is_some_and(|w| {
        lex.words.articles.contains(&dyad_kb::fold_str(w))
            && !words.get(1).is_some_and(|p| p.ends_with(is_comma))
    });
    // (Back to the clause's start: a comma, a stop, or a conjunction that opens another.)
    let auxiliary_before = words
        .iter()
        .take_while(|w| {
            !w.ends_with(|c: char| is_comma(c) || ".!?;:".contains(c))
                && !lex.words.conjunctions.contains(&dyad_kb::fold_str(w))
        })
        .any(|w| lex.finite_auxiliaries.contains(&dyad_kb::fold_str(w)));
    !(article_before || auxiliary_before)
}

/// How many words back an attributive participle's article or its clause's finite auxiliary
/// is looked for.
const ATTRIBUTE_REACH: usize = 12;

/// How far (in bytes) the event an expression is measured from may stand from it.
const REFERENT_REACH: usize = 100;

/// Is the trigger `t` the event the expression `x` is measured from ("two days after Iran
/// struck", "a week after the attack", "حملے کے دو دن بعد"): the first trigger on the side the
/// language puts it, near, with no stop between?
fn measured_from(doc: &dyad_core::Document, hits: &Hits, x: &TimeExpr, t: &PhraseMatch) -> bool {
    let (from, to) = match x.refers {
        Some(dyad_core::Refers::Ahead) if t.start >= x.span.end => (x.span.end, t.start),
        Some(dyad_core::Refers::Behind) if t.end <= x.span.start => (t.end, x.span.start),
        _ => return false,
    };
    to - from <= REFERENT_REACH
        && doc
            .text
            .get(from..to)
            .is_some_and(|gap| !gap.contains(|c: char| is_comma(c) || is_semicolon(c) || c == '\n'))
        && !crate::actors::starting_in(&hits.triggers, |m| m.start, from, to)
            .iter()
            .any(|m| m.start != t.start && m.end <= to)
}

/// How far before a time expression the word that opens its sequence phrase is looked for,
/// in bytes of the normalised text.
const SEQUENCE_REACH: usize = 160;

/// Where the phrase opened by a word of sequence that holds the time `x` begins ("after
/// Saturday's attack", «после того, как в субботу …», «بعد هجوم السبت», `[words] sequence`):
/// the nearest such word before it in its sentence, with no comma, semicolon or line break
/// between the two. Such a time dates the act the phrase names, not the clause around it.
pub(crate) fn sequence_start(
    norm: &dyad_kb::Normalized,
    lex: &crate::lexicon::LangLexicon,
    sent_start: usize,
    x: &TimeExpr,
) -> Option<usize> {
    let words = &lex.words.sequence;
    if words.is_empty() || x.span.start <= sent_start {
        return None;
    }
    let from = sent_start.max(x.span.start.saturating_sub(SEQUENCE_REACH));
    let (nf, nx) = (
        crate::actors::norm_pos(norm, from),
        crate::actors::norm_pos(norm, x.span.start),
    );
    let before = norm.text().get(nf..nx)?;
    // Only the stretch after the last break: a phrase ends at its comma.
    let cut = before
        .rfind(|c: char| is_comma(c) || is_semicolon(c) || c == '\n')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    dyad_core::scan::read(1);
    let whole = |at: usize, w: &str| {
        before[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && before[at + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    words
        .iter()
        .filter_map(|w| {
            // (A word that holds its own comma, «после того, как», may begin before the cut.)
            let lo = if w.contains(|c: char| is_comma(c)) {
                0
            } else {
                cut
            };
            before[lo..]
                .match_indices(w.as_str())
                .map(|(i, _)| lo + i)
                .filter(|&i| whole(i, w))
                .filter(|&i| {
                    !before[i + w.len()..]
                        .contains(|c: char| is_comma(c) || is_semicolon(c) || c == '\n')
                })
                .last()
        })
        .max()
        .map(|i| norm.orig(nf + i).max(from))
}

/// Where the phrase of sequence closed by a postposition after the time `x` ends («मंगलवार को
/// हुए हमले के बाद», «منگل کو ہونے والے حملے کے بعد»: `[words] sequence_after`): the first such
/// word after it, with a participle that joins the time to the noun (`sequence_linkers`)
/// between the two and no comma, semicolon or line break.
pub(crate) fn sequence_end(
    norm: &dyad_kb::Normalized,
    lex: &crate::lexicon::LangLexicon,
    sent_end: usize,
    x: &TimeExpr,
) -> Option<usize> {
    let words = &lex.words;
    if words.sequence_after.is_empty() || x.span.end >= sent_end {
        return None;
    }
    let to = sent_end.min(x.span.end + SEQUENCE_REACH);
    let (nx, nt) = (
        crate::actors::norm_pos(norm, x.span.end),
        crate::actors::norm_pos(norm, to),
    );
    let after = norm.text().get(nx..nt)?;
    let after = &after[..after
        .find(|c: char| is_comma(c) || is_semicolon(c) || c == '\n')
        .unwrap_or(after.len())];
    dyad_core::scan::read(1);
    // The first whole-word occurrence of `w` in `hay`.
    let find = |hay: &str, w: &str| {
        hay.match_indices(w).map(|(i, _)| i).find(|&i| {
            hay[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !dyad_kb::is_word_char(c))
                && hay[i + w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !dyad_kb::is_word_char(c))
        })
    };
    let (at, len) = words
        .sequence_after
        .iter()
        .filter_map(|w| find(after, w).map(|i| (i, w.len())))
        .min()?;
    // The participle follows the time and its case marker at once (the first two words), and
    // the noun it joins ends the phrase a few words on: a longer gap holds another clause.
    let gap = &after[..at];
    let words_in = |s: &str| s.split_whitespace().count();
    (words_in(gap) <= SEQUENCE_AFTER_WORDS
        && words
            .sequence_linkers
            .iter()
            .any(|l| find(gap, l).is_some_and(|i| words_in(&gap[..i]) <= 1)))
    .then(|| norm.orig(nx + at + len))
}

/// How many words may stand between an event noun and the relative pronoun whose clause tells
/// of its act: the noun's own phrase ("on a school bus in Saada").
const RELATIVE_NOUN_WORDS: usize = 8;

/// How many words may stand between a time and the postposition that closes its phrase of
/// sequence: the case marker, the participle, and the noun with a modifier or two.
const SEQUENCE_AFTER_WORDS: usize = 6;

/// Is the time `x` one of another act, for the trigger `t`: a day inside a phrase of sequence
/// (`sequence_start`) that `t` stands outside of — before the phrase's word ("Pakistan
/// summoned the envoy after the attack on its embassy on Saturday"), or after the time past a
/// comma ("After Saturday's attack on its embassy, Pakistan summoned the envoy")? The act
/// around the phrase came on that day or after it, which no day of the text says. A month or
/// a year is another matter: "agreed to accelerate the peace process following a conference
/// in March", "expelled the ambassador after the coup of 2013" — the act that followed falls
/// in it, as far as such a date tells.
pub(crate) fn of_another_act(
    norm: &dyad_kb::Normalized,
    lex: &crate::lexicon::LangLexicon,
    doc: &dyad_core::Document,
    sent_start: usize,
    x: &TimeExpr,
    t: Span,
) -> bool {
    if x.value.precision != dyad_core::DatePrecision::Day {
        return false;
    }
    let sent_end = doc
        .sentence_at(x.span.start)
        .map_or(doc.text.len(), |i| doc.sentences[i].span.end);
    if let Some(e) = sequence_end(norm, lex, sent_end, x) {
        return t.end <= x.span.start || t.start >= e;
    }
    let Some(s) = sequence_start(norm, lex, sent_start, x) else {
        return false;
    };
    t.end <= s
        || (t.start >= x.span.end
            && doc
                .text
                .get(x.span.end..t.start)
                .is_some_and(|gap| gap.contains(|c: char| is_comma(c) || is_semicolon(c))))
}

/// Does a comma or semicolon (not one inside a number: "1,000") stand between the time at `x`
/// and the trigger `t`? Then the time is more likely another conjunct's than the trigger's
/// own. (Another trigger between the two is no such mark: an event noun may be the trigger's
/// object, "condemned the attack on Tuesday".)
fn across_conjuncts(doc: &dyad_core::Document, x: Span, t: &PhraseMatch) -> bool {
    let (from, to) = if x.end <= t.start {
        (x.end, t.start)
    } else {
        (t.end, x.start)
    };
    let Some(gap) = doc.text.get(from..to.max(from)) else {
        return false;
    };
    let mut chars = gap.char_indices().peekable();
    let mut prev_digit = false;
    while let Some((_, c)) = chars.next() {
        if is_semicolon(c) {
            return true;
        }
        if is_comma(c) {
            let next_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
            if !(c == ',' && prev_digit && next_digit) {
                return true;
            }
        }
        prev_digit = c.is_ascii_digit();
    }
    false
}

/// How many words may stand between an expression measured from what follows and the
/// complementiser that opens the clause it is measured from (Persian «چند روز پس از آن بیان شد
/// که …»: the pronoun and the main verb).
const REFERENT_COMPLEMENTISER_REACH: usize = 4;

/// Is the trigger `t` an act of the clause an expression is measured from when that clause is
/// opened by a complementiser ("N days after [it] that …"): «دا بریدونه دوه ورځې وروسته وشول چې
/// … ووژل شول», «این سخنان چند روز پس از آن بیان شد که ترامپ … امضا کرد و … گفت …»? Every act of
/// that clause, to its sentence's end, happened then, not only the first (its subject may be
/// set off by commas, a second verb joined by "and").
fn in_referent_clause(
    ctx: &Ctx,
    part: &Part,
    hits: &Hits,
    sent: Span,
    x: &TimeExpr,
    t: &PhraseMatch,
) -> bool {
    if x.refers != Some(dyad_core::Refers::Ahead) || t.start < x.span.end || t.end > sent.end {
        return false;
    }
    let norm = ctx.norm;
    let text = &ctx.doc.text;
    starting_in(&hits.openers, |o| o.0, x.span.start, t.start)
        .iter()
        .filter(|o| o.1 <= t.start)
        .any(|&(os, oe, _)| {
            let word = norm
                .text()
                .get(crate::actors::norm_pos(norm, os)..crate::actors::norm_pos(norm, oe))
                .unwrap_or("")
                .trim();
            let gap = text.get(x.span.end.min(os)..os).unwrap_or("");
            part.lex.words.complementisers.iter().any(|c| c == word)
                && gap.split_whitespace().count() <= REFERENT_COMPLEMENTISER_REACH
                && !gap.contains(|c: char| is_semicolon(c) || c == '\n')
        })
}

impl Hits {
    pub fn find(doc: &dyad_core::Document, part: &Part, norm: &dyad_kb::Normalized) -> Hits {
        let lex = part.lex;
        // A gap in a pattern steps over a whole name or date: in verb-first clauses the subject
        // stands between the verb and its noun ("قطعت السعودية والإمارات … علاقاتها").
        let mut skips: Vec<(usize, usize)> = doc
            .mentions
            .iter()
            .filter(|m| !m.anaphoric && part.span.contains(m.span))
            // A name with its apposition is one unit up to its comma: the title after it is
            // read word by word ("summoned .. ambassador" in "summoned Simon Shercliff, the
            // British ambassador").
            .map(|m| {
                let inner = doc.text.get(m.span.start..m.span.end).unwrap_or("");
                match inner.find(is_comma) {
                    Some(c) => dyad_core::Span::new(m.span.start, m.span.start + c),
                    None => m.span,
                }
            })
            .chain(
                doc.times
                    .iter()
                    .filter(|t| part.span.contains(t.span))
                    .map(|t| t.span),
            )
            .map(|s| {
                (
                    crate::actors::norm_pos(norm, s.start),
                    crate::actors::norm_pos(norm, s.end),
                )
            })
            .collect();
        skips.sort_unstable();
        // Keep the outermost of nested spans.
        let mut outer: Vec<(usize, usize)> = Vec::with_capacity(skips.len());
        for sp in skips {
            match outer.last() {
                Some(&(_, e)) if sp.0 < e => {}
                _ => outer.push(sp),
            }
        }
        // One scan of the part that the four sets share (its starts and word keys).
        let scan = dyad_kb::Scan::new(norm, part.norm_start, part.norm_end, &lex.affixes, &outer);
        let aux: Vec<(PhraseMatch, Cue)> = lex
            .aux
            .find_in_scan(&scan)
            .into_iter()
            .filter_map(|m| Some((m, (*lex.aux.values(m.phrase).first()?)?)))
            .collect();
        let mut openers: Vec<(usize, usize, Opener)> = lex
            .clause
            .find_in_scan(&scan)
            .into_iter()
            .map(|m| {
                let w = &norm.text()[m.norm_start..m.norm_end];
                let kind = if lex.words.relative_object.iter().any(|r| r == w) {
                    Opener::ObjectRelative
                } else if lex.words.relative.iter().any(|r| r == w) {
                    Opener::Relative
                } else {
                    Opener::Subordinator
                };
                (m.start, m.end, kind)
            })
            .collect();
        let mut triggers = lex.events.find_in_scan_skipping(&scan);
        // Verb-second: a verb trigger that ends in a separable particle is read only where the
        // particle closes its clause ("traf in Charkiw ein Wohnhaus" is no arrival: "ein" is the
        // article of what was hit).
        if lex.verb_second && !lex.separable_particles.is_empty() {
            triggers.retain(|m| particle_closes(doc, lex, m));
        }
        triggers.retain(|m| word_class_fits(doc, lex, m));
        // (A trigger is its own act: "the ban" names a SANCTION already.)
        let sorted = |found: Vec<PhraseMatch>| -> Vec<Span> {
            let mut spans: Vec<Span> = found.iter().map(|a| Span::new(a.start, a.end)).collect();
            spans.sort_by_key(|a| a.start);
            spans
        };
        let mut acts = lex.acts.find_in_scan(&scan);
        acts.retain(|a| !triggers.iter().any(|t| t.start < a.end && a.start < t.end));
        let measured = sorted(lex.measured.find_in_scan(&scan));
        let accords = sorted(lex.accords.find_in_scan(&scan));
        let all_speech = lex.speech.find_in_scan(&scan);
        let calls: Vec<PhraseMatch> = all_speech
            .iter()
            .filter(|m| lex.speech.values(m.phrase).contains(&SpeechKind::Call))
            // A verb that is part of a trigger is that trigger's ("called for", "called on").
            .filter(|c| !triggers.iter().any(|t| t.start < c.end && c.start < t.end))
            .copied()
            .collect();
        // Judgement words are looked for in the sentences of characterising verbs only (a
        // third phrase scan of every part cost the pipeline about 1%).
        let copulas: Vec<PhraseMatch> = all_speech
            .iter()
            .filter(|m| lex.speech.values(m.phrase).contains(&SpeechKind::Copula))
            // A copula inside a trigger or another speech phrase is that phrase's («خوانده
            // است»: the characterising verb judges).
            .filter(|c| !triggers.iter().any(|t| t.start < c.end && c.start < t.end))
            .filter(|c| {
                !all_speech.iter().any(|m| {
                    m.start < c.end
                        && c.start < m.end
                        && !lex.speech.values(m.phrase).contains(&SpeechKind::Copula)
                })
            })
            .copied()
            .collect();
        let mut verdicts: Vec<(PhraseMatch, Verdict)> = Vec::new();
        let mut scanned: Vec<Span> = Vec::new();
        for c in calls.iter().chain(&copulas) {
            let sent = sentence_span(doc, c.start);
            if scanned.contains(&sent) {
                continue;
            }
            scanned.push(sent);
            let (from, to) = (
                crate::actors::norm_pos(norm, sent.start).max(part.norm_start),
                crate::actors::norm_pos(norm, sent.end).min(part.norm_end),
            );
            let in_sentence = dyad_kb::Scan::new(norm, from, to, &lex.affixes, &outer);
            verdicts.extend(
                lex.verdicts
                    .find_in_scan(&in_sentence)
                    .into_iter()
                    .filter_map(|m| Some((m, *lex.verdicts.values(m.phrase).first()?))),
            );
        }
        // A hostile act named as what something is ("described the detention as a coup
        // attempt", "darbe girişimi olarak") is a judgement too, when no judgement word is found.
        let hostile: Vec<(PhraseMatch, Verdict)> = if calls.is_empty() {
            Vec::new()
        } else {
            triggers
                .iter()
                .filter(|t| {
                    lex.events.values(t.phrase).iter().any(|r| {
                        r.voice == crate::lexicon::Voice::Noun && r.kind.quad() == HOSTILE_ACT
                    }) && (called_as(norm.text(), t, lex)
                        || complement_of_call(doc, t, &calls, lex))
                })
                .map(|t| (*t, Verdict::Bad))
                .collect()
        };
        // Calls and copulas may share sentences: the judgement words in text order, once.
        verdicts.sort_by_key(|(v, _)| (v.start, v.end));
        verdicts.dedup_by_key(|(v, _)| (v.start, v.end));
        let judged = judge(doc, lex, &calls, &verdicts, &hostile, &triggers);
        let copula_judged = judge_copulas(doc, lex, &copulas, &verdicts, &aux);
        let speech: Vec<PhraseMatch> = all_speech
            .into_iter()
            .filter(|m| {
                let kinds = lex.speech.values(m.phrase);
                !kinds.is_empty()
                    && !kinds.contains(&SpeechKind::Quote)
                    && !kinds.contains(&SpeechKind::Call)
                    && !kinds.contains(&SpeechKind::Copula)
            })
            .collect();
        // The statement a speech phrase names is where the speaker says what follows, not a
        // step the speaker reacts to: "yaptığı açıklamada İsrail'i kınadı" (condemned Israel
        // in the statement it made), "said in a statement", «اپنے بیان میں», "bayonotida".
        // (A statement as the object of a reaction, "kararı ve açıklamayı kınadı", is in no
        // speech phrase.)
        acts.retain(|a| !speech.iter().any(|m| m.start < a.end && a.start < m.end));
        let acts = sorted(acts);
        openers.extend(speech.iter().map(|m| (m.start, m.end, Opener::Speech)));
        let sources = speech
            .iter()
            .filter(|m| lex.speech.values(m.phrase).contains(&SpeechKind::Source))
            .map(|m| (m.start, m.end))
            .collect();
        let warns = speech
            .into_iter()
            .filter(|m| lex.speech.values(m.phrase).contains(&SpeechKind::Warn))
            .collect();
        openers.sort_by_key(|o| (o.0, o.1));
        Hits {
            triggers,
            aux,
            openers,
            warns,
            judged,
            copula_judged,
            sources,
            acts,
            measured,
            accords,
        }
    }
}

/// How many words a source phrase's head may have after it before the comma that closes it
/// («selon le ministère ukrainien de l'Intérieur, …»: "de l'Intérieur", two).
const SOURCE_COMPLEMENT: usize = 5;

/// How many words after a characterising verb its judgement may stand ("called the strikes
/// by the United States on three nuclear sites outrageous").
const JUDGEMENT_REACH: usize = 14;

/// How many words from an event noun's start its "against" phrase may reach to hold another
/// trigger that is what the act opposes ("protests against the social media ban": five).
const OPPOSED_REACH: usize = 6;

/// The quad class of material conflict: an act of it named as what something is, is a
/// judgement of that thing.
const HOSTILE_ACT: u8 = 4;

/// Each characterising verb with its judgement in its sentence, at most [`JUDGEMENT_REACH`]
/// words away and not past another such verb: after the verb, or in a verb-final language the
/// nearest before it («… را تجاوز خواند», "… को अवैध करार दिया"); a judgement word first, else
/// a hostile act's noun (`hostile`: "called it an invasion"). A verb with none judges
/// nothing; so does a verb-final one whose judgement holds a governing trigger of its own
/// (Persian «… را غیرقابل قبول خواند» is a REJECT: the two would each take the other for its
/// complement and both be dropped).
fn judge(
    doc: &dyad_core::Document,
    lex: &crate::lexicon::LangLexicon,
    calls: &[PhraseMatch],
    verdicts: &[(PhraseMatch, Verdict)],
    hostile: &[(PhraseMatch, Verdict)],
    triggers: &[PhraseMatch],
) -> Vec<(PhraseMatch, Verdict)> {
    let verb_final = lex.order == dyad_kb::WordOrder::Sov;
    let words = |a: usize, b: usize| doc.text[a..b].split_whitespace().count();
    calls
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let sent = crate::actors::sentence_span(doc, c.start);
            let in_reach = |(v, _): &&(PhraseMatch, Verdict)| {
                if verb_final {
                    let prev_call = i.checked_sub(1).map_or(0, |k| calls[k].end);
                    v.end <= c.start
                        && v.start >= sent.start
                        && v.start >= prev_call
                        && words(v.end, c.start) <= JUDGEMENT_REACH
                } else {
                    let next_call = calls.get(i + 1).map_or(usize::MAX, |x| x.start);
                    v.start >= c.end
                        && v.end <= sent.end
                        && v.start < next_call
                        && words(c.end, v.start) <= JUDGEMENT_REACH
                }
            };
            // The nearest in reach: the last before a verb-final verb, the first after another.
            let (v, verdict) = [verdicts, hostile].into_iter().find_map(|set| {
                if verb_final {
                    set.iter().rev().find(in_reach)
                } else {
                    set.iter().find(in_reach)
                }
            })?;
            let governed = verb_final
                && triggers.iter().any(|t| {
                    t.start < c.start
                        && v.start < t.end
                        && lex
                            .events
                            .values(t.phrase)
                            .iter()
                            .any(|r| super::finish::governs(r.kind))
                });
            (!governed).then_some((*c, *verdict))
        })
        .collect()
}

/// How many words may stand between a copula and its judgement ("were completely
/// unjustified", «是典型的单边霸凌做法»): the judgement is the copula's complement, not a word
/// further on in its sentence.
const COPULA_REACH: usize = 3;

/// The words between two positions, each character of a script written without spaces
/// counting as one and punctuation as none (quotation marks around a judgement are no words).
fn gap_words(gap: &str) -> usize {
    gap.split_whitespace()
        .map(|w| {
            let unspaced = w.chars().filter(|c| dyad_kb::unspaced(*c)).count();
            let other = w
                .chars()
                .any(|c| !dyad_kb::unspaced(c) && dyad_kb::is_word_char(c));
            unspaced + usize::from(other)
        })
        .sum()
}

/// Each copula with its judgement beside it: right after it, or right before it in a
/// verb-final language («… غیر قانونی ہے»), at most [`COPULA_REACH`] words away in its
/// sentence. A negation between the two or right before the copula ("was not illegal",
/// «不是», "غیر قانونی نہیں ہے") denies the judgement: no judgement then.
fn judge_copulas(
    doc: &dyad_core::Document,
    lex: &crate::lexicon::LangLexicon,
    copulas: &[PhraseMatch],
    verdicts: &[(PhraseMatch, Verdict)],
    aux: &[(PhraseMatch, Cue)],
) -> Vec<(PhraseMatch, Verdict)> {
    let verb_final = lex.order == dyad_kb::WordOrder::Sov;
    let text = doc.text.as_str();
    copulas
        .iter()
        .filter_map(|c| {
            let sent = sentence_span(doc, c.start);
            let found = if verb_final {
                verdicts.iter().rev().find(|(v, _)| {
                    v.end <= c.start
                        && v.start >= sent.start
                        && text
                            .get(v.end..c.start)
                            .is_some_and(|g| gap_words(g) <= COPULA_REACH)
                })
            } else {
                verdicts.iter().find(|(v, _)| {
                    v.start >= c.end
                        && v.end <= sent.end
                        && text
                            .get(c.end..v.start)
                            .is_some_and(|g| gap_words(g) <= COPULA_REACH)
                })
            };
            let (v, verdict) = found?;
            let (from, to) = if verb_final {
                (v.end, c.start)
            } else {
                (c.end, v.start)
            };
            // The negation may also be a phrase that holds the copula ("was not").
            let (from, to) = (from.min(c.start), to.max(c.end));
            let negated = aux.iter().any(|(a, cue)| {
                *cue == Cue::Negated
                    && ((a.start < to && from < a.end && a.start < v.start.max(c.end))
                        || (a.start >= sent.start
                            && a.end <= c.start
                            && text
                                .get(a.end..c.start)
                                .is_some_and(|g| g.trim().is_empty())))
            });
            (!negated).then_some((*c, *verdict))
        })
        .collect()
}

/// Does a word of the language's `called_as` set the match off as a complement: right before
/// it, articles aside ("as an invasion", "als Putschversuch"), or in a verb-final language
/// right after it ("darbe girişimi olarak")?
fn called_as(norm: &str, m: &PhraseMatch, lex: &crate::lexicon::LangLexicon) -> bool {
    let words = &lex.words;
    if words.called_as.is_empty() {
        return false;
    }
    let reach = 4;
    // Quotation marks around the complement are no words ("«darbe girişimi» olarak").
    let side: Vec<&str> = if lex.order == dyad_kb::WordOrder::Sov {
        norm[m.norm_end..]
            .split_whitespace()
            .map(bare_word)
            .filter(|w| !w.is_empty())
            .take(reach)
            .collect()
    } else {
        norm[..m.norm_start]
            .split_whitespace()
            .rev()
            .map(bare_word)
            .filter(|w| !w.is_empty())
            .take(reach)
            .skip_while(|w| words.articles.contains(*w))
            .collect()
    };
    let reversed = lex.order != dyad_kb::WordOrder::Sov;
    words.called_as.iter().any(|c| {
        let mut want: Vec<&str> = c.split_whitespace().collect();
        if reversed {
            want.reverse();
        }
        side.len() >= want.len() && side[..want.len()] == want[..]
    })
}

/// Is the trigger an adverbial participle right after a comma: its first word ends with one of
/// the language's converb endings ("killing", «убив», "matando", "tuant")?
fn is_converb(doc: &dyad_core::Document, part: &Part, sent: Span, t: &PhraseMatch) -> bool {
    let endings = &part.lex.converb_endings;
    // (In a verb-final language a converb stands before its main verb: `converb_end`.)
    if endings.is_empty() || part.lex.order == dyad_kb::WordOrder::Sov {
        return false;
    }
    let after_comma = doc
        .text
        .get(sent.start..t.start)
        .is_some_and(|before| before.trim_end().ends_with(is_comma));
    let word = doc
        .text
        .get(t.start..t.end)
        .and_then(|w| w.split_whitespace().next())
        .map(|w| dyad_kb::fold_str(bare_word(w)))
        .unwrap_or_default();
    let prefixes = &part.lex.converb_prefixes;
    after_comma
        && endings.iter().any(|e| {
            word.ends_with(e.as_str())
                && if prefixes.is_empty() {
                    word.len() > e.len()
                } else {
                    prefixes
                        .iter()
                        .any(|p| word.starts_with(p.as_str()) && word.len() > p.len() + e.len())
                }
        })
}

/// In a verb-final language, does the trigger end on a converb (`[grammar] converb_endings`:
/// Turkish "kınayarak", "görüşüp", "görüştükten sonra", Uzbek "uchrashib", "uchrashgach")? A
/// converb closes a clause of its own whose subject is the next verb's: "Mısır, İsrail'i
/// kınayarak ateşkes çağrısında bulundu" (Egypt condemned Israel and called for a truce), two
/// acts of one subject, neither the other's content. Returns where the converb's word ends
/// (a pattern written as a stem, "uchrash*", may end inside it).
fn converb_end(doc: &dyad_core::Document, part: &Part, t: &PhraseMatch) -> Option<usize> {
    let endings = &part.lex.converb_endings;
    if endings.is_empty() || part.lex.order != dyad_kb::WordOrder::Sov {
        return None;
    }
    let rest = doc.text.get(t.end..)?;
    let end = t.end
        + rest
            .find(|c: char| !dyad_kb::is_word_char(c) && !is_apostrophe(c))
            .unwrap_or(rest.len());
    let word = doc
        .text
        .get(t.start..end)?
        .split_whitespace()
        .last()
        .map(|w| dyad_kb::fold_str(bare_word(w)))?;
    endings
        .iter()
        .any(|e| word.len() > e.len() + 1 && word.ends_with(e.as_str()))
        .then_some(end)
}

/// The apostrophes a word may hold (Uzbek o', g', the tutuq belgisi).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʻ' | 'ʼ' | '‘' | '`')
}

/// A word without the quotation marks or punctuation around it.
fn bare_word(w: &str) -> &str {
    w.trim_matches(|c| !dyad_kb::is_word_char(c))
}

/// In a verb-final language, does the match stand right before a characterising verb, as its
/// complement («… را تجاوز خواند», "… को आतंकवाद करार दिया", "… agressiya deb atadi")?
fn complement_of_call(
    doc: &dyad_core::Document,
    m: &PhraseMatch,
    calls: &[PhraseMatch],
    lex: &crate::lexicon::LangLexicon,
) -> bool {
    lex.order == dyad_kb::WordOrder::Sov
        && calls.iter().any(|c| {
            c.start >= m.end
                && doc
                    .text
                    .get(m.end..c.start)
                    .is_some_and(|gap| gap.trim().is_empty())
        })
}

/// Offsets in order.
fn sorted(offsets: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = offsets.collect();
    v.sort_unstable();
    v
}

/// A trigger in its clause.
pub(crate) struct Clause<'a> {
    /// The document's text.
    pub text: &'a str,
    pub part: &'a Part<'a>,
    pub trigger: &'a PhraseMatch,
    pub rule: &'a EventRule,
    pub sent: Span,
    /// The clause: `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// The opener that began the clause, if any.
    pub opened_by: Option<(usize, usize, Opener)>,
    /// The sentence's actor phrases.
    pub nps: Vec<Np<'a>>,
    /// The direct quote holding the trigger.
    pub quote: Option<&'a Quote>,
    /// The time expression of the clause nearest the trigger.
    pub time: Option<&'a TimeExpr>,
    /// The day actor codes are read for: the clause's date, else the publication date.
    pub role_date: Option<Date>,
    /// The aux cues of the sentence.
    pub aux: Vec<(PhraseMatch, Cue)>,
    /// The clause openers of the sentence.
    pub openers: Vec<(usize, usize, Opener)>,
    /// Other triggers of the sentence (start offsets), to tell a noun governed by a verb of
    /// its own from one governed by a light verb.
    pub triggers: Vec<usize>,
    /// Triggers after this one in the sentence of a verbal type (quads 1 and 3): they say
    /// something about an act rather than do one (condemn, welcome, deny, discuss), and a noun
    /// they govern is not their subject's act.
    pub verbal_triggers: Vec<usize>,
    /// The other triggers of the sentence, in order, each with what its patterns say of it.
    pub others: Vec<Other>,
    /// The nouns of steps taken of the sentence that are no trigger (`Hits::acts`).
    pub act_words: Vec<Span>,
    /// The nouns of trade and traffic, and of agreements, of the sentence (`Hits::measured`,
    /// `Hits::accords`).
    pub measured: Vec<Span>,
    pub accords: Vec<Span>,
    /// A passive auxiliary of the language stands beside the (active) verb trigger: "was
    /// arrested", "wurde … festgenommen" (`passive`).
    pub passive_aux: bool,
    /// The clause is opened by a source phrase ("according to", «по данным»): the phrase
    /// after it names who tells, not who acts.
    pub by_source: bool,
    /// The trigger stands inside the relative clause that opened it (not in the main clause
    /// after a relative clause set off by commas: "Ukraine, which Russia invaded, asked …").
    pub inside_relative: bool,
    /// The trigger stands in a relative clause set off by commas, which its closing comma
    /// ends (`end`): "Demonstrators, who blame the family for the collapse, stormed …".
    pub closed_at_comma: bool,
    /// The trigger is an adverbial participle after a comma ("…, killing three soldiers",
    /// «…, убив»; `[grammar] converb_endings`): it has no subject phrase of its own.
    pub converb: bool,
    /// Verb-second: the trigger is the finite verb of a main clause whose first place a
    /// subordinate clause fills ("Weil Russland die Ukraine angegriffen hat, verhängte die EU
    /// Sanktionen"): the clause begins at the trigger, its subject follows it.
    pub fronted_clause: bool,
    /// Verb-second: the source phrases of the sentence that govern the phrase right after
    /// them ("nach Angaben der Ukraine"): that phrase tells of the act, it neither does nor
    /// suffers it.
    pub sources: Vec<(usize, usize)>,
    /// In a verb-final language the trigger is a converb: its clause ends with it, and the
    /// verb after it is a second act of its subject, not what it governs (`converb_end`).
    pub chained: bool,
}

/// The source phrases of a verb-second sentence followed by the phrase they govern: a
/// mention right after, or after one closed-class word ("laut dem Militär").
fn governing_sources(
    doc: &dyad_core::Document,
    part: &Part,
    hits: &Hits,
    sent: Span,
) -> Vec<(usize, usize)> {
    if !part.lex.verb_second {
        return Vec::new();
    }
    starting_in(&hits.sources, |s| s.0, sent.start, sent.end)
        .iter()
        .filter(|&&(_, e)| {
            doc.mentions.iter().any(|m| {
                m.span.start >= e
                    && m.span.end <= sent.end
                    && doc.text.get(e..m.span.start).is_some_and(|gap| {
                        let words: Vec<&str> = gap.split_whitespace().collect();
                        !gap.contains(is_comma)
                            && (words.is_empty()
                                || (words.len() == 1
                                    && part
                                        .lex
                                        .words
                                        .function
                                        .contains(&dyad_kb::fold_str(words[0]))))
                    })
            })
        })
        .copied()
        .collect()
}

/// Another trigger of the clause's sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Other {
    pub span: Span,
    /// Every pattern of it is a verb (none a noun): where one follows a phrase, the phrase is
    /// its clause's subject.
    pub verb: bool,
    /// It names an act as a noun, of material cooperation or conflict ("the attack", «حمله»,
    /// "the withdrawal"): what a reaction may have as its object (data/events/reactions.tsv).
    pub act: bool,
    /// The type of act its noun names (its first noun pattern's): "this execution" points back to
    /// the execution told before.
    pub kind: Option<EventType>,
    /// Its noun's genitive names its doer (events.tsv `of-doer`: "der Angriff Russlands").
    pub of_doer: bool,
    /// It stands after this clause's trigger in the trigger's "against" phrase, a few words on
    /// ("protests against the ban", «protestas juveniles contra el bloqueo»): what the act
    /// opposes, not a verb that governs it.
    pub opposed: bool,
}

impl<'a> Clause<'a> {
    /// The other triggers of the sentence that are verbs only: their starts.
    pub fn verbs(&self) -> impl Iterator<Item = usize> + '_ {
        self.others.iter().filter(|o| o.verb).map(|o| o.span.start)
    }

    /// The other triggers of the sentence that name an act, and the nouns of steps taken
    /// (`act_words`): their spans, in text order.
    pub fn acts(&self) -> impl Iterator<Item = Span> + '_ {
        let mut all: Vec<Span> = self
            .others
            .iter()
            .filter(|o| o.act)
            .map(|o| o.span)
            .chain(self.act_words.iter().copied())
            .collect();
        all.sort_by_key(|s| s.start);
        all.into_iter()
    }

    /// Does the genitive of the act named at `at` name its doer (events.tsv `of-doer`)?
    pub fn act_of_doer(&self, at: Span) -> bool {
        self.others.iter().any(|o| o.span == at && o.of_doer)
    }

    /// The type of the act named at `at` (none for a noun of a step taken).
    pub fn act_kind(&self, at: Span) -> Option<EventType> {
        self.others
            .iter()
            .find(|o| o.span == at)
            .and_then(|o| o.kind)
    }

    pub fn of(
        ctx: &'a Ctx<'a>,
        part: &'a Part<'a>,
        hits: &'a Hits,
        t: &'a PhraseMatch,
        rule: &'a EventRule,
    ) -> Option<Clause<'a>> {
        let doc = ctx.doc;
        let sent = sentence_span(doc, t.start);
        let in_sentence = |s: usize, e: usize| s >= sent.start && e <= sent.end;
        // Verb-second: a source phrase that governs the phrase after it ("nach Angaben der
        // Ukraine", "laut Katar") is a phrase of its clause, in the first place or the middle
        // field, set off by no comma ("Russland hat nach Angaben der Ukraine Kiew angegriffen"):
        // it opens no clause. (A postposed one, "der Ukraine zufolge", still ends the stretch
        // that names who tells.)
        let sources = governing_sources(doc, part, hits, sent);
        let all_openers = starting_in(&hits.openers, |o| o.0, sent.start, sent.end);
        let openers: Vec<(usize, usize, Opener)> = all_openers
            .iter()
            .filter(|o| !sources.contains(&(o.0, o.1)))
            .copied()
            .collect();
        let openers = &openers[..];
        // The trigger itself may be a speech verb ("warned"): it opens nothing for itself.
        let opened_by = openers
            .iter()
            .filter(|o| o.1 <= t.start && o.0 != t.start)
            .max_by_key(|o| o.1)
            .copied();
        let mut start = opened_by.map_or(sent.start, |o| o.1);
        let mut end = openers
            .iter()
            .filter(|o| o.0 >= t.end)
            .map(|o| o.0)
            .min()
            .unwrap_or(sent.end);
        // A semicolon joins clauses that each stand alone ("he arrived on Thursday; it is the
        // first visit since 2021"): the time, the actors and the cues of one are not the other's.
        // (Bounds read with `get`: a clause opener may lie inside a trigger's span.)
        if let Some(i) = doc
            .text
            .get(start..t.start)
            .and_then(|s| s.rfind(is_semicolon))
        {
            start += i + doc.text[start + i..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        }
        if let Some(i) = doc.text.get(t.end..end).and_then(|s| s.find(is_semicolon)) {
            end = t.end + i;
        }
        let capitals = |m: &dyad_core::Mention| grammar::is_capital_mention(doc, m);
        // A place's setting is read only by a pattern that can take it for a target: an imported
        // dictionary's, or one whose target is where it happens ("arrived in").
        let place_target =
            !rule.verbatim && rule.target.as_ref().is_some_and(|t| t.contains(&Case::In));
        let view = if rule.verbatim || place_target {
            &ctx.settings_view
        } else {
            &ctx.view
        };
        let mut nps = grammar::phrases(
            doc, ctx.norm, view, ctx.parts, sent.start, sent.end, &capitals,
        );
        if place_target {
            // Only a setting its preposition marks: not a dateline, not "the capital Kabul".
            nps.retain(|n| !n.mention.as_location || n.has(Case::In));
        }
        // The actors of what was said before a quotative and its say-verb («মিয়ানমারের সেনাবাহিনী
        // … গুলি চালিয়েছে বলে অভিযোগ করেছে বাংলাদেশ») are the speech's, not the verb's. (Not a
        // clause opener: «X-কে Y বলে অভিহিত করেছে», calling X Y, keeps its subject.)
        let said_before = starting_in(&doc.quotes, |q| q.start, sent.start, t.start)
            .iter()
            .filter(|q| q.kind == "reported" && q.end <= t.start)
            .map(|q| (q.start, q.end))
            .collect::<Vec<_>>();
        // And a trigger inside such a speech, closed before its sentence ends, has only the
        // speech's actors («বাংলাদেশ, মিয়ানমারের সেনাবাহিনী … গুলি চালিয়েছে বলে অভিযোগ করেছে»: the
        // one who alleges is not the one who fired).
        let sent_close = sent.start + doc.text[sent.start..sent.end].trim_end().len();
        let closed_speech = starting_in(&doc.quotes, |q| q.start, sent.start, t.start + 1)
            .iter()
            .find(|q| {
                q.kind == "reported"
                    && q.start <= t.start
                    && t.end <= q.end
                    && doc.text[q.end..sent_close]
                        .trim_start()
                        .chars()
                        .nth(1)
                        .is_some()
            })
            .map(|q| (q.start, q.end));
        if let Some((qs, qe)) = closed_speech {
            nps.retain(|n| qs <= n.span().start && n.span().end <= qe);
        }
        if !said_before.is_empty() {
            nps.retain(|n| {
                let sp = n.span();
                !said_before
                    .iter()
                    .any(|&(qs, qe)| qs <= sp.start && sp.end <= qe)
            });
        }
        let mut inside_relative = opened_by.is_some_and(|o| o.2.relative());
        let mut closed_at_comma = false;
        if let Some((os, oe, _)) = opened_by.filter(|o| o.2.relative()) {
            // A relative clause set off by commas after its antecedent ("Ukraine, which
            // Russia invaded on Thursday, asked …") closes at the next comma: a trigger after
            // it is the main clause's verb, one before it ends its clause there. (A pronoun
            // with no phrase before it opens reported speech: Pashto "وویل، چې …".)
            let set_off = doc.text[..os].trim_end().ends_with(is_comma)
                || doc.text[os..oe].starts_with(is_comma);
            let antecedent = nps
                .iter()
                .rev()
                .find(|n| n.span().end <= os)
                .is_some_and(|n| {
                    doc.text[n.span().end..os]
                        .trim()
                        .trim_matches(is_comma)
                        .trim()
                        .is_empty()
                });
            if set_off && antecedent {
                if let Some(c) = doc.text[oe..t.start].rfind(is_comma) {
                    start = oe + c + doc.text[oe + c..].chars().next().map_or(1, char::len_utf8);
                    inside_relative = false;
                } else if let Some(c) = doc.text[t.end..end].find(is_comma) {
                    end = t.end + c;
                    closed_at_comma = true;
                }
            }
        }
        // Verb-second: a subordinate clause that opens the sentence fills the main clause's
        // first place, and the main clause's finite verb follows its closing comma ("Weil
        // Russland die Ukraine angegriffen hat, verhängte die EU Sanktionen"). A verb trigger
        // right after that comma begins the main clause: the phrases, times and opener before
        // it are the subordinate clause's.
        let fronted_clause = part.lex.verb_second
            && !rule.verbatim
            && rule.voice != crate::lexicon::Voice::Noun
            && opened_by.is_some_and(|(os, oe, kind)| {
                kind == Opener::Subordinator
                    && !doc.text[sent.start..os].chars().any(dyad_kb::is_word_char)
                    && doc.text[oe..t.start].trim_end().ends_with(is_comma)
            });
        let opened_by = if fronted_clause {
            start = t.start;
            None
        } else {
            opened_by
        };
        // Times of the trigger's clause: the one nearest the trigger dates the event. (A time in
        // a relative clause — "Qatar, which has hosted the office since 2013" — dates that one.)
        let first = std::cell::OnceCell::new();
        // (A stretch — "last week", "6–7 April" — dates an act as well as a day: the act fell
        // somewhere in it. A period of years does not.)
        let dates_act = |x: &TimeExpr| {
            x.refers.is_none()
                && !x.spans_years()
                && !(x.bound
                    && (doc.published_day().is_some_and(|p| x.value.first_day() > p)
                        || *first.get_or_init(|| {
                            says_first(&doc.text[sent.start..sent.end], &part.lex.words.first)
                        })))
        };
        // (Not a time of another act that a phrase of sequence names: "after Saturday's attack".)
        let tspan = Span::new(t.start, t.end);
        let dates_act = |x: &TimeExpr| {
            dates_act(x) && !of_another_act(ctx.norm, part.lex, doc, sent.start, x, tspan)
        };
        let sentence_times = starting_in(&doc.times, |x| x.span.start, sent.start, sent.end);
        // The date of a dateline run into the first sentence ("WASHINGTON, March 12, 2026 —
        // Iran executed … on Tuesday") is the day the report was filed, not the day of the act
        // its sentence tells: it dates an act only when the sentence names no time of its own.
        let filed = |x: &TimeExpr| in_dateline(&doc.text, sent.start, x.span);
        let sentence_times: Vec<&TimeExpr> = sentence_times.iter().filter(|x| !filed(x)).collect();
        let dateline_time = starting_in(&doc.times, |x| x.span.start, sent.start, sent.end)
            .iter()
            .find(|x| filed(x) && dates_act(x));
        // An event noun whose relative clause follows it tells of the act ("the attack on a
        // school bus that killed dozens of children in August", «el ataque contra un autobús
        // … que mató a decenas de niños en agosto»): that clause's time dates the noun's act,
        // not the clause the noun stands in. Only a relative right after the noun's phrase
        // (no comma, no other trigger, a few words) whose clause tells an act (a trigger).
        let relative_time = || {
            if rule.voice != crate::lexicon::Voice::Noun {
                return None;
            }
            let o = openers
                .iter()
                .filter(|o| o.0 >= t.end)
                .min_by_key(|o| o.0)?;
            let gap = doc.text.get(t.end..o.0)?;
            if !o.2.relative()
                || gap.contains(|c: char| is_comma(c) || is_semicolon(c))
                || gap.split_whitespace().count() > RELATIVE_NOUN_WORDS
                || starting_in(&hits.triggers, |m| m.start, t.end, o.0)
                    .iter()
                    .any(|m| m.start != t.start)
            {
                return None;
            }
            let rel_end = openers
                .iter()
                .filter(|p| p.0 >= o.1)
                .map(|p| p.0)
                .min()
                .unwrap_or(sent.end);
            if starting_in(&hits.triggers, |m| m.start, o.1, rel_end).is_empty() {
                return None;
            }
            sentence_times
                .iter()
                .copied()
                .filter(|x| x.span.start >= o.1 && x.span.end <= rel_end && dates_act(x))
                .min_by_key(|x| x.span.start)
        };
        let time = sentence_times
            .iter()
            .copied()
            .find(|x| {
                measured_from(doc, hits, x, t) || in_referent_clause(ctx, part, hits, sent, x, t)
            })
            .or_else(relative_time)
            .or_else(|| {
                // Nearest in the grammar before nearest in characters: a time of the trigger's
                // own conjunct — no comma between the two — before one across a comma ("荷兰政府于6月30日公布了…出口管制新规，美国去年10月也出台了…": the
                // Dutch controls are June's, not the American act's October).
                sentence_times
                    .iter()
                    .copied()
                    .filter(|x| x.span.start >= start && x.span.end <= end && dates_act(x))
                    .min_by_key(|x| {
                        (
                            across_conjuncts(doc, x.span, t),
                            x.span.start.abs_diff(t.start),
                        )
                    })
            })
            .or_else(|| {
                // A reported clause with no time of its own is dated by its speech verb's, in the
                // speaker's part of the sentence ("特朗普2日宣布对…征收关税", "Russia on Monday
                // announced it would …").
                let (os, _, kind) = opened_by?;
                if kind != Opener::Speech {
                    return None;
                }
                let from = openers
                    .iter()
                    .filter(|o| o.1 <= os)
                    .map(|o| o.1)
                    .max()
                    .unwrap_or(sent.start);
                starting_in(&doc.times, |x| x.span.start, sent.start, sent.end)
                    .iter()
                    .filter(|x| x.span.start >= from && x.span.end <= os && dates_act(x))
                    .max_by_key(|x| x.span.start)
            })
            .or_else(|| {
                // A time that opens the sentence (after a preposition at most: "On Thursday")
                // sets the scene for all of it: "Last week China's foreign ministry said …,
                // while India's foreign ministry rejected …" dates the rejection too, where its
                // clause names no time of its own.
                sentence_times.first().copied().filter(|x| {
                    x.span.start < start
                        && dates_act(x)
                        && doc.text[sent.start..x.span.start]
                            .split(|c: char| !c.is_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .count()
                            <= 1
                })
            })
            .or(dateline_time);
        let role_date = time.map(|x| x.value.first_day()).or(doc.published_day());
        // A converb closes its own clause: what follows it is the next verb's. (The verb after
        // it keeps the whole clause before it: the subject is shared, and so is a partner
        // named once, "Zarif ile görüşüp anlaşma imzaladı".)
        let chained = converb_end(doc, part, t);
        if let Some(e) = chained {
            end = end.min(e).max(t.end);
        }
        let quote = crate::quotes::direct_quote_holding(doc, Span::new(t.start, t.end));
        let passive_aux = !rule.verbatim
            && rule.voice == crate::lexicon::Voice::Active
            && super::passive::by_auxiliary(ctx, part, t, start, end);
        // The auxiliary that makes the verb passive cues nothing, even where folding makes it
        // a modal's twin (German "wurde", was, and "würde", would).
        let passive = &part.lex.passive;
        let is_passive_aux = |a: &PhraseMatch| {
            let w = &ctx.norm.text()[a.norm_start..a.norm_end];
            passive_aux && passive.before.iter().chain(&passive.after).any(|x| x == w)
        };
        // A history cue inside a time expression is part of the date, and the date itself
        // says whether the act is history: «الأسبوع الماضي» (last week) holds «ماضي» (the
        // past), but tells of last week. (A future cue there — "next", «nächste», «আগামী» —
        // agrees with its date.)
        let history_in_time = |(a, c): &(PhraseMatch, Cue)| {
            *c == Cue::Historical
                && starting_in(&doc.times, |x| x.span.start, sent.start, a.start + 1)
                    .iter()
                    .any(|x| x.span.start <= a.start && a.end <= x.span.end)
        };
        let aux = hits
            .aux
            .iter()
            .filter(|x| {
                in_sentence(x.0.start, x.0.end) && !is_passive_aux(&x.0) && !history_in_time(x)
            })
            .cloned()
            .collect();
        // An event noun an accusation judges ("called the killing a provocation") is not the
        // accuser's act; one praised may be ("called the pact historic"), and a verb
        // coordinated after it ("… and pledged support") keeps its subject.
        let noun = rule.voice == crate::lexicon::Voice::Noun;
        let calls = |from: usize, to: usize| {
            starting_in(&hits.judged, |x| x.0.start, from, to)
                .iter()
                .filter(|(x, v)| noun && *v == Verdict::Bad && x.start != t.start)
                .map(|(x, _)| x.start)
                .collect::<Vec<_>>()
        };
        let converb = is_converb(doc, part, sent, t);
        // The sentence's other triggers, with their patterns.
        let others: Vec<(&PhraseMatch, &[EventRule])> =
            starting_in(&hits.triggers, |x| x.start, sent.start, sent.end)
                .iter()
                .filter(|x| x.start != t.start)
                .map(|x| (x, part.lex.events.values(x.phrase)))
                .collect();
        Some(Clause {
            converb,
            fronted_clause,
            chained: chained.is_some(),
            passive_aux,
            inside_relative,
            closed_at_comma,
            text: &doc.text,
            part,
            trigger: t,
            rule,
            sent,
            start,
            end,
            opened_by,
            by_source: opened_by.is_some_and(|o| hits.sources.contains(&(o.0, o.1))),
            nps,
            quote,
            time,
            role_date,
            aux,
            openers: openers.to_vec(),
            sources,
            // A characterising verb ("calificó el asesinato de «provocación»") governs what it
            // judges as a verbal trigger does: the act is not its subject's.
            triggers: sorted(
                starting_in(&hits.triggers, |x| x.start, sent.start, sent.end)
                    .iter()
                    // "its long-threatened invasion": a verb closing a hyphenated compound is
                    // no act.
                    .filter(|x| {
                        x.start != t.start && !ctx.norm.text()[..x.norm_start].ends_with('-')
                    })
                    .map(|x| x.start)
                    .chain(calls(sent.start, sent.end)),
            ),
            act_words: starting_in(&hits.acts, |a| a.start, sent.start, sent.end).to_vec(),
            measured: starting_in(&hits.measured, |a| a.start, sent.start, sent.end).to_vec(),
            accords: starting_in(&hits.accords, |a| a.start, sent.start, sent.end).to_vec(),
            others: others
                .iter()
                .map(|(x, rules)| Other {
                    span: Span::new(x.start, x.end),
                    verb: rules.iter().all(|r| r.voice != crate::lexicon::Voice::Noun),
                    act: rules.iter().any(|r| {
                        r.voice == crate::lexicon::Voice::Noun && matches!(r.kind.quad(), 2 | 4)
                    }),
                    kind: rules
                        .iter()
                        .find(|r| {
                            r.voice == crate::lexicon::Voice::Noun && matches!(r.kind.quad(), 2 | 4)
                        })
                        .map(|r| r.kind),
                    of_doer: rules
                        .iter()
                        .any(|r| r.voice == crate::lexicon::Voice::Noun && r.of_doer),
                    // (From the trigger's start: "protests against" may be the pattern.)
                    opposed: x.norm_start >= t.norm_end
                        && ctx
                            .norm
                            .text()
                            .get(t.norm_start..x.norm_start)
                            .is_some_and(|gap| {
                                gap.split_whitespace().count() <= OPPOSED_REACH
                                    && part.lex.gap_marks(gap, Case::Against)
                            }),
                })
                .collect(),
            verbal_triggers: sorted(
                starting_in(&hits.triggers, |x| x.start, t.end, sent.end)
                    .iter()
                    .filter(|x| {
                        part.lex
                            .events
                            .values(x.phrase)
                            .iter()
                            .any(|r| r.kind.quad() % 2 == 1)
                    })
                    .map(|x| x.start)
                    .chain(calls(t.end, sent.end)),
            ),
        })
    }

    /// Phrases in the clause before the trigger, in order.
    pub fn before(&self) -> impl Iterator<Item = &Np<'a>> {
        let (s, t) = (self.start, self.trigger.start);
        self.nps
            .iter()
            .filter(move |n| n.start() >= s && n.span().end <= t)
    }

    /// Phrases in the clause after the trigger's first word (inside a gapped trigger too), in
    /// order.
    pub fn after(&self) -> impl Iterator<Item = &Np<'a>> {
        let (t, e) = (self.trigger.start, self.end);
        self.nps
            .iter()
            .filter(move |n| n.start() > t && n.span().end <= e)
    }

    /// The phrase standing right before a relative pronoun that opened the clause: "Pakistan,
    /// which hosted the talks".
    pub fn antecedent(&self) -> Option<&Np<'a>> {
        let (os, _, kind) = self.opened_by?;
        if !kind.relative() {
            return None;
        }
        self.nps
            .iter()
            .rev()
            .find(|n| n.span().end <= os)
            .filter(|n| {
                let gap = &self.text[n.span().end..os];
                gap.trim().trim_matches(is_comma).trim().is_empty()
            })
    }

    /// Is the antecedent the object of the relative clause holding the trigger: the pronoun's
    /// form says so ("whom", «que», «которых»), or, where the subject comes before the verb
    /// (svo, not verb-second), a phrase stands between the pronoun and the verb as its subject
    /// ("the diplomats that Britain expelled")?
    pub fn object_relative(&self) -> bool {
        let Some((os, oe, kind)) = self.opened_by else {
            return false;
        };
        let lex = self.part.lex;
        // A pronoun that also opens reported speech ("that", «que») is a relative only where
        // the verb has no object of its own right after it: the pronoun fills that gap ("a
        // averti Israël que l'Iran attaquerait les États-Unis" is reported speech).
        let word = self.text[os..oe].trim().to_lowercase();
        let ambiguous = lex.words.complementisers.contains(&word);
        let own_object = ambiguous
            && self.after().any(|n| {
                let gap = &self.text[self.trigger.end.min(n.start())..n.start()];
                n.unmarked()
                    && !gap.contains(is_comma)
                    && gap
                        .split_whitespace()
                        .all(|w| lex.words.articles.contains(&w.to_lowercase()))
            });
        self.inside_relative
            && !own_object
            && self.antecedent().is_some_and(|a| a.unmarked())
            && (kind == Opener::ObjectRelative
                || (kind == Opener::Relative
                    && lex.order == dyad_kb::WordOrder::Svo
                    && !lex.verb_second
                    && self.before().any(|n| n.unmarked() && !n.modifier)))
    }

    /// Does the clause begin right after a speech verb and a conjunction ("Erdoğan … açıkladı ve
    /// … sorumlu tuttu", "سپاه … اعلام کرد و هشدار داد")? Then it is not what was said but a
    /// second verb of the speaker's own clause, whose subject it shares.
    pub fn after_speech_and(&self) -> bool {
        let Some((_, oe, Opener::Speech)) = self.opened_by else {
            return false;
        };
        let rest = self.text[oe..self.trigger.start]
            .trim_start_matches(is_space_or_comma)
            .to_lowercase();
        self.part.lex.words.conjunctions.iter().any(|c| {
            rest.strip_prefix(c.as_str())
                .is_some_and(|r| r.starts_with(char::is_whitespace))
        })
    }

    /// Where the clause holding the opener at `os` begins: after the opener before it, else at
    /// the sentence's start.
    pub fn before_opener(&self, os: usize) -> usize {
        self.openers
            .iter()
            .filter(|o| o.1 <= os)
            .map(|o| o.1)
            .max()
            .unwrap_or(self.sent.start)
            .max(self.sent.start)
    }

    /// The subject of the speech verb that opened the clause, read in that verb's own clause:
    /// its first phrase with no case in a verb-final language (where objects and possessors
    /// stand between the subject and the verb), else the nearest before the verb.
    pub fn speech_subject(&self) -> Option<&Np<'a>> {
        let (os, _, Opener::Speech) = self.opened_by? else {
            return None;
        };
        let from = self.before_opener(os);
        let mut own = self
            .nps
            .iter()
            .filter(|n| n.start() >= from && n.span().end <= os && n.unmarked());
        if self.part.lex.order == dyad_kb::WordOrder::Sov {
            own.next()
        } else {
            own.next_back()
        }
    }

    /// The speaker of the clause: when a speech verb stands before the trigger in its sentence
    /// ("X said (that) …", "according to X, …"), the phrase with no case nearest before the verb,
    /// or the first one after a verb that names its source after it.
    /// Is `n` the phrase a source phrase names ("According to OVD-Info, 1,300 were
    /// detained", «по данным ОВД-Инфо, задержаны…»)? Set off by a comma from the rest of the
    /// clause, it is who tells of the act, not who did or suffered it.
    pub fn names_source(&self, n: &Np) -> bool {
        if self.sources.iter().any(|&(_, e)| {
            e <= n.start()
                && self.text.get(e..n.start()).is_some_and(|gap| {
                    !gap.contains(is_comma) && gap.split_whitespace().count() <= 1
                })
        }) {
            return true;
        }
        // The phrase may keep a complement of its own before that comma, with no other
        // phrase in it: «Selon le ministère ukrainien de la Défense, la Russie a…».
        let complement_to_comma = |gap: &str| {
            gap.find(is_comma).is_some_and(|c| {
                let end = n.span().end + c;
                gap[..c].split_whitespace().count() <= SOURCE_COMPLEMENT
                    && !self
                        .nps
                        .iter()
                        .any(|o| o.start() >= n.span().end && o.span().end <= end)
            })
        };
        self.by_source
            && self.opened_by.is_some_and(|(_, oe, _)| {
                oe <= n.start()
                    && self.text[oe..n.start()].split_whitespace().count() <= 1
                    && self
                        .text
                        .get(n.span().end..self.trigger.start)
                        .is_some_and(|gap| {
                            gap.trim_start().starts_with(is_comma) || complement_to_comma(gap)
                        })
            })
    }

    pub fn speaker(&self) -> Option<&Np<'a>> {
        let (os, oe, _) = *self
            .openers
            .iter()
            .filter(|o| o.2 == Opener::Speech && o.1 <= self.trigger.start)
            .max_by_key(|o| o.1)?;
        self.nps
            .iter()
            .rfind(|n| n.span().end <= os && n.start() >= self.sent.start && n.unmarked())
            .or_else(|| {
                self.nps
                    .iter()
                    .find(|n| n.start() >= oe && n.span().end <= self.trigger.start)
            })
    }
}

/// Does the sentence say its act is a first one ("the first visit since 2019", «впервые с»,
/// "首次")? Then a bound in it ("since 2019") is not the act's date. Whole words, except in
/// scripts written without spaces.
fn says_first(sentence: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let folded = dyad_kb::fold_str(sentence);
    words.iter().any(|w| {
        if w.chars().next().is_some_and(dyad_kb::unspaced) {
            folded.contains(w.as_str())
        } else {
            dyad_kb::has_word(&folded, w)
        }
    })
}

/// How many words a dateline's place may have before its date ("WASHINGTON", "NEW DELHI",
/// "RIO DE JANEIRO").
const DATELINE_PLACE_WORDS: usize = 3;

/// Is `x` the date of a dateline run into the sentence starting at `sent_start`: a place of a
/// few words, a comma, the date, then a dash ("WASHINGTON, March 12, 2026 —", «BERLIN, 31.
/// Oktober 2024 —»)?
fn in_dateline(text: &str, sent_start: usize, x: Span) -> bool {
    let (Some(before), Some(after)) = (text.get(sent_start..x.start), text.get(x.end..)) else {
        return false;
    };
    let Some(place) = before.trim_end().strip_suffix(|c: char| is_comma(c)) else {
        return false;
    };
    let words = place.split_whitespace().count();
    (1..=DATELINE_PLACE_WORDS).contains(&words)
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| dyad_kb::punct().is(c, dyad_core::PunctClass::Dash) || c == '-')
}

#[cfg(test)]
mod tests {
    use super::gap_words;

    /// The reach of a copula's judgement: spaced words count one each, characters of an
    /// unspaced script one each, punctuation and quotation marks none.
    #[test]
    fn gap_words_counts_words_and_unspaced_characters() {
        for (gap, want) in [
            ("", 0),
            (" ", 0),
            (" completely ", 1),
            (" a very ", 2),
            ("“", 0),
            (" « ", 0),
            ("典型的", 3),
            (" ein sehr ", 2),
        ] {
            assert_eq!(gap_words(gap), want, "{gap:?}");
        }
    }
}
