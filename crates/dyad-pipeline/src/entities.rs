//! Entities: finds the actors, places and people of a document and links each to the knowledge
//! base (or creates it from a role cue), with the actor codes it holds over time.
//!
//! Names and role words are matched in one pass each over the normalised text. Adjacent items
//! joined by possessives, appositions and "of/for" form one actor phrase whose most specific item
//! is its head: "Russia's Deputy Defense Minister Alexander Fomin" is one mention of Fomin;
//! "the Russian defence ministry" is RUS.MIL; "Pakistani officials" is PAK.GOV; "political
//! analyst Edris Mohammadi Zazai" is a new person. The names inside a phrase are also kept as
//! mentions of their own (nested in the phrase) so that every country named is listed.
//!
//! Not done here: pronouns and bare titles ("he", "the minister") are resolved by the event and
//! quote stages, which know which clause they are in.

use crate::actors::{norm_pos, starting_in};
use crate::lexicon::{LangLexicon, RoleKind, RoleRule};
use dyad_core::{
    ActorCode, Country, DatedActor, Document, EntityKind, LinkedEntity, Mention, Sector, Span,
};
use dyad_kb::{Kb, NameKind, Normalized};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum ItemKind {
    Name {
        entity: u32,
        demonym: bool,
    },
    Role(RoleRule),
    /// Capitalised words next to a title: an unknown person's name.
    NewName(RoleRule),
}

#[derive(Debug, Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    nstart: usize,
    nend: usize,
    kind: ItemKind,
}

impl Item {
    /// An unknown person's name, with the title that introduced it (which may stand apart:
    /// "Additional Secretary (Afghanistan and West Asia) Ahmad Naseem Warraich").
    fn new_name(norm: &Normalized, start: usize, end: usize, title: RoleRule) -> Item {
        Item {
            start,
            end,
            nstart: norm_pos(norm, start),
            nend: norm_pos(norm, end),
            kind: ItemKind::NewName(title),
        }
    }
}

/// The entity and mention layers of a document.
pub fn link(
    doc: &Document,
    norm: &Normalized,
    kb: &Kb,
    lex: &LangLexicon,
) -> (Vec<LinkedEntity>, Vec<Mention>) {
    let text = doc.text.as_str();
    let mut items = name_items(text, norm, kb);
    let roles: Vec<Item> = lex
        .roles
        .find(norm)
        .into_iter()
        .filter(|r| !overlaps_any(&items, r.start, r.end))
        .map(|m| Item {
            start: m.start,
            end: m.end,
            nstart: m.norm_start,
            nend: m.norm_end,
            kind: ItemKind::Role(lex.roles.values(m.phrase)[0]),
        })
        .collect();
    items.extend(roles);
    items.sort_by_key(|i| i.start);
    let mut new_names = unknown_names(text, norm, &items, kb);
    new_names.sort_by_key(|i| i.start);
    items.retain(|i| !overlaps_any(&new_names, i.start, i.end));
    items.extend(new_names);
    items.sort_by_key(|i| i.start);

    let doc_countries = country_counts(&items, kb);
    let mut out = Linker {
        kb,
        entities: Vec::new(),
        index: HashMap::new(),
        mentions: Vec::new(),
    };
    for chunk in chunks(&items, norm, kb) {
        out.chunk(
            text,
            norm,
            lex,
            &items[chunk.0..chunk.1],
            &doc_countries,
            doc,
        );
    }
    surname_mentions(text, norm, &out.entities, &mut out.mentions);
    out.mentions
        .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    anaphoric_mentions(doc, norm, lex, &out.entities, &mut out.mentions);
    out.mentions
        .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    (out.entities, out.mentions)
}

