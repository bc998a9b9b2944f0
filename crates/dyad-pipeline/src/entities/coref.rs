//! Later mentions of a person already named: by surname ("Fomin"), and by a sentence opening
//! with a pronoun or a bare title ("He …", "The minister …").

use super::MAX_PHRASE;
use crate::actors::{norm_pos, starting_in};
use crate::lexicon::{part_at, Part, RoleKind};
use crate::punct::is_comma;
use dyad_core::{Document, EntityKind, LinkedEntity, Mention, Span};
use dyad_kb::{Kb, Normalized};

/// A sentence that opens with a personal pronoun or a bare title ("The minister", "The envoy")
/// is about the person named last in the sentences just before: that opening becomes an
/// anaphoric mention of them. `mentions` must be sorted by start.
pub(super) fn anaphoric_mentions(
    doc: &Document,
    norm: &Normalized,
    parts: &[Part],
    entities: &[LinkedEntity],
    mentions: &mut Vec<Mention>,
) {
    let mut found = Vec::new();
    for (k, sent) in doc.sentences.iter().enumerate() {
        let lex = part_at(parts, sent.span.start).lex;
        let ns = norm_pos(norm, sent.span.start);
        let head = &norm.text()[ns..norm_pos(norm, sent.span.end)];
        let first = head
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let definite = lex
            .words
            .definite
            .iter()
            .find(|d| head.starts_with(d.as_str()) && head[d.len()..].starts_with(' '));
        // The title of a bare-title opening ("roi" of "Le roi"), folded.
        let mut title: Option<&str> = None;
        let opening_len = if !first.is_empty() && crate::actors::is_pronoun(lex, first) {
            Some(first.len())
        } else if let Some(d) = definite {
            let rest = &head[d.len() + 1..];
            lex.roles
                .find_at_start(rest, &lex.affixes)
                .filter(|&(_, _, p)| {
                    lex.roles
                        .values(p)
                        .iter()
                        .any(|r| r.kind == RoleKind::Title)
                })
                .filter(|&(_, e, _)| {
                    // "The minister Lavrov": a name follows, no reference back.
                    let ahead = &doc.text[norm.orig(ns + d.len() + 1 + e)..];
                    !ahead
                        .trim_start()
                        .starts_with(|c: char| c.is_alphanumeric() && !c.is_lowercase())
                })
                .map(|(_, e, _)| {
                    title = Some(&rest[..e]);
                    d.len() + 1 + e
                })
        } else {
            None
        };
        let Some(len) = opening_len else { continue };
        // "The secretary-general of the UN, António Guterres, …": the title's holder is named in
        // the apposition that closes its phrase, no reference back.
        if title.is_some() {
            let after = norm.orig(ns + len);
            let named = starting_in(mentions, |m| m.span.start, after, sent.span.end)
                .iter()
                .any(|m| {
                    let gap = doc.text.get(after..m.span.start).unwrap_or("");
                    entities[m.entity].kind == EntityKind::Person
                        && gap.trim_end().ends_with(is_comma)
                        && gap.matches(is_comma).count() == 1
                        && gap.split_whitespace().count() <= 8
                });
            // "Die Außenminister der EU", "the ministers of the EU": the title's genitive or
            // `of` phrase names the body it is held in, no reference back.
            let of_body = starting_in(mentions, |m| m.span.start, after, sent.span.end)
                .iter()
                .take_while(|m| m.span.start <= after + 24)
                .any(|m| {
                    entities[m.entity].kind != EntityKind::Person
                        && doc
                            .text
                            .get(after..m.span.start)
                            .is_some_and(|gap| lex.joins_title(norm, gap, m.span.start))
                });
            if named || of_body {
                continue;
            }
        }
        if !starting_in(
            mentions,
            |m| m.span.start,
            sent.span.start,
            sent.span.start + 1,
        )
        .is_empty()
        {
            continue; // the opening is a name already
        }
        let floor = doc.sentences[k.saturating_sub(3)].span.start;
        let people: Vec<&Mention> = starting_in(mentions, |m| m.span.start, floor, sent.span.start)
            .iter()
            .rev()
            .filter(|m| m.span.end <= sent.span.start && !m.as_location)
            .filter(|m| entities[m.entity].kind == EntityKind::Person)
            .collect();
        // "The king" is the person last named with that title ("King Salman … met Putin … The
        // king called on Iran"); else the person named last.
        let named_as = |m: &Mention| {
            let (s, e) = (norm_pos(norm, m.span.start), norm_pos(norm, m.span.end));
            &norm.text()[s..e]
        };
        // A title inside a compound is that title ("Außenminister" holds "Minister").
        let holds = |text: &str, t: &str| {
            dyad_kb::has_word(text, t) || text.split_whitespace().any(|w| w.ends_with(t))
        };
        let titled = title.and_then(|t| people.iter().find(|m| holds(named_as(m), t)));
        // Else the person named last — unless named with a title of another office ("the
        // foreign ministers" after "President Medvedev" are not him).
        let has_title = |text: &str| lex.role_words(text, RoleKind::Title).next().is_some();
        let untitled = people.first().filter(|m| {
            title.is_none()
                || !people
                    .iter()
                    .filter(|x| x.entity == m.entity)
                    .any(|x| has_title(named_as(x)))
        });
        let antecedent = titled.or(untitled);
        if let Some(a) = antecedent {
            let (s, e) = norm.orig_span(ns, ns + len);
            found.push(Mention {
                span: Span::new(s, e),
                entity: a.entity,
                as_location: false,
                anaphoric: true,
                ending: None,
                dateline: false,
            });
        }
    }
    mentions.extend(found);
}

