//! The event itself: its place, the implicit target of a domestic act, the CAMEO code, its
//! confidence and id; and, over all events of a document, the complements that PLOVER does not
//! code apart from what governs them.

use super::clause::Clause;
use super::mode::Mode;
use super::roles::Assignment;
use super::Ctx;
use crate::actors::starting_in;
use crate::lexicon::{LangLexicon, Voice};
use crate::punct::{is_comma, is_space_or_comma};
use dyad_core::{Aux, Document, EntityKind, Event, EventType, Location, Mention, Side, Span};
use dyad_core::{PunctClass, PunctSet, Sector};
use sha2::{Digest, Sha256};

/// Marks that end a clause within a sentence.
const CLAUSE_BREAK: PunctSet =
    PunctSet::of(&[PunctClass::Comma, PunctClass::Semicolon, PunctClass::Colon]);

/// Builds the event of one assignment of roles.
pub(crate) fn event(
    ctx: &Ctx,
    clause: &Clause,
    a: Assignment,
    m: Mode,
    several: bool,
) -> Option<Event> {
    let doc = ctx.doc;
    let rule = clause.rule;
    let t = clause.trigger;
    let (mut source, mut target) = (a.source, a.target);
    if let (Some(s), Some(t)) = (&source, &target) {
        if own_apposition(&doc.text, s, t) {
            target = None;
        }
    }
    let mut confidence = rule.weight * a.factor;
    if target.is_none() {
        confidence *= 0.85;
    }
    // CAMEO codes hosting (043) with the host as source; PLOVER makes the visitor the source.
    if rule.cameo.as_deref() == Some("043") && !rule.verbatim && source.is_some() {
        if let Some(visitor) = target.take() {
            target = source.replace(visitor);
        }
    }
    let kind = m.kind;
    let (location, filed_at, at) = match locate(doc, clause.sent, source.as_ref(), target.as_ref())
    {
        Some((l, dateline, at)) => (Some(l), dateline, at),
        None => (None, false, Span::default()),
    };
    let mut path = a.path;
    if source.is_none() && !rule.verbatim && path.starts_with("none>src") {
        if let Some(state) = custodian(
            ctx.lexicon,
            kind,
            m.mode.as_deref(),
            &rule.context,
            location.as_ref(),
            filed_at,
            target.as_ref(),
        ) {
            source = Some(state);
            path = path.replacen("none>src", "state>src", 1);
        } else if let Some(people) = local_doer(ctx, kind, location.as_ref(), at) {
            source = Some(people);
            path = path.replacen("none>src", "place>src", 1);
        }
    }
    // A state named as the doer acts through its government or its armed forces (frames.tsv's
    // `state`), or, for an act only its authorities do on those they hold, through the arm
    // custody.tsv names ("Iran executed a protester" is its judiciary's act, not its army's);
    // a dictionary's pattern codes the phrase it found.
    if let Some(s) = source.as_mut().filter(|s| {
        !rule.verbatim && s.sector.is_none() && mentions_a(doc, s.span, EntityKind::Country)
    }) {
        s.sector = m
            .mode
            .as_deref()
            .and_then(|mode| ctx.lexicon.custodian_sector(kind, mode, &rule.context))
            .or_else(|| ctx.lexicon.state_sector(kind));
    }
    if rule.verbatim {
        // An imported CAMEO dictionary codes dyads only (PETRARCH's `require_dyad`): who acted
        // on whom, both named; no target is implied.
        target.as_ref()?;
    } else if let (None, Some(source), false) =
        (&target, &source, answers_act(&path) || rule.doer_only)
    {
        // (A reaction to an act whose doer is unnamed implies no target: events/roles.rs.)
        // Where a report was filed says nothing about whom the act was on, nor a place of a
        // subordinate or relative clause of its own ("…, nachdem an der Front in Bergkarabach
        // Kämpfe ausgebrochen waren"); a speech verb between does not make another clause
        // ("fired at targets in Jericho, witnesses said, in the West Bank city").
        let t = clause.trigger.start;
        let (lo, hi) = (t.min(at.start), t.max(at.start));
        // A meeting's setting is the sentence's: a participant told in an absolute or
        // adverbial clause of its own ("the talks opened in Kazan, with Muttaqi taking part")
        // takes part where the talks are held.
        let separates = |opener: super::clause::Opener| {
            opener != super::clause::Opener::Speech
                && !(opener == super::clause::Opener::Subordinator && kind == EventType::Consult)
        };
        let other_clause = !(clause.start <= at.start && at.end <= clause.end)
            && clause.openers.iter().any(|&(os, _, opener)| {
                separates(opener) && ((lo < os && os < hi) || (at.start < t && os <= at.start))
            });
        let place = location.as_ref().filter(|_| !filed_at && !other_clause);
        // (A town or city the sentence names, not a country, which may be a topic.)
        let in_town = place.is_some() && mentions_a(doc, at, EntityKind::Place);
        if let Some((t, how)) = implicit_target(ctx, clause, kind, source, place, in_town) {
            target = Some(t);
            path = format!("{path},{how}");
        }
    }
    // A meeting takes two: a meeting noun with nobody else named is a mention of a meeting
    // told elsewhere, a session of a body, or a party the text does not name ("the talks were
    // the first in five years", "addressed a joint session"); so is a visit its host received
    // with no guest found ("hosted", «empfing»: a host stands alone only with a gathering,
    // data/events/frames.tsv). A summit or conference needs no single partner, and a meeting
    // that did not happen claims nothing.
    let happened = !matches!(m.aux, Some(Aux::Future | Aux::Hypothetical | Aux::Negated));
    if kind == EventType::Consult
        && target.is_none()
        && (rule.voice == Voice::Noun || rule.mode.as_deref() == Some("visit"))
        && rule.mode.as_deref() != Some("multilateral")
        && happened
    {
        return None;
    }
    let cameo = if kind == rule.kind || rule.verbatim {
        rule.cameo.clone()
    } else {
        None
    }
    .or_else(|| {
        ctx.lexicon
            .default_cameo(kind, m.mode.as_deref())
            .map(str::to_string)
    });
    let mut rule_id = format!("{}|{}", rule.id, path);
    if m.intent {
        rule_id.push_str("|intent");
    }
    let mut h = Sha256::new();
    h.update(doc.raw.hash.as_bytes());
    h.update(t.start.to_le_bytes());
    h.update(kind.as_str().as_bytes());
    if several {
        // Coordinated subjects make one event each from one trigger, and a group of
        // participants one per pair.
        if let Some(s) = &source {
            h.update(s.span.start.to_le_bytes());
        }
        if let Some(t) = &target {
            h.update(t.span.start.to_le_bytes());
        }
    }
    let id: String = h
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let (s, e) = (clause.sent.start, clause.sent.end);
    Some(Event {
        id,
        kind,
        mode: m.mode,
        context: rule.context.clone(),
        source,
        target,
        date: m.date,
        location,
        aux: m.aux,
        quad: kind.quad(),
        start: s,
        end: e,
        trigger: Span::new(t.start, t.end),
        confidence: (confidence * 100.0).round() / 100.0,
        rule: rule_id,
        cameo,
    })
}