/// A sentence that opens with "He", "She" or a bare title ("The minister", "The envoy") is about
/// the person named last in the sentences just before: that opening becomes an anaphoric
/// mention of them. (Pronouns inside a sentence are left to the event and quote stages, which
/// know the clause.) `mentions` must be sorted by start.
fn anaphoric_mentions(
    doc: &Document,
    norm: &Normalized,
    lex: &LangLexicon,
    entities: &[LinkedEntity],
    mentions: &mut Vec<Mention>,
) {
    let mut found = Vec::new();
    for (k, sent) in doc.sentences.iter().enumerate() {
        let ns = norm_pos(norm, sent.span.start);
        let head = &norm.text()[ns..norm_pos(norm, sent.span.end)];
        let first = head
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let opening_len =
            if !first.is_empty() && lex.pronouns.contains(first) && !matches!(first, "his" | "her")
            {
                Some(first.len())
            } else if let Some(rest) = head.strip_prefix("the ") {
                lex.roles
                    .find_all(rest)
                    .first()
                    .filter(|&&(s, _, p)| {
                        s == 0
                            && lex
                                .roles
                                .values(p)
                                .iter()
                                .any(|r| r.kind == RoleKind::Title)
                    })
                    .filter(|&&(_, e, _)| {
                        !rest[e..]
                            .trim_start()
                            .starts_with(|c: char| c.is_alphanumeric() && !c.is_lowercase())
                    })
                    .map(|&(_, e, _)| 4 + e)
            } else {
                None
            };
        let Some(len) = opening_len else { continue };
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
        let antecedent = starting_in(mentions, |m| m.span.start, floor, sent.span.start)
            .iter()
            .rev()
            .filter(|m| m.span.end <= sent.span.start && !m.as_location)
            .find(|m| entities[m.entity].kind == EntityKind::Person);
        if let Some(a) = antecedent {
            let (s, e) = norm.orig_span(ns, ns + len);
            found.push(Mention {
                span: Span::new(s, e),
                entity: a.entity,
                as_location: false,
                anaphoric: true,
            });
        }
    }
    mentions.extend(found);
}

/// Once a person is named in full, news refers to them by surname ("Fomin", "Ali"): every
/// later standalone occurrence of the surname becomes a mention of that person. Only surnames
/// of people named in this document, so "Ali" means Muhammad Ali only where he was introduced.
/// Does any item of `sorted` (by start, each shorter than MAX_PHRASE) overlap `[start, end)`?
fn overlaps_any(sorted: &[Item], start: usize, end: usize) -> bool {
    starting_in(sorted, |i| i.start, start.saturating_sub(MAX_PHRASE), end)
        .iter()
        .any(|i| i.start < end && start < i.end)
}

/// An upper bound on the length of an actor phrase, for bounded look-backs.
const MAX_PHRASE: usize = 400;

fn surname_mentions(
    text: &str,
    norm: &Normalized,
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
            .filter(|m| m.entity == i)
            .map(|m| m.span.end)
            .min();
        let (Some(first), Some(last)) = (first, e.name.split_whitespace().last()) else {
            continue;
        };
        if last.chars().count() < 3 || e.name.split_whitespace().count() < 2 {
            continue;
        }
        let key = dyad_kb::normalize_key(last);
        let hay = norm.text();
        let mut from = norm_pos(norm, first);
        while let Some(k) = hay[from..].find(&key) {
            let (s, e_) = (from + k, from + k + key.len());
            from = e_;
            let before = hay[..s].chars().next_back();
            let after = hay[e_..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
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
            });
        }
    }
    mentions.extend(found);
}

/// Name matches, one entity chosen per match.
fn name_items(text: &str, norm: &Normalized, kb: &Kb) -> Vec<Item> {
    let matches = kb.find_names(norm, text);
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
            let refs = kb.name_refs(m.phrase);
            let surface = &norm.text()[m.norm_start..m.norm_end];
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
            Some(Item {
                start: m.start,
                end: m.end,
                nstart: m.norm_start,
                nend: m.norm_end,
                kind: ItemKind::Name {
                    entity: best.entity,
                    demonym: best.kind == NameKind::Demonym,
                },
            })
        })
        .collect()
}

