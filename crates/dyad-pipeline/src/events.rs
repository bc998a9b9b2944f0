//! Events: who did what to whom, when and where, coded in PLOVER from the per-language patterns
//! in `data/lexicon/<lang>/events.tsv`.
//!
//! For each trigger the actors come from the trigger's clause by the pattern's voice and the
//! language's word order; a trigger inside a direct quote belongs to the quote's speaker; "he" or
//! "it" with no named subject refers back. The date is the clause's own time expression, else the
//! publication date; events in the past of the story (history), in its future, negated or
//! hypothetical keep that mode in `aux` and are never passed off as news of the day.

use crate::actors::{has_pronoun, norm_pos, sentence_span, starting_in, ActorView};
use crate::lexicon::{EventRule, LangLexicon, Lexicon, Part, Voice, WordOrder};
use dyad_core::{
    Aux, Document, EntityKind, Event, EventDate, EventType, Location, Mention, Side, Span,
};
use dyad_kb::{Normalized, PhraseMatch};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// How far back (in bytes) a negation or future cue may stand from its trigger.
const AUX_REACH: usize = 48;

/// The event layer of a document (needs entities, times and quotes).
/// Events below this confidence are not reported unless asked for: on the seeds they are
/// nearly all vague nouns ("talks", "meeting") whose actors were guessed.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

