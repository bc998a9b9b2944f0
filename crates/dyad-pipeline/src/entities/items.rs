//! The items actor phrases are made of: names from the knowledge base, role words, and the
//! names of people found next to a title (see `unknown`).
//!
//! A word is a word: a name matches whole words of its language plus the affixes the language
//! declares (the phrase matcher's job), a function word of the language is never a name, and a
//! name that is also a common word needs evidence — a capital letter where the script has
//! them, a title or role beside it, a place noun before it ("the republic of Mali"), or the same
//! entity named unambiguously elsewhere in the document.

use super::MAX_PHRASE;
use crate::actors::starting_in;
use crate::lexicon::{Part, RoleRule};
use dyad_core::{Country, EntityKind};
use dyad_kb::{Kb, NameKind, Normalized};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
pub(super) enum ItemKind {
    Name {
        entity: u32,
        demonym: bool,
        /// The name is also a common word of its language: kept only with evidence.
        ambiguous: bool,
        /// A clipped form that names a country only beside another country's name (Urdu
        /// «پاک روس», Pakistan-Russia): kept only there.
        compound: bool,
    },
    Role(RoleRule),
    /// Words next to a title that no entity has: an unknown person's name, with its title.
    NewName(RoleRule),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    pub start: usize,
    pub end: usize,
    pub nstart: usize,
    pub nend: usize,
    /// Where a declared ending of the last word begins (`== end` without one).
    pub stem_end: usize,
    pub kind: ItemKind,
}

impl Item {
    pub fn entity(&self) -> Option<u32> {
        match self.kind {
            ItemKind::Name { entity, .. } => Some(entity),
            _ => None,
        }
    }

    pub fn is_role(&self) -> bool {
        matches!(self.kind, ItemKind::Role(_))
    }

    pub fn is_name(&self) -> bool {
        matches!(self.kind, ItemKind::Name { .. } | ItemKind::NewName(_))
    }

    /// A name that is not a demonym ("Pakistan", not "Pakistani").
    pub fn is_plain_name(&self) -> bool {
        matches!(
            self.kind,
            ItemKind::Name { demonym: false, .. } | ItemKind::NewName(_)
        )
    }
}

/// Does any item of `sorted` (by start, each shorter than MAX_PHRASE) overlap `[start, end)`?
pub(super) fn overlaps_any(sorted: &[Item], start: usize, end: usize) -> bool {
    overlapping(sorted, start, end).next().is_some()
}

/// The items of `sorted` that overlap `[start, end)`.
fn overlapping(sorted: &[Item], start: usize, end: usize) -> impl Iterator<Item = &Item> {
    starting_in(sorted, |i| i.start, start.saturating_sub(MAX_PHRASE), end)
        .iter()
        .filter(move |i| i.start < end && start < i.end)
}

/// Is the first letter of `s` a small letter of a script that has capitals?
fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_lowercase())
}

