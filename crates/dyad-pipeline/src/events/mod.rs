//! Events: who did what to whom, when and where, coded in PLOVER from the per-language patterns
//! in `data/lexicon/<lang>/events.tsv`.
//!
//! Each trigger goes through named steps, each in its own file, passing one [`Clause`] along:
//! - `clause`: the trigger's sentence and clause (bounded by the language's clause openers,
//!   speech verbs and relative pronouns), its actor phrases with their cases (`grammar`), the
//!   quote it stands in, its time expression;
//! - `passive`: a passive auxiliary the language declares beside a verb trigger ("was",
//!   «été», "wurde … -t", 被) reads it in the passive; an act with no doer named told again
//!   beside the same act by someone named is dropped;
//! - `roles`: source and target from the grammar — the subject and object by the language's
//!   word order, the cases its markers give ("with", "against", Urdu نے, Persian را), the
//!   pattern's voice (passive: the agent acts), the type's frame of target cases
//!   (`data/events/frames.tsv`); coordinated subjects act each, a relative pronoun's antecedent
//!   is its clause's subject (its object when the pronoun's form or a subject before the verb
//!   says so), a subject left out after "and" is the previous one's, a pronoun refers back; a
//!   passive with no agent has no source; the rule id names the path that gave each role;
//! - `discourse`: a clause with no subject phrase takes an actor of the sentences before it in
//!   its paragraph — a pronoun's, a bare role's ("the minister"), or in a language whose verbs
//!   need no subject the subject that continues;
//! - `mode`: what did not simply happen (history, plans, denials, conditions) and stated
//!   intentions, which PLOVER codes as the promise or threat itself; the event's date;
//! - `finish`: location, the implicit target of domestic events, the visitor of a meeting held
//!   in one side's country as its source, CAMEO code, confidence, id.
//!
//! Complements of agreements, requests, refusals and threats are dropped last: PLOVER codes
//! the agreement, not what was agreed.
//!
//! Beside the triggers, two speech acts are coded from their verbs: a warning that states what
//! is still to come is a threat (`warnings`), and a characterisation with a judgement ("called
//! the strikes a provocation") an accusation or praise (`judgements`).