/// A meeting between two states' people held in a place of one of them is the other's visit,
/// which PLOVER codes with the visitor as the source: "Xi held talks with Putin in Beijing" is
/// Russia's CONSULT with China, whoever the sentence makes its subject. The place must be the
/// setting of the meeting's own clause, not the dateline (where the report was filed) nor a
/// place of another clause, and both parties must be the ones the grammar says met. A call is
/// made from home, a mediator need travel nowhere, a summit has many guests, and a meeting
/// that did not happen implies no journey.
pub(crate) fn visitor_first(ctx: &Ctx, clause: &Clause, e: &mut Event) {
    if e.kind != EventType::Consult
        || e.mode.is_some()
        || !MEETING.contains(&e.cameo.as_deref())
        || matches!(e.aux, Some(Aux::Future | Aux::Hypothetical | Aux::Negated))
        || clause.rule.verbatim
        || !parties_by_grammar(&e.rule)
    {
        return;
    }
    let (Some(source), Some(target)) = (&e.source, &e.target) else {
        return;
    };
    if source.country == target.country || !source.country.is_state() || !target.country.is_state()
    {
        return;
    }
    let Some((place, false, at)) = locate(ctx.doc, clause.sent, Some(source), Some(target)) else {
        return;
    };
    if at.start < clause.start || at.end > clause.end {
        return;
    }
    if place.country == Some(source.country) {
        std::mem::swap(&mut e.source, &mut e.target);
        e.rule.push_str("|setting>visitor");
    }
}

/// Were both parties of a meeting found by the grammar as the ones who met (its subject,
/// coordinated subjects, its object or "with" phrase), not guessed (a speaker, the nearest
/// name) nor a recipient or possessor ("Iran's assets in Qatar")?
fn parties_by_grammar(rule: &str) -> bool {
    const MET: &[&str] = &[
        "subj", "agent", "coord", "conj", "pair", "between", "with", "obj", "rel", "gen",
    ];
    let role = |side: &str| {
        rule.split(['|', ','])
            .find_map(|p| p.strip_suffix(side))
            .is_some_and(|r| MET.contains(&r))
    };
    role(">src") && role(">tgt")
}

/// CAMEO's "consult", "meet at a third location" and "negotiate": not a mediation.
const MEETING: &[Option<&str>] = &[Some("040"), Some("044"), Some("046")];

/// One journey is one visit: a sentence that tells a visit twice («抵达莫斯科，对俄罗斯进行国事访问»,
/// arrived in Moscow, for a state visit to Russia) keeps the surer of the two, which are of the
/// same visitor to the same country (the city's or the country's name).
pub(crate) fn one_visit_per_sentence(events: &mut Vec<Event>) {
    let journey = |e: &Event| {
        (e.kind == EventType::Consult && e.mode.as_deref() == Some("visit") && e.aux.is_none())
            .then(|| {
                Some((
                    e.start,
                    e.source.as_ref()?.actor(),
                    e.target.as_ref()?.country,
                ))
            })
            .flatten()
    };
    let mut best: Vec<(_, usize)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let Some(j) = journey(e) else { continue };
        match best.iter_mut().find(|(k, _)| *k == j) {
            Some((_, b)) if events[*b].confidence < e.confidence => *b = i,
            Some(_) => {}
            None => best.push((j, i)),
        }
    }
    let mut i = 0;
    events.retain(|e| {
        let keep = journey(e).is_none_or(|j| best.iter().any(|&(k, b)| k == j && b == i));
        i += 1;
        keep
    });
}

/// Does a mention at exactly `span` name an entity of `kind`?
pub(crate) fn mentions_a(doc: &Document, span: Span, kind: EntityKind) -> bool {
    starting_in(&doc.mentions, |m| m.span.start, span.start, span.end)
        .iter()
        .any(|m| m.span == span && doc.entities[m.entity].kind == kind)
}

/// Is the target the source's own title or apposition: the same actor written right beside it
/// ("the US Secretary of State Antony Blinken", the title a phrase of its own), or a title before
/// the name with one word between (a given name the linker did not take)? One actor does not
/// act on its own description.
fn own_apposition(text: &str, source: &Side, target: &Side) -> bool {
    let title_first = target.span.end <= source.span.start;
    let (a, b) = if title_first {
        (target.span, source.span)
    } else {
        (source.span, target.span)
    };
    let gap = |g: &str| {
        let words = g.split(is_space_or_comma).filter(|w| !w.is_empty()).count();
        words == 0 || (title_first && words == 1 && !g.contains(is_comma))
    };
    source.actor() == target.actor()
        && !a.is_empty()
        && !b.is_empty()
        && (a.end > b.start || text.get(a.end..b.start).is_some_and(gap))
}

