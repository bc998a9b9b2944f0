//! Events: who did what to whom, when and where, coded in PLOVER from the per-language patterns
//! in `data/lexicon/<lang>/events.tsv`.
//!
//! Each trigger goes through named steps, each in its own file, passing one [`Clause`] along:
//! - `clause`: the trigger's sentence and clause (bounded by the language's clause openers,
//!   speech verbs and relative pronouns), its actor phrases with their cases (`grammar`), the
//!   quote it stands in, its time expression;
//! - `roles`: source and target from the grammar — the subject and object by the language's
//!   word order, the cases its markers give ("with", "against", Urdu نے, Persian را), the
//!   pattern's voice (passive: the agent acts), the type's frame of target cases
//!   (`data/events/frames.tsv`); coordinated subjects act each, a relative pronoun's antecedent
//!   is its clause's subject, a subject left out after "and" is the previous one's, a pronoun
//!   refers back; the rule id names the path that gave each role;
//! - `mode`: what did not simply happen (history, plans, denials, conditions) and stated
//!   intentions, which PLOVER codes as the promise or threat itself; the event's date;
//! - `finish`: location, the implicit target of domestic events, CAMEO code, confidence, id.
//!
//! Complements of agreements, requests, refusals and threats are dropped last: PLOVER codes
//! the agreement, not what was agreed.

mod clause;
mod finish;
pub(crate) mod grammar;
mod mode;
mod roles;

use crate::actors::{starting_in, ActorView};
use crate::lexicon::{EventRule, Lexicon, Part, Voice};
use clause::Clause;
use dyad_core::{ActorCode, Document, Event, EventType, Side};
use dyad_kb::{Normalized, PhraseMatch};
use std::collections::HashMap;

/// Events below this confidence are not reported unless asked for: on the seeds they are
/// nearly all vague nouns ("talks", "meeting") whose actors were guessed.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// What every step of one document shares.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub norm: &'a Normalized,
    pub view: ActorView<'a>,
    /// The view an imported dictionary's patterns read, settings included (when there is one).
    pub dict_view: Option<ActorView<'a>>,
    pub parts: &'a [Part<'a>],
    pub lexicon: &'a Lexicon,
}

/// The event layer of a document (needs entities, times and quotes).
pub fn code(
    doc: &Document,
    norm: &Normalized,
    parts: &[Part],
    lexicon: &Lexicon,
    min_confidence: f32,
) -> Vec<Event> {
    let ctx = Ctx {
        doc,
        norm,
        view: ActorView::new(doc),
        dict_view: lexicon.dictionary.then(|| ActorView::with_settings(doc)),
        parts,
        lexicon,
    };
    // The best event per (type, source, target, sentence): the events themselves in a Vec in
    // the order found, the map holding only small keys and indexes (a map of whole events,
    // collected into a second Vec, was the largest allocation of a big document).
    let mut events: Vec<Event> = Vec::new();
    let mut best: HashMap<(EventType, Option<ActorCode>, Option<ActorCode>, usize), usize> =
        HashMap::new();
    let voided = discarded(doc, norm, parts);
    if voided.story {
        return Vec::new();
    }
    for part in parts.iter().filter(|p| p.lex.has_events) {
        let hits = clause::Hits::find(doc, part, norm);
        // The source of the last event of each sentence, for a subject left out after "and".
        let mut previous: Option<(usize, roles::Actor)> = None;
        for t in &hits.triggers {
            if inside_name(doc, t)
                || cut_short(part, &hits.triggers, t)
                || voided.sentences.contains(&doc.sentence_at(t.start))
            {
                continue;
            }
            let mut seen_kinds = Vec::new();
            for rule in part.lex.events.values(t.phrase) {
                if seen_kinds.contains(&rule.kind)
                    || modifier_in_compound(norm.text(), t, rule)
                    || (rule.verbatim && after_determiner(&doc.text, part, t))
                {
                    continue;
                }
                seen_kinds.push(rule.kind);
                let Some(clause) = Clause::of(&ctx, part, &hits, t, rule) else {
                    continue;
                };
                let earlier = previous
                    .as_ref()
                    .filter(|(sent, _)| *sent == clause.sent.start)
                    .map(|(_, a)| a.clone());
                for ev in one(&ctx, &clause, earlier.as_ref()) {
                    if let Some(s) = roles::Actor::of_event(&ev) {
                        previous = Some((clause.sent.start, s));
                    }
                    if ev.confidence < min_confidence {
                        continue;
                    }
                    let key = (
                        ev.kind,
                        ev.source.as_ref().map(Side::actor),
                        ev.target.as_ref().map(Side::actor),
                        ev.start,
                    );
                    match best.get(&key) {
                        Some(&i) if events[i].confidence >= ev.confidence => {}
                        Some(&i) => events[i] = ev,
                        None => {
                            best.insert(key, events.len());
                            events.push(ev);
                        }
                    }
                }
            }
        }
    }
    drop(best);
    events.sort_by(|a, b| {
        (a.start, a.trigger.start, a.kind, &a.id).cmp(&(b.start, b.trigger.start, b.kind, &b.id))
    });
    finish::drop_complements(events)
}