mod clause;
mod discourse;
mod finish;
pub(crate) mod grammar;
mod mode;
mod passive;
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
    /// The view with settings included: read by an imported dictionary's patterns and by a
    /// pattern whose target is a place (`in`, "arrived in").
    pub settings_view: ActorView<'a>,
    pub parts: &'a [Part<'a>],
    pub lexicon: &'a Lexicon,
    /// The subjects of the events coded so far, for later clauses with none of their own.
    pub memory: std::cell::RefCell<discourse::Memory>,
    /// The state the report is about, read once from the whole document when a clause first
    /// needs it (`discourse::document_home`).
    pub home: std::cell::OnceCell<Option<dyad_core::Country>>,
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
        settings_view: ActorView::with_settings(doc),
        parts,
        lexicon,
        memory: Default::default(),
        home: Default::default(),
    };
    // The best event per (type, source, target, sentence): the events themselves in a Vec in
    // the order found, the map holding only small keys and indexes (a map of whole events,
    // collected into a second Vec, was the largest allocation of a big document).
    // Each event with how it stands to the triggers that may govern it.
    let mut events: Vec<(Event, finish::Governed)> = Vec::new();
    let mut best: HashMap<BestKey, usize> = HashMap::new();
    // Governing verbs that coded nothing themselves (no actor found): what they govern is
    // still their content, not an act that happened.
    let mut silent: Vec<finish::Silent> = Vec::new();
    let voided = discarded(doc, norm, parts);
    if voided.story {
        return Vec::new();
    }
    for part in parts.iter().filter(|p| p.lex.has_events) {
        let hits = clause::Hits::find(doc, part, norm);
        // The source of the last event of each sentence, for a subject left out after "and".
        let mut previous: Option<(usize, roles::Actor)> = None;
        // The sources of every event the last coding trigger of each sentence gave: the
        // coordinated subjects that each did it, for a participle that goes on with all of them.
        let mut previous_all: Option<(usize, usize, Vec<roles::Actor>)> = None;
        for t in &hits.triggers {
            if inside_name(doc, t)
                || inside_role_word(doc, norm, part, t)
                || cut_short(part, &hits.triggers, t)
                || voided.sentences.contains(&doc.sentence_at(t.start))
            {
                continue;
            }
            let told_before = after_demonstrative(part, norm.text(), t);
            let topic = heads_topic(part, norm.text(), t);
            let mut seen_kinds = Vec::new();
            for rule in part.lex.events.values(t.phrase) {
                if seen_kinds.contains(&rule.kind)
                    || modifier_in_compound(norm.text(), t, rule)
                    || (rule.voice == Voice::Noun && completes_title(doc, norm, part, t))
                    || (told_before && points_back(rule, part))
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
                let conjoined: &[roles::Actor] = previous_all
                    .as_ref()
                    .filter(|(sent, at, _)| *sent == clause.sent.start && *at != t.start)
                    .map_or(&[], |(_, _, all)| all.as_slice());
                let coded = one(&ctx, &clause, earlier.as_ref(), conjoined);
                // Nobody found to act (not a weak pattern that found its actor), or nothing
                // coded with the confidence to be reported: a request whose recipient no phrase
                // names («از جامعه جهانی خواست این اقدام را محکوم کنند», asked the
                // international community to condemn the act) still governs what it asks.
                let reported = coded
                    .iter()
                    .any(|e| e.confidence >= min_confidence || rule.weight < min_confidence);
                if !reported && rule.voice != Voice::Noun && finish::governs(rule.kind) {
                    silent.push(finish::Silent {
                        sentence: clause.sent.start,
                        trigger: dyad_core::Span::new(t.start, t.end),
                        kind: rule.kind,
                        chained: clause.chained,
                    });
                }
                for ev in coded {
                    ctx.memory.borrow_mut().remember(doc, &ev);
                    if let Some(s) = roles::Actor::of_event(&ev) {
                        match &mut previous_all {
                            Some((sent, at, all))
                                if *sent == clause.sent.start && *at == t.start =>
                            {
                                if !all.iter().any(|a| a.side.span == s.side.span) {
                                    all.push(s.clone());
                                }
                            }
                            _ => previous_all = Some((clause.sent.start, t.start, vec![s.clone()])),
                        }
                        previous = Some((clause.sent.start, s));
                    }
                    if ev.confidence >= min_confidence {
                        let mut g = finish::Governed::of(&ev, rule.voice, part.lex, clause.end);
                        // An act named as what was talked about is no act, unless it has a
                        // doer of its own ("ateşkes konusunda görüştü", talked about a
                        // truce; but "İsrail'in saldırısı hakkında", Israel's attack). (A
                        // postposition governs a noun, whatever the pattern's voice:
                        // "tahıl anlaşması konusunda".)
                        if topic && !own_doer(&ev.rule) {
                            continue;
                        }
                        g.coordinated = after_conjunction(part, norm.text(), t);
                        g.verbatim = rule.verbatim;
                        g.in_relative = clause.closed_at_comma;
                        g.chained = clause.chained;
                        keep_best(&mut events, &mut best, ev, g);
                    }
                }
            }
        }
        for ev in warnings(&ctx, part, &hits)
            .into_iter()
            .chain(judgements(&ctx, part, &hits))
        {
            if ev.confidence >= min_confidence
                && !voided
                    .sentences
                    .contains(&doc.sentence_at(ev.trigger.start))
            {
                // A warning governs what it says; nothing after it governs the warning.
                let g = finish::Governed::of(&ev, Voice::Active, part.lex, ev.trigger.end);
                keep_best(&mut events, &mut best, ev, g);
            }
        }
    }
    drop(best);
    events.sort_by(|(a, _), (b, _)| {
        (a.start, a.trigger.start, a.kind, &a.id).cmp(&(b.start, b.trigger.start, b.kind, &b.id))
    });
    let mut events = finish::drop_complements(doc, parts, events, &silent);
    passive::drop_retold(&mut events);
    finish::one_visit_per_sentence(&mut events);
    let answered = std::mem::take(&mut ctx.memory.borrow_mut().answered);
    finish::reactions(doc, &mut events, &answered);
    finish::continued_targets(doc, lexicon, &ctx.view, &mut events);
    // (Before the acts without a recipient are dropped: "Afghan forces opened fire", reported
    // by Pakistan, names no recipient and is still Pakistan's allegation against Afghanistan.)
    let alleged = allegations(doc, lexicon, &events);
    // An accusation of the sentence by the same speaker whose target was only implied (its own
    // country: "… বলে অভিযোগ করেছে বাংলাদেশ") is the allegation, which names the accused.
    events.retain(|e| {
        !(e.kind == EventType::Accuse
            && e.source
                .as_ref()
                .zip(e.target.as_ref())
                .is_some_and(|(s, t)| {
                    finish::implied_own(s, t)
                        && alleged.iter().any(|a| {
                            a.start == e.start
                                && a.source.as_ref().map(|x| x.country) == Some(s.country)
                        })
                }))
    });
    events.extend(alleged);
    events.retain(|e| {
        !finish::lacks_recipient(lexicon, e)
            && !finish::lacks_doer(lexicon, e)
            && !finish::carried_without_recipient(lexicon, e)
    });
    events
}