/// A target no phrase named, when the act makes one certain: material and domestic acts act on
/// the place they happen in ("imposed a curfew in Cizre" targets Turkey), protests, repression,
/// concessions and mobilisation with nobody else named on the source's own country, and a
/// refusal, threat, demand or accusation by a domestic actor with no foreign one named concerns
/// its own country ("the vice-president declined to resign"), or its government when the actor
/// is not of the state ("the opposition rejected the results"); a meeting abroad is with the hosts.
/// The reading is named in the rule id like any other role: `place>tgt` (where the act
/// happened), `home>tgt` (a domestic act's own country), `host>tgt`, `own>tgt`.
fn implicit_target(
    ctx: &Ctx,
    clause: &Clause,
    kind: EventType,
    source: &Side,
    location: Option<&Location>,
    in_town: bool,
) -> Option<(Side, &'static str)> {
    // A promised or threatened act keeps the place of the act ("Israel will evacuate the
    // settlements in Gaza" is a promise to the Palestinians).
    let acts_on_place = |k: EventType| {
        k.quad() == 4
            || matches!(
                k,
                EventType::Protest | EventType::Concede | EventType::Retreat | EventType::Aid
            )
    };
    let place_acts = acts_on_place(kind) || acts_on_place(clause.rule.kind);
    // A foreign actor of a clause that follows ("…, nachdem Kämpfe mit Aserbaidschan
    // ausgebrochen waren") does not make a domestic act foreign.
    let foreign_in = |end: usize| {
        clause.nps.iter().any(|n| {
            n.is_actor
                && n.span().end <= end
                && ctx
                    .view
                    .side(n.mention, clause.role_date)
                    .is_some_and(|s| s.country != source.country && s.country.is_state())
        })
    };
    if place_acts {
        // Police act at home: "Egyptian police opened fire on demonstrators"; so does a state
        // to those it holds: an execution with nobody else named (custody.tsv) is of its own.
        let custodial = kind == EventType::Assault
            && kind == clause.rule.kind
            && clause
                .rule
                .mode
                .as_deref()
                .is_some_and(|m| ctx.lexicon.custodial(kind, m, &clause.rule.context));
        let domestic = matches!(
            kind,
            EventType::Protest | EventType::Coerce | EventType::Concede | EventType::Mobilize
        ) || source.sector == Some(dyad_core::Sector::COP)
            || custodial;
        let own = (domestic && !foreign_in(clause.end) && source.country.is_state())
            .then_some(source.country);
        let (c, how) = match location.and_then(|l| l.country) {
            Some(c) => (c, "place>tgt"),
            None => (own?, "home>tgt"),
        };
        // A state sanctions others: a sanction done at home (closing another state's consulates
        // "in Germany", expelling its diplomats "from Moscow") names no target by its place.
        if kind == EventType::Sanction && c == source.country {
            return None;
        }
        // (A sea lies in no country: the target is then the doer's own, named as such.)
        let name = location
            .filter(|l| l.country.is_some())
            .map_or_else(|| c.to_string(), |l| l.name.clone());
        // A protest is made to the authorities of where it is held (unless they make it).
        let sector = (kind == EventType::Protest
            && !(source.country == c && source.sector == Some(dyad_core::Sector::GOV)))
        .then_some(dyad_core::Sector::GOV);
        return Some((unnamed(c, name, sector, Span::default()), how));
    }
    // A state's meeting held in a foreign town with nobody named as the partner is with its
    // hosts: "Lavrov held talks in Islamabad" met Pakistan's government.
    if kind == EventType::Consult {
        let l = location.filter(|_| in_town && source.country.is_state())?;
        let c = l.country.filter(|&c| c != source.country && c.is_state())?;
        return Some((
            unnamed(
                c,
                l.name.clone(),
                Some(dyad_core::Sector::GOV),
                Span::default(),
            ),
            "host>tgt",
        ));
    }
    // A body outside the state (an opposition, rebels, a party, protesters) addresses its own
    // state's authorities ("the opposition rejected the results"); a state body, its country.
    let authorities = source
        .sector
        .is_some_and(|s| !ctx.lexicon.state_body(Some(s)))
        .then_some(dyad_core::Sector::GOV);
    (!foreign_in(usize::MAX) && source.country.is_state() && kind.quad() >= 3).then(|| {
        let own = unnamed(
            source.country,
            source.country.to_string(),
            authorities,
            Span::default(),
        );
        (own, "own>tgt")
    })
}

/// Who did an agentless custodial act ("was detained in İzmir", «задержан в Москве», "was
/// sentenced"): the state whose authorities hold people where it happened, a place the
/// sentence names as its setting (not where the report was filed); else, on a state's own
/// officials, soldiers, judges, legislators, party or opposition figures with no place named,
/// their own state ("the mayor was detained at his home"). A foreigner held where the text
/// names no place, or an act by no state's authority (an abduction), stays without a source.
/// Which acts are custodial is data (data/events/custody.tsv).
fn custodian(
    lexicon: &crate::lexicon::Lexicon,
    kind: EventType,
    mode: Option<&str>,
    contexts: &[String],
    location: Option<&Location>,
    filed_at: bool,
    target: Option<&Side>,
) -> Option<Side> {
    use dyad_core::Sector;
    let mode = mode?;
    if !lexicon.custodial(kind, mode, contexts) {
        return None;
    }
    let target = target?;
    let at_home = || {
        (target.country.is_state()
            && matches!(
                target.sector,
                Some(
                    Sector::GOV
                        | Sector::MIL
                        | Sector::JUD
                        | Sector::LEG
                        | Sector::PTY
                        | Sector::OPP
                        | Sector::PRE
                        | Sector::COP
                )
            ))
        .then_some(target.country)
    };
    let country = location
        .filter(|_| !filed_at)
        .and_then(|l| l.country)
        .filter(|c| c.is_state())
        .or_else(at_home)?;
    let sector = lexicon.custodian_sector(kind, mode, contexts);
    Some(unnamed(
        country,
        country.to_string(),
        sector,
        Span::default(),
    ))
}

/// The doer of an act told with nobody named whose type says who does it where it happens
/// (frames.tsv's `unnamed`: a protest is its place's civilians').
fn local_doer(ctx: &Ctx, kind: EventType, location: Option<&Location>, at: Span) -> Option<Side> {
    let sector = ctx.lexicon.local_doer(kind)?;
    let l = location?;
    Some(unnamed(l.country?, l.name.clone(), Some(sector), at))
}

