//! Actors from earlier sentences: who acts in a clause that names nobody as its subject.
//!
//! News names an actor once and then goes on without the name. A clause with no subject phrase
//! of its own is read here, in this order:
//! - a bare role ("the minister", «министр», «外长», "Bakan", «الوزير»): the person last named
//!   with that title; a bare body ("the ministry", «وزارت»): the organisation last named by it
//!   (`role>src`), else the state its sentence or the report is set in (`home>src`), whose body
//!   of that kind was just told (`kind>src`), or the report is about (`doc>src`). A role is
//!   bare after a definite word of its language, or anywhere in a language that writes no
//!   articles;
//! - a personal pronoun ("he", «он», «او», "वह", "他"): a person (`pron>src`); a group pronoun
//!   ("it", "they", «они», "onlar"): a state or an organisation (`it>src`);
//! - a reciprocal subject ("both sides", «الجانبان», «双方»: `[words] reciprocal`): the story's
//!   pair of parties, source and target (`pair>src`, `pair>tgt`);
//! - in a language whose verbs need no subject (`[grammar] pro_drop`), a main clause or a
//!   reported one with no speaker named ("… предупредил, что …", "هشدار داد که …") continues
//!   the subject of the sentences before it (`drop>src`).
//!
//! The subject of the sentences before is the source of the last event coded in them from the
//! grammar (a subject, an agent, a speaker), else their first actor phrase with no case. Every
//! reference stays in its paragraph and reaches at most [`REACH`] sentences back. What a quote
//! says is its speaker's, so a quote's "we" never comes here.

use super::clause::{Clause, Opener};
use super::grammar;
use super::Ctx;
use crate::actors::{norm_pos, starting_in};
use crate::lexicon::{LangLexicon, RoleKind};
use dyad_core::{Document, EntityKind, Event, EventType, Mention, Side, Span};

/// How many sentences back an actor may be named and still be referred to without a name.
pub const REACH: usize = 2;

/// The paths of a source the grammar gave in its own sentence, or a reference already
/// resolved: such a source is the subject a later clause may continue.
const SUBJECT_PATHS: &[&str] = &[
    "subj>src",
    "subj-of>src",
    "agent>src",
    "rel>src",
    "quote>src",
    "speaker>src",
    "coord>src",
    "pron>src",
    "it>src",
    "role>src",
    "drop>src",
];

/// The subjects of the events coded so far: (sentence of the event, source).
#[derive(Debug, Default)]
pub(crate) struct Memory {
    subjects: Vec<(usize, Side)>,
    /// The two parties of the events coded so far, of different countries: (sentence, source,
    /// target). "Both sides" refers back to the story's pair among them (`last_pair`).
    pairs: Vec<(usize, Side, Side)>,
    /// The reactions coded so far that answer an act named by its event noun with no doer
    /// named: (the reaction's trigger start, the act's type, the act noun's start). "France
    /// condemned this execution" answers the latest execution told (`finish::reactions`).
    pub answered: Vec<(usize, EventType, usize)>,
}

impl Memory {
    /// Remembers the event's two parties, and its source if the grammar gave it as a subject.
    pub fn remember(&mut self, doc: &Document, ev: &Event) {
        let Some(source) = &ev.source else { return };
        if let (Some(target), Some(k)) = (&ev.target, doc.sentence_at(ev.trigger.start)) {
            if target.country != source.country && target.country.is_state() {
                self.pairs.push((k, source.clone(), target.clone()));
            }
        }
        let how = ev
            .rule
            .split('|')
            .nth(1)
            .and_then(|p| p.split(',').next())
            .unwrap_or("");
        if !SUBJECT_PATHS.contains(&how) {
            return;
        }
        if let Some(k) = doc.sentence_at(ev.trigger.start) {
            self.subjects.push((k, source.clone()));
        }
    }

    /// The subject remembered last for sentence `k`.
    fn subject_of(&self, k: usize) -> Option<&Side> {
        // The first: a sentence's main clause comes before the clauses inside it ("… accusing
        // it of supporting terrorism, charges Doha rejected. They …": not Doha).
        self.subjects
            .iter()
            .find(|(s, _)| *s == k)
            .map(|(_, side)| side)
    }
}

/// A reference back, resolved or not.
pub(crate) enum Reference {
    /// No reference word in the clause.
    None,
    /// A reference word whose antecedent is too far, in another paragraph, or of the wrong
    /// kind: nobody is taken for it.
    Unresolved,
    Resolved(Side, &'static str),
    /// A reciprocal subject ("both sides"): the story's two parties (`pair>src`, `pair>tgt`).
    Pair(Side, Side),
}

/// The sentences `REACH` back from sentence `k` in its paragraph, nearest first.
fn reach(doc: &Document, k: usize) -> impl Iterator<Item = usize> + '_ {
    let start = doc.sentences[k].span.start;
    (k.saturating_sub(REACH)..k)
        .rev()
        .take_while(move |&j| !doc.text[doc.sentences[j].span.end..start].contains('\n'))
}

/// Is the mention within reach of sentence `k` (in it, or up to `REACH` back in its
/// paragraph)?
fn within_reach(doc: &Document, m_start: usize, k: usize) -> bool {
    let Some(j) = doc.sentence_at(m_start) else {
        return false;
    };
    j == k || reach(doc, k).any(|r| r == j)
}

/// The subject of the sentences before the clause's: the last event's source coded from the
/// grammar in the nearest of them, else its first actor phrase with no case.
pub(crate) fn topic(ctx: &Ctx, clause: &Clause) -> Option<Side> {
    let doc = ctx.doc;
    let k = doc.sentence_at(clause.trigger.start)?;
    let memory = ctx.memory.borrow();
    for j in reach(doc, k) {
        if let Some(s) = memory.subject_of(j) {
            // (A chain of carried subjects keeps to the sentence the actor was named in; the
            // subject of a clause inside the sentence, "charges Doha rejected", is not the
            // sentence's.)
            let named_in = doc
                .sentence_at(s.span.start)
                .map(|i| doc.sentences[i].span.start);
            if within_reach(doc, s.span.start, k)
                && named_in.is_some_and(|from| opens_sentence(ctx, clause, from, s.span.start))
            {
                return Some(s.clone());
            }
            continue;
        }
        if let Some(s) = first_subject(ctx, clause, j) {
            return Some(s);
        }
    }
    None
}