pub fn code(
    doc: &Document,
    norm: &Normalized,
    parts: &[Part],
    lexicon: &Lexicon,
    min_confidence: f32,
) -> Vec<Event> {
    let view = ActorView::new(doc);
    let mut best: HashMap<(String, String, String, usize), Event> = HashMap::new();
    for part in parts.iter().filter(|p| p.lex.has_events) {
        code_part(doc, norm, part, lexicon, &view, min_confidence, &mut best);
    }
    let mut events: Vec<Event> = best.into_values().collect();
    events.sort_by_key(|e| (e.start, e.trigger.start, e.kind));
    drop_complements(events)
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

#[allow(clippy::too_many_arguments)]
fn code_part(
    doc: &Document,
    norm: &Normalized,
    part: &Part,
    lexicon: &Lexicon,
    view: &ActorView,
    min_confidence: f32,
    best: &mut HashMap<(String, String, String, usize), Event>,
) {
    let lex = part.lex;
    let aux_hits = part.find(&lex.aux, norm);
    let clause_hits = part.find(&lex.clause, norm);
    for t in part.find(&lex.events, norm) {
        if inside_name(doc, &t) {
            continue;
        }
        let mut seen_kinds = Vec::new();
        for rule in lex.events.values(t.phrase) {
            if seen_kinds.contains(&rule.kind) || modifier_in_compound(norm.text(), &t, rule) {
                continue;
            }
            seen_kinds.push(rule.kind);
            let ev = one(
                doc,
                norm,
                lex,
                lexicon,
                view,
                &aux_hits,
                &clause_hits,
                &t,
                rule,
            );
            if let Some(ev) = ev.filter(|e| e.confidence >= min_confidence) {
                let key = (
                    ev.kind.to_string(),
                    ev.source
                        .as_ref()
                        .map(|s| s.actor().to_string())
                        .unwrap_or_default(),
                    ev.target
                        .as_ref()
                        .map(|s| s.actor().to_string())
                        .unwrap_or_default(),
                    ev.start,
                );
                match best.get(&key) {
                    Some(old) if old.confidence >= ev.confidence => {}
                    _ => {
                        best.insert(key, ev);
                    }
                }
            }
        }
    }
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

/// How far after a governing trigger its complement may start ("agreed to boost military
/// cooperation", "urged Kabul to investigate the attack").
const COMPLEMENT_REACH: usize = 48;

/// What is agreed, requested, refused or threatened has not happened: PLOVER codes the
/// agreement, the request, the refusal or the threat, not its content. An event whose trigger
/// follows such a trigger closely in the same sentence is its complement and is dropped.
fn drop_complements(events: Vec<Event>) -> Vec<Event> {
    let governs = |k: EventType| {
        matches!(
            k,
            EventType::Agree | EventType::Request | EventType::Reject | EventType::Threaten
        )
    };
    let complement = |e: &Event| {
        starting_in(&events, |g| g.start, e.start, e.start + 1)
            .iter()
            .any(|g| {
                governs(g.kind)
                    && g.trigger.end <= e.trigger.start
                    && e.trigger.start - g.trigger.end <= COMPLEMENT_REACH
            })
    };
    let keep: Vec<bool> = events.iter().map(|e| !complement(e)).collect();
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn one(
    doc: &Document,
    norm: &Normalized,
    lex: &LangLexicon,
    lexicon: &Lexicon,
    view: &ActorView,
    aux_hits: &[PhraseMatch],
    clause_hits: &[PhraseMatch],
    t: &PhraseMatch,
    rule: &EventRule,
) -> Option<Event> {
    let text = doc.text.as_str();
    let sent = sentence_span(doc, t.start);
    // Everything below looks only inside the trigger's sentence.
    let clause_hits = starting_in(clause_hits, |c| c.start, sent.start, sent.end);
    let aux_hits = starting_in(aux_hits, |a| a.start, sent.start, sent.end);
    let times = starting_in(&doc.times, |x| x.span.start, sent.start, sent.end);
    let clause_start = clause_hits
        .iter()
        .filter(|c| c.start >= sent.start && c.end <= t.start)
        .map(|c| c.end)
        .max()
        .unwrap_or(sent.start);
    let clause_end = clause_hits
        .iter()
        .filter(|c| c.start >= t.end && c.end <= sent.end)
        .map(|c| c.start)
        .min()
        .unwrap_or(sent.end);
    // Times of the trigger's clause: the one nearest the trigger dates the event. (A time in a
    // relative clause — "Qatar, which has hosted the office since 2013" — dates that clause.)
    let time = times
        .iter()
        .filter(|x| {
            x.span.start >= clause_start && x.span.end <= clause_end && x.duration_days.is_none()
        })
        .min_by_key(|x| x.span.start.abs_diff(t.start));
    let published = doc.published_day();
    let role_date = time.map(|x| x.value.first_day()).or(published);

    // Quotes are sorted by start; one holding the trigger began shortly before it.
    let quote = starting_in(
        &doc.quotes,
        |q| q.start,
        t.start.saturating_sub(4000),
        t.start + 1,
    )
    .iter()
    .rev()
    .find(|q| q.kind == "direct" && q.start <= t.start && t.end <= q.end);
    let pre: Vec<&Mention> = view.within(clause_start, t.start).collect();
    // Actors inside a gapped trigger ("accused Afghanistan of harboring") count as after it.
    let post: Vec<&Mention> = view.within(t.start + 1, sent.end).collect();
    let mut confidence = rule.weight;

    let (mut source, mut target): (Option<Side>, Option<Side>) = (None, None);
    // "the Afghan government and the Taliban agreed": a partner named with the source.
    let mut coordinated_target = false;
    let side = |m: &Mention| view.side(m, role_date);
    if let Some(q) = quote {
        source = q.speaker.clone();
        target = view
            .within(t.end, q.end)
            .next()
            .or_else(|| view.within(q.start, t.start).next())
            .and_then(side);
    } else {
        let coordinated =
            |a: &Mention, b: &Mention| joined_by_conjunction(norm, lex, a.span, b.span);
        match (rule.voice, lex.order) {
            (Voice::Passive, _) => {
                target = pre.first().and_then(|m| side(m));
                source = post.first().and_then(|m| side(m));
            }
            (Voice::Reported, _) => {
                // "must" with nobody demanding it is not a request.
                let speaker = view.within(sent.start, clause_start).next()?;
                source = side(speaker);
                target = pre.last().and_then(|m| side(m));
            }
            (Voice::Noun, _) => {
                // "Lavrov's visit to Pakistan", "Lavrov wrapped up his visit to Pakistan",
                // "the meeting between Fomin and Ali", "talks with X".
                if let Some(a) = pre
                    .last()
                    .filter(|m| t.start.saturating_sub(m.span.end) <= 4)
                    .or(pre.first())
                {
                    source = side(a);
                    let partner = pre
                        .iter()
                        .skip_while(|m| m.span != a.span)
                        .nth(1)
                        .filter(|b| coordinated(a, b));
                    target = partner.or(post.first()).and_then(|m| side(m));
                } else if post.len() >= 2 && coordinated(post[0], post[1]) {
                    source = side(post[0]);
                    target = side(post[1]);
                } else {
                    source = post.first().and_then(|m| side(m));
                    confidence *= 0.7;
                }
            }
            (_, WordOrder::Sov) => {
                source = pre.first().and_then(|m| side(m));
                target = pre
                    .iter()
                    .skip(1)
                    .last()
                    .or(post.first())
                    .and_then(|m| side(m));
            }
            (voice, order) => {
                if let Some(a) = pre.first() {
                    source = side(a);
                    let partner = pre.get(1).filter(|b| coordinated(a, b));
                    coordinated_target = partner.is_some();
                    target = match (voice, partner) {
                        (_, Some(b)) => side(b),
                        _ => post.first().and_then(|m| side(m)),
                    };
                } else if order == WordOrder::Vso || voice == Voice::Recip {
                    source = post.first().and_then(|m| side(m));
                    target = post.get(1).and_then(|m| side(m));
                } else {
                    target = post.first().and_then(|m| side(m));
                }
            }
        }
    }
    if source.is_none() {
        // "He praised …", "it hosted …": the subject was named before.
        let back = if has_pronoun(norm, lex, clause_start, t.start) {
            view.last_person_before(clause_start)
        } else {
            view.last_actor_before(t.start, sent.start)
                .filter(|m| Some(m.span) != target.as_ref().map(|s| s.span))
        };
        source = back.and_then(|m| view.side(m, role_date));
        confidence *= 0.85;
    }
    let mut source = source?;
    source = view.specialise(source, sent.start, sent.end, role_date);
    let mut target = target.map(|s| view.specialise(s, sent.start, sent.end, role_date));
    // "Fomin … after the meeting of the Russian-Pakistani committee": the other party of an
    // interaction is rarely the source's own country when another country is named.
    if quote.is_none()
        && !coordinated_target
        && target.as_ref().is_some_and(|t| t.country == source.country)
    {
        if let Some(other) = post
            .iter()
            .filter_map(|m| side(m))
            .find(|s| s.country != source.country)
        {
            target = Some(view.specialise(other, sent.start, sent.end, role_date));
        }
    }
    if target
        .as_ref()
        .is_some_and(|t| t.span == source.span || (t.entity.is_some() && t.entity == source.entity))
    {
        target = None;
    }
    if target.is_none() {
        confidence *= 0.85;
    }
    // CAMEO codes hosting (043) with the host as source; PLOVER makes the visitor the source.
    if rule.cameo.as_deref() == Some("043") {
        if let Some(visitor) = target.take() {
            target = Some(std::mem::replace(&mut source, visitor));
        }
    }

    // Auxiliary mode: cues in the clause, then what the dates say.
    let mut aux = aux_hits
        .iter()
        .rev()
        .filter(|a| a.start >= clause_start && a.end <= t.start)
        .find_map(|a| {
            let kind = *lex.aux.values(a.phrase).first()?;
            let near = t.start - a.end <= AUX_REACH;
            match kind {
                Aux::Negated | Aux::Future => near.then_some(kind),
                k => Some(k),
            }
        });
    if aux.is_none() {
        aux = aux_hits
            .iter()
            .find(|a| {
                sent.contains(Span::new(a.start, a.end))
                    && lex.aux.values(a.phrase).first() == Some(&Aux::Historical)
            })
            .map(|_| Aux::Historical);
    }
    let defunct = |s: &Side| {
        published.is_some_and(|p| {
            doc.entities.iter().any(|e| {
                Some(&e.id) == s.entity.as_ref()
                    && !e.roles.is_empty()
                    && e.roles.iter().all(|r| r.to.is_some_and(|to| to < p))
            })
        })
    };
    if aux.is_none() && (defunct(&source) || target.as_ref().is_some_and(defunct)) {
        aux = Some(Aux::Historical);
    }
    let mut date = match (time, published) {
        (Some(x), p) => {
            if let Some(p) = p {
                if aux.is_none()
                    && x.value.last_day() < p.saturating_sub(jiff::Span::new().days(400))
                {
                    aux = Some(Aux::Historical);
                }
                if aux.is_none() && x.value.first_day() > p {
                    aux = Some(Aux::Future);
                }
            }
            Some(EventDate {
                value: x.value,
                precision: x.value.precision,
                from: "text",
            })
        }
        // History without a date of its own stays undated rather than dated today.
        (None, _) if aux == Some(Aux::Historical) => None,
        (None, Some(_)) => doc.published.date.map(|v| EventDate {
            value: v,
            precision: v.precision,
            from: "published",
        }),
        (None, None) => None,
    };

    // PLOVER codes a stated intention as the act of promising or threatening: "Finland will
    // give Tanzania a grant" is AGREE today, "they would boycott contacts" THREATEN, and "Syria
    // will not accept refugees" REJECT. (A future date alone — "the conference will begin on
    // April 16" — is a scheduled event, kept as it is with aux = future.)
    let mut kind = rule.kind;
    let mut mode = rule.mode.clone();
    let mut rule_id = rule.id.clone();
    let cue = |k: Aux| {
        aux_hits.iter().any(|a| {
            a.start >= clause_start
                && a.end <= t.start
                && t.start - a.end <= AUX_REACH
                && lex.aux.values(a.phrase).first() == Some(&k)
        })
    };
    if cue(Aux::Future)
        && !matches!(
            kind,
            EventType::Agree | EventType::Threaten | EventType::Reject
        )
    {
        let negated = cue(Aux::Negated);
        (kind, aux) = match (kind.quad() <= 2, negated) {
            (true, false) => (EventType::Agree, None),
            (true, true) => (EventType::Reject, None),
            (false, false) => (EventType::Threaten, None),
            (false, true) => (EventType::Concede, None),
        };
        mode = None;
        rule_id.push_str("+intent");
        // The promise is made when reported; the promised act's own date stays in the sentence.
        if let Some(p) = doc.published.date {
            date = Some(EventDate {
                value: p,
                precision: p.precision,
                from: "published",
            });
        }
    }
    let location = locate(doc, sent, &source, target.as_ref());
    // Material and domestic events without a named target act on the place they happen in:
    // "imposed a curfew in Cizre" targets Turkey, "blocked roads in Algiers" Algeria.
    let place_acts = kind.quad() == 4
        || matches!(
            kind,
            EventType::Protest | EventType::Concede | EventType::Retreat
        );
    // Nobody else named: a refusal, threat, demand or attack by a domestic actor concerns its
    // own country ("the vice-president declined to resign", "police opened fire").
    let foreign_named = view.within(sent.start, sent.end).any(|m| {
        view.side(m, role_date)
            .is_some_and(|s| s.country != source.country && s.country.is_state())
    });
    if target.is_none()
        && !place_acts
        && !foreign_named
        && source.country.is_state()
        && kind.quad() >= 3
    {
        target = Some(Side {
            entity: None,
            name: source.country.to_string(),
            country: source.country,
            sector: None,
            span: Span::default(),
        });
    }
    if target.is_none() && place_acts {
        // Protests, repression, concessions and mobilisation with no one else named are
        // domestic: they act on the source's own country.
        let domestic = matches!(
            kind,
            EventType::Protest | EventType::Coerce | EventType::Concede | EventType::Mobilize
        );
        let own = (domestic && source.country.is_state()).then_some(source.country);
        if let Some(c) = location.as_ref().and_then(|l| l.country).or(own) {
            target = Some(Side {
                entity: None,
                name: location
                    .as_ref()
                    .map_or_else(|| c.to_string(), |l| l.name.clone()),
                country: c,
                sector: None,
                span: Span::default(),
            });
        }
    }
    let cameo = if kind == rule.kind {
        rule.cameo.clone()
    } else {
        None
    }
    .or_else(|| {
        lexicon
            .default_cameo(kind, mode.as_deref())
            .map(str::to_string)
    });
    let mut h = Sha256::new();
    h.update(doc.raw.hash.as_bytes());
    h.update(t.start.to_le_bytes());
    h.update(kind.as_str().as_bytes());
    let id: String = h
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(Event {
        id,
        kind,
        mode,
        context: rule.context.clone(),
        source: Some(source),
        target,
        date,
        location,
        aux,
        quad: kind.quad(),
        sentence: text[sent.start..sent.end].to_string(),
        start: sent.start,
        end: sent.end,
        trigger: Span::new(t.start, t.end),
        confidence: (confidence * 100.0).round() / 100.0,
        rule: rule_id,
        cameo,
    })
}

/// Are two actor mentions joined by "and" (or a comma in a list)?
fn joined_by_conjunction(norm: &Normalized, lex: &LangLexicon, a: Span, b: Span) -> bool {
    if b.start < a.end {
        return false;
    }
    let (s, e) = (norm_pos(norm, a.end), norm_pos(norm, b.start));
    let raw = &norm.text()[s..e];
    // Articles and elided articles between the two do not matter: "et l'Iran", "and the UK".
    let words: Vec<&str> = raw
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty() && !w.ends_with('\'') && !lex.words.articles.contains(*w))
        .collect();
    match words.as_slice() {
        [] => raw.contains(',') || norm.text()[e..].starts_with('و'),
        [w] => lex.words.conjunctions.contains(*w),
        _ => false,
    }
}

/// The place an event happened: a location named in its sentence.
fn locate(doc: &Document, sent: Span, source: &Side, target: Option<&Side>) -> Option<Location> {
    let used = |m: &Mention| m.span == source.span || target.is_some_and(|t| t.span == m.span);
    let places: Vec<&Mention> = starting_in(&doc.mentions, |m| m.span.start, sent.start, sent.end)
        .iter()
        .filter(|m| {
            sent.contains(m.span) && doc.entities[m.entity].kind == EntityKind::Place && !used(m)
        })
        .collect();
    let m = places.iter().find(|m| m.as_location).or(places.first())?;
    let e = &doc.entities[m.entity];
    Some(Location {
        name: e.name.clone(),
        country: e.place_country,
        lat: e.coords.map(|c| c.0),
        lon: e.coords.map(|c| c.1),
    })
}