/// Latin-script capitalised words right after a title ("analyst Edris Mohammadi Zazai") or right
/// before ", a political analyst", that the knowledge base does not know.
fn unknown_names(text: &str, norm: &Normalized, items: &[Item], kb: &Kb) -> Vec<Item> {
    let mut out = Vec::new();
    // Names of places are common surnames (Wardak, Baloch, Kakar): a capitalised name next to a
    // title may absorb them, but not a person, group, organisation or country.
    let taken = |s: usize, e: usize| {
        starting_in(items, |i| i.start, s.saturating_sub(MAX_PHRASE), e)
            .iter()
            .any(|i| {
                i.start < e
                    && s < i.end
                    && match i.kind {
                        ItemKind::Name { entity, .. } => {
                            kb.entity(entity).kind != EntityKind::Place
                        }
                        _ => true,
                    }
            })
    };
    for (k, it) in items.iter().enumerate() {
        let ItemKind::Role(r) = it.kind else { continue };
        if r.kind != RoleKind::Title {
            continue;
        }
        // After the title, past a parenthesis: "Additional Secretary (Afghanistan and West
        // Asia) Ahmad Naseem Warraich".
        let mut from = it.end;
        let ahead = &text[from..];
        if ahead.trim_start().starts_with('(') {
            if let Some(close) = ahead.find(')').filter(|c| *c < 80) {
                from += close + 1;
            }
        }
        let is_place = |i: &Item| matches!(i.kind, ItemKind::Name { entity, .. } if kb.entity(entity).kind == EntityKind::Place);
        let next_start = items[items.partition_point(|n| n.start < from)..]
            .iter()
            .find(|n| !is_place(n))
            .map_or(text.len(), |n| n.start);
        // Arabic script has no capitals: after a title and its nisba adjective ("وزير الدفاع
        // الأفغاني"), two or three words closed by a comma or full stop are the name.
        let after_title = items[k + 1..]
            .iter()
            .take_while(|n| {
                matches!(n.kind, ItemKind::Name { demonym: true, .. })
                    && text[from..n.start].trim().is_empty()
            })
            .last()
            .map_or(from, |n| n.end);
        let found = cap_words_after(text, from, next_start)
            .or_else(|| arabic_name_after(text, after_title, next_start));
        if let Some((s, e)) = found {
            if !taken(s, e) {
                out.push(Item::new_name(norm, s, e, r));
                continue;
            }
        }
        // Before ", a ... title".
        let prev_end = items[..k]
            .iter()
            .rev()
            .find(|p| !is_place(p))
            .map_or(0, |p| p.end);
        let before = &text[prev_end..it.start];
        let trimmed = before.trim_end();
        let lower = trimmed.to_lowercase();
        let art = [
            "a",
            "an",
            "another",
            "the",
            "a senior",
            "a former",
            "a prominent",
            "a political",
            "a local",
        ]
        .iter()
        .find(|a| lower.ends_with(&format!(", {a}")) || lower.ends_with(&format!(",{a}")));
        let stem = match art {
            Some(a) => trimmed[..trimmed.len() - a.len()].trim_end(),
            None => continue,
        };
        let Some(stem) = stem.strip_suffix(',') else {
            continue;
        };
        if let Some((s, e)) = cap_words_before(text, prev_end, prev_end + stem.len()) {
            if !taken(s, e) {
                out.push(Item::new_name(norm, s, e, r));
            }
        }
    }
    out
}

const NAME_STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "Or",
    "But",
    "He",
    "She",
    "They",
    "It",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_name_word(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    first.is_uppercase()
        && first.is_alphabetic()
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        && w.chars().filter(|c| c.is_uppercase()).count() <= 2
        && !NAME_STOP.contains(&w)
}

/// Words that end an Arabic-script name rather than belong to it.
const AR_NOT_NAME: &[&str] = &[
    "في",
    "من",
    "على",
    "الى",
    "إلى",
    "أن",
    "ان",
    "عن",
    "مع",
    "الذي",
    "التي",
    "قد",
    "لقد",
    "كان",
    "هذا",
    "هذه",
    "بعد",
    "قبل",
    "خلال",
    "يوم",
    "اليوم",
    "امس",
    "أمس",
    "ان",
    "إن",
    "لا",
    "لم",
    "و",
    "که",
    "در",
    "با",
    "از",
    "به",
    "را",
    "این",
    "کے",
    "نے",
    "کی",
    "کا",
    "میں",
    "سے",
];

/// Two or three Arabic-script words right after `from`, closed by a comma or full stop.
fn arabic_name_after(text: &str, from: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = &text[from..limit.max(from)];
    let lead = rest.len() - rest.trim_start().len();
    if lead == 0 {
        return None;
    }
    let body = &rest[lead..];
    let close = body.find(['،', ',', '.', '؛', '(', '"', '«', '\n'])?;
    let words: Vec<&str> = body[..close].split_whitespace().collect();
    let arabic = |w: &str| {
        w.chars()
            .all(|c| matches!(c as u32, 0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFEFF | 0x200C))
    };
    if !(2..=3).contains(&words.len())
        || !words
            .iter()
            .all(|w| arabic(w) && w.chars().count() >= 2 && !AR_NOT_NAME.contains(w))
    {
        return None;
    }
    let start = from + lead;
    Some((start, start + body[..close].trim_end().len()))
}

