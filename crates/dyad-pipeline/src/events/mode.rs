//! What did not simply happen, and when it did.
//!
//! Cues of the clause (`data/lexicon/<lang>/aux.tsv`) and the dates decide: history (its own
//! old date, a cue, or an actor that no longer existed), plans and predictions of others
//! ("is expected to meet", "talks are scheduled for"), denials and negations, conditions. An
//! actor's own stated intention — a `will`-type cue with the actor as the subject of an active
//! verb — is the promise or threat itself, made on the day it is reported: PLOVER codes "Finland
//! will give Tanzania a grant" as AGREE today, "Syria will not accept refugees" as REJECT.

use super::clause::Clause;
use super::roles::Assignment;
use super::Ctx;
use crate::lexicon::Cue;
use crate::punct::is_comma;
use dyad_core::{Aux, DatePrecision, DateValue, EntityKind, EventDate, EventType, Side, Span};

/// How far back (in bytes) a negation or future cue may stand from its trigger.
const AUX_REACH: usize = 48;

/// How far after the trigger a verb-final language's auxiliary may stand ("ملاقات کریں گے").
const AUX_AFTER_REACH: usize = 32;

/// How far from its act a stopping word may stand: past a verb-first clause's subject and day
/// ("توقف الجيش الإسرائيلي يوم الأحد عن مهاجمة"), or, where the verb closes the clause, past
/// the act's object and place ("حملات خود به تاسیسات انرژی اوکراین را متوقف کرد", "seine
/// Angriffe auf die ukrainische Energieinfrastruktur eingestellt"). No other trigger may stand
/// between (`stops`), so a longer reach than a negation's reads no further than the one act.
const STOP_REACH: usize = 96;

/// The event's type, mode, aux and date after reading its cues.
pub(crate) struct Mode {
    pub kind: EventType,
    pub mode: Option<String>,
    pub aux: Option<Aux>,
    pub date: Option<EventDate>,
    /// The type was recoded as a stated intention.
    pub intent: bool,
}