/// A side no phrase names as an actor: a country (or its people or authorities) that the act
/// implies, named after its country or place; `span` is where that place is named, if anywhere.
fn unnamed(
    country: dyad_core::Country,
    name: String,
    sector: Option<dyad_core::Sector>,
    span: Span,
) -> Side {
    Side {
        entity: None,
        name,
        country,
        sector,
        cameo: None,
        span,
    }
}

/// The place an event happened: a place (or a country) named as a setting in its sentence,
/// else a place named in it that is neither source nor target, else its dateline's place; with
/// whether it is the dateline's and where it is named.
fn locate(
    doc: &dyad_core::Document,
    sent: Span,
    source: Option<&Side>,
    target: Option<&Side>,
) -> Option<(Location, bool, Span)> {
    let used = |m: &Mention| {
        source.is_some_and(|s| s.span == m.span) || target.is_some_and(|t| t.span == m.span)
    };
    let candidates: Vec<&Mention> =
        starting_in(&doc.mentions, |m| m.span.start, sent.start, sent.end)
            .iter()
            .filter(|m| {
                let kind = doc.entities[m.entity].kind;
                sent.contains(m.span)
                    && !used(m)
                    && (kind == EntityKind::Place || (kind == EntityKind::Country && m.as_location))
            })
            .collect();
    let m = candidates
        .iter()
        .find(|m| m.as_location && !m.dateline && doc.entities[m.entity].kind == EntityKind::Place)
        .or_else(|| candidates.iter().find(|m| m.as_location && !m.dateline))
        .or_else(|| candidates.iter().find(|m| !m.dateline))
        .or(candidates.first())?;
    let e = &doc.entities[m.entity];
    let country = if e.kind == EntityKind::Country {
        e.actor_on(None).map(|a| a.country)
    } else {
        e.place_country
    };
    let location = Location {
        name: e.name.clone(),
        country,
        lat: e.coords.map(|c| c.0),
        lon: e.coords.map(|c| c.1),
    };
    Some((location, m.dateline, m.span))
}

/// Is the event an act on someone with nobody named as its recipient (events/frames.tsv's
/// `alone`)? An attack told again ("the rebels claimed the attack"), a victim read as the
/// subject ("a bus carrying engineers exploded"): as a dyad it says nothing. An act that did
/// not happen claims nothing. Read after complements are dropped: such an event still governs
/// its own ("called for an end to the attacks").
///
/// A reaction to an act with no doer named stands where data/events/reactions.tsv says so
/// ("condemned the attack on the convoy": the attack is its recipient).
pub(crate) fn lacks_recipient(lexicon: &crate::lexicon::Lexicon, e: &Event) -> bool {
    let happened = happened(e);
    let answers_unnamed = answers_act(&e.rule)
        && lexicon.answers(e.kind, e.mode.as_deref()) == Some(crate::lexicon::Answers::Stands);
    // (An act about a measure or an act, no party, stands where its frame says so:
    // events/roles.rs `measure>obj`.)
    let measured = e.rule.split(['|', ',']).any(|p| p == "measure>obj");
    e.target.is_none()
        && happened
        && !answers_unnamed
        && !measured
        && !lexicon.stands_alone(e.kind, e.cameo.as_deref())
}

/// Did the act simply happen (not future, hypothetical nor negated)? Only such an act claims
/// anything of its parties.
fn happened(e: &Event) -> bool {
    !matches!(e.aux, Some(Aux::Future | Aux::Hypothetical | Aux::Negated))
}

/// Is the target only the source's own country, implied for want of any other party
/// (`implicit_target`): no entity, no phrase, the source's country?
pub(crate) fn implied_own(source: &Side, target: &Side) -> bool {
    target.entity.is_none() && target.span == Span::default() && target.country == source.country
}

/// Is a rule id's role a target implied for want of a named one (`implicit_target`), not
/// found in the text?
pub(crate) fn implied_path(role: &str) -> bool {
    matches!(role, "place>tgt" | "home>tgt" | "host>tgt" | "own>tgt")
}

/// The roles a rule id says the text gave (its second field without the implied target).
pub(crate) fn found_path(rule: &str) -> String {
    let how = rule.split('|').nth(1).unwrap_or("");
    let found: Vec<&str> = how.split(',').filter(|p| !implied_path(p)).collect();
    found.join(",")
}

/// Is the event one whose doer was carried over from an earlier clause (`prev>src`) and whose
/// recipient nothing names, of a type not reported so (data/events/frames.tsv's `carried`)?
/// A recipient the act's setting implies (a visit abroad is with its hosts) is named by its
/// place; the doer's own country, implied for want of any other, names nobody. Read after
/// reactions have found theirs.
pub(crate) fn carried_without_recipient(lexicon: &crate::lexicon::Lexicon, e: &Event) -> bool {
    let mut path = e.rule.split(['|', ',']);
    let carried = path.clone().any(|p| p == "prev>src");
    let own = |t: &Side| e.source.as_ref().is_some_and(|s| implied_own(s, t));
    carried
        && !path.any(|p| p.ends_with(">tgt") && !implied_path(p))
        && e.target.as_ref().is_none_or(own)
        && !lexicon.stands_carried(e.kind)
}

/// Does the rule id say the event reacts to an act whose doer no phrase named (events/roles.rs's
/// `act>tgt`)?
fn answers_act(rule: &str) -> bool {
    rule.split(['|', ',']).any(|p| p == "act>tgt")
}

/// Is the event one with nobody named as its doer, of a type not reported so
/// (data/events/frames.tsv's `unnamed`)?
pub(crate) fn lacks_doer(lexicon: &crate::lexicon::Lexicon, e: &Event) -> bool {
    e.source.is_none() && !lexicon.stands_unnamed(e.kind)
}

/// How far after a governing trigger its complement may start ("agreed to boost military
/// cooperation", "urged Kabul to investigate the attack").
const COMPLEMENT_REACH: usize = 48;

/// How far after a verb-final verb that heads its clause (`Governed::headed`) its complement's
/// verb may stand, within that clause: the complement's object comes first («از اتحادیه اروپا
/// خواست این «اقدام تروریسم دولتی» را محکوم کنند»).
const HEADED_COMPLEMENT_REACH: usize = 160;

