//! Source and target from the grammar of the trigger's clause.
//!
//! The subject is an actor phrase with no case before the verb (svo, sov; vso may put it after
//! the verb), or one an agent marker names (Urdu نے, Hindi ने, "by" of a passive); the object is
//! an object-marked phrase (Persian را, Urdu کو, Turkish -ı) or the phrase with no case after
//! the verb (before it in sov). The target is the first of the type's frame cases
//! (`data/events/frames.tsv`, or the pattern's own) that some phrase of the clause has. Settings
//! and topics ("in Moscow", "the situation in Afghanistan") have cases no frame names, so they
//! are never actors; a capital stands for its government only as subject or object.
//!
//! Every assignment says how it was found: `subj>src`, `obj>tgt`, `with>tgt`, `agent>src`,
//! `poss>src`, `of>tgt`, `between`, `conj>tgt`, `quote>src`, `speaker>src`, `rel>src`,
//! `prev>src`, `main>src`, `coord>src` (a verb joined by "and" to a speech verb shares its
//! subject), and from earlier sentences (`discourse`) `pron>src`, `it>src`, `role>src`,
//! `drop>src`, `pair>src` with `pair>tgt`, and `clit>tgt` (an object pronoun's antecedent:
//! "urged it", «le pidió») — appended to the rule id of the event.

use super::clause::Clause;
use super::grammar::Np;
use super::Ctx;
use crate::lexicon::Voice;
use crate::punct::is_comma;
use dyad_core::{Event, Side, Span};
use dyad_core::{PunctClass, PunctSet};
use dyad_kb::{Case, WordOrder};

/// What ends a Chinese modifier clause before its head: a clause or list break or a stop.
const MODIFIER_BREAK: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::ListComma,
    PunctClass::Semicolon,
    PunctClass::Stop,
]);

/// Punctuation that keeps a phrase from standing close after its verb.
const CLOSE_BREAK: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::Semicolon,
    PunctClass::Colon,
    PunctClass::BracketOpen,
]);

/// Punctuation that keeps a complementiser from following its verb (a comma may: Pashto
/// «وویل، چې»).
const COMPLEMENTISER_BREAK: PunctSet = PunctSet::of(&[
    PunctClass::Semicolon,
    PunctClass::Colon,
    PunctClass::Stop,
    PunctClass::BracketOpen,
]);

/// An actor that filled a role, for a later clause whose subject was left out.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub side: Side,
}

impl Actor {
    pub fn of_event(ev: &Event) -> Option<Actor> {
        ev.source.clone().map(|side| Actor { side })
    }
}

/// One reading of who did it to whom.
#[derive(Debug, Clone)]
pub(crate) struct Assignment {
    /// `None`: an agentless passive ("was arrested"), whose doer the text does not name.
    pub source: Option<Side>,
    pub target: Option<Side>,
    /// How each role was found, for the rule id ("subj>src,with>tgt").
    pub path: String,
    /// What guessing cost: 1.0 when the grammar said it outright.
    pub factor: f32,
    /// The source is the grammatical subject of an active verb (a stated intention may be
    /// recoded as a promise or threat only then).
    pub source_is_subject: bool,
}

impl Assignment {
    /// No one named in any role: the doer may still follow from the place (`finish`).
    pub(crate) fn nobody() -> Self {
        Assignment {
            source: None,
            target: None,
            path: "none>src".to_string(),
            factor: 1.0,
            source_is_subject: false,
        }
    }
}

/// Who is the clause's subject, and how it was found.
struct Subject<'c, 'a> {
    np: Option<&'c Np<'a>>,
    how: &'static str,
}

/// May a passive with no agent be coded with its doer unknown? An act done to someone
/// ("was arrested", "wurde festgenommen"), not a meeting or a mutual act (which takes two
/// named sides), nor an imported dictionary's pattern (PETRARCH codes dyads only), nor a visit
/// coded with the host as source.
fn agentless(ctx: &Ctx, clause: &Clause) -> bool {
    !clause.rule.verbatim
        && clause.rule.kind != dyad_core::EventType::Consult
        && !ctx.lexicon.mutual(clause.rule.kind)
        && clause.rule.cameo.as_deref() != Some("043")
}

/// The trigger's voice in this clause. A pattern written as a noun that stands right after a
/// modal or tense cue is a verb there: "they would attack Paris", "will blockade the port",
/// "did not attack" (English writes many verbs and nouns alike).
fn voice(clause: &Clause) -> Voice {
    let after_cue = || {
        // (A cue of tense alone, "had", is also a full verb: "had talks" stays a noun.)
        clause.aux.iter().any(|(a, c)| {
            *c != crate::lexicon::Cue::Earlier
                && a.end <= clause.trigger.start
                && clause.text[a.end..clause.trigger.start].trim().is_empty()
        })
    };
    if clause.rule.voice == Voice::Noun && after_cue() {
        Voice::Active
    } else if clause.rule.voice == Voice::Active
        && ((clause.rule.verbatim && passive_form(clause))
            || passive_vowel(clause)
            || unwritten_passive(clause)
            || counted_passive(clause)
            || clause.passive_aux)
    {
        Voice::Passive
    } else {
        clause.rule.voice
    }
}

/// An imported verb pattern read in the passive: a form of "be" right before the verb (an
/// adverb may stand between) and a by-phrase after it ("Eriador was fiercely opposed by
/// Osgiliath"). Without a by-phrase the subject stays the source, as PETRARCH codes it.
fn passive_form(clause: &Clause) -> bool {
    let aux = &clause.part.lex.passive.before;
    let is_aux = |w: &str| aux.iter().any(|a| *a == w.to_lowercase());
    let before: Vec<&str> = clause.text[clause.start..clause.trigger.start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let be = before.first().is_some_and(|w| is_aux(w))
        || (before.len() == 2 && before[0].ends_with("ly") && is_aux(before[1]));
    be && clause.after().any(|n| n.has(Case::Agent))
}

/// A verb whose passive is a vowel the script mostly leaves unwritten (Arabic اعتقل is both
/// "arrested" and "was arrested"), with an agent phrase right after the phrase that follows
/// it: "by the police" (من قبل، على يد) names the doer of a passive, so the verb is one
/// («اعتقل صحفي أمريكي من قبل الشرطة»). An agent phrase further on belongs to a verbal noun
/// of the object («أدانت مصر مقتل جنود على يد مسلحين»: the killing was by the gunmen).
fn unwritten_passive(clause: &Clause) -> bool {
    if clause.part.lex.passive_marks.is_empty() || clause.rule.verbatim {
        return false;
    }
    let mut after = clause.after().filter(|n| n.is_actor);
    let (Some(first), Some(agent)) = (after.next(), after.next()) else {
        return false;
    };
    let gap = clause
        .text
        .get(first.span().end..agent.start())
        .unwrap_or("");
    !first.has(Case::Agent)
        && agent.has(Case::Agent)
        && !gap.contains(crate::punct::is_comma)
        && gap.split_whitespace().count() <= 3
}

/// An unvowelled perfect verb that opens its sentence with a count right after it (Arabic
/// «قتل خمسة فلسطينيين», «اعتقل 20 شخصا»): a passive, the counted ones acted on. In the
/// verb-first order an active verb has its subject, a named doer, right after it («قتل
/// الجيش خمسة»); news grammar puts no bare number there. Not a form with a subject ending
/// («اعتقلت 20»: she/it arrested, a pronoun subject carried from before) nor an imperfect,
/// and not a verb with anything before it in its sentence (a subject, «إنه», a coordinated
/// verb's) but a time and a conjunction written onto it.
fn counted_passive(clause: &Clause) -> bool {
    let lex = clause.part.lex;
    if lex.passive_counted.is_empty() || clause.rule.verbatim {
        return false;
    }
    let Some(trigger) = clause.text.get(clause.trigger.start..clause.trigger.end) else {
        return false;
    };
    let mut words = trigger.split_whitespace();
    let (Some(verb), None) = (words.next(), words.next()) else {
        return false;
    };
    let verb = dyad_kb::fold_str(verb);
    // (A conjunction is written onto the word: وقتل.)
    let bare = lex
        .verb_conjunctions
        .iter()
        .find_map(|c| verb.strip_prefix(c.as_str()))
        .filter(|v| v.chars().count() >= 3)
        .unwrap_or(&verb);
    if bare.starts_with(|c: char| lex.passive_not_on.contains(&c))
        || lex
            .verb_subject_endings
            .iter()
            .any(|e| bare.ends_with(e.as_str()))
    {
        return false;
    }
    // Nothing before the verb in its sentence but its time.
    let Some(before) = clause.text.get(clause.sent.start..clause.trigger.start) else {
        return false;
    };
    let before = match clause.time {
        Some(t) if t.span.start >= clause.sent.start && t.span.end <= clause.trigger.start => {
            format!(
                "{}{}",
                &clause.text[clause.sent.start..t.span.start],
                &clause.text[t.span.end..clause.trigger.start]
            )
        }
        _ => before.to_string(),
    };
    // (A conjunction written onto the verb may stand outside the trigger: و|قتل.)
    let before = lex
        .verb_conjunctions
        .iter()
        .find_map(|c| before.strip_suffix(c.as_str()))
        .unwrap_or(&before);
    if before.chars().any(char::is_alphanumeric) {
        return false;
    }
    let next = clause.text[clause.trigger.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    next.starts_with(|c: char| c.is_numeric())
        || lex.passive_counted.contains(&dyad_kb::fold_str(next))
}

/// A verb its vowel marks as passive: the language's passive mark on the trigger's first
/// letter (Arabic قُتل "was killed" beside قتل "killed"), not on an imperfect prefix.
fn passive_vowel(clause: &Clause) -> bool {
    let lex = clause.part.lex;
    let mut chars = clause.text[clause.trigger.start..].chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(mark)) => {
            lex.passive_marks.contains(&mark) && !lex.passive_not_on.contains(&first)
        }
        _ => false,
    }
}

fn order_of(clause: &Clause) -> WordOrder {
    clause.part.lex.order
}

/// The subject phrase of the clause.
fn subject<'c, 'a>(clause: &'c Clause<'a>) -> Subject<'c, 'a> {
    // An adverbial participle has no subject phrase: the phrase before it is its clause's
    // object ("attacked a convoy, killing three soldiers").
    if clause.converb {
        return Subject { np: None, how: "" };
    }
    // A participle or verbal noun has its subject in the genitive (Turkish "Türkiye'nin de
    // kınadığı saldırı"), not the sentence's subject.
    if let Some(g) = genitive_subject(clause) {
        return Subject {
            np: Some(g),
            how: "gen",
        };
    }
    // An agent marker names the doer wherever it stands (Urdu نے, Hindi ने); an imported
    // English dictionary's "by" before the verb belongs to a noun ("an attack by X").
    // (In a verb-final language a clause joined after a comma by a conjunction has an agent of
    // its own: "کارکنوں نے احتجاج کیا، اور … مظاہرین نے … پر دھاوا بول دیا", the workers
    // protested, and the protesters stormed …; the first clause's agent did not storm.)
    let joined = coordinated_clause_start(clause);
    if let Some(a) = clause
        .before()
        .filter(|n| n.start() >= joined)
        .find(|n| n.has(Case::Agent))
        .or_else(|| clause.before().find(|n| n.has(Case::Agent)))
        .filter(|_| !clause.rule.verbatim)
    {
        return Subject {
            np: Some(a),
            how: "agent",
        };
    }
    let object_relative = clause.object_relative();
    // (A pronoun whose form is an object's is never its clause's subject.)
    let subject_relative = clause
        .opened_by
        .is_some_and(|o| o.2 == super::clause::Opener::Relative);
    if let Some(a) = clause
        .antecedent()
        .filter(|_| !object_relative && subject_relative)
    {
        return Subject {
            np: Some(a),
            how: "rel",
        };
    }
    // In a verb-first language the phrase right after a speech verb is who speaks, not the
    // subject of what was said ("صرّح به فومين عقب اجتماع …").
    // But a verbal noun right after that phrase, with no complementiser between (a time at
    // most), is the speech verb's object, an act the speaker announces as its own: «أعلنت
    // روسيا طرد السفير البريطاني» (Russia announced the ambassador's expulsion).
    // (Not a noun pattern's: whose doer a noun of killing names is read in `noun`.)
    let announced = |n: &Np| {
        if voice(clause) == Voice::Noun {
            return false;
        }
        let gap = clause
            .text
            .get(n.span().end..clause.trigger.start)
            .unwrap_or("");
        let gap = match clause.time {
            Some(t) if t.span.start >= n.span().end && t.span.end <= clause.trigger.start => {
                let (a, b) = (t.span.start - n.span().end, t.span.end - n.span().end);
                format!("{} {}", &gap[..a], &gap[b..])
            }
            _ => gap.to_string(),
        };
        gap.trim().is_empty()
    };
    let speaker_after_verb = |n: &Np| {
        order_of(clause) == WordOrder::Vso
            && clause.opened_by.is_some_and(|(_, oe, kind)| {
                kind == super::clause::Opener::Speech
                    && clause.text[oe..n.start()].split_whitespace().count() <= 1
            })
            && !announced(n)
    };
    // In a verb-first language a verb written with a conjunction right after a comma, with a
    // subject and an object of its own after it ("…، وطردت القاهرة السفير التركي"), opens a
    // clause of its own: a phrase before the comma belongs to the clause before. (With one
    // phrase after it, that phrase is the object and the subject carries on: "…، وأمهل أعضاء
    // البعثة 48 ساعة".)
    let own_subject_after = || clause.after().filter(|n| n.unmarked()).count() >= 2;
    let across_comma = |n: &Np| {
        order_of(clause) == WordOrder::Vso
            && own_subject_after()
            && clause
                .text
                .get(n.span().end..clause.trigger.start)
                .and_then(|gap| gap.rfind(is_comma).map(|i| &gap[i..]))
                .is_some_and(|rest| {
                    let rest = rest.trim_start_matches(is_comma).trim();
                    clause.part.lex.words.conjunctions.contains(rest)
                })
    };
    // Verb-second: a first place that holds no subject puts the subject after the finite
    // verb ("Am Montag bestellte das Auswärtige Amt den Botschafter ein").
    if let Some(np) = inverted_subject(clause) {
        return Subject { np, how: "subj" };
    }
    // A second clause joined by a conjunction, with its own subject right before its verb
    // ("China met India and Pakistan rejected the claims"): that phrase, not the first
    // clause's subject.
    if let Some(n) = second_clause_subject(clause) {
        return Subject {
            np: Some(n),
            how: "subj",
        };
    }
    // A country's adjective after a noun ("los cereales ucranianos") is not who acts.
    if let Some(s) = clause.before().find(|n| {
        n.unmarked()
            && !n.modifier
            && !speaker_after_verb(n)
            && !across_comma(n)
            && !clause.names_source(n)
    }) {
        return Subject {
            np: Some(s),
            how: "subj",
        };
    }
    // The head a modifier clause closes ("入侵乌克兰的俄罗斯军队": the Russian troops that
    // invaded Ukraine) is its subject when none stands before the verb.
    if let Some(h) = modifier_head(clause) {
        return Subject {
            np: Some(h),
            how: "head",
        };
    }
    // A verb-final language that may close a sentence on its subject (Bengali "শেখ হাসিনাকে
    // মৃত্যুদণ্ড দিয়েছেন ট্রাইব্যুনাল", the tribunal sentenced Sheikh Hasina to death): with none
    // before the verb, the unmarked phrase after it with nothing but punctuation (or the
    // number of its name, "ট্রাইব্যুনাল-১") after it.
    if clause.part.lex.postposed_subject && order_of(clause) == WordOrder::Sov {
        let last = clause
            .after()
            .filter(|n| n.unmarked() && !n.modifier)
            .last()
            .filter(|n| {
                clause
                    .text
                    .get(n.span().end..clause.end)
                    .is_some_and(|rest| {
                        !rest
                            .chars()
                            .any(|c| dyad_kb::is_word_char(c) && !c.is_numeric())
                    })
            });
        if let Some(s) = last {
            return Subject {
                np: Some(s),
                how: "subj",
            };
        }
    }
    // An object relative with its subject after the verb (Russian «которых выслала
    // Великобритания»). A verb that takes no object (its pattern's target cases leave out
    // `object`: taking part is in something, with someone), in a subject-verb-object language
    // whose verbs need no subject phrase before them, has its subject after it when none
    // stands before: «В нём приняли участие спецпредставители России». (In a verb-final
    // language what follows the verb is another clause's.)
    let takes_no_object = clause.part.lex.pro_drop
        && order_of(clause) == WordOrder::Svo
        && !clause.rule.verbatim
        && clause
            .rule
            .target
            .as_ref()
            .is_some_and(|t| !t.contains(&Case::Object));
    if order_of(clause) == WordOrder::Vso || object_relative || takes_no_object {
        if let Some(s) = clause.after().find(|n| n.unmarked() && !n.modifier) {
            return Subject {
                np: Some(s),
                how: "subj",
            };
        }
    }
    // "Thousands of Iraqi Kurds demonstrated": a quantity's complement is the subject when
    // it is the clause's first phrase (not a possessor sharing its noun's case, "ایف سی کے
    // قافلے پر": grammar.rs).
    // (Nor the possessor of an event noun between it and the verb: in "اسرائیل کے شام پر
    // حملے میں پانچ افراد ہلاک ہوئے" Israel is the attack's, not the killed.)
    // (Not in a language whose genitive subject belongs to a participle or verbal noun only,
    // `[grammar] genitive_subject_endings`: a finite verb's subject is unmarked there, and a
    // genitive first in its clause owns a noun after it — "yaptığı açıklamada İsrail'in bu
    // saldırısını kınadı" is the speaker's condemnation of Israel's attack.)
    let genitive_is_no_subject = !clause.part.lex.genitive_subject_endings.is_empty();
    if let Some(s) = clause.before().next().filter(|n| {
        !genitive_is_no_subject && n.has(Case::Of) && !n.owns_marked && !owns_event_noun(clause, n)
    }) {
        return Subject {
            np: Some(s),
            how: "subj-of",
        };
    }
    Subject { np: None, how: "" }
}