/// The first actor phrase with no case of sentence `j`: not a dateline, a modifier or a
/// possessor.
fn first_subject(ctx: &Ctx, clause: &Clause, j: usize) -> Option<Side> {
    let doc = ctx.doc;
    let span = doc.sentences[j].span;
    let capitals = |m: &Mention| grammar::is_capital_mention(doc, m);
    let nps = grammar::phrases(
        doc, ctx.norm, &ctx.view, ctx.parts, span.start, span.end, &capitals,
    );
    nps.iter()
        .filter(|n| n.unmarked() && n.is_actor && !n.modifier && !n.possessor)
        .find(|n| !n.mention.dateline)
        .filter(|n| opens_sentence(ctx, clause, span.start, n.start()))
        .and_then(|n| ctx.view.side(n.mention, clause.role_date))
}

/// Does a phrase at `at` open its sentence: only function words, conjunctions, numbers, time
/// expressions and other names stand before it? An actor deeper in the sentence is as often
/// an object, a possessor or a topic ("Стороны подтвердили поддержку становления
/// Афганистана": the sides, not Afghanistan, are the subject).
fn opens_sentence(ctx: &Ctx, clause: &Clause, from: usize, at: usize) -> bool {
    let doc = ctx.doc;
    let skip: Vec<(usize, usize)> = doc
        .times
        .iter()
        .map(|t| (t.span.start, t.span.end))
        .chain(doc.mentions.iter().map(|m| (m.span.start, m.span.end)))
        .filter(|&(s, e)| s < at && e > from)
        .collect();
    only_function_words(doc, clause.part.lex, from, at, skip)
}

/// The reference word of a clause with no subject phrase, and whom it refers to.
pub(crate) fn refer(ctx: &Ctx, clause: &Clause) -> Reference {
    if let Some(role) = bare_role(ctx, clause) {
        let holder = (!role.new)
            .then(|| role_holder(ctx, clause, &role.title, role.kind, role.span.start))
            .flatten();
        if let Some(s) = holder {
            return Reference::Resolved(s, "role>src");
        }
        // An institution no earlier phrase names ("the interior ministry", «وزارت داخلہ»,
        // "a special tribunal") is the state's where the report is set, or whose body of
        // that kind was told just before, or the report's own.
        return match home_state(ctx, clause, &role) {
            Some((s, how)) => Reference::Resolved(s, how),
            None => Reference::Unresolved,
        };
    }
    if reciprocal(ctx, clause) {
        return match last_pair(ctx, clause) {
            Some((a, b)) => Reference::Pair(a, b),
            None => Reference::Unresolved,
        };
    }
    let Some(group) = pronoun(ctx, clause) else {
        return Reference::None;
    };
    // A pronoun in what was said is the speaker's: when the speech verb has a subject of its
    // own that names no actor ("Both ministers said they would …"), nobody earlier is meant.
    let speech = clause
        .openers
        .iter()
        .filter(|o| o.2 == Opener::Speech && o.1 <= clause.trigger.start)
        .max_by_key(|o| o.1);
    if let Some(&(os, _, _)) = speech {
        if !bare(ctx, clause, clause.before_opener(os), os) {
            return Reference::Unresolved;
        }
    }
    let person = |s: &Side| kind_of(ctx, s) == Some(EntityKind::Person);
    let Some(k) = ctx.doc.sentence_at(clause.trigger.start) else {
        return Reference::Unresolved;
    };
    // The subject of its own sentence first ("Pakistan did not confirm …, but it has …"), then
    // of the sentences before, then the nearest of the right kind.
    let fits = |s: &Side| person(s) != group;
    let own = clause
        .nps
        .iter()
        .filter(|n| n.start() >= clause.sent.start && n.span().end <= clause.start)
        .filter(|n| n.unmarked() && n.is_actor && !n.modifier && !n.possessor)
        .filter_map(|n| ctx.view.side(n.mention, clause.role_date))
        .find(|s| fits(s));
    // A pronoun of a person may still point to the person last named; "it" and "they" point
    // only to a subject: the nearest state named is as often a place or a topic ("Стороны
    // подтвердили поддержку становления Афганистана. Они призвали Кабул …": they are the
    // sides, not Afghanistan).
    let found = own.or_else(|| topic(ctx, clause).filter(fits)).or_else(|| {
        (!group)
            .then(|| {
                nearest(ctx, clause.start, k, |m| {
                    ctx.doc.entities[m.entity].kind == EntityKind::Person
                })
            })
            .flatten()
            .and_then(|m| ctx.view.side(m, clause.role_date))
    });
    match found {
        Some(s) if group => Reference::Resolved(s, "it>src"),
        Some(s) => Reference::Resolved(s, "pron>src"),
        None => Reference::Unresolved,
    }
}

/// A clause with no subject in a language whose verbs need none: the subject of the sentences
/// before continues, if nothing in its sentence could be the subject — the verb stands first,
/// after only function words, clause openers (a speech verb whose speaker is left out too:
/// "Добавил, что …", "表示，…") and time expressions, and in a verb-first language no word
/// but a function word follows it. A noun there may be the subject itself ("双方发表…", "Си
/// прибыл…", a name not linked): then nobody is carried.
pub(crate) fn dropped(ctx: &Ctx, clause: &Clause) -> Option<Side> {
    let lex = clause.part.lex;
    // A reciprocal verb with a carried subject needs its partner named in a case ("met with
    // X"): else it is no verb of its own ("会谈后", after the talks) or its parties are the
    // subject left unnamed.
    let partner = clause.nps.iter().any(|n| {
        n.start() >= clause.start
            && n.span().end <= clause.end
            && !n.unmarked()
            && !n.has(dyad_kb::Case::In)
    });
    if !lex.pro_drop
        || (clause.rule.voice == crate::lexicon::Voice::Recip && !partner)
        || clause.opened_by.is_some_and(|o| o.2 == Opener::Relative)
    {
        return None;
    }
    if !bare(ctx, clause, clause.sent.start, clause.trigger.start) {
        return None;
    }
    if lex.order == dyad_kb::WordOrder::Vso {
        // A trigger may run past a clause cut inside it: then nothing follows it.
        let after = ctx
            .doc
            .text
            .get(clause.trigger.end..clause.end)
            .unwrap_or("");
        let next = after.split_whitespace().next().unwrap_or("");
        let next_end = after.find(next).map_or(0, |i| i + next.len());
        if !next.is_empty()
            && !bare(
                ctx,
                clause,
                clause.trigger.end,
                clause.trigger.end + next_end,
            )
        {
            return None;
        }
    }
    topic(ctx, clause)
}