/// Once a person is named in full, news refers to them by surname ("Fomin", "Ali"): every
/// later standalone occurrence of the surname becomes a mention of that person. Only surnames
/// of people named in this document, so "Ali" means Muhammad Ali only where he was introduced.
pub(super) fn surname_mentions(
    text: &str,
    norm: &Normalized,
    kb: &Kb,
    entities: &[LinkedEntity],
    mentions: &mut Vec<Mention>,
) {
    let mut found = Vec::new();
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let first = mentions
            .iter()
            .filter(|m| m.entity == i && !m.anaphoric)
            .min_by_key(|m| m.span.end);
        let Some(first) = first else { continue };
        // The surname as the knowledge base writes it and as this text wrote it ("Fomin",
        // "فومين").
        let written = &text[first.span.start..first.span.end];
        // Family name first ("Xi Jinping": "Xi", «Си»), by the convention of the person's
        // country (data/kb/name_order.tsv). Such family names are often two letters long; one
        // that short is taken only where capitals mark names (not Arabic «شي», a spelling of
        // "thing").
        let family_first = e
            .roles
            .iter()
            .any(|r| kb.family_name_first(r.actor.country));
        let long_enough = |w: &&str| {
            let n = w.chars().count();
            n >= 3 || (family_first && n == 2 && w.chars().next().is_some_and(char::is_uppercase))
        };
        let mut keys: Vec<String> = [e.name.as_str(), written]
            .iter()
            .filter(|n| n.split_whitespace().count() >= 2)
            .filter_map(|n| {
                if family_first {
                    n.split_whitespace().next()
                } else {
                    n.split_whitespace().last()
                }
            })
            .filter(long_enough)
            .map(dyad_kb::normalize_key)
            .collect();
        keys.dedup();
        let hay = norm.text();
        for key in keys {
            let mut from = norm_pos(norm, first.span.end);
            while let Some(k) = hay[from..].find(&key) {
                let (s, e_) = (from + k, from + k + key.len());
                from = e_;
                let before = hay[..s].chars().next_back();
                let after = hay[e_..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let (os, oe) = norm.orig_span(s, e_);
                // Capitalised in scripts that have case; not inside another mention.
                if text[os..oe].chars().next().is_some_and(char::is_lowercase) {
                    continue;
                }
                // Mentions are sorted by start and no phrase is longer than MAX_PHRASE bytes.
                let floor = os.saturating_sub(MAX_PHRASE);
                let overlaps = starting_in(mentions, |m| m.span.start, floor, oe)
                    .iter()
                    .any(|m| m.span.start < oe && os < m.span.end)
                    || taken.range(floor..oe).any(|(&s, &e)| s < oe && os < e);
                if overlaps {
                    continue;
                }
                taken.insert(os, oe);
                found.push(Mention {
                    span: Span::new(os, oe),
                    entity: i,
                    as_location: false,
                    anaphoric: false,
                    ending: None,
                    dateline: false,
                });
            }
        }
    }
    mentions.extend(found);
}