/// Allegations: an act reported by a speaker of another country than its doer's — "Pakistan's
/// foreign office said that Afghan forces opened fire", «Лавров ответил, что Вашингтон пытается
/// организовать переворот», «ترجمان نے کہا کہ افغان فورسز نے فائرنگ کی» — is the speaker's
/// accusation of the doer (ACCUSE allege), made when the speech was: dated by the speaker's
/// part of the sentence, else the day of publication. Which acts accuse is data
/// (data/events/allegations.tsv, by type and mode); the reported clause and its speaker are the
/// quote layer's (the language's speech verbs and complementisers). Nothing is alleged by a
/// speaker of the doer's own country, of an act with no doer named, nor of an act that did not
/// simply happen (future, hypothetical, negated, history), nor twice: an accusation or refusal
/// by the speaker of the doer already coded in the sentence stands for it.
fn allegations(doc: &Document, lexicon: &Lexicon, events: &[Event]) -> Vec<Event> {
    use dyad_core::Aux;
    let mut out: Vec<Event> = Vec::new();
    for e in events {
        if e.rule.contains("|allegation")
            || matches!(
                e.aux,
                Some(Aux::Future | Aux::Hypothetical | Aux::Negated | Aux::Historical)
            )
            || !lexicon.alleges(e.kind, e.mode.as_deref())
        {
            continue;
        }
        let Some(doer) = e.source.as_ref() else {
            continue;
        };
        // The reported clause holding the act (quotes are sorted by start).
        let Some(q) = starting_in(
            &doc.quotes,
            |q| q.start,
            e.trigger.start.saturating_sub(crate::quotes::MAX_QUOTE),
            e.trigger.start + 1,
        )
        .iter()
        .rev()
        .find(|q| q.kind == "reported" && q.start <= e.trigger.start && e.trigger.end <= q.end) else {
            continue;
        };
        let Some(speaker) = q.speaker.as_ref() else {
            continue;
        };
        if speaker.country == doer.country {
            continue;
        }
        // (By country: "Bangladesh alleged that Myanmar's army fired" is coded once, whether
        // the allegation verb's own event names the army or the state.)
        let said = |x: &Event| {
            matches!(x.kind, EventType::Accuse | EventType::Reject)
                && x.start == e.start
                && x.source.as_ref().map(|s| s.country) == Some(speaker.country)
                && x.target.as_ref().map(|t| t.country) == Some(doer.country)
        };
        if events.iter().chain(out.iter()).any(said) {
            continue;
        }
        // The speech's day: a time expression of the speaker's part of the sentence (before
        // the reported clause), else the day of publication.
        let sent_start = e.start.min(q.start);
        let date = starting_in(&doc.times, |x| x.span.start, sent_start, q.start)
            .iter()
            .filter(|x| x.span.end <= q.start && x.refers.is_none() && !x.spans_years())
            .max_by_key(|x| x.span.start)
            .map(|x| dyad_core::EventDate::of_time(x, "text"))
            .or_else(|| {
                doc.published
                    .date
                    .map(|p| dyad_core::EventDate::new(p, "published"))
            });
        // A state named as the speaker accuses through its government (frames.tsv's `state`).
        let mut speaker = speaker.clone();
        if speaker.sector.is_none()
            && finish::mentions_a(doc, speaker.span, dyad_core::EntityKind::Country)
        {
            speaker.sector = lexicon.state_sector(EventType::Accuse);
        }
        let mode = Some("allege".to_string());
        out.push(Event {
            id: format!("{}-alleged", e.id),
            kind: EventType::Accuse,
            cameo: lexicon
                .default_cameo(EventType::Accuse, mode.as_deref())
                .map(str::to_string),
            mode,
            context: Vec::new(),
            source: Some(speaker),
            target: Some(doer.clone()),
            date,
            aux: None,
            quad: EventType::Accuse.quad(),
            rule: format!("{}|allegation", e.rule),
            ..e.clone()
        });
    }
    out
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

/// An event's type, source, target and sentence: one event is kept per key.
type BestKey = (EventType, Option<ActorCode>, Option<ActorCode>, usize);

/// The best event per (type, source, target, sentence).
fn keep_best(
    events: &mut Vec<(Event, finish::Governed)>,
    best: &mut HashMap<BestKey, usize>,
    ev: Event,
    g: finish::Governed,
) {
    let key = (
        ev.kind,
        ev.source.as_ref().map(Side::actor),
        ev.target.as_ref().map(Side::actor),
        ev.start,
    );
    match best.get(&key) {
        Some(&i) if events[i].0.confidence >= ev.confidence => {}
        Some(&i) => events[i] = (ev, g),
        None => {
            best.insert(key, events.len());
            events.push((ev, g));
        }
    }
}

/// Warnings that are threats: a warn verb ("warned", "حذر", "предупредил", "هشدار داد") whose
/// sentence goes on to state a future or conditional act ("warned that Russia would use all
/// means", "warned of consequences if …") is a THREATEN by the one who warns. A warn verb
/// that is part of a longer trigger ("warned against") is that trigger's.
fn warnings(ctx: &Ctx, part: &Part, hits: &clause::Hits) -> Vec<Event> {
    let Some(rule) = part.lex.warn_rule.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for w in &hits.warns {
        let sent = crate::actors::sentence_span(ctx.doc, w.start);
        let still_to_come = states_future(ctx, part, hits, w, sent);
        // A longer trigger holding the verb reads it ("warned against", "warned of
        // consequences"); one of the same words is the bare verb's weak reading.
        let in_trigger = starting_in(&hits.triggers, |t| t.start, sent.start, w.end)
            .iter()
            .any(|t| t.start <= w.start && w.start < t.end && (t.start, t.end) != (w.start, w.end));
        if !still_to_come || in_trigger {
            continue;
        }
        let Some(clause) = Clause::of(ctx, part, hits, w, rule) else {
            continue;
        };
        // The one who warns must be named as its subject (or by a pronoun, or be a quote's
        // speaker): the speaker of an earlier verb of the sentence is a guess in verb-final
        // clauses, where objects stand before the verb too.
        let said = |e: &Event| {
            let how = finish::found_path(&e.rule);
            !matches!(how.as_str(), "speaker>src" | "main>src" | "prev>src")
        };
        for mut e in one(ctx, &clause, None, &[]).into_iter().filter(said) {
            if e.target.is_none() {
                warned_party(ctx, &clause, w.end, &mut e);
            }
            // Where the verb closes its clause, what it warns of stands before it, and its
            // condition or future («NATO'ya katılması halinde karşılık vereceği konusunda
            // uyardı») is the complement's, read by the mode stage as the verb's own: the
            // warning itself was made.
            if part.lex.order == dyad_kb::WordOrder::Sov
                && matches!(
                    e.aux,
                    Some(dyad_core::Aux::Hypothetical | dyad_core::Aux::Future)
                )
            {
                e.aux = None;
            }
            out.push(e);
        }
    }
    out
}

/// How far before a future form a negation governs it («no lo hará», «no se quedará»).
const WARN_NEG_BEFORE: usize = 12;

/// Does what a warning says after the verb `w`, in its sentence, state an act still to come: a
/// future or conditional cue word ("will", "would", «سوف», "if"), or a verb whose ending writes
/// the future or the conditional onto it (`[grammar] tense_endings`: «responderá», «frappera»,
/// "karşılık verecek"; not inside a name)? A future that is negated — a negation just before it
/// («no atacará») or just after it ("it would not attend"), or a negated future itself ("will
/// not", "saldırmayacak") — states no act: "warned that its minister would not attend" is no
/// threat. A refusal that is a threat is written in `aux.tsv` as an intention holding its
/// negation ("would not stand idly by", "will not tolerate", «no .. de brazos cruzados»), the
/// longest cue at its place.
fn states_future(
    ctx: &Ctx,
    part: &Part,
    hits: &clause::Hits,
    w: &PhraseMatch,
    sent: dyad_core::Span,
) -> bool {
    use crate::lexicon::Cue;
    let text = &ctx.doc.text;
    let negations: Vec<(usize, usize)> = hits
        .aux
        .iter()
        .filter(|(a, c)| *c == Cue::Negated && a.start >= w.end && a.end <= sent.end)
        .map(|(a, _)| (a.start, a.end))
        .collect();
    let negated = |start: usize, end: usize| {
        negations.iter().any(|&(ns, ne)| {
            (ne <= start
                && start - ne <= WARN_NEG_BEFORE
                && !text[ne..start].contains(crate::punct::is_comma))
                || (ns >= end && text[end..ns].trim().is_empty())
        })
    };
    let by_word = hits.aux.iter().any(|(a, c)| {
        matches!(
            c,
            Cue::Future | Cue::Intent | Cue::Hypothetical | Cue::Resolve
        ) && a.start >= w.end
            && a.end <= sent.end
            && !negated(a.start, a.end)
    });
    if by_word || part.lex.tense_endings.is_empty() {
        return by_word;
    }
    // The verbs of the complement by their endings, names aside: after the verb, or before it
    // where the verb closes its sentence ("karşılık vereceği konusunda uyardı").
    let from = if part.lex.order == dyad_kb::WordOrder::Sov {
        sent.start
    } else {
        w.end
    };
    let names: Vec<dyad_core::Span> =
        starting_in(&ctx.doc.mentions, |m| m.span.start, from, sent.end)
            .iter()
            .map(|m| m.span)
            .collect();
    let Some(rest) = text.get(from..sent.end) else {
        return false;
    };
    let mut at = from;
    for word in rest.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        let bare = word.trim_matches(|c: char| !dyad_kb::is_word_char(c));
        if bare.is_empty()
            || (start >= w.start && start < w.end)
            || names.iter().any(|n| n.start <= start && start < n.end)
        {
            continue;
        }
        let end = start + word.trim_end().len();
        if matches!(
            part.lex.tense_cue(bare, true),
            Some(Cue::Future | Cue::Intent | Cue::Hypothetical)
        ) && !negated(start, end)
        {
            return true;
        }
    }
    false
}