/// The cue kinds standing near the trigger in its clause: before it, or — in verb-final
/// languages — right after it.
/// The second value: the first cue is the trigger's own verb form.
fn near_cues(ctx: &Ctx, clause: &Clause) -> (Vec<Cue>, bool) {
    let t = clause.trigger;
    let verb_final = clause.part.lex.order == dyad_kb::WordOrder::Sov;
    // A subordinator that is itself a cue ("if", "unless", «اگر», "si", "wenn") opens the
    // clause it qualifies: the clause begins after it, but what it says holds in it.
    let from = match clause.opened_by {
        Some((os, _, super::clause::Opener::Subordinator)) => os,
        _ => clause.start,
    };
    // A stopping word before its act reaches past a verb-first clause's subject and day
    // ("توقف الجيش الإسرائيلي يوم الأحد عن مهاجمة"); elsewhere the act is its object, near.
    let stop_reach = if clause.part.lex.order == dyad_kb::WordOrder::Vso {
        STOP_REACH
    } else {
        AUX_REACH
    };
    let mut before: Vec<(usize, Cue)> = clause
        .aux
        .iter()
        .filter(|(_, c)| *c != Cue::Earlier)
        .filter(|(a, _)| a.start >= from && a.end <= t.start)
        // In a verb-final language an auxiliary follows the verb it qualifies: a cue right
        // after another trigger's word is that verb's ("durdurması gerektiğini belirterek
        // kınadı": the stopping is what must be, the condemnation happened; "saldırması
        // halinde karşılık verecek").
        .filter(|(a, _)| {
            !(verb_final
                && clause.others.iter().any(|o| {
                    o.span.end <= a.start
                        && clause
                            .text
                            .get(o.span.end..a.start)
                            .is_some_and(|gap| gap.split_whitespace().count() <= 1)
                }))
        })
        // Where tense is written onto the verb, a future form that is another trigger's own
        // verb is that verb's tense ("посетит Пекин … и проведет переговоры": the visit's), not
        // a cue of this one.
        .filter(|(a, c)| {
            !(clause.part.lex.tense_on_verb
                && matches!(c, Cue::Future | Cue::Intent)
                && clause
                    .others
                    .iter()
                    .any(|o| o.span.start <= a.start && a.start < o.span.end))
        })
        .filter_map(|(a, c)| {
            let near = t.start - a.end <= AUX_REACH;
            match c {
                Cue::Negated | Cue::Future | Cue::Intent | Cue::Resolve => {
                    near.then_some((a.end, *c))
                }
                Cue::Stopped => (t.start - a.end <= stop_reach
                    && stops(clause, Span::new(a.start, a.end)))
                .then_some((a.end, *c)),
                Cue::StoppedAfter => None,
                c => Some((a.end, *c)),
            }
        })
        .collect();
    // The nearest first.
    before.sort_by_key(|(e, _)| std::cmp::Reverse(*e));
    // A verb form that carries its own tense, mood or negation — a cue word inside the
    // trigger: "görüşecek", "سيزور" (the future written onto the verb), "rencontrera";
    // "saldırmadı", "görüşmedi", "به رسمیت نشناخته" (the negation written onto the verb);
    // "saldırırsa" (the condition) — is the nearest cue of all, in a language that writes
    // them onto the verb (`tense_on_verb`; English "deny entry" or "must not" are words of
    // their patterns). A future is not read so on a verb that already promises, threatens or
    // refuses ("vowed to"), nor on a passive or a noun, whose auxiliary is no tense.
    let own_tense = matches!(
        clause.rule.voice,
        crate::lexicon::Voice::Active | crate::lexicon::Voice::Recip
    ) && !matches!(
        clause.rule.kind,
        EventType::Agree | EventType::Threaten | EventType::Reject
    );
    // The trigger's words: a pattern ending in `*` ends where its stem does, and one that
    // matched after a proclitic begins after it (سـ + ترسل): the words go on to their ends.
    let word_start = clause.text[..t.start]
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| {
            i + clause.text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word_end = t.end
        + clause.text[t.end..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(clause.text.len() - t.end);
    // A cue the verb's own form may carry: no future on a verb that already promises,
    // threatens or refuses; no negation on a refusal, which is built on it ("не признает",
    // "did not recognise").
    let own_form_fits = |c: &Cue| {
        (own_tense || !matches!(c, Cue::Future | Cue::Intent))
            && (clause.rule.kind != EventType::Reject || *c != Cue::Negated)
    };
    let last_word = clause.text[t.start..t.end]
        .rfind(char::is_whitespace)
        .map_or(t.start, |i| t.start + i + 1);
    let mut out: Vec<Cue> = clause
        .aux
        .iter()
        .filter(|(a, c)| {
            clause.part.lex.tense_on_verb
                && !matches!(c, Cue::Earlier | Cue::Stopped | Cue::StoppedAfter)
                && ((a.start >= word_start && a.end <= word_end)
                    // A verb-final language's auxiliary that begins in the trigger's last word
                    // and runs on after it: the trigger ends with the verb's stem ("حملہ کرے"),
                    // the cue is the whole form ("کرے گا").
                    || (verb_final && a.start >= last_word && a.start < word_end && a.end > word_end))
                && own_form_fits(c)
                // A threat spelled with its reservation ("جواب دینے کا حق محفوظ", «تحتفظ بحق
                // الرد», "karşılık verme hakkını saklı tuttu"): a cue that begins in the matched
                // words is what the threat is built on, not the threat's mood (what is reserved
                // stays hypothetical).
                && !(clause.rule.kind == EventType::Threaten
                    && *c == Cue::Hypothetical
                    && a.start >= t.start
                    && a.start < t.end)
                // The verb's own form — one word, or a cue that ends in the trigger's last
                // word ("insani yardım gönderecek") — not a construction the pattern is built
                // on ("prepared to resume").
                && (!clause.text[a.start..a.end].contains(char::is_whitespace)
                    || a.end > last_word)
        })
        .map(|(_, c)| *c)
        .take(1)
        .collect();
    // No cue word in the verb: its ending may still write the tense or mood onto it
    // (`[grammar] tense_endings`: «atacará», «frappera», "saldıracak", «करेगा»; the
    // conditional «atacaría», which in a reported clause is the future of the past). Read on
    // the trigger's first and last words, where its verb stands, and never on a noun.
    if out.is_empty() && clause.rule.voice != crate::lexicon::Voice::Noun {
        let lex = clause.part.lex;
        let words = clause.text[word_start..word_end].split_whitespace();
        let first = words.clone().next();
        let last = words.last();
        let said = reported(ctx, clause);
        if let Some(c) = [first, last]
            .into_iter()
            .flatten()
            .map(|w| w.trim_matches(|c: char| !dyad_kb::is_word_char(c)))
            .find_map(|w| lex.tense_cue(w, said))
            .filter(own_form_fits)
        {
            out.push(c);
        }
    }
    // A plan of others said before the verb outranks its tense ("se espera que firmará").
    if matches!(out.first(), Some(Cue::Future | Cue::Intent)) && !before.is_empty() {
        out.clear();
    }
    let own_form = !out.is_empty();
    // An agreement verb's own future is not read above (an agreement is already what a promise
    // is coded as), but a negation before it makes the future a refusal stated today: «no
    // prorrogará el acuerdo», «ne renouvellera pas l'accord» (PLOVER REJECT, as "will not
    // extend"). The negation is the nearest cue, the verb's future the next.
    let agreement_verb = !own_form
        && clause.rule.kind == EventType::Agree
        && matches!(
            clause.rule.voice,
            crate::lexicon::Voice::Active | crate::lexicon::Voice::Recip
        );
    let lex = clause.part.lex;
    let refusal = agreement_verb && before.first().is_some_and(|(_, c)| *c == Cue::Negated) && {
        let said = reported(ctx, clause);
        let mut words = clause.text[word_start..word_end].split_whitespace();
        let first = words.next();
        let last = words.last();
        [first, last]
            .into_iter()
            .flatten()
            .map(|w| w.trim_matches(|c: char| !dyad_kb::is_word_char(c)))
            .find_map(|w| lex.tense_cue(w, said))
            .is_some_and(|c| matches!(c, Cue::Future | Cue::Intent))
    };
    // A negation written whole with the future's word ("will not", "won't" are one cue: the
    // negation) refuses as well, when that word alone is the language's intent cue.
    let will_not = agreement_verb
        && clause
            .aux
            .iter()
            .filter(|(a, c)| {
                *c == Cue::Negated
                    && a.start >= from
                    && a.end <= t.start
                    && t.start - a.end <= AUX_REACH
            })
            .max_by_key(|(a, _)| a.end)
            .is_some_and(|(a, _)| {
                let cue = &clause.text[a.start..a.end];
                cue.contains(char::is_whitespace)
                    && cue.split_whitespace().next().is_some_and(|w| {
                        lex.aux.find_all(w, &lex.affixes).iter().any(|&(s, e, p)| {
                            s == 0 && e == w.len() && lex.aux.values(p).contains(&Some(Cue::Intent))
                        })
                    })
            });
    out.extend(before.into_iter().map(|(_, c)| c));
    if refusal || (will_not && out.first() == Some(&Cue::Negated)) {
        out.insert(1, Cue::Intent);
    }
    if late_negation(clause) {
        out.push(Cue::Negated);
    }
    // A stopping word that follows the act it stops: a verb that closes the clause
    // ("saldırıları durdurdu", «حملات را متوقف کرد», "hat die Angriffe eingestellt"). Not
    // after a request, agreement, threat, refusal or accusation: the stop is what it asks,
    // grants or refuses («از ایران خواست روند صدور حکم را متوقف کند»), not a stop of it.
    let governs = super::finish::governs(clause.rule.kind);
    out.extend(
        clause
            .aux
            .iter()
            .filter(|(a, c)| {
                *c == Cue::StoppedAfter
                    && !governs
                    && a.start >= t.end
                    && a.start - t.end <= STOP_REACH
                    && a.end <= clause.end
                    && stops(clause, Span::new(a.start, a.end))
            })
            .map(|(_, c)| *c),
    );
    if verb_final {
        out.extend(
            clause
                .aux
                .iter()
                .filter(|(a, c)| {
                    !matches!(c, Cue::Earlier | Cue::Stopped | Cue::StoppedAfter)
                        && a.start >= t.end
                        && a.start - t.end <= AUX_AFTER_REACH
                        && a.end <= clause.end
                })
                .map(|(_, c)| *c),
        );
        // The verb after the trigger by its ending (`[grammar] tense_endings`): the noun
        // and its light verb, "हमला उठाएगा", or a trigger that ends before its verb's ending.
        let next = clause
            .text
            .get(word_end..clause.end)
            .and_then(|rest| rest.split_whitespace().next())
            .map(|w| w.trim_matches(|c: char| !dyad_kb::is_word_char(c)))
            .filter(|w| !w.is_empty());
        if let Some(c) = next
            .and_then(|w| clause.part.lex.tense_cue(w, reported(ctx, clause)))
            .filter(|c| own_tense || !matches!(c, Cue::Future | Cue::Intent))
        {
            out.push(c);
        }
    }
    (out, own_form)
}

/// Does the stopping word `cue` govern the trigger? It stops the first act on its side only —
/// before the trigger ("suspended its strikes"), or after it where the verb comes last
/// ("saldırıları durdurdu") — and one held by a longer trigger is that trigger's: no other
/// trigger may stand between the two, nor hold the word and more ("halted its offensive and
/// shelled Kharkiv": the shelling happened), nor a comma (the stopped act is the word's object:
/// "froze its participation, accusing the alliance" accused). A trigger that is the stopping
/// word alone leaves its object to it.
fn stops(clause: &Clause, cue: Span) -> bool {
    let t = clause.trigger;
    // What stands between the word and the trigger.
    let (from, to) = if cue.end <= t.start {
        (cue.end, t.start)
    } else {
        (t.end, cue.start)
    };
    let between = clause.text.get(from..to).unwrap_or("");
    !between.contains(|c: char| is_comma(c) || crate::punct::is_semicolon(c))
        && !clause.others.iter().map(|o| o.span).any(|u| {
            (u.start >= from && u.start < to)
                || (u.start <= cue.start && u.end >= cue.end && u != cue)
        })
}

/// Does the trigger's verb form put the act before the report's news: an `earlier` cue (a
/// pluperfect auxiliary, an adverb of an earlier time) near it in its clause — before it, inside
/// its words ("ziyaret etmişti"), or right after it where the verb closes its clause (verb-final
/// languages: "मारे गए थे", "کیا تھا"; a verb-second language's subordinate clause, "nachdem …
/// angegriffen hatte")? A verb-second language's auxiliary may stand anywhere before the verb's
/// participle in its clause ("Am Dienstag hatte Baerbock den Botschafter … zurückgerufen").
/// An event noun has no tense of its own: the auxiliary beside it is a copula's or another
/// verb's ("had talks", "پہلا دورہ تھا", "the first visit was").
fn earlier(clause: &Clause) -> bool {
    let lex = clause.part.lex;
    if clause.rule.voice == crate::lexicon::Voice::Noun {
        return false;
    }
    let t = coordination_last(clause)
        .unwrap_or_else(|| Span::new(clause.trigger.start, clause.trigger.end));
    let verb_final = lex.order == dyad_kb::WordOrder::Sov;
    let tail = verb_final || lex.verb_second;
    let next_trigger = clause
        .triggers
        .iter()
        .copied()
        .filter(|&o| o >= t.end)
        .min()
        .unwrap_or(clause.end);
    clause.aux.iter().any(|(a, c)| {
        *c == Cue::Earlier
            // (Where the verb ends its clause, an auxiliary before the trigger closes another
            // verb: "از سفیر ایران که در سفر به تهران بود خواست".)
            && ((!verb_final
                && a.start >= clause.start
                && a.end <= t.start
                && (lex.verb_second || t.start - a.end <= AUX_REACH))
                || (a.start >= t.start && a.end <= t.end)
                || (tail
                    && a.start >= t.end
                    && a.start - t.end <= AUX_AFTER_REACH
                    && a.end <= next_trigger.min(clause.end)))
    })
}

/// The verb that ends the coordination a participle trigger stands in for its own finite form
/// (`[grammar] conjunct_participle`: «سپاه … را هدف قرار داده و آن‌ها را … متهم کرده بود», the
/// first act as pluperfect as the second): the next verb trigger of the clause after «و» or a
/// comma, followed on while that one is such a participle too. None when the trigger is no
/// such participle.
fn coordination_last(clause: &Clause) -> Option<Span> {
    let lex = clause.part.lex;
    if lex.conjunct_participle.is_empty() {
        return None;
    }
    let word_end = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    let participle = |span: Span| {
        clause.text[span.start..span.end]
            .split_whitespace()
            .last()
            .map(word_end)
            .is_some_and(|w| {
                lex.conjunct_participle
                    .iter()
                    .any(|e| w.ends_with(e.as_str()))
            })
    };
    // «و» or a comma right after the participle: another verb follows in the coordination.
    let joined = |span: Span| {
        let rest = clause.text[span.end..clause.end.max(span.end)].trim_start();
        rest.starts_with(crate::punct::is_comma)
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|w| lex.words.conjunctions.contains(w))
    };
    let mut t = Span::new(clause.trigger.start, clause.trigger.end);
    let mut last = None;
    // (Each step moves to a later trigger of the sentence: at most all of them.)
    while participle(t) && joined(t) {
        let next = clause
            .others
            .iter()
            .filter(|o| o.verb && o.span.start >= t.end && o.span.end <= clause.end)
            .min_by_key(|o| o.span.start)?;
        dyad_core::scan::read(1);
        t = next.span;
        last = Some(t);
    }
    last
}

/// Does the trigger's sentence hold a speech verb (or "according to"), before or after it —
/// not the trigger's own words ("recalled its ambassador" is no "recalled that")?
fn speech_in_sentence(clause: &Clause) -> bool {
    let t = clause.trigger;
    clause
        .openers
        .iter()
        .any(|o| o.2 == super::clause::Opener::Speech && (o.1 <= t.start || o.0 >= t.end))
}

/// How many sentences back in its paragraph an earlier act looks for its time.
const CARRY_REACH: usize = 4;

/// The date an act told as earlier than the news carries from its paragraph.
///
/// The pluperfect says only that the act came before the time the passage is told at. Where
/// that time is a background one — wholly before the report's news days (the week before
/// publication) — the act belongs to that background and takes its date ("In January the two
/// states struck each other's territory … after which Pakistan had recalled its ambassador";
/// "… had bombed the building, which killed 85 people in July 1994"): the nearest such time in
/// the act's sentence, else the last in the sentences before it in its paragraph. Where the
/// passage is told at the news days ("Putin arrived on Monday. He had invited Xi …"), or names
/// no time but the publication's, the act came a while before the news: only the year of
/// publication is claimed, a coarse date, not the news day the act preceded. Where nothing
/// anchors the passage at all, the act is undated.
fn carried(doc: &dyad_core::Document, clause: &Clause) -> Option<EventDate> {
    let published = doc.published_day()?;
    let news = published.saturating_sub(jiff::Span::new().days(LEAD_DAYS));
    let k = doc.sentence_at(clause.trigger.start)?;
    // (At most CARRY_REACH sentences back: a paragraph's time fades, and the walk stays
    // bounded however long the paragraph.)
    let mut first = k;
    while first > 0
        && k - first < CARRY_REACH
        && !doc.text[doc.sentences[first - 1].span.end..doc.sentences[first].span.start]
            .contains('\n')
    {
        first -= 1;
    }
    dyad_core::scan::read(k - first);
    let from = doc.sentences[first].span.start;
    let dates = |x: &&dyad_core::TimeExpr| !x.bound && x.refers.is_none() && !x.spans_years();
    let background = |x: &&dyad_core::TimeExpr| dates(x) && x.last_day() < news;
    let t = clause.trigger.start;
    let sentence = crate::actors::starting_in(
        &doc.times,
        |x| x.span.start,
        clause.sent.start,
        clause.sent.end,
    );
    let before = crate::actors::starting_in(&doc.times, |x| x.span.start, from, clause.sent.start);
    let own = sentence
        .iter()
        .filter(background)
        .min_by_key(|x| x.span.start.abs_diff(t))
        .or_else(|| {
            before
                .iter()
                .filter(background)
                .max_by_key(|x| x.span.start)
        });
    if let Some(x) = own {
        return Some(EventDate::of_time(x, "paragraph"));
    }
    let told_at_news = sentence.iter().chain(before).any(|x| dates(&x));
    if !told_at_news {
        return None;
    }
    DateValue::year(published.year()).map(|v| EventDate::new(v, "earlier"))
}

/// Does a verb-second language's negation stand late in the trigger's clause, inside the
/// trigger's gap or shortly after it and before any other trigger ("erkannte die Republiken
/// nicht an", "verhängte keine Sanktionen", "Gespräche habe es nicht gegeben")?
fn late_negation(clause: &Clause) -> bool {
    let t = clause.trigger;
    clause.part.lex.verb_second
        && clause.aux.iter().any(|(a, c)| {
            *c == Cue::Negated
                && a.start > t.start
                && a.end <= clause.end
                && a.start.saturating_sub(t.end) <= AUX_AFTER_REACH
                && !clause
                    .triggers
                    .iter()
                    .any(|&o| o > t.start && o < a.start && o >= t.end)
        })
}

/// Does the time `x` stand in a phrase of sequence of its language ("after Saturday's attack":
/// `clause::sequence_start`)?
fn in_sequence(ctx: &Ctx, x: &dyad_core::TimeExpr) -> bool {
    let Some(part) = ctx.parts.iter().find(|p| p.span.contains(x.span)) else {
        return false;
    };
    let sent = crate::actors::sentence_span(ctx.doc, x.span.start);
    super::clause::sequence_start(ctx.norm, part.lex, sent.start, x).is_some()
        || super::clause::sequence_end(ctx.norm, part.lex, sent.end, x).is_some()
}

/// How many days before publication a report's lead may date its news day.
const LEAD_DAYS: i64 = 7;

/// How many sentences back the time a passage is told at is looked for.
const PASSAGE_REACH: usize = 6;

/// The news day a later passage is told at, when it has moved on from the lead's: the last day
/// of the news week (the week before publication) named in the sentences before the trigger's
/// (after the lead's two, at most PASSAGE_REACH back), when it is later than the lead's day. ("The government banned wheat exports (on Friday night) … The food secretary said on
/// Saturday … The German minister criticised the decision": Saturday, not Friday.) A day
/// earlier than the lead's, told after it, is background, and leaves the lead's day.
fn passage_day(
    ctx: &Ctx,
    clause: &Clause,
    published: jiff::civil::Date,
    lead: DateValue,
) -> Option<DateValue> {
    let doc = ctx.doc;
    let k = doc.sentence_at(clause.trigger.start)?;
    if k < 3 {
        return None;
    }
    let first = k.saturating_sub(PASSAGE_REACH).max(2);
    dyad_core::scan::read(k - first);
    let from = doc.sentences[first].span.start;
    let told = crate::actors::starting_in(
        &doc.times,
        |x| x.span.start,
        from,
        doc.sentences[k].span.start,
    )
    .iter()
    // (Only days of the news week: a month or a year told in between is background.)
    .filter(|x| {
        x.refers.is_none()
            && x.value.precision == DatePrecision::Day
            && x.duration_days.is_none()
            && x.value.first_day() <= published
            && x.value.first_day() >= published.saturating_sub(jiff::Span::new().days(LEAD_DAYS))
            && !in_sequence(ctx, x)
    })
    .max_by_key(|x| x.span.start)?;
    (told.value.first_day() > lead.first_day()).then_some(told.value)
}

/// The news day a report's lead names, when it is not the publication day: the first time
/// expression of the text, a day, in its first two sentences, within a week before
/// publication ("Президент Владимир Путин в среду подписал указ …" published on Thursday).
/// A sentence that dates nothing tells of that day, not of the day the report came out.
fn lead_day(ctx: &Ctx, published: jiff::civil::Date) -> Option<DateValue> {
    let doc = ctx.doc;
    // (Not an expression measured from another event: "через неделю после того, как …" dates
    // that event, not the lead's news; nor a time inside a phrase of sequence, "después de
    // que dos aviones aterrizaran el sábado": that names the act the news followed.)
    let t = doc
        .times
        .iter()
        .take_while(|t| doc.sentence_at(t.span.start).is_some_and(|i| i <= 1))
        .filter(|t| t.refers.is_none())
        .find(|t| !in_sequence(ctx, t))?;
    let day = t.value.first_day();
    // (A stretch — "last week" — names no day.)
    (t.value.precision == DatePrecision::Day
        && t.duration_days.is_none()
        && doc.sentence_at(t.span.start).is_some_and(|i| i <= 1)
        && day < published
        && day >= published.saturating_sub(jiff::Span::new().days(LEAD_DAYS)))
    .then_some(t.value)
}

pub(crate) fn of(ctx: &Ctx, clause: &Clause, a: &Assignment) -> Mode {
    let doc = ctx.doc;
    let rule = clause.rule;
    let (cues, own_form) = near_cues(ctx, clause);
    let mut aux = cues.first().and_then(|c| c.aux());
    if aux.is_none() && clause.aux.iter().any(|(_, c)| *c == Cue::Historical) {
        aux = Some(Aux::Historical);
    }
    let published = doc.published_day();
    // An actor that no longer existed on the publication day acts in history.
    // (A person outlives the offices the knowledge base dates: a former minister who speaks
    // today acts today.)
    let defunct = |s: &Side| {
        published.is_some_and(|p| {
            doc.entities.iter().any(|e| {
                Some(&e.id) == s.entity.as_ref()
                    && e.kind != EntityKind::Person
                    && !e.roles.is_empty()
                    && e.roles.iter().all(|r| r.to.is_some_and(|to| to < p))
            })
        })
    };
    if aux.is_none()
        && (a.source.as_ref().is_some_and(defunct) || a.target.as_ref().is_some_and(defunct))
    {
        aux = Some(Aux::Historical);
    }
    let mut date = match (clause.time, published) {
        (Some(x), p) => {
            if let Some(p) = p {
                if aux.is_none() && x.last_day() < p.saturating_sub(jiff::Span::new().days(400)) {
                    aux = Some(Aux::Historical);
                }
                if aux.is_none() && x.value.first_day() > p {
                    aux = Some(Aux::Future);
                }
            }
            Some(EventDate::of_time(x, "text"))
        }
        // History without a date of its own stays undated rather than dated today.
        (None, _) if aux == Some(Aux::Historical) => None,
        // The reference of an expression told from another date ("the accord comes a week
        // after Israel struck …", "بعد يوم من إعلان …") happened at a distance from a day the
        // clause does not give: undated, never dated today.
        (None, _) if reference_of_relative_time(doc, clause) => None,
        // An act told as earlier than the news ("had signed", «ранее подписал», "کیا تھا")
        // without a date of its own happened before the report's day, by days or by years:
        // never the publication day; its passage's time says which (see `carried`).
        // (Not in a sentence that reports speech: "said it had struck", "Iran had summoned the
        // envoy, the ministry said" backshift the speaker's past, which may be the news itself.)
        (None, _) if earlier(clause) && !speech_in_sentence(clause) => carried(doc, clause),
        // What someone said happened had happened when they said it: an act reported with no
        // day of its own is dated by the day of the saying ("أعلن … أمس الجمعة أن أطراف
        // النزاع وافقت عليها", announced on Friday that the parties had agreed), not by the
        // news day of the report.
        (None, Some(p)) => said_on(ctx, clause)
            .filter(|x| x.value.first_day() <= p)
            .map(|x| EventDate::of_time(x, "text"))
            .or_else(|| {
                lead_day(ctx, p).map(|v| match passage_day(ctx, clause, p, v) {
                    Some(d) => EventDate::new(d, "passage"),
                    None => EventDate::new(v, "lead"),
                })
            })
            .or_else(|| doc.published.date.map(|v| EventDate::new(v, "published"))),
        (None, None) => None,
    };

    // A stated intention of the subject itself is a promise or threat made today.
    let mut kind = rule.kind;
    let mut mode = rule.mode.clone();
    // A verb whose own future form has a day of its own still to come is scheduled, not
    // promised: "پوتین روز پنجشنبه به چین سفر خواهد کرد", "Erdoğan Ekim ayında zirveye
    // katılacak" tell a plan (future). Not so when the actor's own side announces it
    // ("اعلان کیا کہ پاکستان … کل رہا کر دے گا": the release tomorrow is promised today); a
    // spokesman or anyone else telling of it still tells a plan.
    // (A separate "will" keeps PLOVER's reading of future cooperation as AGREE.)
    let scheduled = own_form
        && !announced_by_own_side(ctx, clause, a)
        && matches!((clause.time, published), (Some(x), Some(p)) if x.value.first_day() > p);
    let intent_cue = !scheduled
        && (cues.first() == Some(&Cue::Intent)
            || (matches!(
                cues.first(),
                Some(Cue::Negated | Cue::Stopped | Cue::StoppedAfter)
            ) && cues.get(1) == Some(&Cue::Intent)));
    let mut intent = false;
    if intent_cue && a.source_is_subject && !rule.verbatim {
        // (Promising to stop an act is promising not to do it: "will halt its strikes".)
        let negated = cues.contains(&Cue::Negated)
            || matches!(cues.first(), Some(Cue::Stopped | Cue::StoppedAfter));
        // Agreeing, threatening and refusing are already what an intention is coded as; a
        // promise not to agree is a refusal ("will not extend the deal", "won't accept").
        if negated && kind == EventType::Agree {
            kind = EventType::Reject;
            mode = None;
        } else if !matches!(
            kind,
            EventType::Agree | EventType::Threaten | EventType::Reject
        ) {
            kind = match (kind.quad() <= 2, negated) {
                (true, false) => EventType::Agree,
                (true, true) => EventType::Reject,
                (false, false) => EventType::Threaten,
                (false, true) => EventType::Concede,
            };
            mode = None;
        }
        aux = None;
        intent = true;
        // The promise is made when reported — on the day the clause that reports it names
        // ("اعلان کړی و د اکتوبر په درېیمه چې …", "said on Monday that it will …"), else on the
        // publication day; the promised act's own date stays in the sentence.
        // A clause an expression is measured from ("a few days after Trump said he was willing
        // to …") was told then, promise and all.
        date = clause
            .time
            .filter(|x| x.refers.is_some())
            .or_else(|| said_on(ctx, clause))
            .map(|x| EventDate::of_time(x, "text"))
            .or_else(|| doc.published.date.map(|p| EventDate::new(p, "published")));
    }
    // Withholding support said of oneself is a rejection (PLOVER REJECT: refusing to recognise
    // or endorse): "Kazakhstan does not recognise the republics" is a REJECT by Kazakhstan, not
    // a non-event. Other negated acts ("did not attend", "did not attack") stay negated.
    // The negation must stand before the trigger: in a verb-final clause the subject and the
    // object both stand unmarked before the verb, and "no country has recognised the Taliban"
    // (a negative subject) cannot be told from a negated act of the Taliban.
    let negated_before = late_negation(clause)
        || clause.aux.iter().any(|(c, cue)| {
            *cue == Cue::Negated
                && c.start >= clause.start
                && c.end <= clause.trigger.start
                && clause.trigger.start - c.end <= AUX_REACH
        });
    if aux == Some(Aux::Negated)
        && cues.first() == Some(&Cue::Negated)
        && negated_before
        && kind == EventType::Support
        && a.source_is_subject
        && !rule.verbatim
    {
        kind = EventType::Reject;
        mode = None;
        aux = None;
    }
    Mode {
        kind,
        mode,
        aux,
        date,
        intent,
    }
}

/// Does the trigger's clause follow right after a time expression told from another one
/// ("a week after", "two days before"), as what that expression is measured from?
fn reference_of_relative_time(doc: &dyad_core::Document, clause: &Clause) -> bool {
    crate::actors::starting_in(
        &doc.times,
        |x| x.span.start,
        clause.sent.start,
        clause.start + 1,
    )
    .iter()
    .any(|x| {
        !matches!(x.anchor, "absolute" | "published")
            && x.duration_days.is_none()
            && x.span.start < clause.start
            && x.span.end <= clause.trigger.start
            && doc
                .text
                .get(x.span.end.min(clause.start)..clause.start)
                .is_some_and(|gap| gap.trim().is_empty())
    })
}

/// Is the trigger's clause said by the source's own country: its speaker is an actor of the
/// country that acts ("Pakistan's prime minister announced that Pakistan will release …")?
fn announced_by_own_side(ctx: &Ctx, clause: &Clause, a: &Assignment) -> bool {
    let (Some(source), Some((opened, _, _))) = (a.source.as_ref(), clause.opened_by) else {
        return false;
    };
    // The speaker stands outside what was said: a phrase after the opener is the clause's own
    // subject ("قال المتحدث إن وزير الخارجية الروسي سيزور": the minister is no speaker).
    reported(ctx, clause)
        && clause
            .speaker()
            .filter(|n| n.span().end <= opened)
            .and_then(|n| ctx.view.side(n.mention, clause.role_date))
            .is_some_and(|speaker| speaker.country == source.country)
}

/// Is the trigger's clause what someone said: opened by a speech verb or by a complementiser
/// ("that", «که», «چې»), not by "where" or "because"?
fn reported(ctx: &Ctx, clause: &Clause) -> bool {
    let Some((os, oe, kind)) = clause.opened_by else {
        return false;
    };
    let norm = ctx.norm;
    let opener =
        norm.text()[crate::actors::norm_pos(norm, os)..crate::actors::norm_pos(norm, oe)].trim();
    kind == super::clause::Opener::Speech
        || clause
            .part
            .lex
            .words
            .complementisers
            .iter()
            .any(|c| *c == opener)
}

/// The date of the clause that reports the trigger's clause (one opened by a speech verb or a
/// complementiser): the time expression nearest
/// before the opener that began it, within that opener's own clause, read against the
/// publication day or none.
fn said_on<'a>(ctx: &Ctx<'a>, clause: &Clause) -> Option<&'a dyad_core::TimeExpr> {
    // Only a clause that reports: opened by a speech verb or a complementiser ("that", «که»,
    // «چې»), not by "where" or "because".
    let (os, _, _) = clause.opened_by?;
    if !reported(ctx, clause) {
        return None;
    }
    // A complementiser right after its speech verb ("اعلام کرد که", "заявил, что", "ने घोषणा
    // की कि") closes that verb's clause: the day stands before the verb.
    let os = clause
        .openers
        .iter()
        .filter(|o| {
            o.2 == super::clause::Opener::Speech
                && o.1 <= os
                && ctx.doc.text[o.1..os]
                    .chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || is_comma(c))
        })
        .map(|o| o.0)
        .min()
        .unwrap_or(os);
    let from = clause.before_opener(os);
    crate::actors::starting_in(&ctx.doc.times, |x| x.span.start, from, os)
        .iter()
        // Not one told from another expression ("بعد يوم من إعلان …": a day after the
        // announcement dates something else).
        .filter(|x| x.span.end <= os && x.duration_days.is_none())
        .filter(|x| matches!(x.anchor, "absolute" | "published"))
        .max_by_key(|x| x.span.start)
}