/// Does `[from, to)` of the clause's sentence hold nothing that could be a subject: only
/// function words and conjunctions of the language, clause openers and speech verbs, time
/// expressions, actors in a case ("with Qureshi", "Ankara'ya") with the title before their
/// name, numbers and punctuation? (In a script written without spaces each piece left between
/// these must be a function word whole.)
pub(super) fn bare(ctx: &Ctx, clause: &Clause, from: usize, to: usize) -> bool {
    let doc = ctx.doc;
    let lex = clause.part.lex;
    if from >= to {
        return true;
    }
    // The end of the word holding `i` (a case ending written onto a name: "Ankara'ya").
    let word_end = |i: usize| {
        doc.text[i..]
            .find(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
            .map_or(doc.text.len(), |k| i + k)
    };
    // Titles written right before a name ("Dışişleri Bakanı Mevlüt Çavuşoğlu", "中国国家主席
    // 习近平"): part of its phrase.
    let (ns, ne) = (norm_pos(ctx.norm, from), norm_pos(ctx.norm, to));
    let titles: Vec<(usize, usize)> = lex
        .roles
        .find_all(&ctx.norm.text()[ns..ne], &lex.affixes)
        .into_iter()
        .map(|(s, e, _)| ctx.norm.orig_span(ns + s, ns + e))
        .filter(|&(_, e)| {
            clause
                .nps
                .iter()
                .any(|n| n.start() >= e && doc.text[e..n.start()].trim().is_empty())
        })
        .collect();
    // Actors in a case, and the name a marked country and title lead to ("同中国国家主席习近平":
    // with the Chinese president Xi Jinping).
    let mut marked: Vec<(usize, usize)> = Vec::new();
    for (i, n) in clause.nps.iter().enumerate() {
        let led = i > 0 && {
            let p = &clause.nps[i - 1];
            let gap = (p.span().end, n.start());
            // (Nested phrases have no gap.)
            let blank =
                |a: usize, b: usize| doc.text.get(a..b).is_some_and(|g| g.trim().is_empty());
            marked.last().is_some_and(|m| m.0 == p.start())
                && (blank(gap.0, gap.1)
                    || titles.iter().any(|t| {
                        t.0 >= gap.0 && t.1 <= gap.1 && blank(gap.0, t.0) && blank(t.1, gap.1)
                    }))
        };
        if !n.unmarked() || led {
            marked.push((n.start(), word_end(n.span().end)));
        }
    }
    // Spans to step over: openers, times, aux cues, marked actors.
    let skip: Vec<(usize, usize)> = clause
        .openers
        .iter()
        .filter(|o| o.2 != Opener::Relative)
        .map(|o| (o.0, o.1))
        .chain(
            starting_in(
                &doc.times,
                |t| t.span.start,
                clause.sent.start,
                clause.sent.end,
            )
            .iter()
            .map(|t| (t.span.start, t.span.end)),
        )
        // (Not a cue of tense alone: "had", «تھا», «بود» are also full verbs.)
        .chain(
            clause
                .aux
                .iter()
                .filter(|(_, c)| *c != crate::lexicon::Cue::Earlier)
                .map(|(a, _)| (a.start, a.end)),
        )
        .chain(marked.iter().copied())
        .chain(titles)
        .filter(|&(s, e)| e > from && s < to)
        .collect();
    only_function_words(doc, lex, from, to, skip)
}

/// Is `[from, to)` of the text only settings (places named as where, "in Moscow"), times and
/// function words?
fn settings_only(ctx: &Ctx, clause: &Clause, from: usize, to: usize) -> bool {
    let doc = ctx.doc;
    if from >= to {
        return true;
    }
    let skip: Vec<(usize, usize)> = starting_in(&doc.mentions, |m| m.span.start, from, to)
        .iter()
        .filter(|m| m.as_location && !m.dateline && m.span.end <= to)
        .map(|m| (m.span.start, m.span.end))
        .chain(
            starting_in(&doc.times, |t| t.span.start, from, to)
                .iter()
                .map(|t| (t.span.start, t.span.end)),
        )
        .collect();
    !skip.is_empty() && only_function_words(doc, clause.part.lex, from, to, skip)
}

/// Is `[from, to)` of the text, once the `skip` spans are stepped over, only function words,
/// conjunctions and numbers of the language?
fn only_function_words(
    doc: &Document,
    lex: &LangLexicon,
    from: usize,
    to: usize,
    mut skip: Vec<(usize, usize)>,
) -> bool {
    skip.sort_unstable();
    let mut rest = String::new();
    let mut at = from;
    for (s, e) in skip {
        if s > at && at < to {
            rest.push_str(&doc.text[at..s.min(to)]);
            rest.push(' ');
        }
        at = at.max(e);
    }
    if at < to {
        rest.push_str(&doc.text[at..to]);
    }
    let folded = dyad_kb::fold_str(&rest);
    folded
        .split(|c: char| !dyad_kb::is_word_char(c) && c != '\'' && c != '\u{200c}')
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_numeric()))
        .all(|w| lex.words.function.contains(w) || lex.words.conjunctions.contains(w))
}

/// The kind of entity a side stands for.
fn kind_of(ctx: &Ctx, s: &Side) -> Option<EntityKind> {
    starting_in(
        &ctx.doc.mentions,
        |m| m.span.start,
        s.span.start,
        s.span.start + 1,
    )
    .iter()
    .find(|m| m.span == s.span)
    .map(|m| ctx.doc.entities[m.entity].kind)
}

/// The nearest actor mention before `pos`, within reach of sentence `k`, that `ok` accepts.
fn nearest<'a>(
    ctx: &Ctx<'a>,
    pos: usize,
    k: usize,
    ok: impl Fn(&Mention) -> bool,
) -> Option<&'a Mention> {
    let floor = reach(ctx.doc, k)
        .last()
        .map_or(ctx.doc.sentences[k].span.start, |j| {
            ctx.doc.sentences[j].span.start
        });
    ctx.view
        .within(floor, pos)
        .filter(|m| !m.dateline && ok(m))
        .last()
}

/// Does a reciprocal phrase of the language ("both sides", «الجانبان», «双方») stand as the
/// clause's subject: before the trigger, or right after it where the verb comes first?
fn reciprocal(ctx: &Ctx, clause: &Clause) -> bool {
    let lex = clause.part.lex;
    if lex.words.reciprocal.is_empty() {
        return false;
    }
    let norm = ctx.norm.text();
    let ns = norm_pos(ctx.norm, clause.start);
    let nt = norm_pos(ctx.norm, clause.trigger.start);
    let ne = norm_pos(ctx.norm, clause.trigger.end);
    let holds = |region: &str| {
        if region.chars().any(dyad_kb::unspaced) {
            return lex
                .words
                .reciprocal
                .iter()
                .any(|p| region.contains(p.as_str()));
        }
        let ws: Vec<&str> = region
            .split(|c: char| !dyad_kb::is_word_char(c) && c != '\u{200c}')
            .filter(|w| !w.is_empty())
            .collect();
        lex.words.reciprocal.iter().any(|p| {
            let pw: Vec<&str> = p.split(' ').collect();
            ws.windows(pw.len())
                .any(|w| w.iter().zip(&pw).all(|(a, b)| a == b))
        })
    };
    let before = norm.get(ns..nt).unwrap_or("");
    if holds(before) {
        return true;
    }
    // Verb first: the subject follows within a few words («اتفق الجانبان على …»).
    lex.order == dyad_kb::WordOrder::Vso && {
        let end = norm_pos(ctx.norm, clause.end).max(ne);
        let after = norm.get(ne..end).unwrap_or("");
        let near: String = after.split(' ').take(4).collect::<Vec<_>>().join(" ");
        holds(&near)
    }
}