/// Judgements: a characterising verb ("called", «назвал», «calificó», «وصف», "nitelendirdi")
/// with a judgement word in its sentence — after it, or before it in a verb-final language ("a
/// provocation", «ничтожными», "outrageous"; `verdicts.tsv`; found by `clause::judge`) — is an
/// accusation by its subject (ACCUSE), or praise (SUPPORT) when the judgement is good ("called
/// the talks historic"). What is judged gives the target: the doer of the act it judges, named
/// as its possessor ("called Israel's strikes a violation"), else an actor named in it ("called
/// the US decision illegal"), else the doer of an act told just before (`finish::reactions`).
fn judgements(ctx: &Ctx, part: &Part, hits: &clause::Hits) -> Vec<Event> {
    let mut out = Vec::new();
    let calls = hits.judged.iter().map(|j| (j, false));
    let copulas = hits.copula_judged.iter().map(|j| (j, true));
    for ((c, verdict), copula) in calls.chain(copulas) {
        // A passive characterising verb judges its subject; its doer is an agent phrase's.
        let passive = !copula
            && part
                .lex
                .speech
                .values(c.phrase)
                .contains(&crate::lexicon::SpeechKind::Passive);
        let rule = match (verdict, copula) {
            (crate::lexicon::Verdict::Bad, false) if passive => {
                part.lex.passive_blame_rule.as_ref()
            }
            (crate::lexicon::Verdict::Good, false) if passive => {
                part.lex.passive_praise_rule.as_ref()
            }
            (crate::lexicon::Verdict::Bad, false) => part.lex.blame_rule.as_ref(),
            (crate::lexicon::Verdict::Good, false) => part.lex.praise_rule.as_ref(),
            (crate::lexicon::Verdict::Bad, true) => part.lex.copula_blame_rule.as_ref(),
            (crate::lexicon::Verdict::Good, true) => part.lex.copula_praise_rule.as_ref(),
        };
        let Some(rule) = rule else { continue };
        let Some(clause) = Clause::of(ctx, part, hits, c, rule) else {
            continue;
        };
        // A copula's judgement accuses another: what it characterises is of another country
        // than its speaker (a speaker's judgement of its own side, or of nothing an actor
        // names, is an opinion, not an act towards anyone).
        out.extend(one(ctx, &clause, None, &[]).into_iter().filter(|e| {
            !copula
                || e.source
                    .as_ref()
                    .zip(e.target.as_ref())
                    .is_some_and(|(s, t)| s.country != t.country)
        }));
    }
    out
}

