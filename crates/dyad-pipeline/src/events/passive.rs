//! The passive voice from the clause: an auxiliary the language's data declares
//! (`[grammar] passive` in `data/lang/<code>/language.toml`) beside a verb trigger makes its
//! subject the one acted on — "was arrested", «a été arrêté», «fue detenido», "wurde am Montag
//! festgenommen", "festgenommen worden", "被警方逮捕". A pattern written as a passive in the
//! lexicon ("was attacked", Urdu "گرفتار کیا گیا") needs no auxiliary; this reads every other
//! verb pattern of the language in the passive where its grammar says so.

use super::Ctx;
use crate::actors::{norm_pos, starting_in};
use crate::lexicon::Part;
use dyad_core::{Event, PunctClass, PunctSet};
use dyad_kb::PhraseMatch;

/// Does a passive auxiliary stand beside the verb trigger `t` in its clause `[start, end)`?
pub(crate) fn by_auxiliary(
    ctx: &Ctx,
    part: &Part,
    t: &PhraseMatch,
    start: usize,
    end: usize,
) -> bool {
    let p = &part.lex.passive;
    if p.before.is_empty() && p.after.is_empty() {
        return false;
    }
    let text = ctx.norm.text();
    let first = text[t.norm_start..t.norm_end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    // "was attacking": a form the language keeps active after the auxiliary; "was prepared
    // to help": a pattern ending on a word that makes the auxiliary govern something else
    // is a stance of the subject's own.
    let last = text[t.norm_start..t.norm_end]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    if p.active_endings.iter().any(|e| first.ends_with(e.as_str()))
        || (last != first && p.not_between.iter().any(|x| x == last))
    {
        return false;
    }
    let (cs, ce) = (
        norm_pos(ctx.norm, start).min(t.norm_start),
        norm_pos(ctx.norm, end).max(t.norm_end),
    );
    before(ctx, part, t, (start, cs), ce) || after(part, &text[t.norm_end..ce])
}

/// Marks that break a clause, in any script (the apostrophe, also a closing quote, does not).
const BREAKS: PunctSet = PunctSet::of(&[
    PunctClass::Comma,
    PunctClass::ListComma,
    PunctClass::Semicolon,
    PunctClass::Colon,
    PunctClass::Stop,
    PunctClass::SoftStop,
    PunctClass::QuoteOpen,
    PunctClass::QuoteClose,
]);

/// Does `w` carry punctuation (a comma, a colon: the clause breaks there)? An apostrophe or a
/// hyphen is part of a word.
fn punctuated(w: &str) -> bool {
    let punct = dyad_kb::punct();
    w.chars()
        .any(|c| c != '\'' && c != '-' && (c.is_ascii_punctuation() || punct.is_in(c, BREAKS)))
}

/// An auxiliary before the trigger: within the language's reach of words (none of them a
/// name, a word that makes the auxiliary govern something else, or punctuation); in a
/// verb-second language anywhere before a participle that closes the clause; in a script
/// written without spaces right before it, or before the agent standing right before it
/// (被警方逮捕).
fn before(ctx: &Ctx, part: &Part, t: &PhraseMatch, (start, cs): (usize, usize), ce: usize) -> bool {
    let p = &part.lex.passive;
    if p.before.is_empty() {
        return false;
    }
    let text = ctx.norm.text();
    let doc = ctx.doc;
    let mention_norm = |m: &dyad_core::Mention| {
        (
            norm_pos(ctx.norm, m.span.start),
            norm_pos(ctx.norm, m.span.end),
        )
    };
    let mentions: Vec<(usize, usize)> =
        starting_in(&doc.mentions, |m| m.span.start, start, t.start)
            .iter()
            .filter(|m| !m.anaphoric)
            .map(mention_norm)
            .filter(|&(s, e)| s >= cs && e <= t.norm_start)
            .collect();
    let unspaced = text[t.norm_start..]
        .chars()
        .next()
        .is_some_and(dyad_kb::unspaced);
    if unspaced {
        let mut gap_end = t.norm_start;
        if let Some(&(s, _)) = mentions
            .iter()
            .find(|&&(_, e)| text[e..t.norm_start].trim().is_empty())
        {
            gap_end = s;
        }
        // Up to `reach` letters may stand between: an agent the linker did not name (被警方逮捕).
        let head = text[cs..gap_end].trim_end();
        let mut cut = head.len();
        for (i, _) in head.char_indices().rev().take(p.reach + 1) {
            if p.before.iter().any(|a| head[..cut].ends_with(a.as_str())) {
                return true;
            }
            if punctuated(&head[i..cut]) {
                return false;
            }
            cut = i;
        }
        return p.before.iter().any(|a| head[..cut].ends_with(a.as_str()));
    }
    let words: Vec<(usize, &str)> = text[cs..t.norm_start]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let is_aux = |w: &str| p.before.iter().any(|a| a == w);
    if part.lex.verb_second {
        // The participle closes its clause: what follows it is punctuation, a conjunction,
        // another auxiliary, or nothing.
        let rest = text[t.norm_end..ce].trim_start();
        let next = rest.split_whitespace().next().unwrap_or("");
        let closes = rest.is_empty()
            || rest.starts_with(|c: char| !c.is_alphanumeric())
            || part.lex.words.conjunctions.contains(next)
            || p.after.iter().any(|a| a == next)
            || is_aux(next);
        if !closes {
            return false;
        }
        for (_, w) in words.iter().rev() {
            if is_aux(w) {
                return true;
            }
            if punctuated(w) || p.not_between.iter().any(|x| x == w) {
                return false;
            }
        }
        return false;
    }
    for (k, (at, w)) in words.iter().rev().enumerate() {
        if k > p.reach {
            return false;
        }
        if is_aux(w) {
            let gap_start = at + w.len();
            return !mentions.iter().any(|&(s, _)| s >= gap_start);
        }
        let adverb = part.lex.words.function.contains(*w)
            || p.adverb_endings.iter().any(|e| w.ends_with(e.as_str()));
        if punctuated(w)
            || !adverb
            || p.not_between.iter().any(|x| x == w)
            || part.lex.words.articles.contains(*w)
        {
            return false;
        }
    }
    false
}

/// An auxiliary right after the trigger ("festgenommen wurde", "festgenommen worden").
fn after(part: &Part, rest: &str) -> bool {
    let p = &part.lex.passive;
    rest.starts_with(char::is_whitespace)
        && rest
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| p.after.iter().any(|a| a == w))
}

/// An act with no doer named, told in a sentence that also tells an act of the same type by
/// someone named, is that act's outcome, told again ("in a clash between Iranian border guards
/// and Taliban forces, two Iranian guards were killed"; "three people were killed … in a drone
/// attack claimed by the Houthis"): the named act stands for both. So is a second act with no
/// doer on the same country ("an attack near the Russian embassy …, and two Russian diplomats
/// were killed"): the first telling stands. `events` are in text order.
pub(crate) fn drop_retold(events: &mut Vec<Event>) {
    let country = |e: &Event| e.target.as_ref().map(|t| t.country);
    let keep: Vec<bool> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            e.source.is_some()
                || !starting_in(events, |x| x.start, e.start, e.start + 1)
                    .iter()
                    .any(|x| {
                        x.kind == e.kind
                            && (x.source.is_some()
                                || (x.trigger.start < e.trigger.start
                                    && country(x) == country(e)
                                    && x.id != events[i].id))
                    })
        })
        .collect();
    let mut k = keep.into_iter();
    events.retain(|_| k.next().unwrap_or(true));
}