/// Name matches in one part of the document, one entity chosen per match.
pub(super) fn names(text: &str, norm: &Normalized, kb: &Kb, part: &Part) -> Vec<Item> {
    let lex = part.lex;
    let matches = kb.find_names_in(norm, text, part.norm_start, part.norm_end, &lex.affixes);
    // Countries named in the document decide between places of the same name.
    let mut named: HashMap<Country, usize> = HashMap::new();
    for m in &matches {
        for r in kb.name_refs(m.phrase) {
            let e = kb.entity(r.entity);
            if e.kind == EntityKind::Country {
                if let Some(c) = e.country {
                    *named.entry(c).or_default() += 1;
                }
            }
        }
    }
    matches
        .into_iter()
        .filter_map(|m| {
            let surface = &norm.text()[m.norm_start..m.norm_end];
            // A function word of the language is never a name ("того" is not Togo).
            if lex.words.function.contains(surface) {
                return None;
            }
            let refs = kb.name_refs(m.phrase);
            // In a script with capitals, a one-word name of a place, country or person written
            // in small letters is a common word ("réunion", "china", "того").
            let common_word = !surface.contains(' ')
                && refs.iter().all(|r| {
                    r.kind == NameKind::Name
                        && matches!(
                            kb.entity(r.entity).kind,
                            EntityKind::Place | EntityKind::Country | EntityKind::Person
                        )
                })
                && starts_lowercase(&text[m.start..m.end]);
            if common_word {
                return None;
            }
            let best = refs.iter().max_by_key(|r| {
                let e = kb.entity(r.entity);
                let kind_rank = match e.kind {
                    EntityKind::Person => 6,
                    EntityKind::Group => 5,
                    EntityKind::Organization => 4,
                    EntityKind::Country => 3,
                    EntityKind::Actor => 2,
                    EntityKind::Place => 1,
                };
                // A place's own name beats another place's alternate name ("Islamabad" is also
                // an old name of Chattogram); a capital beats a city.
                let primary = refs.len() > 1 && dyad_kb::normalize_key(&e.name) == surface;
                let in_doc = e.country.and_then(|c| named.get(&c)).copied().unwrap_or(0);
                // Countries sharing a demonym ("Congolese", "Dominican"): the larger one is
                // meant far more often; its capital's population stands for its size.
                let size = match (e.kind, e.country) {
                    (EntityKind::Country, Some(c)) => kb.capital(c).map_or(0, |p| p.population),
                    _ => e.population,
                };
                (
                    kind_rank,
                    r.kind == NameKind::Name,
                    primary,
                    kb.is_capital(r.entity),
                    in_doc,
                    size,
                )
            })?;
            // A person's name written with its title ("الأمير محمد بن سلمان", "President Xi"):
            // the name begins after the title, which stays a role word of the phrase, so that
            // the mention of the person is the name and the phrase is title and name.
            let (start, nstart) = if kb.entity(best.entity).kind == EntityKind::Person {
                title_end(norm, lex, m.norm_start, m.norm_end)
                    .filter(|&n| names_alone(kb, text, norm, lex, n, m.norm_end, best.entity))
                    .map_or((m.start, m.norm_start), |n| (norm.orig(n), n))
            } else {
                (m.start, m.norm_start)
            };
            Some(Item {
                start,
                end: m.end,
                nstart,
                nend: m.norm_end,
                stem_end: m.stem_end,
                kind: ItemKind::Name {
                    entity: best.entity,
                    demonym: best.kind == NameKind::Demonym,
                    ambiguous: lex.words.ambiguous_names.contains(surface)
                        || lex.words.compound_names.contains(surface),
                    compound: lex.words.compound_names.contains(surface),
                },
            })
        })
        .collect()
}

/// Where the name proper begins in the name at `[nstart, nend)` of the normalised text when it
/// opens with a title of its language (a `title` role word) and goes on past it.
fn title_end(
    norm: &Normalized,
    lex: &crate::lexicon::LangLexicon,
    nstart: usize,
    nend: usize,
) -> Option<usize> {
    let role = lex.roles.find_in(norm, nstart, nend, &lex.affixes);
    // The title opens the name, perhaps behind a clitic on its first word ("الأمير").
    let n = norm.text();
    let role = role
        .first()
        .filter(|r| r.norm_end < nend && !n[nstart..r.norm_start].contains(char::is_whitespace))?;
    if lex.roles.values(role.phrase)[0].kind != crate::lexicon::RoleKind::Title {
        return None;
    }
    let rest = n[role.norm_end..nend].strip_prefix(' ')?;
    (!rest.trim().is_empty()).then(|| nend - rest.len())
}

/// Is `[nstart, nend)` of the normalised text, on its own, a name of `entity`? A title is cut
/// off only then: "Amir" of "Amir Khan Muttaqi" is his name, not the title amir.
fn names_alone(
    kb: &Kb,
    text: &str,
    norm: &Normalized,
    lex: &crate::lexicon::LangLexicon,
    nstart: usize,
    nend: usize,
    entity: u32,
) -> bool {
    kb.find_names_in(norm, text, nstart, nstart + 1, &lex.affixes)
        .iter()
        .any(|m| {
            m.norm_start == nstart
                && m.norm_end == nend
                && kb.name_refs(m.phrase).iter().any(|r| r.entity == entity)
        })
}

/// Role words of one part that no name overlaps, and apart those that only an ambiguous name
/// overlaps: should [`keep_supported`] drop that name, the word is a role word after all
/// («Советник президента»: adviser, not Soweto).
pub(super) fn roles(norm: &Normalized, part: &Part, names: &[Item]) -> (Vec<Item>, Vec<Item>) {
    let roles = &part.lex.roles;
    let mut hidden = Vec::new();
    let visible = part
        .find(roles, norm)
        .into_iter()
        .map(|m| Item {
            start: m.start,
            end: m.end,
            nstart: m.norm_start,
            nend: m.norm_end,
            stem_end: m.stem_end,
            kind: ItemKind::Role(roles.values(m.phrase)[0]),
        })
        .filter(|r| {
            let mut over = overlapping(names, r.start, r.end).peekable();
            if over.peek().is_none() {
                return true;
            }
            let ambiguous_only = over.all(|i| {
                matches!(
                    i.kind,
                    ItemKind::Name {
                        ambiguous: true,
                        ..
                    }
                )
            });
            if ambiguous_only {
                hidden.push(*r);
            }
            false
        })
        .collect();
    (visible, hidden)
}