/// How far before a governing trigger a complement that precedes it may end: the complement
/// of a verb-final language ("हस्ताक्षर करने से इनकार", "امضای توافق را رد کرد") or an event noun
/// ("袭击事件予以强烈谴责", "the attack was condemned").
const COMPLEMENT_BEFORE_REACH: usize = 30;

/// How an event's trigger stands to the triggers that may govern it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Governed {
    /// The language puts the verb last ("हस्ताक्षर करने से इनकार").
    pub verb_final: bool,
    /// The trigger is an event noun.
    pub noun: bool,
    /// Its complement may stand before it, or it before what governs it: a verb-final
    /// language, or an event noun ("袭击事件予以强烈谴责", "the attack was condemned").
    pub complement_first: bool,
    /// An event noun whose actor is its own (a possessor, an agent, "between"): "Iran's air
    /// strike" is Iran's whoever condemns it.
    pub own_source: bool,
    /// Where the trigger's clause ends: what governs it from after stands before this ("رد
    /// کرد" in "امضای توافق را رد کرد"; not a verb after "که": "هشدار داد که … حمله").
    pub clause_end: usize,
    /// A verb of a verb-second language: standing last, it takes the event noun before it
    /// in its clause as its object ("hat die Vorwürfe zurückgewiesen").
    pub verb_second: bool,
    /// The trigger stands right after a conjunction ("called the action unacceptable and
    /// warned of consequences"): if it is a verb that governs, a second act, not the first
    /// one's content (`drop_complements`).
    pub coordinated: bool,
    /// Recoded as its subject's stated intention (a promise or threat made today).
    pub intent: bool,
    /// Coded by an imported dictionary's pattern, read as PETRARCH reads it.
    pub verbatim: bool,
    /// The trigger stands in a relative clause set off by commas, which ends at
    /// `clause_end` ("Demonstrators, who blame the family for the collapse, stormed …"):
    /// what follows its closing comma is the main clause, not its complement.
    pub in_relative: bool,
    /// A converb of a verb-final language (`Clause::chained`): it governs nothing after it,
    /// and nothing after it governs it.
    pub chained: bool,
    /// A verb of a verb-final language whose complement follows it (`[grammar]
    /// complement_after`), with its recipient, marked by its case, before it («از اتحادیه اروپا
    /// خواست», asked the EU): it heads its clause with its own arguments, so the trigger after
    /// it is its complement («… این اقدام را محکوم کنند», to condemn the act), never what
    /// governs it. (An event noun's recipient follows it: «درخواست ایران را رد کرد», rejected
    /// Iran's request, is still the refusal's complement.)
    pub headed: bool,
}

impl Governed {
    /// The flags of an event coded from a trigger of `voice` in a language `lex`.
    pub fn of(ev: &Event, voice: Voice, lex: &LangLexicon, clause_end: usize) -> Governed {
        let order = lex.order;
        let verb_final = order == dyad_kb::WordOrder::Sov;
        let noun = voice == Voice::Noun;
        // The rule id's second field names how the source was found (roles.rs).
        let how = found_path(&ev.rule);
        let headed = verb_final
            && lex.complement_after
            && !noun
            && governs(ev.kind)
            && ev
                .target
                .as_ref()
                .is_some_and(|t| t.span.end <= ev.trigger.start)
            && how.split(',').any(|p| {
                matches!(
                    p,
                    "obj>tgt"
                        | "from>tgt"
                        | "to>tgt"
                        | "against>tgt"
                        | "with>tgt"
                        | "on>tgt"
                        | "for>tgt"
                        | "about>tgt"
                )
            });
        Governed {
            verb_final,
            noun,
            complement_first: verb_final || noun,
            own_source: noun
                && matches!(
                    how.as_str(),
                    "poss>src" | "agent>src" | "of>src" | "between>src" | "rel>src"
                ),
            clause_end,
            verb_second: lex.verb_second && !noun,
            coordinated: false,
            intent: ev.rule.contains("|intent"),
            verbatim: false,
            in_relative: false,
            chained: false,
            headed,
        }
    }
}