/// The two parties of an event coded before the clause: the story's own pair — of the pairs of
/// countries told so far, the one told most often, then the one whose countries took part in
/// the most pairs (a mediator's meeting with one side is not "both sides") — and of its events
/// the latest. Only while a pair was told within reach.
fn last_pair(ctx: &Ctx, clause: &Clause) -> Option<(Side, Side)> {
    let doc = ctx.doc;
    let k = doc.sentence_at(clause.trigger.start)?;
    let memory = ctx.memory.borrow();
    let key = |a: &Side, b: &Side| {
        let (x, y) = (a.country.to_string(), b.country.to_string());
        if x <= y {
            (x, y)
        } else {
            (y, x)
        }
    };
    let told = |a: &Side, b: &Side| {
        let k = key(a, b);
        memory
            .pairs
            .iter()
            .filter(|(_, x, y)| key(x, y) == k)
            .count()
    };
    // How often a party's country was one side of a pair: a mediator meets each side once,
    // the sides meet the mediator and each other.
    let seen = |x: &Side| {
        memory
            .pairs
            .iter()
            .filter(|(_, a, b)| a.country == x.country || b.country == x.country)
            .count()
    };
    let before = |s: usize, a: &Side| s < k || (s == k && a.span.start < clause.trigger.start);
    let near: Vec<usize> = std::iter::once(k).chain(reach(doc, k)).collect();
    if !memory
        .pairs
        .iter()
        .any(|(s, a, _)| near.contains(s) && before(*s, a))
    {
        return None;
    }
    memory
        .pairs
        .iter()
        .enumerate()
        .filter(|(_, (s, a, _))| before(*s, a))
        .max_by_key(|(i, (_, a, b))| (told(a, b), seen(a) + seen(b), *i))
        .map(|(_, (_, a, b))| (a.clone(), b.clone()))
}

/// Does the clause hold a pronoun as its subject: a personal one (`Some(false)`) or one for a
/// state or organisation (`Some(true)`)? In scripts written without spaces the pronoun must
/// open the clause ("他表示", "该国宣布").
fn pronoun(ctx: &Ctx, clause: &Clause) -> Option<bool> {
    let lex = clause.part.lex;
    let norm = ctx.norm.text();
    let (ns, ne) = (
        norm_pos(ctx.norm, clause.start),
        norm_pos(ctx.norm, clause.trigger.start),
    );
    let region = norm[ns..ne].trim_start_matches(|c: char| !c.is_alphanumeric());
    let unspaced = region.chars().next().is_some_and(dyad_kb::unspaced);
    let is = |w: &str, group: bool| {
        if group {
            lex.words.group_pronouns.contains(w)
        } else {
            crate::actors::is_pronoun(lex, w)
        }
    };
    if unspaced {
        let opens = |list: &std::collections::HashSet<String>| {
            list.iter()
                .filter(|p| region.starts_with(p.as_str()))
                .max_by_key(|p| p.len())
                .map(|p| p.len())
        };
        // The longer of the two wins: "他们" is a group, "他" a person.
        return match (opens(&lex.words.pronouns), opens(&lex.words.group_pronouns)) {
            (Some(a), Some(b)) => Some(b >= a),
            (Some(_), None) => Some(false),
            (None, Some(_)) => Some(true),
            (None, None) => None,
        };
    }
    let words: Vec<&str> = region
        .split(|c: char| !dyad_kb::is_word_char(c) && c != '\u{200c}')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| is(w, false)) {
        Some(false)
    } else if words.iter().any(|w| is(w, true)) {
        Some(true)
    } else {
        None
    }
}

/// A role word standing as a clause's subject with no name: its words, kind and sector, and
/// where it is written.
struct BareRole {
    title: String,
    kind: RoleKind,
    sector: Option<dyad_core::Sector>,
    span: Span,
    /// Brought in with an indefinite article: no earlier name holds it.
    new: bool,
}