/// Drops the ambiguous names (names that are also common words) with no evidence beside them
/// and no unambiguous mention of the same entity elsewhere in the document. `items` are sorted.
pub(super) fn keep_supported(items: &mut Vec<Item>, norm: &Normalized, parts: &[Part], kb: &Kb) {
    let sure: Vec<u32> = items
        .iter()
        .filter_map(|i| match i.kind {
            ItemKind::Name {
                entity,
                ambiguous: false,
                ..
            } => Some(entity),
            _ => None,
        })
        .collect();
    let n = norm.text();
    let keep: Vec<bool> = items
        .iter()
        .enumerate()
        .map(|(k, it)| {
            let ItemKind::Name {
                entity,
                ambiguous: true,
                compound,
                ..
            } = it.kind
            else {
                return true;
            };
            let prev = k.checked_sub(1).map(|p| &items[p]);
            let next = items.get(k + 1);
            if compound {
                // Only another country's name right beside it, across a space or a hyphen,
                // makes the clipped form a name: «پاک روس» is Pakistan, «قرآن پاک» is "holy".
                let country_beside = |other: Option<&Item>, gap: &str| {
                    other
                        .and_then(Item::entity)
                        .is_some_and(|e| e != entity && kb.entity(e).kind == EntityKind::Country)
                        && gap
                            .chars()
                            .all(|c| c.is_whitespace() || c == '-' || c == '‐' || c == '–')
                };
                return country_beside(
                    prev,
                    prev.map_or("", |p| &n[p.nend.min(it.nstart)..it.nstart]),
                ) || country_beside(
                    next,
                    next.map_or("", |x| &n[it.nend..x.nstart.max(it.nend)]),
                );
            }
            // A title or body beside a name makes it a person's or an organisation's
            // ("President X") or a nationality's (Urdu چینی وزیر خارجہ); beside a place or a
            // country's name it is no evidence: Pashto مالي وزیر is the finance minister,
            // Persian نیروی هوایی the air force, not Mali or Hue.
            let demonym = matches!(it.kind, ItemKind::Name { demonym: true, .. });
            let placelike = !demonym
                && matches!(
                    kb.entity(entity).kind,
                    EntityKind::Place | EntityKind::Country
                );
            let beside = |other: Option<&Item>, gap: &str| {
                !placelike && other.is_some_and(|o| o.is_role()) && gap.trim().len() <= 3
            };
            let role_before = beside(
                prev,
                prev.map_or("", |p| &n[p.nend.min(it.nstart)..it.nstart]),
            );
            let role_after = beside(
                next,
                next.map_or("", |x| &n[it.nend..x.nstart.max(it.nend)]),
            );
            let part = crate::lexicon::part_at(parts, it.start);
            // A demonym before the word for an official's counterpart is the nationality of
            // that counterpart, like one before a title: «اپنے چینی ہم منصب» (his Chinese
            // counterpart), "अपने चीनी समकक्ष"; the word "sugar" takes no such noun.
            let counterpart_after = demonym && {
                let rest = n[it.nend..].trim_start();
                part.lex
                    .words
                    .counterparts
                    .iter()
                    .any(|c| rest.starts_with(c.as_str()))
            };
            let window = n[..it.nstart]
                .char_indices()
                .rev()
                .nth(30)
                .map_or(0, |(i, _)| i);
            let place_noun = part
                .lex
                .place_nouns
                .find_all(&n[window..it.nstart], &part.lex.affixes)
                .iter()
                .any(|&(_, e, _)| n[window + e..it.nstart].trim().is_empty());
            // Another name of its country elsewhere is evidence for the bare name only: with
            // an ending glued on, a frequent word stays the word whatever the report is about
            // (Urdu «رشتوں», "relations", is not Rasht in a report on Iran).
            let bare = it.stem_end >= it.end;
            let same_country_named = bare
                && kb
                    .entity(entity)
                    .country
                    .is_some_and(|c| sure.iter().any(|&s| kb.entity(s).country == Some(c)));
            role_before
                || role_after
                || counterpart_after
                || place_noun
                || sure.contains(&entity)
                || same_country_named
        })
        .collect();
    let mut k = 0;
    items.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}