/// Two to four capitalised words starting right after `from` (only spaces between).
fn cap_words_after(text: &str, from: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = &text[from..limit.max(from)];
    let lead = rest.len() - rest.trim_start().len();
    if lead == 0 || rest[..lead].contains('\n') {
        return None;
    }
    let mut start = None;
    let mut end = from + lead;
    let mut n = 0;
    let mut pos = from + lead;
    for w in text[pos..limit.max(pos)].split(' ') {
        let clean = w.trim_end_matches([',', '.', ';', ':', '’', '\'', ')', '"', '”']);
        if n == 4 || !is_name_word(clean) {
            break;
        }
        start.get_or_insert(pos);
        end = pos + clean.len();
        n += 1;
        if clean.len() != w.len() {
            break;
        }
        pos += w.len() + 1;
    }
    (n >= 2).then(|| (start.unwrap_or(from), end))
}

/// Two to four capitalised words ending at `to`.
fn cap_words_before(text: &str, floor: usize, to: usize) -> Option<(usize, usize)> {
    let seg = &text[floor..to];
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = seg.len();
    for w in seg.rsplit(' ') {
        offset -= w.len();
        if words.len() == 4 || !is_name_word(w) {
            break;
        }
        words.push((floor + offset, w));
        offset = offset.saturating_sub(1);
    }
    (words.len() >= 2).then(|| (words.last().map_or(to, |w| w.0), to))
}

fn country_counts(items: &[Item], kb: &Kb) -> HashMap<Country, usize> {
    let mut counts = HashMap::new();
    for it in items {
        if let ItemKind::Name { entity, .. } = it.kind {
            let e = kb.entity(entity);
            if let Some(c) = e
                .country
                .or_else(|| e.roles.first().map(|r| r.actor.country))
            {
                *counts.entry(c).or_default() += 1;
            }
        }
    }
    counts
}

/// Groups items into actor phrases: `[start, end)` index ranges into `items`.
fn chunks(items: &[Item], norm: &Normalized, kb: &Kb) -> Vec<(usize, usize)> {
    let gap =
        |i: usize| norm.text()[items[i - 1].nend..items[i].nstart.max(items[i - 1].nend)].trim();
    let is_person = |it: &Item| match it.kind {
        ItemKind::NewName(_) => true,
        ItemKind::Name { entity, .. } => kb.entity(entity).kind == EntityKind::Person,
        ItemKind::Role(_) => false,
    };
    let mut out = Vec::new();
    let mut s = 0;
    for i in 1..=items.len() {
        if i < items.len() && joins(&items[i - 1], &items[i], gap(i)) {
            continue;
        }
        // A comma joins an apposition ("Zazai, a political analyst") but not a list of people
        // ("Kabulov, Foreign Ministry Spokeswoman Maria Zakharova"): split lists at their commas.
        if items[s..i].iter().filter(|it| is_person(it)).count() > 1 {
            let mut from = s;
            for k in s + 1..i {
                if gap(k).starts_with(',') {
                    out.push((from, k));
                    from = k;
                }
            }
            out.push((from, i));
        } else if s < i {
            out.push((s, i));
        }
        s = i;
    }
    out
}

fn joins(prev: &Item, next: &Item, gap: &str) -> bool {
    let is_role = |i: &Item| matches!(i.kind, ItemKind::Role(_));
    let is_name = |i: &Item| matches!(i.kind, ItemKind::Name { .. } | ItemKind::NewName(_));
    let plain_name = |i: &Item| {
        matches!(
            i.kind,
            ItemKind::Name { demonym: false, .. } | ItemKind::NewName(_)
        )
    };
    match gap {
        // Two plain names side by side are two actors ("Pakistan Afghanistan" in a list).
        "" => !(plain_name(prev) && plain_name(next)),
        "'s" | "'" => is_name(prev) && (is_role(next) || is_name(next)),
        "of" | "of the" | "for" | "for the" | "on" => is_role(prev),
        // Appositions: "Edris Mohammadi Zazai, a political analyst", "the Federation Council,
        // Russia's upper house", "Acting Foreign Minister, Amir Khan Muttaqi,".
        "," | ", a" | ", an" | ", the" | ", another" => {
            (plain_name(prev) && is_role(next)) || (is_role(prev) && plain_name(next))
        }
        _ => false,
    }
}

struct Linker<'a> {
    kb: &'a Kb,
    entities: Vec<LinkedEntity>,
    index: HashMap<String, usize>,
    mentions: Vec<Mention>,
}