/// A role word standing for its subject with no name of its own. It stands in the sentence
/// before the trigger (or right after it in a verb-first language), outside every mention,
/// after a definite word (an indefinite one for an institution) or in a language with no
/// articles.
fn bare_role(ctx: &Ctx, clause: &Clause) -> Option<BareRole> {
    let lex = clause.part.lex;
    let norm = ctx.norm;
    let doc = ctx.doc;
    let found = |from: usize, to: usize, last: bool| -> Option<BareRole> {
        if from >= to {
            return None;
        }
        let (ns, ne) = (norm_pos(norm, from), norm_pos(norm, to));
        let sub = &norm.text()[ns..ne];
        let mut hits = lex.roles.find_all_stems(sub, &lex.affixes);
        if last {
            hits.reverse();
        }
        hits.into_iter().find_map(|(s, e, stem_end, p)| {
            let (kind, sector) = lex
                .roles
                .values(p)
                .iter()
                .map(|r| (r.kind, r.sector))
                .find(|(k, _)| matches!(k, RoleKind::Title | RoleKind::Body))?;
            let (os, oe) = norm.orig_span(ns + s, ns + e);
            let in_mention =
                starting_in(&doc.mentions, |m| m.span.start, os.saturating_sub(400), oe)
                    .iter()
                    .any(|m| m.span.start < oe && os < m.span.end);
            // A title written before a name is that name's ("Dışişleri Bakanı Mevlüt
            // Çavuşoğlu"), and so is one whose genitive or `of` phrase names its holder's
            // state or body ("Die Außenminister der EU", "the ministers of the EU"): an
            // article or an `of` marker may stand between.
            // A verb-final language with no construct phrases writes a role's possessor
            // before it ("Rusya ordusu", «ভারতের পররাষ্ট্র মন্ত্রণালয়»): a country or place
            // right after it is the next phrase, the object or the goal.
            let possessor_first = lex.order == dyad_kb::WordOrder::Sov && !lex.construct;
            // Nor is an institution a person's title there: «আদালত শেখ হাসিনাকে মৃত্যুদণ্ড
            // দিয়েছে» (the court sentenced Sheikh Hasina), "Mahkeme Ahmet Yılmaz'ı …": the
            // name after the body is its object (a title would be a `title` role word).
            let followed_by_phrase = |k: EntityKind| {
                matches!(k, EntityKind::Country | EntityKind::Place)
                    || (kind == RoleKind::Body && k == EntityKind::Person)
            };
            let names_follow = starting_in(&doc.mentions, |m| m.span.start, oe, oe + 24)
                .iter()
                .filter(|m| !possessor_first || !followed_by_phrase(doc.entities[m.entity].kind))
                .any(|m| lex.joins_title(norm, &doc.text[oe..m.span.start], m.span.start));
            if in_mention || names_follow {
                return None;
            }
            let before = sub[..s].trim_end();
            let last_word = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let definite = lex.words.definite.contains(last_word);
            // An institution brought in with an indefinite article is a new one ("a special
            // tribunal sentenced …"): no earlier name is its.
            let new = kind == RoleKind::Body && !definite && lex.words.articles.contains(last_word);
            // The role is the subject only if nothing that could be one stands between it
            // and the verb ("The army said both sides had disengaged": not the army) — or, in a
            // verb-final language, if the language's subject marker follows it ("وزارت داخلہ
            // نے … معطل کر دی").
            let verb_after = oe <= clause.trigger.start;
            // (A setting may stand between: «Суд в Москве приговорил …», the court in Moscow;
            // its place is where the body sits, `home_state`.)
            let nothing_between = !verb_after
                || bare(ctx, clause, oe, clause.trigger.start)
                || settings_only(ctx, clause, oe, clause.trigger.start);
            let marked = || {
                lex.order == dyad_kb::WordOrder::Sov
                    && lex
                        .markers_after
                        .find_at_start(sub[e..].trim_start(), &lex.affixes)
                        .is_some_and(|(_, _, p)| {
                            lex.markers_after.values(p).contains(&dyad_kb::Case::Agent)
                        })
            };
            // In a verb-final language the subject opens its clause: a role standing first,
            // with no ending glued on and no postposition after it but the subject marker, is
            // the subject whatever stands between it and the verb — the object, a time, a
            // setting («পররাষ্ট্র মন্ত্রণালয় … ভারতের প্রতি আহ্বান জানায়», "Dışişleri
            // Bakanlığı … büyükelçiyi bakanlığa çağırdı"). A role with an ending («মন্ত্রণালয়ের»,
            // "Bakanlığı'na") or a postposition ("… را", "… کے") is some other phrase's.
            let opens = || {
                let after = &sub[e..];
                let glued = stem_end < e
                    || after
                        .starts_with(|c: char| dyad_kb::is_word_char(c) || c == '\'' || c == '’');
                let marker = lex
                    .markers_after
                    .find_at_start(after.trim_start(), &lex.affixes)
                    .is_some_and(|(_, _, p)| {
                        lex.markers_after
                            .values(p)
                            .iter()
                            .any(|c| *c != dyad_kb::Case::Agent)
                    });
                // (After the report's dateline, "ঢাকা —", which opens its first sentence.)
                let from = starting_in(&doc.mentions, |m| m.span.start, clause.sent.start, os)
                    .iter()
                    .filter(|m| m.dateline)
                    .map(|m| m.span.end)
                    .fold(clause.start.max(clause.sent.start), usize::max);
                // (And after a phrase of circumstance that a postposition closes, "after the
                // verdict": «রায়ের পর পররাষ্ট্র মন্ত্রণালয় … আহ্বান জানায়».)
                let from = circumstance_end(lex, &doc.text, from, os).unwrap_or(from);
                lex.order == dyad_kb::WordOrder::Sov
                    && verb_after
                    && !glued
                    && !marker
                    && bare(ctx, clause, from, os)
            };
            ((definite || new || lex.words.articles.is_empty())
                && (nothing_between || marked() || opens()))
            .then(|| BareRole {
                title: sub[s..e].to_string(),
                kind,
                sector,
                span: Span::new(os, oe),
                new,
            })
        })
    };
    found(clause.sent.start, clause.trigger.start, true).or_else(|| {
        // A verb-final language that may close its sentence on the subject
        // (`postposed_subject`): a role word that ends the clause after the verb, with nothing
        // but punctuation or its number after it («… মৃত্যুদণ্ড দিয়েছেন আন্তর্জাতিক অপরাধ
        // ট্রাইব্যুনাল-১», the tribunal sentenced …), as `roles::subject` reads a name there.
        if lex.order == dyad_kb::WordOrder::Sov && lex.postposed_subject {
            let end = clause.end.min(clause.sent.end);
            return found(clause.trigger.end, end, true).filter(|r| {
                doc.text.get(r.span.end..end).is_some_and(|rest| {
                    !rest
                        .chars()
                        .any(|c| dyad_kb::is_word_char(c) && !c.is_numeric())
                })
            });
        }
        if lex.order != dyad_kb::WordOrder::Vso {
            return None;
        }
        // Verb-first: the subject follows the verb ("وقال الوزير").
        // A trigger may run past a clause cut inside it: then nothing follows it in the clause.
        let after = doc.text.get(clause.trigger.end..clause.end)?;
        let cut = after
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .nth(3)
            .map_or(after.len(), |(i, _)| i);
        found(clause.trigger.end, clause.trigger.end + cut, false)
    })
}

/// The end of the last phrase of circumstance closed by a postposition of the language
/// (`[words] circumstance_after`: «রায়ের পর», «हमले के बाद», "saldırının ardından") in
/// `[from, to)` of the text, if one stands there.
fn circumstance_end(lex: &LangLexicon, text: &str, from: usize, to: usize) -> Option<usize> {
    let phrases = &lex.words.circumstance_after;
    if phrases.is_empty() || from >= to {
        return None;
    }
    let region = text.get(from..to)?;
    // The words of the region with their ends, folded as the list is.
    let words: Vec<(String, usize)> = region
        .split_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - region.as_ptr() as usize;
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            (dyad_kb::fold_str(bare), from + at + w.len())
        })
        .collect();
    let mut last = None;
    for phrase in phrases {
        let toks: Vec<&str> = phrase.split_whitespace().collect();
        if toks.is_empty() || toks.len() > words.len() {
            continue;
        }
        for k in 0..=words.len() - toks.len() {
            if toks.iter().enumerate().all(|(j, t)| words[k + j].0 == *t) {
                let end = words[k + toks.len() - 1].1;
                last = Some(last.map_or(end, |l: usize| l.max(end)));
            }
        }
    }
    last
}