/// What is agreed, requested, refused, threatened or alleged has not happened (or is not the
/// speaker's own act): PLOVER codes the agreement, the request, the refusal, the threat or the
/// accusation, not its content. An event whose trigger follows such a trigger closely in the
/// same sentence, or stands in a quote that opens closely after it ("accused India of
/// \"provoking and attacking\""), is its complement and is dropped; so is one that closely
/// precedes it where the language or the noun puts the complement first — but in a language
/// with the verb in the middle, a noun does not govern what precedes it ("in protest of the
/// government's refusal").
pub(crate) fn drop_complements(
    doc: &Document,
    parts: &[crate::lexicon::Part],
    events: Vec<(Event, Governed)>,
    silent: &[Silent],
) -> Vec<Event> {
    // A trigger after "and" is a second act of its subject, not what the trigger before it
    // governs: one joined by the conjunction alone to that trigger ("محکوم کرد و هشدار داد",
    // "condemned and warned"), or a verb that governs in turn after a conjunction further on
    // ("calificó lo sucedido de «inaceptable» y advirtió de …"). (Only a trigger before the
    // event can be joined to it so.)
    let second_act = |g: Span, e: &Event, e_at: &Governed| {
        let joined = || {
            let gap = doc
                .text
                .get(g.end..e.trigger.start)
                .unwrap_or("")
                .trim_matches(is_space_or_comma)
                .to_lowercase();
            let words = &crate::lexicon::part_at(parts, g.end).lex.words;
            words.conjunctions.iter().any(|c| *c == gap)
        };
        // A verb whose own subject follows a conjunction after the governing trigger begins a
        // clause of its own ("criticised India and Pakistan rejected the claims"); a content
        // clause's subject follows a complementiser or nothing ("demanded that Israel withdraw").
        let own_clause = || {
            let Some(s) = e.source.as_ref().filter(|s| {
                !e_at.noun
                    && !e_at.verbatim
                    && e.rule.contains("|subj>src")
                    && s.span.start >= g.end
                    && s.span.end <= e.trigger.start
            }) else {
                return false;
            };
            let words = &crate::lexicon::part_at(parts, g.end).lex.words;
            let gap = dyad_kb::fold_str(doc.text.get(g.end..s.span.start).unwrap_or(""));
            gap.split_whitespace()
                .any(|w| words.conjunctions.iter().any(|c| c == w))
        };
        (e_at.coordinated && !e_at.noun && governs(e.kind)) || joined() || own_clause()
    };
    // The start of the direct quote holding a trigger, if any.
    let quote_start = |t: Span| crate::quotes::direct_quote_holding(doc, t).map(|q| q.start);
    // Does a governing trigger `g` (of type `kind`, a noun or not) govern the event `e`?
    let governed_by = |g: Span,
                       kind: EventType,
                       noun: bool,
                       relative_end: Option<usize>,
                       g_chained: bool,
                       reach: usize,
                       e: &Event,
                       e_at: &Governed| {
        // A converb and the verb after it are two acts of one subject ("İsrail'i kınayarak
        // ateşkes çağrısında bulundu").
        if (g_chained && g.end <= e.trigger.start) || (e_at.chained && e.trigger.end <= g.start) {
            return false;
        }
        let opens = quote_start(e.trigger).unwrap_or(e.trigger.start);
        // Two accusations side by side are two ("condemned …, accusing …").
        let other = kind != e.kind;
        // An accusation's complement is dropped for its actor, which is the accuser's
        // guess; an act with an actor of its own stays ("condemned Iran's air strike").
        let content = kind != EventType::Accuse || !e_at.own_source;
        // "hat die Vorwürfe der USA zurückgewiesen": the noun is the verb's object.
        let object_of_e = noun
            && e_at.verb_second
            && g.end <= e.trigger.start
            && !doc.text[g.end..e.trigger.start].contains(dyad_kb::punct().any(CLAUSE_BREAK));
        // In a verb-final language an event noun of another type before a verb of its clause
        // is that verb's object, which governs it, not what it governs: "ईरान ने अमेरिका की
        // पेशकश ठुकरा दी" (Iran rejected the US offer), «امریکہ کی پیشکش مسترد کر دی», «درخواست
        // ایران را رد کرد». So is a pattern that ends on its noun right before the verb
        // («আলোচনার প্রস্তাব প্রত্যাখ্যান করেছে», rejected the offer of talks: the offer's light
        // verb would follow it). (Not past a clause break or a complementiser: "मांग है कि …".)
        let adjacent = doc
            .text
            .get(g.end..e.trigger.start)
            .is_some_and(|gap| gap.trim().is_empty());
        // A noun in an oblique phrase of its own is a circumstance, not the verb's object:
        // "अमेरिका की मांग पर … गिरफ्तार किया" (arrested at the US's request) keeps the request's
        // content reading. Only the object's marker and those of a verb's own complement
        // (from, with, to: "मांग से इनकार", refused the demand) may stand between.
        let object_of_verb_final = (noun || adjacent)
            && !e_at.noun
            && e_at.verb_final
            && other
            && g.end <= e.trigger.start
            && doc.text.get(g.end..e.trigger.start).is_some_and(|gap| {
                let lex = crate::lexicon::part_at(parts, g.end).lex;
                let gap = dyad_kb::fold_str(gap);
                let oblique = gap
                    .char_indices()
                    .filter(|&(i, c)| {
                        !c.is_whitespace()
                            && gap[..i].chars().next_back().is_none_or(char::is_whitespace)
                    })
                    .any(|(i, _)| {
                        lex.markers_after
                            .find_at_start(&gap[i..], &lex.affixes)
                            .is_some_and(|(_, _, p)| {
                                !lex.markers_after.values(p).iter().any(|c| {
                                    matches!(
                                        c,
                                        dyad_kb::Case::Object
                                            | dyad_kb::Case::From
                                            | dyad_kb::Case::With
                                            | dyad_kb::Case::To
                                    )
                                })
                            })
                    });
                !gap.contains(dyad_kb::punct().any(CLAUSE_BREAK))
                    && !oblique
                    && !gap
                        .split_whitespace()
                        .any(|w| lex.words.complementisers.iter().any(|c| c == w))
            });
        // (A relative clause set off by commas governs nothing past its closing comma.)
        let past_relative = relative_end.is_some_and(|end| end <= e.trigger.start);
        governs(kind)
            && content
            && !object_of_e
            && !object_of_verb_final
            && ((!second_act(g, e, e_at)
                && !past_relative
                && g.end <= opens
                && opens - g.end <= reach
                && (other || kind != EventType::Accuse))
                || (e_at.complement_first
                    && (e_at.verb_final || !noun)
                    && !e_at.headed
                    && other
                    && e.trigger.end <= g.start
                    && g.start < e_at.clause_end
                    && g.start - e.trigger.end <= COMPLEMENT_BEFORE_REACH))
    };
    let complement = |(e, e_at): &(Event, Governed)| {
        starting_in(&events, |g| g.0.start, e.start, e.start + 1)
            .iter()
            .any(|(g, g_at)| {
                let relative_end = g_at.in_relative.then_some(g_at.clause_end);
                // A verb that heads its clause governs what follows it to the clause's end
                // (its complement's verb stands last, after the complement's own object).
                let reach = if g_at.headed {
                    g_at.clause_end
                        .saturating_sub(g.trigger.end)
                        .clamp(COMPLEMENT_REACH, HEADED_COMPLEMENT_REACH)
                } else {
                    COMPLEMENT_REACH
                };
                governed_by(
                    g.trigger,
                    g.kind,
                    g_at.noun,
                    relative_end,
                    g_at.chained,
                    reach,
                    e,
                    e_at,
                )
            })
            // What a party withdraws from is an agreement it stood in, not one made now: an
            // agreement noun in a withdrawal's object ("the withdrawal of the United States
            // from the agreement with Iran", «den Ausstieg … aus dem Atomabkommen»).
            || (e.kind == EventType::Agree
                && e_at.noun
                && starting_in(&events, |g| g.0.start, e.start, e.start + 1)
                    .iter()
                    .any(|(g, _)| {
                        matches!(g.kind, EventType::Retreat | EventType::Sanction)
                            && g.mode.as_deref() == Some("withdraw")
                            && g.trigger.end <= e.trigger.start
                            && e.trigger.start - g.trigger.end <= COMPLEMENT_REACH
                            && !doc.text[g.trigger.end..e.trigger.start]
                                .contains(dyad_kb::punct().any(CLAUSE_BREAK))
                    }))
            || (!e_at.intent
                && silent
                    .iter()
                    .filter(|s| s.sentence == e.start)
                    .any(|s| {
                        governed_by(
                            s.trigger,
                            s.kind,
                            false,
                            None,
                            s.chained,
                            COMPLEMENT_REACH,
                            e,
                            e_at,
                        )
                    }))
    };
    let keep: Vec<bool> = events.iter().map(|e| !complement(e)).collect();
    events
        .into_iter()
        .zip(keep)
        .filter_map(|((e, _), k)| k.then_some(e))
        .collect()
}