/// Where, in a verb-final clause, the last clause joined by a comma and a conjunction before the
/// trigger begins ("…، اور …", ", और …"): its own phrases stand after it. The clause's start
/// when there is none.
fn coordinated_clause_start(clause: &Clause) -> usize {
    if order_of(clause) != WordOrder::Sov {
        return clause.start;
    }
    let conjunctions = &clause.part.lex.words.conjunctions;
    let (s, t) = (clause.start, clause.trigger.start.max(clause.start));
    let Some(text) = clause.text.get(s..t) else {
        return clause.start;
    };
    text.char_indices()
        .filter(|&(_, c)| is_comma(c))
        .filter(|&(i, c)| {
            let rest = text[i + c.len_utf8()..].trim_start();
            rest.split_whitespace()
                .next()
                .is_some_and(|w| conjunctions.contains(dyad_kb::fold_str(w).as_str()))
        })
        .map(|(i, _)| s + i)
        .next_back()
        .unwrap_or(clause.start)
}

/// Is the genitive phrase `n` the possessor of an event noun standing between it and the
/// clause's trigger ("اسرائیل کے شام پر حملے میں … ہلاک ہوئے", "د افغانستان … زېرمې آزادې")?
/// Then it is that act's, neither the subject nor the one acted on of the verb after.
/// The noun must be the genitive's own: right after it (past its marker), or past one phrase
/// the noun's own case marks ("کے شام پر"); "د طالبانو حکومت د پاکستان بریدونه" is the
/// government's, and the Taliban's phrase stays the subject.
fn owns_event_noun(clause: &Clause, n: &Np) -> bool {
    let words = |a: usize, b: usize| {
        clause
            .text
            .get(a..b)
            .map_or(usize::MAX, |g| g.split_whitespace().count())
    };
    clause
        .others
        .iter()
        .filter(|o| !o.verb && o.span.start >= n.span().end && o.span.start < clause.trigger.start)
        .any(|o| {
            let (from, to) = (n.span().end, o.span.start);
            if clause
                .text
                .get(from..to)
                .is_none_or(|g| g.contains(is_comma))
            {
                return false;
            }
            let mut between = clause
                .nps
                .iter()
                .filter(|m| m.start() >= from && m.span().end <= to);
            match (between.next(), between.next()) {
                (None, _) => words(from, to) <= 1,
                (Some(m), None) => {
                    !m.unmarked()
                        && !m.has(Case::Of)
                        && words(from, m.start()) <= 1
                        && words(m.span().end, to) <= 2
                }
                _ => false,
            }
        })
}