/// The holder of a bare role: the person (for a title) or the organisation (for a body) last
/// named within reach with that role word in or just before their name; for a title, else the
/// subject of the sentences before if a person, else the person named last.
fn role_holder(ctx: &Ctx, clause: &Clause, title: &str, kind: RoleKind, at: usize) -> Option<Side> {
    let doc = ctx.doc;
    let k = doc.sentence_at(clause.trigger.start)?;
    let lex = clause.part.lex;
    let wanted = |m: &Mention| {
        let e = doc.entities[m.entity].kind;
        match kind {
            RoleKind::Title => e == EntityKind::Person,
            _ => e != EntityKind::Person && e != EntityKind::Place && e != EntityKind::Country,
        }
    };
    // The title is written in, just before or just after the name (in its sentence):
    // a role word there whose words stand in the bare one, or that holds it ("Foreign
    // Minister Lavrov" … "the minister"; «وزير الخارجية» … «الوزير»; «министр обороны» …
    // «министра»).
    // Each role word written there: whether it is this one.
    let titles_near = |m: &Mention| -> Vec<bool> {
        let sent = crate::actors::sentence_span(doc, m.span.start);
        let from = sent.start.max(m.span.start.saturating_sub(80));
        // (An apposition after the name too: "سرگئی لاوروف، وزیر امور خارجه روسیه".)
        let to = sent.end.min(m.span.end + 60);
        let (ns, ne) = (norm_pos(ctx.norm, from), norm_pos(ctx.norm, to));
        let window = &ctx.norm.text()[ns..ne];
        lex.role_words(window, kind)
            .map(|written| {
                written.contains(title)
                    || written
                        .split_whitespace()
                        .any(|w| w.chars().count() >= 3 && title.contains(w))
            })
            .collect()
    };
    let titled = |m: &Mention| titles_near(m).contains(&true);
    // A person written with the title of another office is not this one's holder ("Präsident
    // Medwedew" … "die Außenminister").
    let other_office = |m: &Mention| {
        let near = titles_near(m);
        !near.is_empty() && !near.contains(&true)
    };
    // Named before the role word.
    let holder = nearest(ctx, at, k, |m| wanted(m) && titled(m))
        .and_then(|m| ctx.view.side(m, clause.role_date));
    if holder.is_some() || kind != RoleKind::Title {
        return holder;
    }
    let person = |s: &Side| kind_of(ctx, s) == Some(EntityKind::Person);
    let same_office = |s: &Side| {
        !starting_in(
            &doc.mentions,
            |m| m.span.start,
            s.span.start,
            s.span.start + 1,
        )
        .iter()
        .any(|m| m.span == s.span && other_office(m))
    };
    topic(ctx, clause)
        .filter(person)
        .filter(same_office)
        .or_else(|| {
            nearest(ctx, at, k, |m| {
                doc.entities[m.entity].kind == EntityKind::Person && !other_office(m)
            })
            .and_then(|m| ctx.view.side(m, clause.role_date))
        })
}

/// The state an institution named by its role word alone belongs to ("the interior ministry",
/// «وزارت داخلہ», "a special tribunal", «सरकार»), and the path that gave it, in this order:
/// - the one country its sentence is set in (a place or country named as a setting:
///   `home>src`);
/// - for a state's own body (data/kb/sectors.tsv's `state`), the one state whose actor of the
///   same sector was named within reach before it ("Pakistani troops … The army said": `kind>src`);
/// - the report's dateline's (`home>src`);
/// - for a state's own body, the state the report is about (`document_home`: `doc>src`): a
///   report names a foreign state's bodies with that state's name, its own without.
///
/// Settings in two countries, two states' actors of that kind before it, or datelines in two
/// leave it nobody's. A state its sentence names as another actor (the target: "the government
/// accused India"; a topic) is never the body's by the two guesses from outside the sentence.
///
/// An office title with no holder named before it ("the interior minister", «le ministre de
/// l'Intérieur», «el ministro de Defensa») is the office of the report's dateline's state, and
/// only that: an official travels, so the place a sentence is set in, the state whose body was
/// just told or the one the report is about do not say whose official this is (a foreign
/// paper's report about Iran calls its own minister "the interior minister" too).
fn home_state(ctx: &Ctx, clause: &Clause, role: &BareRole) -> Option<(Side, &'static str)> {
    let office = role.kind == RoleKind::Title && ctx.lexicon.state_body(role.sector);
    if role.kind != RoleKind::Body && !office {
        return None;
    }
    let doc = ctx.doc;
    let country = |m: &Mention| ctx.view.side(m, clause.role_date).map(|s| s.country);
    let settings: std::collections::BTreeSet<_> = starting_in(
        &doc.mentions,
        |m| m.span.start,
        clause.sent.start,
        clause.sent.end,
    )
    .iter()
    .filter(|m| m.as_location && !m.dateline)
    .filter_map(country)
    .collect();
    let datelines: std::collections::BTreeSet<_> = doc
        .mentions
        .iter()
        .filter(|m| m.dateline)
        .filter_map(country)
        .collect();
    let only = |set: std::collections::BTreeSet<dyad_core::Country>| {
        (set.len() == 1).then(|| set.into_iter().next()).flatten()
    };
    let side = |home: dyad_core::Country| Side {
        entity: None,
        name: doc.text[role.span.start..role.span.end].to_string(),
        country: home,
        sector: role.sector,
        cameo: None,
        span: role.span,
    };
    // The states the sentence names as actors of their own.
    let named: std::collections::BTreeSet<_> = ctx
        .view
        .within(clause.sent.start, clause.sent.end)
        .filter(|m| !m.dateline && m.span.end <= clause.sent.end)
        .filter_map(country)
        .collect();
    if office {
        return only(datelines)
            .filter(|c| c.is_state() && !named.contains(c))
            .map(|c| (side(c), "home>src"));
    }
    if !settings.is_empty() {
        return only(settings)
            .filter(|c| c.is_state())
            .map(|c| (side(c), "home>src"));
    }
    let state = ctx.lexicon.state_body(role.sector);
    if state {
        if let Some(c) = same_kind_before(ctx, clause, role).filter(|c| !named.contains(c)) {
            return Some((side(c), "kind>src"));
        }
    }
    if !datelines.is_empty() {
        return only(datelines)
            .filter(|c| c.is_state())
            .map(|c| (side(c), "home>src"));
    }
    if !state {
        return None;
    }
    let home = (*ctx.home.get_or_init(|| document_home(ctx)))?;
    (!named.contains(&home)).then(|| (side(home), "doc>src"))
}