impl Linker<'_> {
    fn entity(&mut self, e: LinkedEntity) -> usize {
        if let Some(&i) = self.index.get(&e.id) {
            return i;
        }
        self.index.insert(e.id.clone(), self.entities.len());
        self.entities.push(e);
        self.entities.len() - 1
    }

    fn kb_entity(&mut self, i: u32) -> usize {
        let e = self.kb.entity(i);
        let roles = if e.kind == EntityKind::Place {
            // A place acts for its country; a capital for the government.
            e.country
                .map(|c| {
                    let sector = self.kb.is_capital(i).then_some(Sector::GOV);
                    vec![DatedActor::always(ActorCode::new(c, sector))]
                })
                .unwrap_or_default()
        } else {
            e.roles.clone()
        };
        self.entity(LinkedEntity {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            roles,
            coords: e.coords,
            place_country: if e.kind == EntityKind::Place {
                e.country
            } else {
                None
            },
        })
    }

    fn push(&mut self, span: Span, entity: usize, as_location: bool) {
        self.mentions.push(Mention {
            span,
            entity,
            as_location,
            anaphoric: false,
        });
    }

    fn chunk(
        &mut self,
        text: &str,
        norm: &Normalized,
        lex: &LangLexicon,
        items: &[Item],
        doc_countries: &HashMap<Country, usize>,
        doc: &Document,
    ) {
        let kb = self.kb;
        let span = Span::new(items[0].start, items[items.len() - 1].end);
        // Country of the phrase: the first country (name or demonym) in it.
        let country = items.iter().find_map(|it| match it.kind {
            ItemKind::Name { entity, .. } if kb.entity(entity).kind == EntityKind::Country => {
                kb.entity(entity).country
            }
            _ => None,
        });
        let role = items.iter().rev().find_map(|it| match it.kind {
            ItemKind::Role(r) => Some(r),
            _ => None,
        });
        let rank = |e: EntityKind| match e {
            EntityKind::Person => 4,
            EntityKind::Group => 3,
            EntityKind::Organization => 2,
            _ => 0,
        };
        let head_kb = items
            .iter()
            .filter_map(|it| match it.kind {
                ItemKind::Name { entity, .. } => Some(entity),
                _ => None,
            })
            .filter(|&e| rank(kb.entity(e).kind) > 0)
            .max_by_key(|&e| rank(kb.entity(e).kind));
        let new_name = items
            .iter()
            .find(|it| matches!(it.kind, ItemKind::NewName(_)));

        // Nested mentions: every name keeps its own mention.
        let mut head_done = None;
        for it in items {
            if let ItemKind::Name { entity, .. } = it.kind {
                let e = self.kb_entity(entity);
                let loc =
                    kb.entity(entity).kind == EntityKind::Place && is_locative(text, norm, lex, it);
                self.push(Span::new(it.start, it.end), e, loc);
                if Some(entity) == head_kb {
                    head_done = Some(e);
                }
            }
        }
        if items.len() == 1 && matches!(items[0].kind, ItemKind::Name { .. }) {
            return; // A lone name: its mention is already there.
        }

        let head = if let Some(e) = head_done {
            Some(e)
        } else if let Some(n) = new_name {
            // An unknown person: country from the phrase, else from the sentence's location, else
            // the document's most-named country.
            let name = &text[n.start..n.end];
            let c = country
                .or_else(|| sentence_location_country(doc, n.start, kb, norm))
                .or_else(|| {
                    doc_countries
                        .iter()
                        .max_by_key(|(c, n)| (**n, **c))
                        .map(|(c, _)| *c)
                });
            c.map(|c| {
                let title = match n.kind {
                    ItemKind::NewName(t) => Some(t),
                    _ => None,
                };
                let sector = role.or(title).and_then(|r| r.sector);
                self.entity(LinkedEntity {
                    id: format!("new:{}", translit_key(name)),
                    name: name.to_string(),
                    kind: EntityKind::Person,
                    roles: vec![DatedActor::always(ActorCode::new(c, sector))],
                    coords: None,
                    place_country: None,
                })
            })
        } else if let (Some(c), Some(r)) = (country, role) {
            // A country with a body, group or bare title: a generic actor ("Pakistani officials").
            let actor = ActorCode::new(c, r.sector);
            let name = text[span.start..span.end]
                .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                .to_string();
            Some(self.entity(LinkedEntity {
                id: actor.to_string(),
                name,
                kind: EntityKind::Actor,
                roles: vec![DatedActor::always(actor)],
                coords: None,
                place_country: None,
            }))
        } else {
            None
        };
        if let Some(h) = head {
            if !span.is_empty() {
                // The phrase as one mention of its head (unless it is exactly the name itself).
                // Only the mentions this phrase just pushed can be the same.
                let same = self
                    .mentions
                    .iter()
                    .rev()
                    .take(items.len() + 1)
                    .any(|m| m.span == span && m.entity == h);
                if !same {
                    self.push(span, h, false);
                }
            }
        }
    }
}