/// The one a warning is addressed to when its clause names nobody: the first actor of another
/// country in what it warns of ("هشدار داد که هر اقدام تلافی‌جویانه آمریکا …", "warned that any
/// NATO expansion would …"); not a setting or a topic.
fn warned_party(ctx: &Ctx, clause: &Clause, after: usize, e: &mut Event) {
    let Some(source) = e.source.as_ref() else {
        return;
    };
    let party = clause
        .nps
        .iter()
        .filter(|n| n.start() >= after && n.is_actor && !n.is_capital)
        .filter(|n| !n.has(dyad_kb::Case::In) && !n.has(dyad_kb::Case::About))
        .filter_map(|n| ctx.view.side(n.mention, clause.role_date))
        .find(|s| s.country != source.country);
    if let Some(t) = party {
        e.target = Some(t);
        // The path is the rule id's second field.
        let mut fields: Vec<String> = e.rule.splitn(3, '|').map(str::to_string).collect();
        if let Some(path) = fields.get_mut(1) {
            path.push_str(",that>tgt");
        }
        e.rule = fields.join("|");
    }
}

/// The events of one trigger: one per assignment of roles (coordinated subjects act each).
fn one(
    ctx: &Ctx,
    clause: &Clause,
    earlier: Option<&roles::Actor>,
    conjoined: &[roles::Actor],
) -> Vec<Event> {
    let mut assignments = roles::assign(ctx, clause, earlier, conjoined);
    // An act whose doer is its place's people when nobody is named ("protests in Nukus"):
    // `finish` finds the place.
    // An event noun governed by another trigger of its clause ("banned protests", "called
    // for demonstrations") is that trigger's content, not an act that happened.
    // (What it is against, "protests against the ban", does not govern it.)
    let governed = || {
        let governs = |t: usize| !clause.others.iter().any(|o| o.span.start == t && o.opposed);
        clause.rule.voice == Voice::Noun
            && clause.triggers.iter().any(|&t| {
                t != clause.trigger.start && clause.start <= t && t < clause.end && governs(t)
            })
    };
    if assignments.is_empty()
        && !clause.rule.verbatim
        && ctx.lexicon.local_doer(clause.rule.kind).is_some()
        && !governed()
    {
        assignments.push(roles::Assignment::nobody());
    }
    let n = assignments.len();
    let mut out: Vec<Event> = assignments
        .into_iter()
        .filter_map(|a| {
            let m = mode::of(ctx, clause, &a);
            let mut e = finish::event(ctx, clause, a, m, n > 1)?;
            finish::visitor_first(ctx, clause, &mut e);
            Some(e)
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

/// Is a trigger after a demonstrative an event told before? A noun always; a pattern written
/// as a verb too where the verb does not come last (svo, vso): there a word after "cette",
/// "this", "该" is a noun ("Téhéran présente cette attaque"). In verb-final
/// languages the demonstratives are also the subject pronouns ("وہ حملہ کرے گا": he will
/// attack), so only nouns point back.
fn points_back(rule: &EventRule, part: &Part) -> bool {
    rule.voice == Voice::Noun || part.lex.order != dyad_kb::WordOrder::Sov
}

/// Does a demonstrative stand right before the trigger ("this attack", "cette attaque", "این
/// حمله", "该袭击")? An event noun there points back to an event already told.
fn after_demonstrative(part: &Part, norm_text: &str, t: &PhraseMatch) -> bool {
    let unspaced = |c: Option<char>| c.is_some_and(dyad_kb::unspaced);
    // From the start of the trigger's word: a clitic or article may be glued to it ("هذه
    // الهجمات").
    let head = &norm_text[..t.norm_start];
    let word_start = if unspaced(norm_text[t.norm_start..].chars().next()) {
        t.norm_start
    } else {
        // (Whitespace, not "not alphanumeric": Devanagari vowel signs are marks.)
        head.char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let before = norm_text[..word_start].trim_end();
    part.lex.words.demonstratives.iter().any(|d| {
        before.strip_suffix(d.as_str()).is_some_and(|rest| {
            // A whole word, or a word of a script written without spaces.
            unspaced(d.chars().next())
                || rest
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
        })
    })
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
    .any(|m| {
        !m.anaphoric
            && m.span.start <= t.start
            && t.start < m.span.end
            // A phrase built on a role word is no name: a pattern may begin on that word in
            // a verb-final language ("Germaniya elchisini chaqirdi", the envoy summoned).
            && doc.entities[m.entity].kind != dyad_core::EntityKind::Actor
    })
}

/// Does the trigger begin inside a word that, read whole from its first letter, is a role word
/// of the language? Then it was read by cutting off as a clitic a letter that is the role
/// word's own: «وزارة» (ministry) is not «و» + «زار» + «ه» ("and visited him"), whether or not a
/// country makes the ministry an actor phrase.
fn inside_role_word(doc: &Document, norm: &Normalized, part: &Part, t: &PhraseMatch) -> bool {
    let before = doc.text.get(..t.start).unwrap_or("");
    if !before
        .chars()
        .next_back()
        .is_some_and(dyad_kb::is_word_char)
    {
        return false;
    }
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !dyad_kb::is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let rest = doc.text.get(t.start..).unwrap_or("");
    let word_end = t.start
        + rest
            .find(|c: char| !dyad_kb::is_word_char(c))
            .unwrap_or(rest.len());
    let (ns, ne) = (norm.norm_pos(word_start), norm.norm_pos(word_end));
    let Some(word) = norm.text().get(ns..ne) else {
        return false;
    };
    // (A role phrase of one word that ends no earlier than the trigger begins.)
    let cut = norm.norm_pos(t.start) - ns;
    part.lex
        .roles
        .find_all(word, &part.lex.affixes)
        .iter()
        .any(|&(s, e, _)| s == 0 && e > cut)
}

/// Does an event noun complete a title that closes the name right before it ("دریادار غلامرضا
/// طحانی، فرمانده رزمایش": the commander of the exercise)? It names the holder's office, not
/// an act of theirs.
fn completes_title(doc: &Document, norm: &Normalized, part: &Part, t: &PhraseMatch) -> bool {
    starting_in(
        &doc.mentions,
        |m| m.span.start,
        t.start.saturating_sub(400),
        t.start,
    )
    .iter()
    .filter(|m| !m.anaphoric && m.span.end <= t.start)
    .filter(|m| doc.text[m.span.end..t.start].trim().is_empty())
    .any(|m| {
        let (ns, ne) = (
            crate::actors::norm_pos(norm, m.span.start),
            crate::actors::norm_pos(norm, m.span.end),
        );
        let name = &norm.text()[ns..ne];
        doc.entities[m.entity].kind == dyad_core::EntityKind::Person
            && part
                .lex
                .roles
                .find_all(name, &part.lex.affixes)
                .iter()
                .any(|&(s, e, _)| s > 0 && e == name.len())
    })
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

/// Is the word right before the trigger a conjunction of its language ("… y advirtió", "… and
/// warned")? An object clitic and an auxiliary may stand between («… y le pidió», «… et l'a
/// accusé», «… et lui a promis»): they are written onto the second verb.
/// Does a postposition of topic (`[grammar] topic_postpositions`: Turkish "konusunda",
/// "hakkında", Uzbek "bo'yicha", "haqida") follow the trigger's word? The noun then names what
/// was discussed, asked or agreed about ("ateşkes konusunda görüştü", they talked about a
/// truce), not an act that happened.
fn heads_topic(part: &Part, norm_text: &str, t: &PhraseMatch) -> bool {
    let words = &part.lex.topic_postpositions;
    let Some(rest) = norm_text.get(t.norm_end..) else {
        return false;
    };
    if words.is_empty() {
        return false;
    }
    // The rest of the trigger's word (its endings), then the next words.
    let word_end = rest
        .find(|c: char| !dyad_kb::is_word_char(c) && !matches!(c, '\'' | '’' | 'ʻ' | 'ʼ' | '‘'))
        .unwrap_or(rest.len());
    let after = &rest[word_end..];
    if !after.starts_with(' ') {
        return false;
    }
    let after = dyad_kb::fold_str(crate::actors::head(after.trim_start(), 60));
    words.iter().any(|w| {
        after
            .strip_prefix(w.as_str())
            .is_some_and(|r| r.chars().next().is_none_or(|c| !dyad_kb::is_word_char(c)))
    })
}

/// Was an event's source found as the act's own doer, before or beside its noun (a
/// possessor, an agent, a relative clause's genitive), not as the clause's subject? (The rule
/// id's second field begins with how the source was found: roles.rs.) The parties "between"
/// whom are as often the talks' as the topic's ("İsrail ile Hamas arasında ateşkes konusunda
/// görüşmeler", talks between Israel and Hamas on a truce).
fn own_doer(rule: &str) -> bool {
    rule.split('|')
        .nth(1)
        .and_then(|how| how.split(',').next())
        .is_some_and(|src| {
            matches!(
                src,
                "poss>src" | "agent>src" | "of>src" | "rel>src" | "gen>src"
            )
        })
}

fn after_conjunction(part: &Part, norm_text: &str, t: &PhraseMatch) -> bool {
    let words = &part.lex.words;
    let mut toks: Vec<&str> = Vec::new();
    for w in norm_text[..t.norm_start].split_whitespace().rev().take(4) {
        // («l'a» is the clitic «l'» and the auxiliary «a».)
        toks.extend(discourse::elided(w).into_iter().rev());
    }
    let mut clitic = false;
    for (i, w) in toks.iter().enumerate().take(3) {
        if words.conjunctions.contains(*w) {
            return i == 0 || clitic;
        }
        if words.object_clitics.contains(*w) {
            clitic = true;
        } else if !words.function.contains(*w) {
            return false;
        }
    }
    false
}