/// The one state whose actor of the bare body's sector is named within reach before it: in
/// its sentence before it, or up to `REACH` sentences back in its paragraph ("Pakistani troops
/// returned fire. The army said …"; «Минобороны России … Ведомство …» is `role_holder`'s).
/// Two states' actors of that sector leave it open.
fn same_kind_before(ctx: &Ctx, clause: &Clause, role: &BareRole) -> Option<dyad_core::Country> {
    let doc = ctx.doc;
    let sector = role.sector?;
    let k = doc.sentence_at(role.span.start)?;
    let from = reach(doc, k)
        .last()
        .map_or(clause.sent.start, |j| doc.sentences[j].span.start);
    let countries: std::collections::BTreeSet<_> = ctx
        .view
        .within(from, role.span.start)
        .filter(|m| !m.dateline && m.span.end <= role.span.start)
        .filter_map(|m| ctx.view.side(m, clause.role_date))
        .filter(|s| s.sector == Some(sector) && s.country.is_state())
        .map(|s| s.country)
        .collect();
    (countries.len() == 1)
        .then(|| countries.into_iter().next())
        .flatten()
}

/// How much more often than any other state the report's own state must be named as an
/// actor: three times for every two (a report on one state's act and another's reaction to it
/// names the first more; a report on a dispute names both about as often).
const HOME_MARGIN: (usize, usize) = (3, 2);

/// How far after a country's name (in bytes) a place it qualifies may begin: a possessive or
/// genitive marker between ("'s ", " के ").
const QUALIFIER_GAP: usize = 12;

/// The state a report is about, read from the whole document: the state named most often as
/// an actor (top-level actor phrases, not settings, datelines or what a phrase qualifies), if
/// named at least twice and by [`HOME_MARGIN`] more often than any other. A report on a
/// dispute names both sides about as often: then it is nobody's. (Settings are not counted: a
/// report on a state's reaction abroad is set where the others are, "at the G7 meeting in
/// Stuttgart".)
pub(crate) fn document_home(ctx: &Ctx) -> Option<dyad_core::Country> {
    let doc = ctx.doc;
    let mut count: std::collections::BTreeMap<dyad_core::Country, usize> = Default::default();
    // A country written right before a place of its own qualifies that place, a setting
    // ("Germany's Stuttgart", «जर्मनी के स्टटगार्ट में»): it is not named as an actor.
    let qualifies_place = |m: &Mention, c: dyad_core::Country| {
        starting_in(
            &doc.mentions,
            |x| x.span.start,
            m.span.end,
            m.span.end + QUALIFIER_GAP,
        )
        .iter()
        .any(|x| {
            let e = &doc.entities[x.entity];
            x.as_location && e.kind == EntityKind::Place && e.place_country == Some(c)
        })
    };
    for m in ctx.view.within(0, doc.text.len()).filter(|m| !m.dateline) {
        if let Some(s) = ctx.view.side(m, None).filter(|s| s.country.is_state()) {
            if !qualifies_place(m, s.country) {
                *count.entry(s.country).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, dyad_core::Country)> =
        count.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_unstable_by_key(|r| std::cmp::Reverse(r.0));
    let (top, home) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.0);
    (top >= 2 && top * HOME_MARGIN.1 >= second * HOME_MARGIN.0).then_some(home)
}

/// Does the clause's subject slot hold a collective or a body that names no actor ("Militants
/// attacked Pakistani troops", «مسلحون هاجموا», "gunmen opened fire")? A role word with no
/// country (one of a local sector takes its place's and is an actor) standing right before the
/// verb, or opening the clause in a verb-final language; not inside a name, nor a title before
/// one.
pub(super) fn unnamed_collective(ctx: &Ctx, clause: &Clause) -> bool {
    let lex = clause.part.lex;
    let (norm, doc) = (ctx.norm, ctx.doc);
    let from = clause.start.max(clause.sent.start);
    let to = clause.trigger.start;
    if from >= to {
        return false;
    }
    let (ns, ne) = (norm_pos(norm, from), norm_pos(norm, to));
    let sub = &norm.text()[ns..ne];
    let verb_final = lex.order == dyad_kb::WordOrder::Sov;
    // The role word nearest the subject's place: opening the clause, or right before the verb.
    let hits = lex.roles.find_all(sub, &lex.affixes);
    let Some(&(s, e, p)) = (if verb_final {
        hits.first()
    } else {
        hits.last()
    }) else {
        return false;
    };
    let collective = lex
        .roles
        .values(p)
        .iter()
        .any(|r| matches!(r.kind, RoleKind::Group | RoleKind::Body) && !r.local);
    let (os, oe) = norm.orig_span(ns + s, ns + e);
    let in_mention = starting_in(&doc.mentions, |m| m.span.start, os.saturating_sub(400), oe)
        .iter()
        .any(|m| m.span.start < oe && os < m.span.end);
    // In a verb-final language a setting may open the clause before its subject, closed by a
    // place postposition ("بلوچستان کے ضلع بولان میں مسلح افراد نے …", in Bolan district of
    // Balochistan gunmen …; «बलूचिस्तान में उग्रवादियों ने …»): the collective after it still
    // opens the clause's own words. (The postposition closes a phrase: something stands
    // before it.)
    let setting_end = || {
        lex.markers_after
            .find_all(&sub[..s], &lex.affixes)
            .into_iter()
            .filter(|&(ms, _, p)| {
                ms > 0
                    && !sub[..ms].trim().is_empty()
                    && lex.markers_after.values(p).contains(&dyad_kb::Case::In)
            })
            .map(|(_, me, _)| norm.orig_span(ns + me, ns + me).0)
            .last()
    };
    collective
        && !in_mention
        && if verb_final {
            bare(ctx, clause, from, os) || setting_end().is_some_and(|at| bare(ctx, clause, at, os))
        } else {
            bare(ctx, clause, oe, to)
        }
}

/// How many function words (auxiliaries: «ha», «a», «avait») may stand between an object
/// clitic and the verb it is written before («le ha pedido», «l'a accusé», «lui a promis»).
const CLITIC_REACH: usize = 2;

/// The kind of actor an object pronoun refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Referent {
    Person,
    Group,
    Any,
}