/// Is a place name used as a location ("in Moscow", "ماسکو میں")?
fn is_locative(text: &str, norm: &Normalized, lex: &LangLexicon, it: &Item) -> bool {
    let before = &norm.text()[..it.nstart];
    let window_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    // The window is already normalised text: match on it directly, without a copy.
    let w = &norm.text()[window_start..it.nstart];
    let ends_right = lex
        .locative_before
        .find_all(w)
        .iter()
        .any(|&(_, e, _)| w[e..].trim().is_empty());
    // Arabic and Persian glue "in" to the word: بموسكو.
    let glued = text[it.start..].starts_with('ب')
        && text[..it.start].ends_with(|c: char| c.is_whitespace());
    let after = norm.text()[it.nend..].trim_start();
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    ends_right || glued || lex.locative_after.contains(next_word)
}

fn sentence_location_country(
    doc: &Document,
    at: usize,
    kb: &Kb,
    norm: &Normalized,
) -> Option<Country> {
    let s = doc.sentence_at(at)?;
    let span = doc.sentences[s].span;
    let (ns, ne) = (norm_pos(norm, span.start), norm_pos(norm, span.end));
    kb.find_names_in(&norm.text()[ns..ne])
        .into_iter()
        .find_map(|(_, _, phrase)| {
            // A capital's own name beats an old alternate name of another city ("Islamabad").
            kb.name_refs(phrase)
                .iter()
                .filter(|r| kb.entity(r.entity).kind == EntityKind::Place)
                .max_by_key(|r| (kb.is_capital(r.entity), kb.entity(r.entity).population))
                .and_then(|r| kb.entity(r.entity).country)
        })
}

/// A script-independent key for a person's name, so the same unknown person written in two
/// scripts can merge: ASCII letters of a rough transliteration, vowels dropped.
pub fn translit_key(name: &str) -> String {
    let mut out = String::new();
    for c in dyad_kb::normalize_key(name).chars() {
        let t: &str = match c {
            'x' => "ks",
            'a'..='z' => {
                out.push(c);
                continue;
            }
            ' ' | '-' => "-",
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sh",
            'ы' => "y",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ا' => "a",
            'ب' => "b",
            'ت' => "t",
            'ث' => "s",
            'ج' => "j",
            'ح' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "z",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "s",
            'ض' => "z",
            'ط' => "t",
            'ظ' => "z",
            'ع' => "",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ه' => "h",
            'و' => "w",
            'ي' => "y",
            'پ' => "p",
            'چ' => "ch",
            'ژ' => "zh",
            'گ' => "g",
            _ => "",
        };
        out.push_str(t);
    }
    // Vowels and doubled letters vary most between transliterations: drop them.
    let mut key = String::new();
    for c in out.chars() {
        if "aeiouy".contains(c) || key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_keys_merge_scripts() {
        assert_eq!(
            translit_key("Alexander Fomin"),
            translit_key("Александр Фомин")
        );
        assert_eq!(translit_key("Amna Baloch"), translit_key("Amna  Baloch"));
    }

    #[test]
    fn arabic_names_after_titles() {
        let t = "قال وزير الدفاع الأفغاني محمد يعقوب مجاهد، إن";
        let from = t.find("الأفغاني").unwrap() + "الأفغاني".len();
        let (a, b) = arabic_name_after(t, from, t.len()).unwrap();
        assert_eq!(&t[a..b], "محمد يعقوب مجاهد");
        let t = "وزير الخارجية في العاصمة، أمس";
        assert_eq!(arabic_name_after(t, t.find(" في").unwrap(), t.len()), None);
    }

    #[test]
    fn capitalised_names() {
        let t = "said political analyst Edris Mohammadi Zazai, adding";
        let s = t.find("analyst").unwrap() + "analyst".len();
        let (a, b) = cap_words_after(t, s, t.len()).unwrap();
        assert_eq!(&t[a..b], "Edris Mohammadi Zazai");
        let t = "said Sayed Akbar Sial Wardak, another political analyst";
        let e = t.find(',').unwrap();
        let (a, b) = cap_words_before(t, 0, e).unwrap();
        assert_eq!(&t[a..b], "Sayed Akbar Sial Wardak");
    }
}