/// What imported discard phrases void: the whole story, or some sentences.
struct Voided {
    story: bool,
    sentences: Vec<Option<usize>>,
}

/// Sentences (and stories) holding a discard phrase of an imported discards dictionary
/// (sports, weather: text that reads like politics and is not).
fn discarded(doc: &Document, norm: &Normalized, parts: &[Part]) -> Voided {
    let mut v = Voided {
        story: false,
        sentences: Vec::new(),
    };
    for part in parts.iter().filter(|p| !p.lex.discards.is_empty()) {
        for m in part.find(&part.lex.discards, norm) {
            if part.lex.discards.values(m.phrase).contains(&true) {
                v.story = true;
            }
            v.sentences.push(doc.sentence_at(m.start));
        }
    }
    v
}

/// The events of one trigger: one per assignment of roles (coordinated subjects act each).
fn one(ctx: &Ctx, clause: &Clause, earlier: Option<&roles::Actor>) -> Vec<Event> {
    let assignments = roles::assign(ctx, clause, earlier);
    let n = assignments.len();
    let mut out: Vec<Event> = assignments
        .into_iter()
        .filter_map(|a| {
            let m = mode::of(ctx, clause, &a);
            finish::event(ctx, clause, a, m, n > 1)
        })
        .collect();
    if let Some(pair) = &clause.rule.pair {
        let mirrored: Vec<Event> = out.iter().filter_map(|e| mirror(e, pair)).collect();
        out.extend(mirrored);
    }
    out
}

/// The second event of a paired code (`[032:033]`): the same act read the other way, target
/// to source, with the second code and its reading.
fn mirror(e: &Event, pair: &crate::lexicon::PairedCode) -> Option<Event> {
    let target = e.target.clone()?;
    Some(Event {
        id: format!("{}~", e.id),
        kind: pair.kind,
        mode: pair.mode.clone(),
        context: pair.context.clone(),
        source: Some(target),
        target: e.source.clone(),
        quad: pair.kind.quad(),
        rule: format!("{}|paired", e.rule),
        cameo: Some(pair.cameo.clone()),
        ..e.clone()
    })
}

/// Does the trigger end on the first word of a longer trigger of another type? "launched ..
/// war" read into "launched 10 days of war games" is not an attack: the compound wins.
fn cut_short(part: &Part, triggers: &[PhraseMatch], t: &PhraseMatch) -> bool {
    let kinds = |m: &PhraseMatch| -> Vec<EventType> {
        part.lex
            .events
            .values(m.phrase)
            .iter()
            .map(|r| r.kind)
            .collect()
    };
    // Triggers are in text order: only those starting inside `t` are read (a scan of all of
    // them per trigger was quadratic in the document).
    starting_in(triggers, |u| u.start, t.start + 1, t.end)
        .iter()
        .any(|u| u.end > t.end && kinds(u).iter().all(|k| !kinds(t).contains(k)))
}

/// Does a name mention hold the trigger's first word? A name is never a trigger ("طالبان" is
/// the Taliban, not "طالب" (demand) with an ending). Actors inside a gapped trigger ("gave
/// Tanzania aid") are fine.
fn inside_name(doc: &Document, t: &PhraseMatch) -> bool {
    starting_in(
        &doc.mentions,
        |m| m.span.start,
        t.start.saturating_sub(400),
        t.start + 1,
    )
    .iter()
    .any(|m| !m.anaphoric && m.span.start <= t.start && t.start < m.span.end)
}

/// Does the trigger head a noun phrase: an article or possessive up to three words before it,
/// with no name and no punctuation between ("their meeting", "a brief private visit", "an
/// attack")? A verb dictionary (CAMEO codes verbs) does not code nouns.
fn after_determiner(text: &str, part: &Part, t: &PhraseMatch) -> bool {
    let w = &part.lex.words;
    for word in text[..t.start].split_whitespace().rev().take(4) {
        if word.ends_with(|c: char| c.is_ascii_punctuation() && c != '\'')
            || word.starts_with(char::is_uppercase) && !w.articles.contains(&word.to_lowercase())
        {
            return false;
        }
        let lower = word.to_lowercase();
        if w.articles.contains(&lower) || w.possessive_pronouns.contains(&lower) {
            return true;
        }
    }
    false
}

/// A verb form closing a hyphenated compound modifies the noun after it and reports no act:
/// "its long-threatened invasion", "a Saudi-backed government". (Nouns there are still events:
/// "the Russia-Ukraine talks".)
fn modifier_in_compound(norm_text: &str, t: &PhraseMatch, rule: &EventRule) -> bool {
    rule.voice != Voice::Noun
        && norm_text[..t.norm_start]
            .strip_suffix('-')
            .is_some_and(|before| before.ends_with(char::is_alphanumeric))
}