/// An object pronoun beside the clause's verb: right after it ("urged it", "accused him") or
/// written before it or its auxiliary («le pidió», «lo condenó», «l'a accusé», «lui a
/// promis»), and the kind of actor it stands for.
fn object_pronoun(clause: &Clause) -> Option<Referent> {
    let words = &clause.part.lex.words;
    let text = clause.text;
    // After the verb: the first word past the trigger, or the second word of a trigger with a
    // gap, where the object stands ("accused him of spying"). A word in both lists stands for
    // either (Russian «её»: a woman or a state of feminine gender).
    if !words.object_pronouns.is_empty() || !words.group_object_pronouns.is_empty() {
        let after = text.get(clause.trigger.end..clause.end).unwrap_or("");
        let after = if after.starts_with(char::is_alphanumeric) {
            after.trim_start_matches(|c: char| !c.is_whitespace())
        } else {
            after
        };
        let mut inside = text
            .get(clause.trigger.start..clause.trigger.end)
            .unwrap_or("")
            .split_whitespace()
            .skip(1);
        let mut after_words = after.split_whitespace();
        let candidates = [
            (after_words.next(), after_words.next()),
            (inside.next(), inside.next()),
        ];
        // (Not past punctuation: "urged, it said, …".)
        for (first, next) in candidates {
            let Some(first) = first else { continue };
            let word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
                continue;
            }
            // A possessive of the same form stands before its noun ("criticised her remarks",
            // «нарушил её воздушное пространство»): an object pronoun is followed by a
            // function word, punctuation or nothing ("urged it to", «обвинил его в»).
            // (Only a word that is also a possessive: Arabic «إياها» and English "them" never
            // stand before a noun of theirs.)
            let possessive = word.len() == first.len()
                && words
                    .possessive_pronouns
                    .contains(dyad_kb::fold_str(word).as_str())
                && next.is_some_and(|n| {
                    let n = dyad_kb::fold_str(n.trim_end_matches(|c: char| !c.is_alphanumeric()));
                    !n.is_empty() && !words.function.contains(n.as_str())
                });
            if possessive {
                continue;
            }
            let first = word;
            let w = dyad_kb::fold_str(first);
            let person = words.object_pronouns.contains(w.as_str());
            let group = words.group_object_pronouns.contains(w.as_str());
            match (person, group) {
                (true, true) => return Some(Referent::Any),
                (true, false) => return Some(Referent::Person),
                (false, true) => return Some(Referent::Group),
                (false, false) => {}
            }
        }
    }
    if words.object_clitics.is_empty() {
        return None;
    }
    // Before the verb: the words of its clause back from the trigger, an elided clitic cut
    // from the word it is written onto («l'a» is «l'» and «a»).
    let before = text.get(clause.start..clause.trigger.start).unwrap_or("");
    let folded = dyad_kb::fold_str(before);
    let toks: Vec<&str> = folded.split_whitespace().flat_map(elided).collect();
    for (between, w) in toks.iter().rev().enumerate() {
        if words.object_clitics.contains(*w) {
            // A clitic of the same form as an article is one only before an auxiliary
            // («l'a arrêté», «los ha acusado»): right before a verb form it is as often the
            // article of a noun of that form («l'arrêté», the decree; «l'accusé»).
            if between == 0 && words.articles.contains(*w) {
                return None;
            }
            return Some(Referent::Any);
        }
        if between >= CLITIC_REACH || !words.function.contains(*w) {
            return None;
        }
    }
    None
}

/// The recipient an object pronoun beside the clause's verb stands for ("China criticised Japan
/// and urged it to …", «Francia convocó al embajador de Irán y le pidió …», «l'a accusé»): the
/// actor of its kind named last before it, in its sentence or within reach before, that is
/// not the clause's subject. A pronoun object is never its own clause's subject (that takes a
/// reflexive: "itself", «se»), nor of the subject's country.
pub(crate) fn object_antecedent(ctx: &Ctx, clause: &Clause, source: &Side) -> Option<Side> {
    let referent = object_pronoun(clause)?;
    let doc = ctx.doc;
    let k = doc.sentence_at(clause.trigger.start)?;
    let date = clause.role_date;
    // An actor phrase of its own: not a modifier ("a Russian-led alliance … asked it": the
    // alliance, not Russia), a setting or a topic.
    let ok = |n: &&grammar::Np| {
        let kind = doc.entities[n.mention.entity].kind;
        let fits = match referent {
            // (An official named by title is an actor of no name: "the Swedish ambassador".)
            Referent::Person => matches!(kind, EntityKind::Person | EntityKind::Actor),
            Referent::Group => kind != EntityKind::Person,
            Referent::Any => true,
        };
        // "It" and "them" may as well stand for a thing last named ("withholding it" after
        // "calls by Belarus's rulers for aid"): a state or body they refer to is a phrase of its
        // own, not a possessor.
        fits && n.is_actor
            && !n.modifier
            && !(referent == Referent::Group && n.possessor)
            && !compound_modifier(doc, n)
            // (Only a setting or a topic: "on Belarus" is also a recipient's case.)
            && (n.cases.is_empty()
                || n
                    .cases
                    .iter()
                    .any(|c| !matches!(c, dyad_kb::Case::In | dyad_kb::Case::About)))
            && !n.mention.as_location
            && !n.mention.dateline
            && ctx.view.side(n.mention, date).is_some_and(|s| {
                s.country != source.country
                    && (s.entity.is_none() || s.entity != source.entity)
                    && s.span != source.span
            })
    };
    // Its own sentence before it first, then the sentences within reach, nearest first.
    let capitals = |m: &Mention| grammar::is_capital_mention(doc, m);
    std::iter::once(k).chain(reach(doc, k)).find_map(|j| {
        let span = doc.sentences[j].span;
        let end = if j == k {
            clause.trigger.start
        } else {
            span.end
        };
        let nps = grammar::phrases(
            doc, ctx.norm, &ctx.view, ctx.parts, span.start, end, &capitals,
        );
        nps.iter()
            .filter(|n| n.span().end <= end)
            .filter(ok)
            .last()
            .and_then(|n| ctx.view.side(n.mention, date))
    })
}

/// Is the name the first half of a hyphenated compound adjective ("Russian-led", "Saudi-backed",
/// "US-brokered")? Then it modifies the noun after it and stands for no one of its own.
fn compound_modifier(doc: &Document, n: &grammar::Np) -> bool {
    let rest = doc.text.get(n.span().end..).unwrap_or("");
    let mut chars = rest.chars();
    matches!(chars.next(), Some('-' | '‑')) && chars.next().is_some_and(char::is_alphanumeric)
}

/// A word cut after each elision apostrophe, in order: «l'a» is the clitic «l'» and the
/// auxiliary «a» (folded text, where every apostrophe is ').
pub(super) fn elided(w: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = w;
    while let Some(i) = rest.find('\'') {
        pieces.push(&rest[..=i]);
        rest = &rest[i + 1..];
    }
    if !rest.is_empty() {
        pieces.push(rest);
    }
    pieces
}