/// Types whose content is not an act that happened: what is agreed, requested, refused,
/// threatened or alleged.
pub(crate) fn governs(k: EventType) -> bool {
    matches!(
        k,
        EventType::Agree
            | EventType::Request
            | EventType::Reject
            | EventType::Threaten
            | EventType::Accuse
    )
}

/// A governing verb that coded no event of its own (no actor was found for it: "the
/// fundamentalist party demanded that …", "a newspaper called on Arabs to …"), or none with
/// the confidence to be reported ("Colombo had asked Beijing to put off the visit"): it still
/// governs its complement.
pub(crate) struct Silent {
    /// The start of its sentence (an event's `start`).
    pub sentence: usize,
    pub trigger: Span,
    pub kind: EventType,
    /// It is a converb (`Governed::chained`).
    pub chained: bool,
}

/// A statement by a state that names no one but its own country, or no one at all ("Tehran
/// also demanded the release of its nationals", "the ministry rejected the claims"), goes on
/// with the counterpart its speaker had just addressed: the target of the latest earlier event
/// of the same or the previous sentence whose source is of the speaker's country and whose
/// target is another state's actor ("Iran summoned the German ambassador. It demanded …" is a
/// demand of Germany, `prev-tgt>tgt`); else the other state the previous sentence named last as
/// an actor (`prev-actor>tgt`); else, when the speaker is its state or a body that speaks for it
/// to other states (data/kb/sectors.tsv's `abroad`: not a court or the police), the other state
/// of the latest earlier event its country took part in that is not history (`story>tgt`: "the
/// ministry rejected the claims" three paragraphs into a dispute answers the other party). A
/// statement — an accusation, refusal, demand or threat —
/// continues a dialogue; an act on the ground does not (a protest is at home), nor a reaction
/// to an act, which answers the act's doer or stands without a target. Its own people named by
/// a state institution's statement are its subject, not whom it addresses.
pub(crate) fn continued_targets(
    doc: &Document,
    lexicon: &crate::lexicon::Lexicon,
    view: &crate::actors::ActorView,
    events: &mut [Event],
) {
    let sentence = |e: &Event| doc.sentence_at(e.start);
    for i in 0..events.len() {
        let e = &events[i];
        let statement = matches!(
            e.kind,
            EventType::Accuse | EventType::Reject | EventType::Threaten | EventType::Request
        );
        let Some(s) = e.source.as_ref().filter(|s| s.country.is_state()) else {
            continue;
        };
        // (A state's own people or country named in what it says are its subject, not whom
        // it addresses: "Moscow demanded the release of the detained Russian sailors".)
        let organ = lexicon.state_body(s.sector);
        let own = match &e.target {
            Some(t) => {
                implied_own(s, t)
                    || (t.country == s.country
                        && organ
                        && matches!(t.sector, None | Some(Sector::CVL)))
            }
            None => true,
        };
        // (A reaction to an act answers the act's doer, and with none found stands without a
        // target, data/events/reactions.tsv: "France condemned the execution" is not addressed
        // to whoever the sentence before named.)
        let reacts = e
            .rule
            .split(['|', ','])
            .any(|p| p == "act>tgt" || p == "step>tgt");
        let Some(here) = sentence(e).filter(|_| statement && own && !reacts && happened(e)) else {
            continue;
        };
        let (country, at) = (s.country, e.trigger.start);
        // (Events are in text order: the scan stops at the sentence before, not at the start.)
        let addressed = events[..i]
            .iter()
            .rev()
            .take_while(|p| sentence(p).is_some_and(|k| k <= here && here - k <= 1))
            .filter(|p| p.trigger.start < at && happened(p))
            .filter(|p| p.source.as_ref().is_some_and(|x| x.country == country))
            .find_map(|p| {
                p.target
                    .clone()
                    .filter(|t| t.country != country && t.country.is_state())
            });
        if let Some(t) = addressed {
            let e = &mut events[i];
            e.target = Some(t);
            e.rule = with_target_path(&e.rule, "prev-tgt>tgt");
            continue;
        }
        // Else the other state its previous sentence named last as an actor.
        let date = e
            .date
            .as_ref()
            .map(|d| d.value.first_day())
            .or(doc.published_day());
        let prev = here.checked_sub(1).map(|k| doc.sentences[k].span);
        let named = prev.and_then(|p| {
            view.within(p.start, p.end)
                .filter(|m| !m.as_location)
                .filter_map(|m| view.side(m, date))
                .filter(|t| t.country != country && t.country.is_state())
                .last()
        });
        if let Some(t) = named {
            let e = &mut events[i];
            e.target = Some(t);
            e.rule = with_target_path(&e.rule, "prev-actor>tgt");
            continue;
        }
        // Else the foreign party of the latest earlier event the speaker's country took part in
        // (as either side: a dispute is told from both).
        if !lexicon.speaks_abroad(s.sector) {
            continue;
        }
        let counterpart = events[..i]
            .iter()
            .rev()
            .filter(|p| p.trigger.start < at && happened(p) && p.aux.is_none())
            .find_map(|p| {
                let (a, b) = (p.source.as_ref()?, p.target.as_ref()?);
                if a.country == country && b.country != country && b.country.is_state() {
                    Some(b.clone())
                } else if b.country == country && a.country != country && a.country.is_state() {
                    Some(a.clone())
                } else {
                    None
                }
            });
        if let Some(t) = counterpart {
            let e = &mut events[i];
            e.target = Some(t);
            e.rule = with_target_path(&e.rule, "story>tgt");
        }
    }
}