/// The subject of a verb-second main clause whose first place holds no subject, when the
/// trigger is its finite verb: a subordinate clause ("Weil …, verhängte die EU Sanktionen"),
/// or a phrase opened by a closed-class word that opens no subject (`[grammar]
/// first_place_subject`: a preposition, an object's article, an adverb — "Am Montag
/// bestellte das Auswärtige Amt …", "Den Botschafter empfing der Präsident"). The subject is
/// then the first unmarked phrase right after the verb, or none (a pronoun there, "Am Montag
/// empfing er …", is left to the pronoun rules): the phrases of the first place are not it.
/// `None` when the rule does not apply. (A first place opened by a noun or a name may be the
/// subject, "Der Politiker kritisierte die Regierung Russlands": then nothing changes.)
fn inverted_subject<'c, 'a>(clause: &'c Clause<'a>) -> Option<Option<&'c Np<'a>>> {
    let lex = clause.part.lex;
    if !lex.verb_second
        || clause.rule.verbatim
        || clause.rule.voice == Voice::Noun
        || !matches!(voice(clause), Voice::Active | Voice::Recip)
    {
        return None;
    }
    let first_place = &clause.text[clause.start..clause.trigger.start];
    let words: Vec<String> = first_place
        .split(|c: char| !dyad_kb::is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(dyad_kb::fold_str)
        .collect();
    // A coordinating conjunction stands before the first place ("und am Montag verhängte …").
    let words = match words.first() {
        Some(w) if lex.words.conjunctions.contains(w) || w == "aber" || w == "doch" => &words[1..],
        _ => &words[..],
    };
    let applies = if clause.fronted_clause {
        words.is_empty()
    } else {
        clause.opened_by.is_none()
            && !first_place.contains(is_comma)
            && words.first().is_some_and(|w| {
                lex.words.function.contains(w)
                    && !lex.first_place_subject.contains(w)
                    && !lex.words.conjunctions.contains(w)
            })
            && !words.iter().any(|w| lex.finite_auxiliaries.contains(w))
    };
    if !applies {
        return None;
    }
    // The finite verb is the trigger's first word.
    let rest = &clause.text[clause.trigger.start..];
    let verb_end = clause.trigger.start + rest.find(char::is_whitespace).unwrap_or(rest.len());
    let next_word = clause.text[verb_end..]
        .split_whitespace()
        .next()
        .map(|w| dyad_kb::fold_str(w.trim_matches(|c: char| !dyad_kb::is_word_char(c))));
    if next_word.is_some_and(|w| {
        lex.words.pronouns.contains(&w)
            || lex.first_place_subject.contains(&w) && {
                // A pronoun: a nominative word that is no article ("er", "es", "man").
                !lex.words.articles.contains(&w) && !lex.words.definite.contains(&w)
            }
    }) {
        return Some(None);
    }
    Some(
        clause
            .after()
            .filter(|n| n.start() >= verb_end)
            .find(|n| n.unmarked() && !n.modifier && !n.possessor && !clause.names_source(n))
            .filter(|n| within(clause, verb_end, n.start(), 3)),
    )
}

/// The noun a modifier clause holding the trigger closes on: in a language whose modifiers
/// stand before their noun and end with a particle (Chinese 的), the first phrase after the
/// trigger with that particle right before it and no punctuation between.
fn modifier_head<'c, 'a>(clause: &'c Clause<'a>) -> Option<&'c Np<'a>> {
    let close = &clause.part.lex.modifier_close;
    if close.is_empty() {
        return None;
    }
    clause
        .after()
        .filter(|n| n.start() >= clause.trigger.end)
        .map(|n| (n, clause.text[clause.trigger.end..n.start()].trim_end()))
        .take_while(|(_, gap)| !gap.contains(dyad_kb::punct().any(MODIFIER_BREAK)))
        .find(|(_, gap)| close.iter().any(|p| gap.ends_with(p.as_str())))
        .map(|(n, _)| n)
}

/// The direct object of the clause (not the subject).
fn object<'c, 'a>(clause: &'c Clause<'a>, subject: Option<&Np>) -> Option<&'c Np<'a>> {
    let is_subject = |n: &Np| subject.is_some_and(|s| s.span() == n.span());
    // The antecedent of an object relative ("the diplomats whom Britain expelled"), and the
    // head a modifier clause closes when its subject stands before the verb ("俄罗斯入侵的
    // 乌克兰城市": the Ukrainian city Russia invaded).
    if clause.object_relative() {
        if let Some(a) = clause.antecedent().filter(|a| !is_subject(a)) {
            return Some(a);
        }
    }
    if let Some(h) = subject
        .filter(|s| s.span().end <= clause.trigger.start)
        .and(modifier_head(clause))
        .filter(|h| !is_subject(h))
    {
        return Some(h);
    }
    let in_clause = |n: &&Np| n.start() >= clause.start && n.span().end <= clause.end;
    if let Some(o) = clause
        .nps
        .iter()
        .filter(in_clause)
        .find(|n| n.has(Case::Object) && !is_subject(n) && !clause.names_source(n))
    {
        return Some(o);
    }
    // A phrase inside the trigger is its object, whatever marker the pattern spells ("called
    // on Russia to", "gave Tanzania aid"); a possessor there is not ("suspended Russia's
    // participation in …").
    let inside = |n: &&Np| {
        n.start() > clause.trigger.start && n.span().end <= clause.trigger.end && !n.possessor
    };
    if let Some(o) = clause.nps.iter().filter(inside).find(|n| !is_subject(n)) {
        return Some(o);
    }
    let before_verb = || {
        clause
            .before()
            .filter(|n| n.unmarked() && !is_subject(n) && !clause.names_source(n))
            .filter(|n| after_subject(clause, subject, n))
            .last()
    };
    match order_of(clause) {
        // The object follows the verb closely: a few words, no punctuation between ("accused
        // Pakistan of", "met the Pakistani delegation"; not "…, a newspaper said").
        WordOrder::Svo | WordOrder::Vso => {
            // In a verb-first clause the object follows the subject that follows the verb
            // ("استقبل الرئيس المصري السيسي نظيره التركي أردوغان"): its distance counts from there.
            let from = subject
                .filter(|s| order_of(clause) == WordOrder::Vso && s.start() > clause.trigger.start)
                .map(|s| {
                    conjuncts(clause, s)
                        .iter()
                        .map(|c| c.span().end)
                        .fold(s.span().end, usize::max)
                });
            let close = |n: &&Np| match from {
                Some(f) if f <= n.start() => close_from(clause, f, n),
                _ => close_after(clause, n),
            };
            let candidates = || {
                clause
                    .after()
                    .filter(|n| {
                        n.unmarked() && !n.possessor && !is_subject(n) && !clause.names_source(n)
                    })
                    .filter(close)
            };
            // A country's adjective after a noun ("نظيره التركي X") is the object only when no
            // phrase of its own follows close.
            candidates()
                .find(|n| !n.modifier)
                .or_else(|| candidates().next())
        }
        // Verb-second: a participle or infinitive that closes the clause has its object
        // before it ("Deutschland hat afghanische Straftäter abgeschoben").
        .or_else(|| verb_second(clause).then(before_verb).flatten()),
        // (After a genitive subject, whose clause begins with it: "Rusya, Ukrayna'nın Kursk
        // bölgesine saldırdığını açıkladı".)
        WordOrder::Sov => clause
            .before()
            .filter(|n| n.unmarked() && !is_subject(n))
            .filter(|n| {
                subject.is_none_or(|s| !s.has(Case::Of)) || after_subject(clause, subject, n)
            })
            .last(),
    }
}

/// Does `n` stand after the subject and its conjuncts ("Merkel und Macron haben …")?
fn after_subject(clause: &Clause, subject: Option<&Np>, n: &Np) -> bool {
    subject.is_none_or(|s| {
        let end = conjuncts(clause, s)
            .iter()
            .map(|c| c.span().end)
            .max()
            .unwrap_or(s.span().end)
            .max(s.span().end);
        n.start() >= end
    })
}

/// Is the trigger a verb form that closes its clause in a verb-second language (a participle,
/// an infinitive: "hat … abgeschoben", "will … anerkennen"), with no unmarked phrase right
/// after it?
fn verb_second(clause: &Clause) -> bool {
    clause.part.lex.verb_second
        && voice(clause) == Voice::Active
        && !clause
            .after()
            .any(|n| n.unmarked() && close_after(clause, n))
}

/// Does `n` follow the trigger within a few words, with no punctuation between?
fn close_after(clause: &Clause, n: &Np) -> bool {
    close_from(clause, clause.trigger.end, n)
}

/// Does `n` follow `from` (the trigger, or in vso the subject after it) within a few words,
/// with no punctuation between?
fn close_from(clause: &Clause, from: usize, n: &Np) -> bool {
    within(clause, from.min(n.start()), n.start(), 5)
}

/// Do at most `reach` words, and no punctuation that closes a phrase, stand in `[from, to)`?
fn within(clause: &Clause, from: usize, to: usize, reach: usize) -> bool {
    let gap = &clause.text[from..to];
    gap.split_whitespace().count() <= reach && !gap.contains(dyad_kb::punct().any(CLOSE_BREAK))
}

/// The first phrase of the clause that has `case`, other than `exclude`: after the trigger
/// first in languages with prepositions, before it first in verb-final ones.
fn with_case<'c, 'a>(clause: &'c Clause<'a>, case: Case, exclude: &[&Np]) -> Option<&'c Np<'a>> {
    // A preposition meaning "in" or "to" (Russian в, French à) gives a target only for a visit.
    let ambiguous_in = |n: &Np| {
        case == Case::To && n.has(Case::In) && clause.rule.kind != dyad_core::EventType::Consult
    };
    // The author of the object ("calls by X", "an offer from X", "the proposal of X") stands
    // close to it.
    let author = matches!(case, Case::Agent | Case::From | Case::Of);
    let close = |n: &Np| {
        !author
            || clause.text[clause.trigger.end.min(n.start())..n.start()]
                .split_whitespace()
                .count()
                <= 6
    };
    // In a verb-final clause a phrase standing right before another verb or event noun is that
    // one's argument: "Washington'a Gülen'i Türkiye'ye iade etmesi çağrısında bulundu" (the
    // extradition is to Türkiye, the call to Washington).
    let of_other_verb = |n: &Np| {
        order_of(clause) == WordOrder::Sov
            && clause.triggers.iter().any(|&x| {
                x < clause.trigger.start
                    && x >= n.span().end
                    // (past the ending written onto the name: "Türkiye'ye")
                    && clause.text[n.span().end..x]
                        .trim_start_matches(|c: char| !c.is_whitespace())
                        .trim()
                        .is_empty()
            })
    };
    let ok = |n: &&Np| {
        n.has(case)
            && close(n)
            && !ambiguous_in(n)
            && !of_other_verb(n)
            && !clause.names_source(n)
            && !exclude.iter().any(|x| x.span() == n.span())
            // A capital stands for its government only as subject, object or destination
            // ("visited Islamabad", "a visit to Islamabad", "arrived in Islamabad": `in` is a
            // target only where a pattern names it), or as the one a request is made of,
            // whom many languages mark as "from" (له اسلام اباد وغوښتل, اسلام آباد سے مطالبہ),
            // or as the partner of a cooperative act ("a deal with Tehran", «با تهران به توافق»).
            && (!n.is_capital
                || matches!(case, Case::To | Case::In)
                || (case == Case::From && clause.rule.kind == dyad_core::EventType::Request)
                || (case == Case::With && clause.rule.kind.quad() <= 2))
    };
    let after = || clause.after().find(ok);
    let before = || clause.before().filter(ok).last();
    match order_of(clause) {
        WordOrder::Sov => before().or_else(after),
        _ => after().or_else(before),
    }
}

/// The target by the frame: the first frame case some phrase has. Returns the phrase and the
/// case's name.
fn frame_target<'c, 'a>(
    ctx: &Ctx,
    clause: &'c Clause<'a>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<(&'c Np<'a>, &'static str)> {
    if clause.rule.verbatim {
        return dictionary_target(clause, subject, exclude);
    }
    let cases = ctx.lexicon.target_cases(clause.rule.kind, clause.rule);
    let noun = voice(clause) == Voice::Noun;
    // An accusation of an act accuses its doer: "condemned Israel's attacks on Iran",
    // "İsrail'in İran'a yönelik saldırılarını kınadı" (Israel, not Iran); so does a reaction
    // to an act (data/events/reactions.tsv: "called for an end to Israel's strikes").
    let reaction = ctx
        .lexicon
        .answers(clause.rule.kind, clause.rule.mode.as_deref())
        .is_some();
    if (clause.rule.kind == dyad_core::EventType::Accuse || reaction) && !noun {
        if let Some(n) = act_doer(clause, answered_act(ctx, clause), subject, exclude) {
            return Some((n, "doer"));
        }
    }
    // The one an answered act was done to, or its place, is no target of the reaction
    // ("condemned the attack on Pakistani peacekeepers"); its "by" phrase is its doer.
    let act = answered_act(ctx, clause);
    let of_act = |n: &Np| act.is_some_and(|a| act_participant(clause, a, n));
    for &c in cases {
        // An event noun takes no direct object: its target stands in a case ("attack on").
        if noun && c == Case::Object {
            continue;
        }
        let found = if c == Case::Object {
            object(clause, subject).filter(|o| !exclude.iter().any(|x| x.span() == o.span()))
        } else {
            with_case(clause, c, exclude)
        };
        if let Some(n) = found.filter(|n| !of_act(n)) {
            return Some((n, if c == Case::Object { "obj" } else { c.as_str() }));
        }
    }
    // A threat's target is whoever its condition names: "threatened to … if Hamas ran",
    // "… unless President Oueddei arranged a ceasefire".
    if clause.rule.kind == dyad_core::EventType::Threaten {
        if let Some(n) = condition_party(clause, subject, exclude) {
            return Some((n, "if"));
        }
    }
    if let Some(n) = act.and_then(|a| act_agent(clause, a, exclude)) {
        return Some((n, "act-by"));
    }
    if let Some(n) = complement_party(ctx, clause, subject, exclude) {
        return Some((n, "that"));
    }
    next_actor(clause, subject, exclude)
        .filter(|n| !of_act(n))
        .map(|n| (n, "next"))
}

/// How many words may stand between a reaction's verb and the act that is its object
/// ("condemned in the strongest terms the deadly attack"; in vso its subject stands between:
/// «أدانت وزارة الخارجية المصرية الهجوم»).
const ACT_REACH: usize = 7;

/// How many words may stand between an answered act and the verb after it in a verb-final
/// language (a case ending or a light verb's noun: "حملے کی مذمت کی", «حمله … را محکوم کرد»
/// has the act's own complement between, which belongs to the act).
const ACT_BEFORE_REACH: usize = 8;

/// The act a reaction has as its object (data/events/reactions.tsv): an event noun of
/// material cooperation or conflict standing as the verb's object — after it, with no actor
/// but the subject between ("condemned the attack on …"), or before it in a verb-final
/// language, with no clause break between ("سفارت خانے پر حملے کی مذمت کی").
pub(super) fn answered_act(ctx: &Ctx, clause: &Clause) -> Option<Span> {
    ctx.lexicon
        .answers(clause.rule.kind, clause.rule.mode.as_deref())?;
    if clause.rule.verbatim || voice(clause) == Voice::Noun {
        return None;
    }
    let verb = clause.trigger;
    let subject = subject(clause).np.map(Np::span);
    // (Not past a conjunction or another trigger: "criticised the reversal and recalled the
    // bombings" answers the reversal.)
    let conjunctions = &clause.part.lex.words.conjunctions;
    let clear = |from: usize, to: usize, reach: usize| {
        within(clause, from, to, reach)
            && !clause.text[from..to]
                .split_whitespace()
                .any(|w| conjunctions.iter().any(|c| c.as_str() == w.to_lowercase()))
            && !clause.triggers.iter().any(|&x| from <= x && x < to)
    };
    let no_actor_between = |from: usize, to: usize| {
        !clause.nps.iter().any(|n| {
            n.is_actor && from <= n.start() && n.span().end <= to && Some(n.span()) != subject
        })
    };
    // Verb-second: a participle or infinitive that closes its clause has its object before it,
    // after the subject ("Die Bundesregierung hat den Angriff scharf verurteilt", "Berlin will
    // die Hinrichtung nicht hinnehmen").
    let closes = verb_second(clause);
    let after_subject = |x: &Span| subject.is_none_or(|s| s.end <= x.start);
    clause.acts().find(|x| {
        if order_of(clause) == WordOrder::Sov {
            x.end <= verb.start && clear(x.end, verb.start, ACT_BEFORE_REACH)
        } else if closes && x.end <= verb.start {
            after_subject(x)
                && clear(x.end, verb.start, ACT_REACH)
                && no_actor_between(x.end, verb.start)
        } else {
            x.start >= verb.end
                && clear(verb.end, x.start, ACT_REACH)
                && no_actor_between(verb.end, x.start)
        }
    })
}

/// How many words may stand between a measure's trigger and the noun of what it is about on
/// the trigger's own side ("banned with immediate effect the export of wheat", «गेहूं के निर्यात
/// पर तत्काल प्रभाव से रोक लगा दी»), or before an event noun ("the wheat export ban").
const MEASURED_REACH: usize = 5;
const MEASURED_NOUN_REACH: usize = 2;

/// Is the trigger's object a measure or an act rather than a party (frames.tsv's `alone`:
/// `measured`, `acts`)? A noun of `[words] measured` ("exports", "border crossing"), or where
/// the frame says `acts` of `[words] accords` ("agreement") or of a step taken (`[words] acts`:
/// "the announcement"), inside the trigger ("export ban",
/// "出口管制") or standing as its object: after a verb with no actor, other trigger, conjunction
/// or closing mark between ("welcomed the agreement", «رحّب بالإعلان»), before it in a
/// verb-final language ("गेहूं के निर्यात पर … रोक लगा दी"), or on either side of an event noun
/// ("the ban on wheat exports", "the wheat export ban"). An object that is a party ("banned
/// the minister", "welcomed Iran"), or a party between, is no measure: the verb's recipient
/// was not read, and the act is not coded without it.
fn measured_object(ctx: &Ctx, clause: &Clause, subject: Option<Span>) -> Option<Measured> {
    let t = clause.trigger;
    let conjunctions = &clause.part.lex.words.conjunctions;
    let clear = |from: usize, to: usize, reach: usize| {
        from <= to
            && clause.start <= from
            && to <= clause.end
            && within(clause, from, to, reach)
            && !clause.text[from..to]
                .split_whitespace()
                .any(|w| conjunctions.iter().any(|c| c.as_str() == w.to_lowercase()))
            && !clause.triggers.iter().any(|&x| from <= x && x < to)
            && !clause.nps.iter().any(|n| {
                n.is_actor && from <= n.start() && n.span().end <= to && Some(n.span()) != subject
            })
    };
    let noun = voice(clause) == Voice::Noun;
    let verb_final = order_of(clause) == WordOrder::Sov;
    // A support is of an agreement or a step taken ("welcomed the agreement"); a sanction or a
    // coercion shuts trade or traffic ("banned wheat exports"): one bans no decision, and
    // suspending an agreement acts on its parties.
    let on_acts = ctx.lexicon.stands_on_steps(clause.rule.kind);
    let (nouns, steps): (&[Span], &[Span]) = if on_acts {
        (&clause.accords, &clause.act_words)
    } else {
        (&clause.measured, &[])
    };
    let mut words = nouns
        .iter()
        .map(|&m| (m, Measured::Measure))
        .chain(steps.iter().map(|&m| (m, Measured::Step)));
    words
        .find(|&(m, _)| {
            let inside = t.start <= m.start && m.end <= t.end;
            // The object follows a verb in a language with prepositions, and an event noun's
            // complement follows it there ("the ban on exports"); a verb-final language puts
            // the object first, a compound its modifier ("the wheat export ban").
            let after =
                m.start >= t.end && (noun || !verb_final) && clear(t.end, m.start, MEASURED_REACH);
            let before_reach = if noun {
                MEASURED_NOUN_REACH
            } else {
                MEASURED_REACH
            };
            let before =
                m.end <= t.start && (noun || verb_final) && clear(m.end, t.start, before_reach);
            inside || after || before
        })
        .map(|(_, what)| what)
}

/// What a measured object is (`measured_object`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measured {
    /// Trade or traffic, or an agreement (`[words] measured`, `accords`): no party's.
    Measure,
    /// A step someone took (`[words] acts`): its taker is the one welcomed, found as a
    /// reaction's act's doer is (events/finish.rs `reactions`, `step>tgt`); with none found,
    /// the support is not coded.
    Step,
}

/// Does `n` belong to the answered act `act` — the one it was done to, its place, or a phrase
/// of its own — rather than to the reaction? After the act's noun in a language with
/// prepositions; between it and the verb, or right before it (its complement put first), in a
/// verb-final one. Its doer, the act's "by" phrase, is taken apart (`act_agent`). An `of`
/// phrase right after the noun is left to the reaction as before: it names the doer as often
/// as the one acted on ("el ataque de Estados Unidos", "the killing of the ambassador").
fn act_participant(clause: &Clause, act: Span, n: &Np) -> bool {
    if order_of(clause) == WordOrder::Sov {
        let premodifier = n.span().end <= act.start
            && clause.text[n.span().end..act.start]
                .split_whitespace()
                .count()
                <= 2;
        (act.end <= n.start() && n.span().end <= clause.trigger.start)
            || (premodifier && !n.possessor && n.cases.iter().all(|&c| c != Case::Of))
    } else {
        let of_right_after =
            n.has(Case::Of) && clause.text[act.end..n.start()].split_whitespace().count() <= 1;
        n.start() >= act.end && !of_right_after && !after_act(clause, act, n)
    }
}

/// The doer an answered act's "by" phrase names ("condemned the attack by Houthi rebels on
/// the port"), close after the act's noun.
fn act_agent<'c, 'a>(clause: &'c Clause<'a>, act: Span, exclude: &[&Np]) -> Option<&'c Np<'a>> {
    clause
        .nps
        .iter()
        .filter(|n| n.is_actor && n.has(Case::Agent) && n.span().end <= clause.end)
        .filter(|n| !exclude.iter().any(|x| x.span() == n.span()))
        .find(|n| {
            n.start() >= act.end && clause.text[act.end..n.start()].split_whitespace().count() <= 6
        })
}

/// How many words a relative clause's genitive subject may stand before its participle
/// ("İsrail'in 13 Nisan 2024'te İran'a düzenlediği").
const PARTICIPLE_REACH: usize = 8;

/// The doer of an event noun a light verb's participle stands right before, in a language
/// whose relative clause puts its subject in the genitive (`[grammar] doer_participles`):
/// "İsrail'in Gazze'ye düzenlediği saldırı" is Israel's attack on Gaza, "Isroilning G'azoga
/// uyushtirgan hujumi" too. The nearest genitive before the participle, past no comma, that
/// possesses no common noun after it ("Katar'ın başkenti Doha'ya": Qatar's capital, where the
/// attack fell). Returns the genitive and where the participle starts.
fn participle_doer<'c, 'a>(clause: &'c Clause<'a>, noun: Span) -> Option<(&'c Np<'a>, usize)> {
    let words = &clause.part.lex.doer_participles;
    if words.is_empty() || noun.start < clause.sent.start {
        return None;
    }
    let before = clause.text.get(clause.sent.start..noun.start)?.trim_end();
    let word = before.rsplit(char::is_whitespace).next()?;
    let folded = dyad_kb::fold_str(word.trim_matches(|c| !dyad_kb::is_word_char(c)));
    if !words.contains(&folded) {
        return None;
    }
    let at = clause.sent.start + before.len() - word.len();
    genitive_before(clause, at).map(|n| (n, at))
}

/// The subject of a verb trigger in a form whose subject stands in the genitive
/// (`[grammar] genitive_subject_endings`: "Türkiye'nin de kınadığı saldırı", the attack Turkey
/// too condemned; "Ukrayna'nın Moskova'ya saldırdığını", that Ukraine attacked Moscow).
fn genitive_subject<'c, 'a>(clause: &'c Clause<'a>) -> Option<&'c Np<'a>> {
    let endings = &clause.part.lex.genitive_subject_endings;
    if endings.is_empty() || clause.rule.verbatim {
        return None;
    }
    let t = clause.trigger;
    let rest = clause.text.get(t.end..)?;
    let end = t.end
        + rest
            .find(|c: char| !dyad_kb::is_word_char(c))
            .unwrap_or(rest.len());
    let word = clause.text.get(t.start..end)?.split_whitespace().last()?;
    let folded = dyad_kb::fold_str(word.trim_matches(|c| !dyad_kb::is_word_char(c)));
    if !endings
        .iter()
        .any(|e| folded.len() > e.len() + 1 && folded.ends_with(e.as_str()))
    {
        return None;
    }
    genitive_before(clause, t.start)
}

/// The genitive that is the subject of a participle or verbal noun starting at `at`: the
/// nearest actor in the genitive before it, past no comma and at most [`PARTICIPLE_REACH`]
/// words away, that possesses no common noun after it ("Katar'ın başkenti Doha'ya": Qatar's
/// capital) nor a place of its own country ("Rusya'nın Kursk bölgesine": Russia's region).
fn genitive_before<'c, 'a>(clause: &'c Clause<'a>, at: usize) -> Option<&'c Np<'a>> {
    let from = clause.text[clause.sent.start..at]
        .rfind(is_comma)
        .map_or(clause.sent.start, |i| clause.sent.start + i + 1);
    // The word after the genitive's own ending: a common noun there is what it possesses.
    let possesses = |n: &Np| {
        let rest = &clause.text[n.span().end..at];
        let next = rest
            .find(char::is_whitespace)
            .map(|i| rest[i..].trim_start())
            .unwrap_or("");
        let w = n.span().end + rest.len() - next.len();
        let in_time = clause
            .time
            .is_some_and(|x| x.span.start <= w && w < x.span.end);
        // (A particle is no noun: "Türkiye'nin de kınadığı".)
        let particle = next.split_whitespace().next().is_some_and(|w| {
            clause
                .part
                .lex
                .words
                .function
                .contains(&dyad_kb::fold_str(w))
        });
        n.owns_next_place
            || (!next.is_empty()
                && next.chars().next().is_some_and(char::is_lowercase)
                && !in_time
                && !particle)
    };
    clause
        .nps
        .iter()
        .filter(|n| n.is_actor && n.has(Case::Of) && n.start() >= from && n.span().end <= at)
        .filter(|n| within(clause, n.span().end, at, PARTICIPLE_REACH))
        .rfind(|n| !possesses(n))
}

/// How many words may stand between an act's doer named before its noun and the noun ("İsrail'in
/// İran'a yönelik saldırılarını").
const DOER_REACH: usize = 3;

/// The doer of an act a verb is about, named before the act's noun as its possessor or in the
/// genitive ("Israel's attacks", "İsrail'in … saldırılarını", "AQShning … zarbalarini"), or
/// after the answered act `act` where the language or the noun puts it there (`after_act`:
/// "the decision of Algeria", «تصمیم ایران»), on the verb's object side (after it, or before it
/// in a verb-final language).
fn act_doer<'c, 'a>(
    clause: &'c Clause<'a>,
    act: Option<Span>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<&'c Np<'a>> {
    let verb = clause.trigger;
    let verb_final = order_of(clause) == WordOrder::Sov;
    let free = |n: &&Np| {
        subject.is_none_or(|s| s.span() != n.span())
            && !exclude.iter().any(|x| x.span() == n.span())
    };
    // The act told by a relative clause whose genitive is its subject ("İsrail'in Katar'a
    // düzenlediği saldırıyı kınadı"): the answered act's, else the last such act before the verb.
    if verb_final {
        let named = |a: Span| participle_doer(clause, a).map(|(n, _)| n).filter(free);
        let found = match act {
            Some(a) => named(a),
            None => clause
                .others
                .iter()
                .filter(|o| o.act)
                .map(|o| o.span)
                .chain(clause.act_words.iter().copied())
                .filter(|a| a.start >= clause.start && a.end <= verb.start)
                .filter_map(|a| named(a).map(|n| (a.start, n)))
                .max_by_key(|(at, _)| *at)
                .map(|(_, n)| n),
        };
        if found.is_some() {
            return found;
        }
    }
    clause
        .nps
        .iter()
        .filter(|n| n.is_actor && clause.start <= n.start() && n.span().end <= clause.end)
        .filter(|n| subject.is_none_or(|s| s.span() != n.span()))
        .filter(|n| !exclude.iter().any(|x| x.span() == n.span()))
        .filter(|n| {
            if verb_final {
                n.span().end <= verb.start
            } else {
                n.start() >= verb.end
            }
        })
        .filter(|n| n.possessor || n.has(Case::Of) || act.is_some_and(|a| after_act(clause, a, n)))
        .find(|n| {
            if act.is_some_and(|a| after_act(clause, a, n)) {
                return true;
            }
            // (The act may be a noun of a step taken: "India's decision".)
            let acts = clause.act_words.iter().map(|a| a.start);
            clause.triggers.iter().copied().chain(acts).any(|x| {
                x >= n.span().end
                    && (!verb_final || x < verb.start)
                    && clause.text[n.span().end..x].split_whitespace().count() <= DOER_REACH
            })
        })
}

/// How many words may stand between a step taken and its doer named after it ("la décision
/// de l'Algérie", "die Entscheidung der Türkei").
const STEP_DOER_REACH: usize = 2;

/// Is `n` the doer named after the answered act's noun `act`: the genitive after a noun of a
/// step taken, which is always taken by someone ("die Entscheidung der Türkei", «решение
/// России», "the decision of Algeria"), not done to them; or, in a language with a construct
/// state, the unmarked possessor right after any act's noun («تصمیم ایران», «قرار إثيوبيا»).
/// (After an event noun, an `of` phrase names the doer as often as the one acted on: "the
/// killing of the ambassador".)
fn after_act(clause: &Clause, act: Span, n: &Np) -> bool {
    let Some(gap) =
        (act.end <= n.start()).then(|| clause.text[act.end..n.start()].split_whitespace().count())
    else {
        return false;
    };
    let step = order_of(clause) != WordOrder::Sov
        && (n.unmarked() || n.has(Case::Of))
        && clause.act_words.contains(&act)
        && gap <= STEP_DOER_REACH;
    let construct = clause.part.lex.construct && n.unmarked() && gap == 0;
    step || construct || (clause.act_of_doer(act) && genitive_after(clause, act, n))
}

/// Is `n` the genitive right after the event noun `noun`, in a language with prepositions:
/// its `of` phrase ("the attack of the Taliban", «der Angriff des Iran»), or an actor with no
/// case marker past at most an article ("der Angriff Russlands", "der Angriff der USA": an
/// event noun takes no direct object, so an unmarked name right after it is its genitive).
/// Never past a comma.
fn genitive_after(clause: &Clause, noun: Span, n: &Np) -> bool {
    if order_of(clause) == WordOrder::Sov || n.start() < noun.end {
        return false;
    }
    let gap = &clause.text[noun.end..n.start()];
    if gap.contains(is_comma) {
        return false;
    }
    let words: Vec<String> = gap.split_whitespace().map(dyad_kb::fold_str).collect();
    let articles = &clause.part.lex.words.articles;
    if n.has(Case::Of) {
        words.len() <= 2
    } else {
        n.unmarked() && words.len() <= 1 && words.iter().all(|w| articles.contains(w))
    }
}

/// The target of an imported CAMEO pattern, as PETRARCH reads one: the verb's object, else the
/// first actor after the verb whatever its preposition ("left for Minas Tirith", "arrived in
/// Gondor", "warned of the Prince"), not the speaker of a closing attribution.
fn dictionary_target<'c, 'a>(
    clause: &'c Clause<'a>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<(&'c Np<'a>, &'static str)> {
    let excluded = |n: &Np| {
        exclude.iter().any(|x| x.span() == n.span())
            || subject.is_some_and(|s| s.span() == n.span())
    };
    if let Some(skips) = clause.rule.target_after {
        return clause
            .after()
            .filter(|n| n.start() >= clause.trigger.end && n.is_actor && !excluded(n))
            .nth(skips)
            .map(|n| (n, "after"));
    }
    if let Some(o) = object(clause, subject).filter(|o| !excluded(o)) {
        return Some((o, "obj"));
    }
    clause
        .after()
        .find(|n| n.is_actor && !excluded(n) && !closing_speaker(clause, n))
        .map(|n| (n, "next"))
}

/// Is `n` the speaker of a speech verb that closes the clause ("…, a newspaper said")?
fn closing_speaker(clause: &Clause, n: &Np) -> bool {
    clause.openers.iter().any(|&(os, _, kind)| {
        kind == super::clause::Opener::Speech
            && os >= n.span().end
            && clause.text[n.span().end..os]
                .trim()
                .trim_matches(is_comma)
                .trim()
                .is_empty()
    })
}

/// How many words may stand between a verb-final trigger and the complementiser after it (an
/// auxiliary or two: «وعدہ کیا ہے کہ», «वादा किया था कि»).
const COMPLEMENTISER_REACH: usize = 2;

/// In a verb-final language a governing verb (a promise, a demand, a refusal, a threat, an
/// accusation) closes its own clause, and what it governs follows it after a complementiser:
/// «هند ژمنه کړې چې افغانستان ته به … غنم ورکړي» (India pledged that it would give Afghanistan
/// wheat), «مطالبہ کیا کہ بھارت …». The party of that complement clause is the target, as the
/// object inside the complement is in English ("pledged to give Afghanistan"): the first phrase
/// with one of the frame's cases there (a recipient, a partner), else the complement's subject.
fn complement_party<'c, 'a>(
    ctx: &Ctx,
    clause: &'c Clause<'a>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<&'c Np<'a>> {
    if order_of(clause) != WordOrder::Sov
        || clause.rule.verbatim
        || voice(clause) == Voice::Noun
        || !super::finish::governs(clause.rule.kind)
    {
        return None;
    }
    let words = &clause.part.lex.words;
    // The complementiser that ends the trigger's clause, right after the verb.
    let &(cs, ce, _) = clause.openers.iter().find(|o| o.0 == clause.end)?;
    let gap = clause.text.get(clause.trigger.end..cs)?;
    if gap.split_whitespace().count() > COMPLEMENTISER_REACH
        || gap.contains(dyad_kb::punct().any(COMPLEMENTISER_BREAK))
    {
        return None;
    }
    let norm = ctx.norm;
    let comp = norm
        .text()
        .get(crate::actors::norm_pos(norm, cs)..crate::actors::norm_pos(norm, ce))?
        .trim();
    if !words.complementisers.iter().any(|c| c == comp) {
        return None;
    }
    // The complement runs to the next clause opener or the sentence's end.
    let end = clause
        .openers
        .iter()
        .filter(|o| o.0 >= ce)
        .map(|o| o.0)
        .min()
        .unwrap_or(clause.sent.end);
    let ok = |n: &&Np| {
        n.is_actor
            && n.start() >= ce
            && n.span().end <= end
            && !n.is_capital
            && !n.has(Case::In)
            && !n.has(Case::About)
            && subject.is_none_or(|s| s.span() != n.span())
            && !exclude.iter().any(|x| x.span() == n.span())
    };
    let cases = ctx.lexicon.target_cases(clause.rule.kind, clause.rule);
    cases
        .iter()
        .filter(|&&c| c != Case::Object)
        .find_map(|&c| clause.nps.iter().filter(ok).find(|n| n.has(c)))
        .or_else(|| {
            clause
                .nps
                .iter()
                .filter(ok)
                .find(|n| n.unmarked() && !n.modifier)
        })
}

/// The first actor after a conditional cue ("if", "unless") that follows the trigger in its
/// sentence.
fn condition_party<'c, 'a>(
    clause: &'c Clause<'a>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<&'c Np<'a>> {
    let cond = clause
        .aux
        .iter()
        .filter(|(a, c)| *c == crate::lexicon::Cue::Hypothetical && a.start >= clause.trigger.end)
        .map(|(a, _)| a.end)
        .min()?;
    clause.nps.iter().find(|n| {
        n.start() >= cond
            && n.is_actor
            && !n.has(Case::In)
            && !n.has(Case::About)
            && subject.is_none_or(|s| s.span() != n.span())
            && !exclude.iter().any(|x| x.span() == n.span())
    })
}

/// When no frame case names a target: the first actor after the trigger in the clause that is
/// not a setting, a topic, a capital or the speaker of a closing attribution ("…, a newspaper
/// said"), as when the target stands inside the complement ("promised to continue military aid
/// to war-torn Mozambique", "threatened to withdraw its force from Chad").
fn next_actor<'c, 'a>(
    clause: &'c Clause<'a>,
    subject: Option<&Np>,
    exclude: &[&Np],
) -> Option<&'c Np<'a>> {
    let closing_speaker = |n: &Np| closing_speaker(clause, n);
    let ok = |n: &&Np| {
        n.is_actor
            // A capital stands for its government as the possessor of what was said or done
            // ("called Moscow's rhetoric irresponsible").
            && (!n.is_capital || n.possessor)
            && !n.has(Case::In)
            && !n.has(Case::About)
            && !past_modifier(clause, n)
            && subject.is_none_or(|s| s.span() != n.span())
            && !exclude.iter().any(|x| x.span() == n.span())
            && !closing_speaker(n)
    };
    match order_of(clause) {
        // Verb-final: the nearest actor between the subject and the verb, as the possessor of
        // what was acted on ("د پاکستان پر پوځي پوستو برید", "चीन के ऐप्स पर प्रतिबंध"), else
        // one inside a gapped trigger.
        // A phrase for whose benefit something was done ("اسرائیل کے لیے جاسوسی", "spying for
        // Israel") is none of it: the types whose recipient it is name `for` in their frame.
        WordOrder::Sov => clause
            .before()
            .filter(|n| subject.is_none_or(|s| n.start() >= s.span().end))
            .filter(|n| !n.has(Case::For))
            .filter(ok)
            .last()
            .or_else(|| clause.after().find(ok)),
        _ => clause.after().find(ok).or_else(|| {
            verb_second(clause)
                .then(|| {
                    clause
                        .before()
                        .filter(|n| after_subject(clause, subject, n))
                        .filter(ok)
                        .last()
                })
                .flatten()
        }),
    }
}

/// Does a word that opens a modifier of the verb's object (`[words] not_object`: "accused of",
/// «acusados de», «обвиняемых в», «بتهمة») stand between the trigger and the phrase `n` after
/// it? Then `n` belongs to that modifier ("detained two citizens accused of spying for the
/// United States": the United States were not detained).
fn past_modifier(clause: &Clause, n: &Np) -> bool {
    let words = &clause.part.lex.words;
    if words.not_object.is_empty() || n.start() <= clause.trigger.end {
        return false;
    }
    // (From the trigger's start: a trigger read with nothing in its gap, "accused .. of" on
    // "men accused of spying", is the participle itself, with no object of its own.)
    let gap = dyad_kb::fold_str(
        clause
            .text
            .get(clause.trigger.start..n.start())
            .unwrap_or(""),
    );
    words.not_object.iter().any(|w| dyad_kb::has_word(&gap, w))
}

/// The conjuncts of a phrase, in order: those "and" joins it to ("Russia and China"). A list
/// ends where its grammar ends it (a phrase joined to the next by no conjunction or list comma,
/// the clause's end, or a phrase that opens a clause of its own), never at a count: a summit's
/// guest list names ten countries as readily as two.
fn conjuncts<'c, 'a>(clause: &'c Clause<'a>, first: &Np) -> Vec<&'c Np<'a>> {
    let mut out = Vec::new();
    let Some(mut i) = clause.nps.iter().position(|n| n.span() == first.span()) else {
        return out;
    };
    let nps = &clause.nps;
    // From the chain's first ("پاکستان اور چین نے": the marker stands after the last). A title
    // and the name right after it are one conjunct, the name standing for both ("Президент
    // России Владимир Путин и председатель КНР Си Цзиньпин").
    while i > 0 && (nps[i - 1].joined_to_next || nps[i - 1].same_as_next) {
        i -= 1;
    }
    let mut k = i;
    loop {
        while nps[k].same_as_next && k + 1 < nps.len() {
            k += 1;
        }
        out.push(&nps[k]);
        if !nps[k].joined_to_next || k + 1 >= nps.len() || opens_clause(clause, &nps[k + 1]) {
            break;
        }
        k += 1;
    }
    out
}

/// The subject of a clause joined to the one before by a conjunction, in a language whose
/// subject stands before its verb: the phrase right before the trigger, after a conjunction,
/// with a verb of the clause before it ("… met India and Pakistan rejected …").
fn second_clause_subject<'c, 'a>(clause: &'c Clause<'a>) -> Option<&'c Np<'a>> {
    // (A dictionary's pattern reads its clause as PETRARCH does.)
    if order_of(clause) != WordOrder::Svo || clause.rule.verbatim {
        return None;
    }
    let n = clause
        .before()
        .filter(|n| n.unmarked() && !n.modifier)
        .last()?;
    let conjunctions = &clause.part.lex.words.conjunctions;
    let before = clause.text[clause.start..n.start()].trim_end();
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let after_conjunction = conjunctions
        .iter()
        .any(|c| c.as_str() == last_word.to_lowercase());
    let verb_before = clause.verbs().any(|v| v >= clause.start && v < n.start());
    let close = within(
        clause,
        n.span().end,
        clause.trigger.start,
        SUBJECT_VERB_REACH,
    );
    (after_conjunction && verb_before && close).then_some(n)
}

/// How many words may stand between a subject and its verb (an adverb, a time: "Pakistan on
/// Tuesday rejected").
const SUBJECT_VERB_REACH: usize = 3;

/// Does the phrase begin a clause of its own — a verb follows it closely, in a language whose
/// subject stands before its verb ("China criticised India and Pakistan rejected the claims":
/// Pakistan is no second target)?
fn opens_clause(clause: &Clause, n: &Np) -> bool {
    let end = n.span().end;
    // (The first trigger after it: the clause's own verb there makes it a conjunct of the
    // clause's subject.)
    let t = clause.trigger.start;
    order_of(clause) == WordOrder::Svo
        && !clause.rule.verbatim
        && clause
            .verbs()
            .any(|v| v >= end && !(end <= t && t < v) && within(clause, end, v, SUBJECT_VERB_REACH))
}

/// The noun's possessor: "Russia's visit", "US sanctions", "روس کا دورہ", "د روسیې حمله".
fn possessor<'c, 'a>(clause: &'c Clause<'a>) -> Option<&'c Np<'a>> {
    let t = clause.trigger.start;
    // A noun in a case form without the possessive suffix its language puts on every possessed
    // noun has no possessor: in "Türkiye, Katar … toplantıya davetli olarak katıldı" (attended
    // the meeting as guests) the names are the subject of the verb after it, not the meeting's.
    let endings = &clause.part.lex.unpossessed_endings;
    if !endings.is_empty() {
        let word = clause
            .text
            .get(clause.trigger.start..clause.trigger.end)
            .and_then(|w| w.split_whitespace().last())
            .map(|w| dyad_kb::fold_str(w.trim_matches(|c| !dyad_kb::is_word_char(c))))
            .unwrap_or_default();
        if endings
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e.as_str()))
        {
            return None;
        }
    }
    let before: Vec<&Np> = clause.before().collect();
    let mut last = *before.last()?;
    // A possessor marked by its genitive may stand before the noun's own complement, marked by
    // a case of its own: "इज़राइल के सीरिया पर हमले" (Israel's attack on Syria), "اسرائیل کے شام
    // پر حملے", "د امریکا پر سوریې برید". The phrase of that case is the noun's target; the
    // genitive before it, with only its marker between them, is the possessor.
    if !last.possessor && !last.unmarked() && !last.has(Case::Of) && before.len() >= 2 {
        let prev = before[before.len() - 2];
        let marker_only = clause
            .text
            .get(prev.span().end..last.start())
            .is_some_and(|g| g.split_whitespace().count() <= 1 && !g.contains(is_comma));
        let own_case = clause
            .text
            .get(last.span().end..t)
            .is_some_and(|g| g.split_whitespace().count() <= 2 && !g.contains(is_comma));
        if prev.has(Case::Of) && !prev.owns_marked && marker_only && own_case {
            last = prev;
            let words = clause.text[last.span().end..t].split_whitespace().count();
            // (Its marker, the complement's phrase and marker, an adjective.)
            return (words <= 6).then_some(last);
        }
    }
    let from = last.span().end;
    // In a verb-first clause the clause's time between the subject and the object noun
    // separates nothing: «أعلنت روسيا يوم الخميس اعترافها» (Russia announced on Thursday its
    // recognition) reads as «أعلنت روسيا اعترافها». (Where the subject opens the clause, a noun
    // after subject and time may be an adverbial of the verb at the end: Uzbek "Mirziyoyev
    // 23-yanvar kuni davlat tashrifi bilan Xitoyga boradi", on a state visit.)
    let gaps = match clause
        .time
        .map(|x| x.span)
        .filter(|s| s.start >= from && s.end <= t && order_of(clause) == WordOrder::Vso)
    {
        Some(s) => [&clause.text[from..s.start], &clause.text[s.end..t]],
        None => [&clause.text[from..t], ""],
    };
    let words = gaps
        .iter()
        .flat_map(|g| g.split(|c: char| c.is_whitespace() || c == '-'))
        .filter(|w| !w.is_empty())
        .count();
    // Where the possessor follows its noun unmarked (Persian ezafe, Arabic idafa: «حمله
    // اسرائیل», «هجوم إسرائيل»), a noun with its possessor in that place has no other: the
    // phrase standing right before it is the clause's subject or another noun's («وزارت خارجه
    // ترکیه حمله اسرائیل به سوریه را محکوم کرد»: Turkey condemns, Israel attacks). (With none
    // there, the phrase before stays the antecedent of a possessive suffix: «أعلنت إسبانيا
    // اعترافها».)
    let possessed_after = clause.part.lex.construct
        && clause.after().next().is_some_and(|n| {
            let gap = &clause.text[clause.trigger.end.min(n.start())..n.start()];
            n.unmarked() && gap.split_whitespace().count() <= 1 && !gap.contains(is_comma)
        });
    let adjacent = gaps.iter().all(|g| g.trim().is_empty() || g.trim() == "-") && !possessed_after;
    ((last.possessor && words <= 3) || (last.has(Case::Of) && words <= 2) || adjacent)
        .then_some(last)
}

/// How many words may stand between an event noun and the phrase its case marks as the one
/// it was done to: the marker, an article and an adjective or two ("an attack on a Frontier
/// Corps convoy", «ایف سی کے قافلے پر خودکش حملے»). A phrase further away belongs to another
/// word of the clause ("la frappe … contre son consulat à Damas, attribuée à Israël").
const NOUN_CASE_REACH: usize = 4;

/// Does `n` stand within [`NOUN_CASE_REACH`] words of the clause's trigger, before or after it?
fn next_to_noun(clause: &Clause, n: &Np) -> bool {
    let t = clause.trigger;
    let gap = if n.span().end <= t.start {
        clause.text.get(n.span().end..t.start)
    } else {
        clause.text.get(t.end.min(n.start())..n.start())
    };
    gap.is_some_and(|g| g.split_whitespace().count() <= NOUN_CASE_REACH)
}

/// Every reading of the clause's roles (several when subjects are coordinated).
pub(crate) fn assign(
    ctx: &Ctx,
    clause: &Clause,
    earlier: Option<&Actor>,
    conjoined: &[Actor],
) -> Vec<Assignment> {
    let date = clause.role_date;
    let side = |n: &Np| ctx.view.side(n.mention, date);
    let mut path: Vec<String> = Vec::new();
    let mut factor = 1.0f32;

    // Said in a quote: the speaker acts.
    if let Some(q) = clause.quote {
        let Some(source) = q.speaker.clone() else {
            return Vec::new();
        };
        let subj = subject(clause);
        let target = frame_target(ctx, clause, subj.np, &[]).and_then(|(n, how)| {
            path.push(format!("{how}>tgt"));
            side(n)
        });
        return finish(
            ctx,
            clause,
            source,
            target,
            "quote>src",
            path,
            factor,
            false,
        );
    }

    match voice(clause) {
        Voice::Reported => {
            // "Britain said the rebels must …": the speaker demands, of the clause's subject.
            let Some(speaker) = clause.speaker().and_then(side) else {
                return Vec::new();
            };
            let target = subject(clause).np.and_then(side);
            path.push("subj>tgt".into());
            finish(
                ctx,
                clause,
                speaker,
                target,
                "speaker>src",
                path,
                factor,
                false,
            )
        }
        Voice::Passive => {
            // "Pakistan was attacked by …": the agent acts on the subject.
            let in_clause = |n: &&Np| n.start() >= clause.start && n.span().end <= clause.end;
            // A dictionary pattern places its source after the verb ("+ * FROM $"): the first
            // actor there.
            let agent = clause
                .nps
                .iter()
                .filter(in_clause)
                .find(|n| n.has(Case::Agent))
                .or_else(|| {
                    clause
                        .rule
                        .verbatim
                        .then(|| clause.after().find(|n| n.is_actor))
                        .flatten()
                });
            // With no agent, the other side of a fight the clause names is who fought:
            // "soldiers were killed in a clash with Chinese troops".
            let opponent = || {
                (clause.rule.kind == dyad_core::EventType::Assault && agentless(ctx, clause))
                    .then(|| {
                        clause
                            .after()
                            .find(|n| n.is_actor && (n.has(Case::With) || n.has(Case::Against)))
                    })
                    .flatten()
            };
            let (agent, agent_how) = match agent {
                Some(a) => (Some(a), "agent>src"),
                None => (opponent(), "with>src"),
            };
            let source = match agent {
                Some(a) => match side(a) {
                    Some(s) => Some(s),
                    None => return Vec::new(),
                },
                None if agentless(ctx, clause) => None,
                None => return Vec::new(),
            };
            let agent_span = agent.map(Np::span);
            // In a verb-final language a speech verb closing the sentence has its speaker as
            // the sentence's first phrase ("Başbakan X, … gözaltına alındığını söyledi"): not
            // the one acted on.
            let speaker = (order_of(clause) == WordOrder::Sov
                && clause
                    .openers
                    .iter()
                    .any(|o| o.2 == super::clause::Opener::Speech && o.0 >= clause.trigger.end))
            .then(|| {
                clause
                    .nps
                    .iter()
                    .find(|n| n.start() >= clause.sent.start && n.unmarked())
            })
            .flatten()
            .map(Np::span);
            let speaker_first = |n: &Np| Some(n.span()) == speaker;
            let attributive = attributive_participle(clause);
            // The target is the subject; "a camp for Congolese refugees was attacked": the
            // phrase its subject is for or of.
            let target = clause
                .before()
                .find(|n| {
                    n.unmarked()
                        && !(source.is_none() && speaker_first(n))
                        && !clause.names_source(n)
                        && attributive.as_ref().is_none_or(|ok| ok(n))
                })
                // Where the subject may follow the verb (a verb-first language; a language
                // whose passive puts it after: «Fue detenido en Moscú por el FSB el periodista
                // …»), the first unmarked phrase after it, when none stands before. (With no
                // agent named the doer would be guessed from the place: the one acted on is
                // taken after the verb only beside a named agent.)
                // (An attributive participle is acted on by the noun before it alone.)
                .or_else(|| {
                    if attributive.is_some() {
                        None
                    } else if order_of(clause) == WordOrder::Vso {
                        clause.after().find(|n| n.unmarked())
                    } else if clause.part.lex.passive.subject_after && source.is_some() {
                        clause.after().find(|n| n.unmarked() && n.is_actor)
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    clause.before().filter(|_| attributive.is_none()).find(|n| {
                        n.has(Case::For) || (n.has(Case::Of) && !owns_event_noun(clause, n))
                    })
                })
                // A language that marks the patient keeps its mark in the passive: the
                // pattern's target case or the object marker before the verb ("ईरान पर … हमला
                // किया गया", "प्रदर्शनकारियों को गिरफ्तार किया गया").
                .or_else(|| {
                    let cases = ctx.lexicon.target_cases(clause.rule.kind, clause.rule);
                    clause
                        .before()
                        .filter(|_| attributive.is_none())
                        .filter(|n| Some(n.span()) != agent_span && !n.has(Case::Agent))
                        .find(|n| {
                            cases
                                .iter()
                                .any(|&c| c != Case::Agent && c != Case::From && n.has(c))
                        })
                })
                .and_then(side);
            path.push("subj>tgt".into());
            let Some(source) = source else {
                // Nobody named did it: the one it was done to is the target, the doer stays
                // unknown — never the nearest other name.
                return unknown_doer(target, path, factor);
            };
            finish(ctx, clause, source, target, agent_how, path, factor, false)
        }
        Voice::Noun => noun(ctx, clause, earlier),
        voice => {
            let subj = subject(clause);
            let (subjects, how): (Vec<&Np>, String) = match subj.np {
                // (A second clause's subject is no conjunct of the phrase before the
                // conjunction: "… met India and Pakistan rejected …".)
                Some(s) if second_clause_subject(clause).is_some_and(|n| n.span() == s.span()) => {
                    (vec![s], format!("{}>src", subj.how))
                }
                Some(s) => (conjuncts(clause, s), format!("{}>src", subj.how)),
                None => (Vec::new(), String::new()),
            };
            if subjects.is_empty() && voice == Voice::Recip && !clause.rule.verbatim {
                // "امریکہ اور طالبان کے درمیان … دستخط ہو گئے", "talks were held between X
                // and Y": the parties the between-phrase names.
                if let Some(group) = between_group(clause) {
                    let out = between_pairs(ctx, clause, &group, &path, factor);
                    if !out.is_empty() {
                        return out;
                    }
                }
            }
            if subjects.is_empty() && clause.converb && !clause.rule.verbatim {
                return converb_doer(ctx, clause, earlier, conjoined, path, factor);
            }
            if subjects.is_empty() {
                // A collective that names no actor did it ("Militants attacked Pakistani
                // troops"): of an act told with its doer unknown (frames.tsv's `unnamed`), the
                // one it was done to is the target — never an actor named before.
                if !clause.rule.verbatim
                    && ctx.lexicon.stands_unnamed(clause.rule.kind)
                    && super::discourse::unnamed_collective(ctx, clause)
                {
                    let target = frame_target(ctx, clause, None, &[]).and_then(|(n, h)| {
                        path.push(format!("{h}>tgt"));
                        side(n)
                    });
                    return unknown_doer(target, path, factor);
                }
                // No subject phrase: a pronoun refers back, or the subject of the clause
                // before is shared ("X met Y and signed …").
                // A reported clause without a subject of its own is the speaker's ("Syria says
                // it will not accept …", "they said they would boycott …").
                // A verb joined by "and" to a speech verb shares its subject ("X said … and
                // warned that …").
                let (speaker, how_speaker) = if clause.after_speech_and() {
                    (clause.speech_subject(), "coord>src")
                } else {
                    (clause.speaker(), "speaker>src")
                };
                // A reported clause with a subject phrase of its own that names no actor ("the
                // warring parties had agreed") is not the speaker's.
                let own_subject = !clause.rule.verbatim && !speakers_own(ctx, clause);
                let speaker = speaker
                    .filter(|sp| sp.span().end <= clause.start)
                    .filter(|_| how_speaker != "speaker>src" || !own_subject)
                    .and_then(side)
                    .map(|s| (s, how_speaker));
                // A dictionary pattern codes the speaker of a reported clause, no other guess.
                let guesses = !clause.rule.verbatim;
                // A pronoun or a bare role refers back (events/discourse); else the subject
                // of the sentence's clause before is shared.
                let reference = if guesses && speaker.is_none() {
                    super::discourse::refer(ctx, clause)
                } else {
                    super::discourse::Reference::None
                };
                let referred = matches!(reference, super::discourse::Reference::Unresolved);
                // "Both sides agreed": the second party is the target unless one is named.
                let partner = match &reference {
                    super::discourse::Reference::Pair(_, b) => Some(b.clone()),
                    _ => None,
                };
                let back = speaker.or_else(|| match reference {
                    super::discourse::Reference::Resolved(s, how) => Some((s, how)),
                    super::discourse::Reference::Pair(a, _) => Some((a, "pair>src")),
                    super::discourse::Reference::Unresolved => None,
                    super::discourse::Reference::None => earlier
                        .filter(|_| guesses)
                        .map(|a| (a.side.clone(), "prev>src")),
                });
                // Else a clause with no subject of its own (an infinitive or participle:
                // "Uzbekistan opened the bridge after four years to allow the delivery …")
                // is done by the subject of its sentence.
                let back = back.or_else(|| {
                    if !guesses {
                        return None;
                    }
                    clause
                        .nps
                        .iter()
                        .find(|n| {
                            n.start() >= clause.sent.start
                                && n.span().end <= clause.start
                                && n.unmarked()
                                && n.is_actor
                        })
                        .and_then(side)
                        .map(|s| (s, "main>src"))
                });
                // Else, in a language whose verbs need no subject, the subject of the sentences
                // before continues (not past a pronoun or role that found nobody).
                let back = back.or_else(|| {
                    (guesses && !referred)
                        .then(|| super::discourse::dropped(ctx, clause))
                        .flatten()
                        .map(|s| (s, "drop>src"))
                });
                let Some((source, how)) = back else {
                    return Vec::new();
                };
                // A reported clause with no subject phrase is the speaker's: "they said they
                // would …", "Syria says it will …" (only the other readings are guesses).
                if !matches!(how, "speaker>src" | "coord>src") {
                    factor *= 0.85;
                }
                let target = frame_target(ctx, clause, None, &[])
                    .and_then(|(n, h)| {
                        path.push(format!("{h}>tgt"));
                        side(n)
                    })
                    .or_else(|| {
                        let b = partner?;
                        path.push("pair>tgt".into());
                        Some(b)
                    });
                return finish(ctx, clause, source, target, how, path, factor, true);
            }
            // Coordinated subjects of a cooperative act with nobody else named act together
            // ("Putin and Xi signed a statement").
            let partner = frame_target(ctx, clause, subj.np, &subjects);
            let mutual = subjects.len() >= 2
                && !clause.rule.verbatim
                && clause.rule.kind.quad() <= 2
                && partner.is_none_or(|(_, how)| how == "next");
            // A partner named by a with-phrase is met by each subject: "Russia and China held
            // talks with Iran" is two meetings with Iran, not one of Russia with China. Only a
            // with-phrase (an unmarked phrase may be a topic or a setting: «درباره وضعیت
            // افغانستان», «на севере Сирии», «برعاية صينية»), and not of a subject's own country
            // (Chinese 同 both joins the subjects and marks "with").
            let named_partner = !clause.rule.verbatim
                && partner.is_some_and(|(n, how)| {
                    let country = side(n).map(|x| x.country);
                    how == "with"
                        && country.is_some()
                        && !subjects
                            .iter()
                            .any(|s| side(s).map(|x| x.country) == country)
                });
            if subjects.len() >= 2 && !named_partner && (voice == Voice::Recip || mutual) {
                // "Russia and Pakistan agreed": the first with the second.
                let (Some(a), Some(b)) = (side(subjects[0]), side(subjects[1])) else {
                    return Vec::new();
                };
                let countries: std::collections::HashSet<_> = subjects
                    .iter()
                    .filter_map(|n| side(n))
                    .map(|x| x.country)
                    .collect();
                // (Officials of one country meeting a guest each, "… نے ان سے الگ الگ ملاقاتیں
                // کیں", do not meet one another: a group of one country keeps one event.)
                if !clause.rule.verbatim
                    && ctx.lexicon.mutual(clause.rule.kind)
                    && countries.len() >= 2
                {
                    // "Iran, Russia and China held a joint exercise": each pair.
                    return pairs(
                        ctx, clause, &subjects, &how, "conj>tgt", &path, factor, true,
                    );
                }
                path.push("conj>tgt".into());
                if clause.rule.verbatim {
                    // A dictionary's compound (`%`) acts each way.
                    let mut out = finish(
                        ctx,
                        clause,
                        b.clone(),
                        Some(a.clone()),
                        &how,
                        path.clone(),
                        factor,
                        true,
                    );
                    out.extend(finish(ctx, clause, a, Some(b), &how, path, factor, true));
                    return out;
                }
                return finish(ctx, clause, a, Some(b), &how, path, factor, true);
            }
            // Each coordinated subject acts ("Russia and China condemned …").
            let target_np = partner;
            // Coordinated targets are acted on each ("spoke by phone with the leaders of
            // Qatar, Saudi Arabia and Kuwait", "with Mordor, Rohan and Bree").
            let targets: Vec<Option<(&Np, &str)>> = match target_np {
                Some((n, h)) => conjuncts(clause, n)
                    .into_iter()
                    .map(|c| Some((c, h)))
                    .collect(),
                t => vec![t],
            };
            let mut out = Vec::new();
            for s in &subjects {
                let Some(source) = side(s) else {
                    // A subject of unknown country: nobody else is taken for it.
                    continue;
                };
                for t in &targets {
                    let mut p = path.clone();
                    let target = t.and_then(|(n, h)| {
                        p.push(format!("{h}>tgt"));
                        if clause.rule.verbatim {
                            side(n)
                        } else {
                            other_side(ctx, clause, n, &source)
                        }
                    });
                    out.extend(finish(
                        ctx,
                        clause,
                        source.clone(),
                        target,
                        &how,
                        p,
                        factor,
                        true,
                    ));
                }
            }
            out
        }
    }
}

/// The parties a between-phrase names ("between Russia and Pakistan", "Türkiye ile Rusya
/// arasında", "امریکہ اور طالبان کے درمیان", "俄罗斯和中国之间"): after the trigger first where
/// complements follow their head, before it first in verb-final languages, where the phrase
/// stands before its noun.
fn between_group<'c, 'a>(clause: &'c Clause<'a>) -> Option<Vec<&'c Np<'a>>> {
    let after = || clause.after().find(|n| n.has(Case::Between));
    let before = || clause.before().filter(|n| n.has(Case::Between)).last();
    let b = match order_of(clause) {
        WordOrder::Sov => before().or_else(after),
        _ => after().or_else(before),
    }?;
    let group = conjuncts(clause, b);
    (group.len() >= 2).then_some(group)
}

/// The side `n` gives the target of an act by `source`. A mutual act's partner named as a
/// group that holds the source's own side ("Fomin held a session of the Russian-Pakistani
/// committee", "провёл заседание российско-пакистанского комитета"): its member of another
/// country, since one side does not meet itself.
fn other_side(ctx: &Ctx, clause: &Clause, n: &Np, source: &Side) -> Option<Side> {
    let side = |m: &Np| ctx.view.side(m.mention, clause.role_date);
    let own = side(n);
    if !ctx.lexicon.mutual(clause.rule.kind)
        || own.as_ref().is_some_and(|o| o.country != source.country)
    {
        return own;
    }
    let members = conjuncts(clause, n);
    members
        .iter()
        .filter_map(|m| side(m))
        .find(|m| m.country != source.country)
        .or(own)
}

/// The parties of a between-phrase, each pair of a mutual act; neither is a grammatical
/// subject.
fn between_pairs(
    ctx: &Ctx,
    clause: &Clause,
    group: &[&Np],
    path: &[String],
    factor: f32,
) -> Vec<Assignment> {
    pairs(
        ctx,
        clause,
        group,
        "between>src",
        "between>tgt",
        path,
        factor,
        false,
    )
}

/// The assignments of a group of participants: for a mutual act (data/dedup/symmetric.tsv)
/// one per pair ("the joint drill of Iran, Russia and China": three), the earlier named as
/// source; for another act the first on the second.
#[allow(clippy::too_many_arguments)]
fn pairs(
    ctx: &Ctx,
    clause: &Clause,
    group: &[&Np],
    how_source: &str,
    how_target: &str,
    path: &[String],
    factor: f32,
    source_is_subject: bool,
) -> Vec<Assignment> {
    let sides: Vec<Side> = group
        .iter()
        .filter_map(|n| ctx.view.side(n.mention, clause.role_date))
        .collect();
    let each = ctx.lexicon.mutual(clause.rule.kind);
    // In a group of several countries the pairs that meet are of different countries.
    let mixed = sides.iter().any(|x| x.country != sides[0].country);
    let mut out = Vec::new();
    for (i, a) in sides.iter().enumerate() {
        for b in sides.iter().skip(i + 1) {
            if each && mixed && a.country == b.country {
                continue;
            }
            let mut p = path.to_vec();
            p.push(how_target.to_string());
            out.extend(finish(
                ctx,
                clause,
                a.clone(),
                Some(b.clone()),
                how_source,
                p,
                factor,
                source_is_subject,
            ));
            if !each {
                return out;
            }
        }
    }
    out
}

/// Roles of an event noun: its possessor or agent acts ("Russia's recognition of the
/// Taliban", "the attack by …", "talks between X and Y"), else the subject of the clause whose
/// verb governs it ("Russia carried out strikes on …").
fn noun(ctx: &Ctx, clause: &Clause, earlier: Option<&Actor>) -> Vec<Assignment> {
    let date = clause.role_date;
    let side = |n: &Np| ctx.view.side(n.mention, date);
    let mut path: Vec<String> = Vec::new();
    let factor = 1.0f32;
    // "the attack by …": an agent right after the noun.
    let agent = clause.after().find(|n| n.has(Case::Agent)).filter(|n| {
        clause.text[clause.trigger.end.min(n.start())..n.start()]
            .split_whitespace()
            .count()
            <= 3
    });
    let poss = possessor(clause);
    // The possessor after the noun: marked ("the visit of Lavrov") or, in languages with a
    // construct state, unmarked and right after it ("اجتماع اللجنة"); never past a comma,
    // which closes the noun's phrase («پس از گفتگوهای طولانی، وزیر …»).
    let near = |n: &&Np| {
        let gap = &clause.text[clause.trigger.end.min(n.start())..n.start()];
        gap.split_whitespace().count() <= 4 && !gap.contains(is_comma)
    };
    let of_marked = clause.after().find(|n| n.has(Case::Of)).filter(near);
    let of_after = of_marked.or_else(|| {
        clause
            .part
            .lex
            .construct
            .then_some(())
            .and_then(|_| clause.after().next().filter(|n| n.unmarked() && near(n)))
    });
    // The subject of a light verb governing the noun ("Russia carried out strikes on …",
    // "Qatar launched a mediation between …"); not when another trigger stands between them,
    // whose object the noun is ("the UN welcomed talks between …").
    let subj = subject(clause);
    // A one-sided act named after a preposition of circumstance ("resigned after protests",
    // «a renoncé au lendemain de manifestations») is the clause's background: neither the
    // clause's subject nor an earlier actor did it. A mutual act keeps them ("returned after
    // talks with Iran": the subject took part).
    let background = !ctx.lexicon.mutual(clause.rule.kind)
        && (in_circumstance(clause, clause.trigger.start) || before_circumstance(clause));
    let light_subject = subj.np.filter(|_| !background).filter(|s| {
        s.span().end <= clause.trigger.start
            && !clause.triggers.iter().any(|&x| {
                // (A noun of circumstance between them governs nothing: "imposed, after
                // the protests in Minsk, sanctions".)
                x >= s.span().end && x < clause.trigger.start && !in_circumstance(clause, x)
            })
            && !governed_after(clause)
    });
    let between = between_group(clause);
    // A noun whose type (frames.tsv's `of`) or pattern (`of` its first target case) says so
    // takes its `of` complement as the one it was done to: "ترور سردار قاسم سلیمانی" (the assassination of
    // Soleimani), "the killing of Russia's ambassador", "the arrest of Imran Khan" — not by.
    // (The type's reading is for a marked complement only: an unmarked one after the noun may
    // be a demonym adjective, "غارات جوية باكستانية", Pakistani airstrikes.)
    // A noun whose own row says its genitive is its doer (`of-doer`: "der Angriff Russlands auf
    // Odessa") takes it as the source: marked, or an unmarked name right after it.
    let trigger = Span::new(clause.trigger.start, clause.trigger.end);
    let of_marked = of_marked.or_else(|| {
        clause
            .rule
            .of_doer
            .then(|| clause.after().find(|n| n.is_actor))
            .flatten()
            .filter(|n| genitive_after(clause, trigger, n))
    });
    let of_after = of_after.or(of_marked);
    let patient_of = (ctx.lexicon.of_is_patient(clause.rule.kind)
        && of_marked.is_some()
        && !clause.rule.of_doer)
        || clause
            .rule
            .target
            .as_ref()
            .is_some_and(|t| t.first() == Some(&Case::Of));
    // Where the possessor follows its noun unmarked (ezafe, idafa), a noun with a possessor of
    // its own right after it, as the object of a verb of the clause before it, is that
    // possessor's act, not the subject's: «أدانت تركيا هجوم إسرائيل على سوريا» (Turkey
    // condemned Israel's attack). (Not a noun whose possessor is what it was done to.)
    let own_possessor = clause.part.lex.construct
        && of_marked.is_none()
        && !patient_of
        && of_after.is_some_and(|o| {
            let gap = &clause.text[clause.trigger.end.min(o.start())..o.start()];
            gap.split_whitespace().count() <= 1
        })
        && clause
            .triggers
            .iter()
            .any(|&x| x >= clause.start && x < clause.trigger.start);
    // Nor is one whose possessor is the one it was done to (`of` first in the pattern's
    // target): «أدانت مصر اغتيال إسماعيل هنية» (Egypt condemned the assassination of Haniyeh)
    // tells no doer, neither the condemning subject nor the act before it.
    let governed_patient = clause.part.lex.construct
        && of_marked.is_none()
        && patient_of
        && of_after.is_some()
        && clause
            .triggers
            .iter()
            .any(|&x| x >= clause.start && x < clause.trigger.start);
    let light_subject = light_subject.filter(|_| !own_possessor && !governed_patient);
    // (Nor the one who announces it: «أعلنت حماس مقتل هنية», Hamas announced Haniyeh's death.)
    let patient_named = patient_of && clause.part.lex.construct && of_after.is_some();
    let rel = participle_doer(clause, Span::new(clause.trigger.start, clause.trigger.end));
    let (source_np, how): (Option<&Np>, &str) = if let Some((g, _)) = rel {
        (Some(g), "rel>src")
    } else if let Some(a) = agent {
        (Some(a), "agent>src")
    } else if let Some(p) = poss {
        (Some(p), "poss>src")
    } else if let Some(o) = of_marked.filter(|_| clause.rule.of_doer) {
        // (Before the clause's subject: "die Ukraine meldete einen Angriff Russlands".)
        (Some(o), "of>src")
    } else if let Some(s) = light_subject {
        (Some(s), "subj>src")
    } else if let Some(o) = of_after.filter(|_| !patient_of) {
        (Some(o), "of>src")
    } else if let Some(pair) = &between {
        // "talks between Russia and Pakistan": both parties (each pair of a mutual act).
        let out = between_pairs(ctx, clause, pair, &path, factor);
        if !out.is_empty() {
            return out;
        }
        (None, "")
    } else if let Some(s) = announcer(clause).filter(|_| !background && !patient_named) {
        (Some(s), "speaker>src")
    } else {
        (None, "")
    };
    let Some(source_np) = source_np else {
        // An event noun with nobody named: the actor of the sentence's last event, if any
        // ("… and held talks"), else nothing is coded.
        let Some(a) = earlier.filter(|_| !background && !governed_patient) else {
            // A meeting named with one participant only, in its with-phrase ("the Moscow
            // format met in Kazan, with Muttaqi taking part", «встреча … с участием делегации
            // „Талибана“», «نشست … با حضور»): the participant is one party; the other is
            // whoever hosts it where it is held (finish.rs), else no one, and a meeting noun
            // with no one else is not coded.
            // (Only a meeting told as held: a noun's own clause carries no tense, and "talks
            // with Iran will be held in Vienna" or «… не состоялась» is no meeting of Iran's.)
            let held = !clause.aux.iter().any(|(_, c)| {
                !matches!(
                    c,
                    crate::lexicon::Cue::Earlier | crate::lexicon::Cue::Historical
                )
            });
            if !background && held && clause.rule.kind == dyad_core::EventType::Consult {
                if let Some(p) = with_case(clause, Case::With, &[]).and_then(side) {
                    return finish(ctx, clause, p, None, "with>src", path, factor, false);
                }
            }
            // An attack named by its noun with the one it hit in its case and nobody as its
            // doer ("killed in an attack on a Frontier Corps convoy", «ایف سی کے قافلے پر خودکش
            // حملے میں»): the doer unknown, as of an agentless passive (frames.tsv's
            // `unnamed`). A phrase merely next to the noun is not its target.
            if !background && ctx.lexicon.stands_unnamed(clause.rule.kind) {
                let target = frame_target(ctx, clause, None, &[])
                    .filter(|(n, h)| *h != "next" && !n.has(Case::Of) && next_to_noun(clause, n))
                    .and_then(|(n, h)| {
                        path.push(format!("{h}>tgt"));
                        side(n)
                    });
                return unknown_doer(target, path, factor);
            }
            return Vec::new();
        };
        let target = frame_target(ctx, clause, None, &[]).and_then(|(n, h)| {
            path.push(format!("{h}>tgt"));
            side(n)
        });
        return finish(
            ctx,
            clause,
            a.side.clone(),
            target,
            "prev>src",
            path,
            0.85,
            false,
        );
    };
    let Some(source) = side(source_np) else {
        return Vec::new();
    };
    let mutual = ctx.lexicon.mutual(clause.rule.kind);
    let group = conjuncts(clause, source_np);
    if mutual && group.len() >= 2 {
        // "the Russian-Pakistani talks", "переговоры Путина и Си", "the joint drill of Iran,
        // Russia and China": the group meets, each pair; with a partner named apart ("Russia
        // and China held talks with Iran"), each member meets the partner.
        let apart =
            frame_target(ctx, clause, Some(source_np), &group).filter(|(_, how)| *how != "next");
        let Some((partner, h)) = apart else {
            return pairs(
                ctx,
                clause,
                &group,
                how,
                "conj>tgt",
                &path,
                factor,
                how == "subj>src",
            );
        };
        let mut out = Vec::new();
        for m in &group {
            if let (Some(a), Some(b)) = (side(m), side(partner)) {
                let mut p = path.clone();
                p.push(format!("{h}>tgt"));
                out.extend(finish(
                    ctx,
                    clause,
                    a,
                    Some(b),
                    how,
                    p,
                    factor,
                    how == "subj>src",
                ));
            }
        }
        return out;
    }
    // The partner of a coordinated possessor ("the Russian-Pakistani talks"), the object of a
    // possessed noun ("Russia's recognition of the Taliban"), else the frame's cases.
    let partner = conjuncts(clause, source_np).get(1).copied();
    // With an actor before the noun (its possessor or the light verb's subject), the one after
    // "of" is what the act is done to: "Russia's recognition of the Taliban", "Russia launched
    // its invasion of Ukraine".
    let objective_of = (how == "poss>src" || how == "subj>src" || patient_of)
        .then_some(of_after)
        .flatten()
        .filter(|o| o.span() != source_np.span());
    let between_first = between
        .as_ref()
        .map(|p| p[0])
        .filter(|b| b.span() != source_np.span());
    // A mutual act's partner named as a group that holds the source's own side ("Fomin held a
    // session of the Russian-Pakistani committee", "اللجنة الروسية الباكستانية"): its
    // member of another country.
    let partner_side = |n: &Np| other_side(ctx, clause, n, &source);
    let target = if let Some((g, at)) = rel {
        // The relative clause's own phrases, between its subject and its participle.
        frame_target(ctx, clause, Some(g), &[g])
            .filter(|(n, _)| n.start() >= g.span().end && n.span().end <= at)
            .and_then(|(n, h)| {
                path.push(format!("{h}>tgt"));
                other_side(ctx, clause, n, &source)
            })
    } else if let Some(p) = partner.and_then(side) {
        path.push("conj>tgt".into());
        Some(p)
    } else if let Some(o) = objective_of.and_then(partner_side) {
        path.push("of>tgt".into());
        Some(o)
    } else if let Some(b) = between_first.and_then(partner_side) {
        path.push("between>tgt".into());
        Some(b)
    } else {
        frame_target(ctx, clause, Some(source_np), &[source_np]).and_then(|(n, h)| {
            path.push(format!("{h}>tgt"));
            other_side(ctx, clause, n, &source)
        })
    };
    // The subject of a light verb states its own intention ("Russia will hold talks …").
    let subject_acts = how == "subj>src";
    finish(ctx, clause, source, target, how, path, factor, subject_acts)
}

/// Is the event noun starting at `at` governed by a preposition of circumstance of its language (`[words]
/// circumstance`: "after", «au lendemain de», "tras", "als Reaktion auf", «в ответ на»)?
/// Articles may stand between, and one more word (an adjective: «après de violentes
/// manifestations»).
fn in_circumstance(clause: &Clause, at: usize) -> bool {
    let words = &clause.part.lex.words;
    if words.circumstance.is_empty() {
        return false;
    }
    let mut from = clause.start.max(at.saturating_sub(CIRCUMSTANCE_REACH));
    while from < at && !clause.text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = clause.text.get(from..at) else {
        return false;
    };
    let folded = dyad_kb::fold_str(before);
    let mut toks: Vec<&str> = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // The trigger's own first word may be glued to an elided article ("l'attaque").
    if folded.ends_with(|c: char| c.is_alphanumeric()) && !before.ends_with(char::is_whitespace) {
        toks.pop();
    }
    let ends_with_circumstance = |toks: &[&str]| phrase_at(toks, &words.circumstance, Edge::End);
    let drop_articles = |toks: &mut Vec<&str>| {
        while toks.last().is_some_and(|w| words.articles.contains(*w)) {
            toks.pop();
        }
    };
    drop_articles(&mut toks);
    if ends_with_circumstance(&toks) {
        return true;
    }
    // One adjective before the noun, not a function word (which would end another phrase).
    if toks.last().is_some_and(|w| !words.function.contains(*w)) {
        toks.pop();
        drop_articles(&mut toks);
        return ends_with_circumstance(&toks);
    }
    false
}

/// How far before an event noun its governing preposition is looked for, in bytes.
const CIRCUMSTANCE_REACH: usize = 80;

/// Is the clause's event noun followed by a postposition of circumstance of its language
/// (`[words] circumstance_after`: «حملے کے بعد», "saldırının ardından", «हमले के बाद»,
/// "hujumdan keyin")? One word may stand between (an adverb: «کے فوراً بعد»).
fn before_circumstance(clause: &Clause) -> bool {
    let words = &clause.part.lex.words;
    if words.circumstance_after.is_empty() {
        return false;
    }
    let mut to = clause.end.min(clause.trigger.end + CIRCUMSTANCE_REACH);
    while to > clause.trigger.end && !clause.text.is_char_boundary(to) {
        to -= 1;
    }
    let Some(after) = clause.text.get(clause.trigger.end..to) else {
        return false;
    };
    // The trigger may end inside its word (a stem with a case ending): the rest of that word
    // is not a word of its own.
    let after = if after.starts_with(char::is_alphanumeric) {
        after.trim_start_matches(|c: char| !c.is_whitespace())
    } else {
        after
    };
    let folded = dyad_kb::fold_str(after);
    let toks: Vec<&str> = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let starts_with = |toks: &[&str]| phrase_at(toks, &words.circumstance_after, Edge::Start);
    starts_with(&toks) || (toks.len() > 1 && starts_with(&toks[1..]))
}

/// Which end of a run of words a phrase is looked for at.
#[derive(Clone, Copy)]
enum Edge {
    Start,
    End,
}

/// Do the words `toks` begin (or end) with one of the phrases, whole words only?
fn phrase_at(toks: &[&str], phrases: &[String], edge: Edge) -> bool {
    let joined = toks.join(" ");
    phrases.iter().any(|c| match edge {
        Edge::Start => joined
            .strip_prefix(c.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')),
        Edge::End => joined
            .strip_suffix(c.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')),
    })
}

/// How close after an event noun the verb of a verb-final clause stands when it governs it
/// ("وقوع حمله را تأیید کرد", "सहमति का स्वागत किया").
const GOVERNING_VERB_REACH: usize = 30;

/// In a verb-final clause, is the verb right after the noun a speech verb or a verbal trigger
/// (condemn, welcome, deny)? Then the subject confirmed, announced or welcomed the act and did
/// not perform it. ("Clashes in which dozens were killed" is two acts: the noun stays.)
///
/// In a verb-second language the same holds for the participle or infinitive that closes the
/// clause after the noun: "Die Bundesregierung hat den Raketenangriff auf Kramatorsk scharf
/// verurteilt" (the government condemned the strike; it did not strike), "Berlin hat
/// Waffenlieferungen zugesagt" (a promise, no delivery). Only an act's noun, of material
/// cooperation or conflict: the parties who signed an agreement made it («haben ein Abkommen
/// unterzeichnet»).
fn governed_after(clause: &Clause) -> bool {
    let end = clause.trigger.end;
    // Where the possessor follows its noun unmarked (ezafe, idafa), the noun's phrase ends
    // after it, and a verbal trigger is measured from there: «حمله اسرائیل به سوریه را محکوم
    // کرد». (Not a speech verb: «از تحریم منتظری، دادستان کل ایران، خبر داد», the one who
    // announces a sanction may be the one who imposed it.)
    let phrase_end = clause
        .part
        .lex
        .construct
        .then(|| clause.after().next())
        .flatten()
        .filter(|n| n.unmarked())
        .filter(|n| {
            let gap = &clause.text[end.min(n.start())..n.start()];
            gap.split_whitespace().count() <= 1 && !gap.contains(is_comma)
        })
        .map_or(end, |n| n.span().end);
    let near = |x: usize| x >= end && x - end <= GOVERNING_VERB_REACH;
    let near_phrase = |x: usize| x >= phrase_end && x - phrase_end <= GOVERNING_VERB_REACH;
    if clause.part.lex.verb_second && order_of(clause) != WordOrder::Sov {
        if clause.rule.kind.quad() % 2 == 1 {
            return false;
        }
        return clause.verbal_triggers.iter().any(|&x| {
            x >= end && x <= clause.end && within(clause, end, x, ACT_REACH) && {
                // (The verb closes the clause: a word or two, then a mark or the end.)
                let rest = &clause.text[x..clause.end];
                let upto = rest
                    .find(|c: char| !dyad_kb::is_word_char(c) && !c.is_whitespace() && c != '-')
                    .unwrap_or(rest.len());
                rest[..upto].split_whitespace().count() <= 2
            }
        });
    }
    order_of(clause) == WordOrder::Sov
        && (clause
            .verbal_triggers
            .iter()
            .any(|&x| near(x) || near_phrase(x))
            || clause
                .openers
                .iter()
                .any(|o| o.2 == super::clause::Opener::Speech && near(o.0)))
}

/// The speaker of a speech verb whose object the event noun is: "Italy announced a suspension
/// of air links with Serbia" (the noun within three words of the verb, nothing between).
fn announcer<'c, 'a>(clause: &'c Clause<'a>) -> Option<&'c Np<'a>> {
    let t = clause.trigger.start;
    let (_, oe, _) = clause
        .openers
        .iter()
        .filter(|o| o.2 == super::clause::Opener::Speech && o.1 <= t)
        .max_by_key(|o| o.1)?;
    let gap = &clause.text[*oe..t];
    (gap.split_whitespace().count() <= 3 && !gap.contains(|c: char| c.is_ascii_punctuation()))
        .then(|| clause.speaker())
        .flatten()
        .filter(|s| s.span().end <= *oe)
}

/// The doer of an adverbial participle ("…, killing three soldiers") is its clause's subject:
/// the source of the act told before it in the sentence, else the phrase before that clause's
/// verb when it names an actor; with none named there the doer stays unknown ("Militants
/// attacked a convoy, killing three soldiers").
fn converb_doer(
    ctx: &Ctx,
    clause: &Clause,
    earlier: Option<&Actor>,
    conjoined: &[Actor],
    mut path: Vec<String>,
    factor: f32,
) -> Vec<Assignment> {
    let date = clause.role_date;
    let side = |n: &Np| ctx.view.side(n.mention, date);
    let target = |path: &mut Vec<String>| {
        frame_target(ctx, clause, None, &[]).and_then(|(n, h)| {
            path.push(format!("{h}>tgt"));
            side(n)
        })
    };
    if let Some(a) = earlier {
        // The participle shares the whole subject of the act before it: coordinated subjects
        // that each did that act each do this one ("Saudi Arabia and the UAE cut ties with
        // Qatar, accusing it of …", «قطعت السعودية والإمارات … متهمةً إياها»).
        let doers: Vec<&Actor> = if conjoined.iter().any(|c| c.side.span == a.side.span) {
            conjoined.iter().collect()
        } else {
            vec![a]
        };
        let mut out = Vec::new();
        for d in doers {
            let mut p = path.clone();
            let t = target(&mut p);
            out.extend(finish(
                ctx,
                clause,
                d.side.clone(),
                t,
                "conv>src",
                p,
                factor,
                true,
            ));
        }
        return out;
    }
    // The clause's verb: the first trigger of the sentence before the participle; with none,
    // the subject is the sentence's first phrase ("X addressed the nations, urging …").
    let verb = clause
        .triggers
        .iter()
        .copied()
        .find(|&x| x >= clause.sent.start && x < clause.trigger.start)
        .unwrap_or(clause.trigger.start);
    let subject = clause
        .nps
        .iter()
        .find(|n| n.start() >= clause.sent.start && n.span().end <= verb)
        .filter(|n| n.unmarked() && !n.modifier);
    match subject {
        Some(n) if n.is_actor => match side(n) {
            Some(s) => {
                let t = target(&mut path);
                finish(ctx, clause, s, t, "conv>src", path, factor, true)
            }
            None => Vec::new(),
        },
        // Nobody named before the verb: an act told with its doer unknown.
        None if verb < clause.trigger.start && ctx.lexicon.stands_unnamed(clause.rule.kind) => {
            let t = target(&mut path);
            unknown_doer(t, path, factor)
        }
        _ => Vec::new(),
    }
}

/// Is a reported clause with no actor as its subject the speaker's? Not where a phrase of
/// its own stands between the speech verb and the trigger in a language whose subject precedes
/// its verb: "announced that the warring parties had agreed", «أعلن أن أطراف النزاع وافقت»
/// (the parties, not the speaker, agreed). Pronouns, times and auxiliaries
/// there leave it the speaker's ("said he would meet"); in a verb-final language the object
/// stands there too, so it is not read.
fn speakers_own(ctx: &Ctx, clause: &Clause) -> bool {
    if order_of(clause) == WordOrder::Sov {
        return true;
    }
    let Some(&(_, opened, _)) = clause
        .openers
        .iter()
        .filter(|o| o.2 == super::clause::Opener::Speech && o.1 <= clause.trigger.start)
        .max_by_key(|o| o.1)
    else {
        return true;
    };
    super::discourse::bare(ctx, clause, opened.max(clause.start), clause.trigger.start)
}

/// A participle written as a passive pattern, with no passive auxiliary before it, in a
/// language that puts such a participle after the noun it qualifies (`[grammar] passive
/// .attributive`): «deux hommes accusés d'espionnage», «un hombre condenado por asesinato». The
/// one acted on is the noun right before it — only commas, adverbs, auxiliaries and the
/// listed copulas and relatives between — never the subject of the clause's own verb («Les
/// talibans ont exécuté un homme condamné pour meurtre»: the man, no actor, was convicted).
/// `None` where the rule does not apply; else the test a phrase must pass to be that noun.
fn attributive_participle<'c>(clause: &'c Clause) -> Option<impl Fn(&Np) -> bool + 'c> {
    let p = &clause.part.lex.passive;
    if clause.rule.verbatim || clause.rule.voice != Voice::Passive || p.attributive.is_empty() {
        return None;
    }
    let allowed = move |w: &str| {
        let w = dyad_kb::fold_str(w);
        p.before.contains(&w)
            || p.attributive.contains(&w)
            || p.adverb_endings.iter().any(|e| w.ends_with(e.as_str()))
    };
    let first = clause
        .text
        .get(clause.trigger.start..clause.trigger.end)
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("");
    // A pattern that writes its auxiliary («été condamné», «sido convocado») is no attributive.
    if allowed(first) {
        return None;
    }
    let trigger = clause.trigger.start;
    Some(move |n: &Np| {
        clause.text.get(n.span().end..trigger).is_some_and(|gap| {
            gap.split(|c: char| c.is_whitespace() || is_comma(c))
                .filter(|w| !w.is_empty())
                .all(allowed)
        })
    })
}

/// An act whose doer is unknown: the one it was done to is the target; with none, nothing.
fn unknown_doer(target: Option<Side>, mut path: Vec<String>, factor: f32) -> Vec<Assignment> {
    target
        .map(|t| {
            path.insert(0, "none>src".to_string());
            Assignment {
                source: None,
                target: Some(t),
                path: path.join(","),
                factor,
                source_is_subject: false,
            }
        })
        .into_iter()
        .collect()
}

/// One assignment, with the source made specific ("Russia" acting in a sentence about its
/// defence minister is the minister) and a target that is not the source itself.
#[allow(clippy::too_many_arguments)]
fn finish(
    ctx: &Ctx,
    clause: &Clause,
    source: Side,
    target: Option<Side>,
    how_source: &str,
    mut path: Vec<String>,
    factor: f32,
    source_is_subject: bool,
) -> Vec<Assignment> {
    let (s, e, date) = (clause.sent.start, clause.sent.end, clause.role_date);
    // A dictionary codes the phrase it found, not a more specific one elsewhere.
    let special = |x: Side, organs: Option<&crate::lexicon::Lexicon>| {
        if clause.rule.verbatim {
            x
        } else {
            ctx.view.specialise(x, (s, e), date, organs)
        }
    };
    let source = special(source, Some(ctx.lexicon));
    let target = target
        .map(|t| special(t, None))
        .filter(|t| t.span != source.span && (t.entity.is_none() || t.entity != source.entity));
    // An act on someone whose object is a pronoun ("urged it", «le pidió», «l'a accusé») is
    // done to the pronoun's antecedent, not to nobody nor to the next actor after the verb
    // ("accused him of spying for Iran": not Iran).
    let by_next = path.last().is_some_and(|p| p == "next>tgt");
    let target = match target {
        Some(t) if !by_next => Some(t),
        t => {
            let pronoun = (!clause.rule.verbatim
                && matches!(voice(clause), Voice::Active | Voice::Recip)
                && !ctx
                    .lexicon
                    .stands_alone(clause.rule.kind, clause.rule.cameo.as_deref()))
            .then(|| super::discourse::object_antecedent(ctx, clause, &source))
            .flatten();
            match pronoun {
                Some(p) => {
                    if by_next {
                        path.pop();
                    }
                    path.push("clit>tgt".to_string());
                    Some(p)
                }
                None => t,
            }
        }
    };
    // A reaction to an act whose doer no phrase names: finish.rs looks for the act told before
    // (of the type its noun names: "this execution"), and implies no other target. A step
    // named by a noun that is no event ("the decision", `step>tgt`) may be the reactor's own
    // side's: its country stays implied when no act of another is found ("the opposition
    // demanded that the president abandon the policy").
    if let (None, Some(act)) = (&target, answered_act(ctx, clause)) {
        match clause.act_kind(act) {
            Some(kind) => {
                path.push("act>tgt".to_string());
                ctx.memory
                    .borrow_mut()
                    .answered
                    .push((clause.trigger.start, kind, act.start));
            }
            None => path.push("step>tgt".to_string()),
        }
    }
    // An act about a measure or an act, not a party ("welcomed the agreement", "banned wheat
    // exports"), is complete without a recipient where the type's frame says so.
    if target.is_none()
        && !clause.rule.verbatim
        && ctx.lexicon.stands_measured(clause.rule.kind)
        && !path.iter().any(|p| p.ends_with(">tgt"))
    {
        match measured_object(ctx, clause, subject(clause).np.map(Np::span)) {
            Some(Measured::Measure) => path.push("measure>obj".to_string()),
            // (A welcome of a step is of whoever took it: with no taker found it names
            // nobody, and is dropped as any act on someone with no recipient.)
            Some(Measured::Step) => path.push("step>tgt".to_string()),
            None => {}
        }
    }
    path.insert(0, how_source.to_string());
    vec![Assignment {
        source: Some(source),
        target,
        path: path.join(","),
        factor,
        source_is_subject,
    }]
}
