//! Entities: finds the actors, places and people of a document and links each to the knowledge
//! base (or creates it from a role cue), with the actor codes it holds over time.
//!
//! Each part of the document is matched in its own language: names and role words in one pass
//! each over the normalised text, with the language's affixes. Adjacent items joined by
//! possessives, appositions and "of/for" form one actor phrase whose most specific item is its
//! head: "Russia's Deputy Defense Minister Alexander Fomin" is one mention of Fomin; "the Russian
//! defence ministry" is RUS.MIL; "Pakistani officials" is PAK.GOV; "political analyst Edris
//! Mohammadi Zazai" is a new person. The names inside a phrase are also kept as mentions of their
//! own (nested in the phrase) so that every country named is listed.
//!
//! The steps, one file each:
//! - `items`: names (with the evidence a name that is also a common word needs) and role words;
//! - `unknown`: people the knowledge base does not know, found next to a title;
//! - `chunk`: items joined into actor phrases;
//! - `linker`: one entity per phrase, with its actor code; places used as locations marked
//!   (`locative`: "in Moscow", datelines, "the capital Kabul");
//! - `coref`: later mentions by surname, and sentences opening with "He" or "The minister".
//!
//! Not done here: pronouns inside a sentence ("he said") are resolved by the event and quote
//! stages, which know which clause they are in.

mod chunk;
mod coref;
mod items;
mod linker;
mod locative;
mod unknown;

use crate::lexicon::{part_at, Part};
use dyad_core::{Document, LinkedEntity, Mention};
use dyad_kb::{Kb, Normalized};
use items::Item;

/// An upper bound on the length of an actor phrase, for bounded look-backs.
const MAX_PHRASE: usize = 400;

/// The entity and mention layers of a document.
pub fn link(
    doc: &Document,
    norm: &Normalized,
    kb: &Kb,
    parts: &[Part],
) -> (Vec<LinkedEntity>, Vec<Mention>) {
    let text = doc.text.as_str();
    let mut items: Vec<Item> = Vec::new();
    // Role words under an ambiguous name, for when the name is dropped.
    let mut hidden_roles: Vec<Item> = Vec::new();
    for part in parts {
        let mut found = items::names(text, norm, kb, part);
        let (roles, hidden) = items::roles(norm, part, &found);
        found.extend(roles);
        hidden_roles.extend(hidden);
        found.sort_by_key(|i| i.start);
        let new_names = unknown::names(doc, norm, &found, kb, part);
        found.retain(|i| !items::overlaps_any(&new_names, i.start, i.end));
        found.extend(new_names);
        found.sort_by_key(|i| i.start);
        // Most documents are one part: its items are the document's, not copied into them.
        if items.is_empty() {
            items = found;
        } else {
            items.extend(found);
        }
    }
    items::keep_supported(&mut items, norm, parts, kb);
    let freed: Vec<Item> = hidden_roles
        .into_iter()
        .filter(|r| !items::overlaps_any(&items, r.start, r.end))
        .collect();
    if !freed.is_empty() {
        items.extend(freed);
        items.sort_by_key(|i| i.start);
    }
    // Held through linking, beside the mentions: not the spare room of its last doubling.
    items.shrink_to_fit();

    // About one mention per item: reserved, so that the list does not double past it.
    let mut linker = linker::Linker::new(kb, items.len());
    for (a, b) in chunk::chunks(&items, norm, kb, parts) {
        let part = part_at(parts, items[a].start);
        // A word of the phrase before (the adjective «الشمالية» of «كوريا الشمالية») is no
        // place noun of this one.
        let floor = a.checked_sub(1).map_or(0, |k| items[k].nend);
        linker.chunk(doc, norm, part, &items[a..b], floor);
    }
    drop(items);
    let (entities, mut mentions) = linker.finish(doc, norm, parts);
    coref::surname_mentions(text, norm, kb, &entities, &mut mentions);
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    coref::anaphoric_mentions(doc, norm, parts, &entities, &mut mentions);
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    (entities, mentions)
}