/// The rule id with its target's path replaced by `path` ("en/events.tsv:891|subj>src,obj>tgt"
/// becomes "…|subj>src,prev-tgt>tgt"): the id names the path that gave each role.
fn with_target_path(rule: &str, path: &str) -> String {
    let mut parts: Vec<String> = rule.split('|').map(str::to_string).collect();
    match parts.get_mut(1) {
        Some(roles) => {
            let mut kept: Vec<&str> = roles
                .split(',')
                .filter(|p| !p.is_empty() && !p.ends_with(">tgt"))
                .collect();
            kept.push(path);
            *roles = kept.join(",");
        }
        None => parts.push(path.to_string()),
    }
    parts.join("|")
}

/// How many sentences back a reaction looks for the act it answers.
const REACTION_REACH: usize = 2;

/// A reaction whose target only its own country stood for, or nobody ("the secretary-general
/// deplored the decision", "the minister called the action unacceptable"): when the report told, in its
/// last sentences before it, an act by another state's actor, the reaction answers that actor,
/// and the event's target is the actor of the latest such act that happened. The own-country
/// target stays when no act of another state came before (a domestic refusal, "the
/// vice-president declined to resign").
///
/// A reaction to an act its noun names by type ("France condemned this execution"; `answers`:
/// the reaction's trigger start with the act's type and its noun's start) answers the latest
/// act of that type told in an earlier sentence of the report: its doer is the target, another
/// state's or a different body of its own (criticism of one's own government at home). An act
/// of that type told with no doer leaves the reaction without a target (not the doer of some
/// other act).
pub(crate) fn reactions(
    doc: &Document,
    events: &mut [Event],
    answers: &[(usize, EventType, usize)],
) {
    let sentence = |e: &Event| doc.sentence_at(e.start);
    for i in 0..events.len() {
        let e = &events[i];
        let reaction = matches!(
            e.kind,
            EventType::Accuse | EventType::Reject | EventType::Threaten
        );
        // No target but the reactor's own country, or none at all for a reactor that is no
        // state (a state's reaction without one had another state named beside it).
        let open = e.source.as_ref().is_some_and(|s| match &e.target {
            Some(t) => implied_own(s, t) && t.name == s.country.to_string(),
            None => !s.country.is_state(),
        });
        let own = reaction && open && happened(e);
        // A reaction to an act its sentence names without a doer answers the latest act told
        // before it, in its own sentence too ("… killed nine Chinese engineers; Beijing condemned
        // the attack").
        let step = e.rule.split(['|', ',']).any(|p| p == "step>tgt");
        let to_act = e.target.is_none() && (answers_act(&e.rule) || step) && happened(e);
        let approves = e.kind.quad() == 1;
        let (Some(here), Some(country)) = (sentence(e), e.source.as_ref().map(|s| s.country))
        else {
            continue;
        };
        if !own && !to_act {
            continue;
        }
        let kind = answers
            .iter()
            .filter(|_| to_act)
            .find(|(t, _, _)| *t == events[i].trigger.start)
            .map(|&(_, k, noun)| (k, noun));
        if let Some((kind, noun)) = kind {
            let (at, reactor) = (events[i].trigger.start, events[i].source.clone());
            // (Told in an earlier sentence: not the act's own noun in the reaction's clause,
            // coded from its neighbours; an act told just before in the same sentence is found
            // below.)
            let told = events[..i].iter().rev().find(|p| {
                p.kind == kind
                    && p.trigger.start < at
                    && p.trigger.start != noun
                    && sentence(p).is_some_and(|k| k < here)
                    && happened(p)
            });
            if let Some(told) = told {
                let doer = told.source.clone().filter(|d| {
                    reactor.as_ref().is_some_and(|r| {
                        d.country != r.country
                            || (d.sector != r.sector
                                && (d.entity.is_none() || d.entity != r.entity))
                    })
                });
                if let Some(doer) = doer {
                    let e = &mut events[i];
                    e.target = Some(doer);
                    e.rule = e.rule.replacen("act>tgt", "prev-act>tgt", 1);
                }
                continue;
            }
        }
        let back = |k: usize| k < here || (to_act && k == here);
        let answered = events[..i]
            .iter()
            .rev()
            .filter(|p| p.trigger.start < events[i].trigger.start && happened(p))
            // (A welcome or praise of a step answers whoever took it, whatever it was; a
            // reaction of disapproval answers a conflictual act.)
            .filter(|p| !to_act || matches!(p.kind.quad(), 2 | 4) || approves)
            .filter(|p| sentence(p).is_some_and(|k| back(k) && here - k <= REACTION_REACH))
            .filter_map(|p| p.source.clone())
            .find(|s| s.country != country && s.country.is_state());
        if let Some(actor) = answered {
            let e = &mut events[i];
            e.target = Some(actor);
            if to_act {
                let path = if step { "step>tgt" } else { "act>tgt" };
                e.rule = e.rule.replacen(path, "prev-act>tgt", 1);
            } else if step {
                e.rule = e.rule.replacen("step>tgt", "prev-act>tgt", 1);
            } else {
                e.rule = with_target_path(&e.rule, "prev-act>tgt");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_target_path;

    #[test]
    fn a_replaced_target_names_its_new_path() {
        assert_eq!(
            with_target_path("en/events.tsv:891|subj>src,obj>tgt|intent", "prev-tgt>tgt"),
            "en/events.tsv:891|subj>src,prev-tgt>tgt|intent"
        );
        assert_eq!(
            with_target_path("en/events.tsv:1000|subj>src", "prev-actor>tgt"),
            "en/events.tsv:1000|subj>src,prev-actor>tgt"
        );
        assert_eq!(with_target_path("x", "prev-tgt>tgt"), "x|prev-tgt>tgt");
    }
}
