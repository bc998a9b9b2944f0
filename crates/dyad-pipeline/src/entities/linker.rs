//! One entity per actor phrase, with the actor codes it holds over time.

use super::items::{Item, ItemKind};
use super::locative::{self, Setting};
use crate::lexicon::{Part, RoleKind};
use dyad_core::{ActorCode, DatedActor, Document, EntityKind, LinkedEntity, Mention, Sector, Span};
use dyad_kb::{Case, Kb, Normalized};
use std::collections::HashMap;

pub(super) struct Linker<'a> {
    kb: &'a Kb,
    entities: Vec<LinkedEntity>,
    index: HashMap<String, usize>,
    mentions: Vec<Mention>,
    /// Unknown people whose own phrase names no country: the entity, its sector, and the
    /// span of its first phrase.
    stateless: Vec<(usize, Option<Sector>, Span)>,
    /// Phrases of a local role with no country of their own ("police", "protesters"): they
    /// belong to the place they act in (`place_of_action`).
    local: Vec<Local>,
    /// Countries named by their bare name as a phrase of their own ("accused Azerbaijan"), not
    /// as the demonym or possessor of something else ("Ugandan opposition", "Haiti's
    /// elections"): an actor in their own right, often an unknown person's counterpart.
    bare_countries: Vec<Span>,
}

/// A phrase of a local role named without a country, waiting for its place.
struct Local {
    span: Span,
    sector: Option<Sector>,
    name: String,
    ending: Option<usize>,
}

impl<'a> Linker<'a> {
    /// A linker expecting about `mentions` mentions.
    pub fn new(kb: &'a Kb, mentions: usize) -> Self {
        Linker {
            kb,
            entities: Vec::new(),
            index: HashMap::new(),
            mentions: Vec::with_capacity(mentions),
            stateless: Vec::new(),
            local: Vec::new(),
            bare_countries: Vec::new(),
        }
    }

    pub fn finish(
        mut self,
        doc: &Document,
        norm: &Normalized,
        parts: &[Part],
    ) -> (Vec<LinkedEntity>, Vec<Mention>) {
        self.sentence_countries(doc, norm, parts);
        self.place_of_action(doc);
        (self.entities, self.mentions)
    }

    /// A local role named without a country ("police", "protesters", «полиция») is of the
    /// country its sentence is set in — the one country of the sentence's places and settings
    /// ("in Tbilisi", "à Noukous") — else of the nearest of the two sentences before it in its
    /// paragraph that names a place, else of the report's dateline. Places in two countries, or
    /// none and no dateline, leave it unlinked: it is nobody's.
    fn place_of_action(&mut self, doc: &Document) {
        if self.local.is_empty() {
            return;
        }
        let setting_country = |m: &Mention, entities: &[LinkedEntity]| {
            let e = &entities[m.entity];
            e.place_country.or_else(|| {
                (e.kind == EntityKind::Country)
                    .then(|| e.roles.first().map(|r| r.actor.country))
                    .flatten()
            })
        };
        let dateline = self
            .mentions
            .iter()
            .filter(|m| m.dateline)
            .filter_map(|m| setting_country(m, &self.entities));
        let dateline = only(dateline);
        // (The mentions linked before this step: not the local roles it links in turn.)
        let linked = self.mentions.len();
        for local in std::mem::take(&mut self.local) {
            let sentence = doc
                .sentence_at(local.span.start)
                .map(|s| doc.sentences[s].span);
            // A place named in the sentence says where it happens whatever its case ("the
            // Pahalgam attack"), unless it is a capital standing for its government ("Moscow
            // denied killing civilians in Bucha"); a country only as a setting ("in
            // Georgia"), for as an actor it may be anyone's counterpart.
            let where_it_happens = |m: &Mention| {
                let e = &self.entities[m.entity];
                m.as_location
                    || (e.kind == EntityKind::Place
                        && !e.roles.iter().any(|r| r.actor.sector == Some(Sector::GOV)))
            };
            let settings_in = |s: Span| {
                self.mentions
                    .iter()
                    .filter(|m| !m.dateline)
                    .filter(move |m| s.start <= m.span.start && m.span.end <= s.end)
                    .filter(|m| where_it_happens(m))
                    .filter_map(|m| setting_country(m, &self.entities))
            };
            let names_an_actor = sentence.is_some_and(|s| {
                self.mentions[..linked].iter().any(|m| {
                    !m.dateline
                        && s.start <= m.span.start
                        && m.span.end <= s.end
                        && !self.entities[m.entity].roles.is_empty()
                })
            });
            let mut settings = sentence.map(settings_in).into_iter().flatten().peekable();
            let country = if settings.peek().is_some() {
                only(settings)
            } else if let Some(before) = sentences_before(doc, local.span.start)
                .filter(|_| !names_an_actor)
                .find(|&s| settings_in(s).next().is_some())
            {
                // A sentence that names no place and no actor of a country goes on where the
                // sentence before it in its paragraph was set ("…at the concert hall in
                // Krasnogorsk. Gunmen opened fire on the audience"): the nearest of the two
                // before that names a place, if its places are in one country. (Beside a
                // country's actor, "Pakistan said the strikes killed civilians", whose the
                // people are is the sentence's own question.)
                only(settings_in(before))
            } else {
                dateline
            };
            let Some(c) = country else {
                continue;
            };
            let actor = ActorCode::new(c, local.sector);
            let e = self.entity(LinkedEntity {
                id: actor.to_string(),
                name: local.name,
                kind: EntityKind::Actor,
                roles: vec![DatedActor::always(actor)],
                coords: None,
                place_country: None,
            });
            self.push(local.span, e, Setting::No, local.ending);
        }
    }

    /// An unknown person whose own phrase names no country takes the country of their sentence
    /// when the sentence names exactly one, as what qualifies something of it ("President Yoweri
    /// Museveni threatened to ban Ugandan opposition candidates", "… to allow Haiti's first
    /// democratic elections"). Two countries, a country only as the setting ("analyst X in
    /// Kabul"), or one named bare, as an actor of its own, leave the person without one: that
    /// country is as often the person's counterpart ("Interior Minister Gérald Darmanin accused
    /// Azerbaijan", who is French), and a guess is worse than a gap.
    /// A country named in the person's own relative clause is not theirs either: "a former
    /// deputy defence minister who also held British citizenship" (a dual national is not his
    /// second state's official), «که تابعیت بریتانیا را نیز داشت», "who had studied in Moscow".
    fn sentence_countries(&mut self, doc: &Document, norm: &Normalized, parts: &[Part]) {
        if self.stateless.is_empty() {
            return;
        }
        // Mentions by start, so that each sentence's are found by binary search.
        let mut by_start: Vec<&Mention> = self.mentions.iter().collect();
        by_start.sort_by_key(|m| m.span.start);
        for &(person, sector, phrase) in &self.stateless {
            let Some(s) = doc.sentence_at(phrase.start) else {
                continue;
            };
            let sentence = doc.sentences[s].span;
            // The leader of a group named right before ("a Taliban delegation led by Deputy
            // Prime Minister Abdul Salam Hanafi", «делегации движения „Талибан“ во главе с
            // вице-премьером …») is of the group's country: an apposition of their own.
            if let Some(code) = leader_of(norm, parts, &by_start, &self.entities, sentence, phrase)
            {
                self.entities[person].roles =
                    vec![DatedActor::always(ActorCode::new(code, sector))];
                continue;
            }
            let relative = own_relative(norm, parts, phrase.end, sentence.end);
            let from = by_start.partition_point(|m| m.span.start < sentence.start);
            let actors = by_start[from..]
                .iter()
                .take_while(|m| m.span.start < sentence.end)
                .filter(|m| m.span.end <= sentence.end && !m.as_location)
                .filter(|m| !relative.is_some_and(|(a, b)| a <= m.span.start && m.span.end <= b))
                .filter(|m| !self.bare_countries.contains(&m.span))
                .map(|m| &self.entities[m.entity])
                .filter(|e| e.kind == EntityKind::Country)
                .filter_map(|e| e.roles.first().map(|r| r.actor.country));
            if let Some(code) = only(actors) {
                self.entities[person].roles =
                    vec![DatedActor::always(ActorCode::new(code, sector))];
            }
        }
    }

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
            // A place acts for its country; a capital for the government (where the grammar
            // makes it the subject or object of a political verb).
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

    fn push(&mut self, span: Span, entity: usize, setting: Setting, ending: Option<usize>) {
        self.mentions.push(Mention {
            span,
            entity,
            as_location: setting != Setting::No,
            anaphoric: false,
            ending,
            dateline: setting == Setting::Dateline,
        });
    }

    /// The country of the mention pushed last if it is a country in the genitive ending right
    /// before `start` (its ending at most between: "İsveç|'in Ankara Büyükelçisi").
    fn genitive_owner(
        &self,
        text: &str,
        norm: &Normalized,
        part: &Part,
        start: usize,
    ) -> Option<dyad_core::Country> {
        let m = self.mentions.last()?;
        let e = &self.entities[m.entity];
        if e.kind != EntityKind::Country || m.span.end > start {
            return None;
        }
        let gap = text.get(m.span.end..start)?.trim_end();
        if gap.contains(char::is_whitespace) || gap.contains(crate::punct::is_comma) {
            return None;
        }
        // The genitive: an ending after an apostrophe ("İsveç'in"), or a marker or clitic.
        let ending = norm
            .text()
            .get(norm.norm_pos(m.span.end)..norm.norm_pos(start))
            .unwrap_or("")
            .trim_end();
        let genitive_ending = !ending.is_empty()
            && part
                .lex
                .marker_suffixes
                .iter()
                .any(|(s, c)| *c == Case::Of && s == ending);
        if !genitive_ending && !possessor(norm, part, m.span.start, m.span.end) {
            return None;
        }
        e.roles.first().map(|a| a.actor.country)
    }

    /// Links one actor phrase: a mention for every name in it, and one for the phrase's head.
    /// `floor`: where the item before the phrase ends (normalised), which no marker of its
    /// setting may reach back past.
    pub fn chunk(
        &mut self,
        doc: &Document,
        norm: &Normalized,
        part: &Part,
        items: &[Item],
        floor: usize,
    ) {
        // "ethnic Albanians", "ethnic Albanian guerrillas": the people's name is no state's.
        // The group is of where it acts, as a local role is; a phrase that names a state of
        // its own after it is linked without the people's name.
        if let Some(rest) = ethnic_group(norm, part, items) {
            let names_more = rest.iter().any(|it| it.entity().is_some());
            if names_more {
                self.chunk(doc, norm, part, rest, floor);
                return;
            }
            let role = rest.iter().rev().find_map(|it| match it.kind {
                ItemKind::Role(r) => Some(r),
                _ => None,
            });
            let last = &items[items.len() - 1];
            let span = Span::new(items[0].start, last.end);
            self.local.push(Local {
                span,
                sector: role.and_then(|r| r.sector),
                name: doc.text[span.start..span.end].to_string(),
                ending: (last.stem_end < last.end).then_some(last.stem_end),
            });
            return;
        }
        let kb = self.kb;
        let text = doc.text.as_str();
        let span = Span::new(items[0].start, items[items.len() - 1].end);
        let role = items.iter().rev().find_map(|it| match it.kind {
            ItemKind::Role(r) => Some(r),
            _ => None,
        });
        // A country in the genitive right before a title or a body is its holder's country,
        // and a place or country between them names the post, not the actor: Turkish "İsveç'in
        // Ankara Büyükelçisi" (Sweden's ambassador in Ankara), "Rusya'nın Türkiye
        // Büyükelçiliği" (Russia's embassy to Turkey), "ABD'nin Suriye Özel Temsilcisi".
        let titled = items.iter().any(|it| match it.kind {
            ItemKind::Role(r) => matches!(r.kind, RoleKind::Title | RoleKind::Body),
            ItemKind::NewName(_) => true,
            _ => false,
        });
        let owner = titled
            .then(|| self.genitive_owner(text, norm, part, span.start))
            .flatten();
        // Country of the phrase: the genitive's, else the first country (name or demonym) in it.
        let country = owner.or_else(|| {
            items.iter().find_map(|it| {
                let e = kb.entity(it.entity()?);
                (e.kind == EntityKind::Country)
                    .then_some(e.country)
                    .flatten()
            })
        });
        // Failing a country, a city or region that qualifies a body is where that body acts:
        // "İstanbul Valiliği", "Kandahar police". A place that is the phrase's setting
        // ("officials in Moscow") qualifies nothing, nor one beside a title, which may be the
        // possessor of something else (Arabic «إعدام الرياض رجل الدين», Riyadh's execution of
        // the cleric).
        let body = items
            .iter()
            .any(|it| matches!(it.kind, ItemKind::Role(r) if r.kind == RoleKind::Body));
        let country = country.or_else(|| {
            if !body {
                return None;
            }
            let place = items.iter().find(|it| {
                it.entity()
                    .is_some_and(|e| kb.entity(e).kind == EntityKind::Place)
            })?;
            let at_home = locative::is_setting(doc, norm, part, place, true, floor) == Setting::No;
            at_home
                .then(|| kb.entity(place.entity()?).country)
                .flatten()
        });
        let rank = |e: EntityKind| match e {
            EntityKind::Person => 4,
            EntityKind::Group => 3,
            EntityKind::Organization => 2,
            _ => 0,
        };
        let head_kb = items
            .iter()
            .filter_map(Item::entity)
            .filter(|&e| rank(kb.entity(e).kind) > 0)
            .max_by_key(|&e| rank(kb.entity(e).kind));
        let new_name = items
            .iter()
            .find(|it| matches!(it.kind, ItemKind::NewName(_)));
        // A phrase that is a setting ("in Moscow", "the capital Kabul", a dateline) is one
        // as a whole: a country named in "in Russia's capital" is not acting either.
        let is_place = |it: &Item| {
            it.entity().is_some_and(|e| {
                matches!(kb.entity(e).kind, EntityKind::Place | EntityKind::Country)
            }) && !matches!(it.kind, ItemKind::Name { demonym: true, .. })
        };
        let setting = locative::is_setting(doc, norm, part, &items[0], is_place(&items[0]), floor);

        // Nested mentions: every name keeps its own mention.
        let mut head_done = None;
        for it in items {
            if let Some(entity) = it.entity() {
                let e = self.kb_entity(entity);
                let loc = match setting {
                    // (The post of a title whose holder's country is a genitive before it.)
                    Setting::No if owner.is_some() && is_place(it) => Setting::Marked,
                    Setting::No if is_place(it) => {
                        locative::is_setting(doc, norm, part, it, true, floor)
                    }
                    s => s,
                };
                let ending = (it.stem_end < it.end).then_some(it.stem_end);
                self.push(Span::new(it.start, it.end), e, loc, ending);
                if Some(entity) == head_kb {
                    head_done = Some(e);
                }
            }
        }
        if items.len() == 1 && items[0].entity().is_some() {
            let it = &items[0];
            let bare_country = !matches!(it.kind, ItemKind::Name { demonym: true, .. })
                && it
                    .entity()
                    .is_some_and(|e| kb.entity(e).kind == EntityKind::Country)
                && !possessor(norm, part, it.start, it.end);
            if bare_country {
                self.bare_countries.push(Span::new(it.start, it.end));
            }
            return; // A lone name: its mention is already there.
        }

        let head = if let Some(e) = head_done {
            Some(e)
        } else if let Some(n) = new_name {
            // An unknown person: their country comes from their own phrase (title, apposition,
            // nationality), never from another actor named nearby; failing that, from its sentence
            // (`sentence_countries`).
            let name = &text[n.start..n.end];
            let title = match n.kind {
                ItemKind::NewName(t) => Some(t),
                _ => None,
            };
            let sector = role.or(title).and_then(|r| r.sector);
            let cameo = agent_code(kb, items);
            let roles = country
                .map(|c| {
                    vec![DatedActor {
                        cameo,
                        ..DatedActor::always(ActorCode::new(c, sector))
                    }]
                })
                .unwrap_or_default();
            let known = self.entities.len();
            let e = self.entity(LinkedEntity {
                // A script without a transliteration table (Han) keys the name by itself:
                // two unknown people must never share the empty key.
                id: match dyad_kb::translit_key(name) {
                    k if k.trim().is_empty() => format!("new:{name}"),
                    k => format!("new:{k}"),
                },
                name: name.to_string(),
                kind: EntityKind::Person,
                roles,
                coords: None,
                place_country: None,
            });
            // First seen here and with no country of its own.
            if e == known && self.entities[e].roles.is_empty() {
                self.stateless.push((e, sector, span));
            }
            Some(e)
        } else if let (Some(c), Some(r)) = (country, role) {
            // A country with a body, group or bare title: a generic actor ("Pakistani officials").
            let actor = ActorCode::new(c, r.sector);
            let name = text[span.start..span.end]
                .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                .to_string();
            let cameo = agent_code(kb, items);
            Some(self.entity(LinkedEntity {
                id: match &cameo {
                    Some(code) => format!("{actor}|{code}"),
                    None => actor.to_string(),
                },
                name,
                kind: EntityKind::Actor,
                roles: vec![DatedActor {
                    cameo,
                    ..DatedActor::always(actor)
                }],
                coords: None,
                place_country: None,
            }))
        } else if let Some(c) = country.filter(|_| demonyms_only(items)) {
            // A people named by two demonyms is of the first: "Bosnian Serbs", "Iraqi Kurds".
            let actor = ActorCode::new(c, None);
            Some(self.entity(LinkedEntity {
                id: actor.to_string(),
                name: text[span.start..span.end].to_string(),
                kind: EntityKind::Actor,
                roles: vec![DatedActor::always(actor)],
                coords: None,
                place_country: None,
            }))
        } else if let Some(r) = role.filter(|r| r.local && setting == Setting::No) {
            // A local role named without a country: its place is known only when the
            // document's settings are (`place_of_action`).
            // The phrase up to its role words: a place after them is where it acts
            // ("protesters in Tbilisi"), not part of its name.
            let last = items
                .iter()
                .rev()
                .find(|it| matches!(it.kind, ItemKind::Role(_)))
                .unwrap_or(&items[items.len() - 1]);
            let span = Span::new(span.start, last.end);
            self.local.push(Local {
                span,
                sector: r.sector,
                name: text[span.start..span.end]
                    .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                    .to_string(),
                ending: (last.stem_end < last.end).then_some(last.stem_end),
            });
            None
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
                    let last = &items[items.len() - 1];
                    let ending = (last.stem_end < last.end).then_some(last.stem_end);
                    self.push(span, h, setting, ending);
                }
            }
        }
    }
}

/// The phrase after its first item when that item is a people's name (a demonym) right after
/// a word of the language that makes it an ethnic group (`[words] ethnic`: "ethnic").
fn ethnic_group<'i>(norm: &Normalized, part: &Part, items: &'i [Item]) -> Option<&'i [Item]> {
    let first = items.first()?;
    if !matches!(first.kind, ItemKind::Name { demonym: true, .. }) {
        return None;
    }
    let before = norm.text()[..norm.norm_pos(first.start)].trim_end();
    part.lex
        .words
        .ethnic
        .iter()
        .any(|w| ends_with_word(before, w))
        .then(|| &items[1..])
}

/// Does `text` end with `word` as a whole word (no letter or digit right before it)?
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric))
}

/// Is the phrase two or more demonyms and nothing else?
fn demonyms_only(items: &[Item]) -> bool {
    items.len() >= 2
        && items
            .iter()
            .all(|it| matches!(it.kind, ItemKind::Name { demonym: true, .. }))
}

/// How many words may stand between a person's phrase and the relative pronoun of their own
/// relative clause: the rest of their title ("معاون پیشین وزیر دفاع که", the phrase ending at
/// its first role word), "a former deputy defence minister who".
const RELATIVE_REACH: usize = 5;

/// The span of the relative clause right after a person's phrase ending at `end`: from its
/// relative pronoun (`[words] relative`) within `RELATIVE_REACH` words, to the next comma or
/// clause mark, else the sentence's end (`limit`). A word that is also a complementiser («که»,
/// "that", «que») after a speech verb opens what was said, not a relative clause ("X said that
/// …"), and nothing is read past a comma before the pronoun (another phrase of the sentence).
fn own_relative(
    norm: &Normalized,
    parts: &[Part],
    end: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let lex = crate::lexicon::part_at(parts, end).lex;
    if lex.words.relative.is_empty() || end >= limit {
        return None;
    }
    let (ns, nl) = (norm.norm_pos(end), norm.norm_pos(limit));
    let ntext = &norm.text()[ns..nl];
    let mut words = ntext
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let mut at = 0usize;
    for _ in 0..=RELATIVE_REACH {
        let w = words.next()?;
        // Byte offset of `w` inside `ntext` (a sub-slice of it).
        let off = w.as_ptr() as usize - ntext.as_ptr() as usize;
        let before = &ntext[at..off];
        if before.contains(crate::punct::is_comma) && at > 0 {
            return None;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.len() < w.len() && w.ends_with(|c: char| !c.is_alphanumeric()) {
            // A word closed by punctuation ends the phrase's reach.
            if lex.words.relative.iter().all(|r| r != bare) {
                return None;
            }
        }
        if lex.words.relative.iter().any(|r| r == bare) {
            let said = lex.words.complementisers.iter().any(|c| c == bare)
                && !lex.speech.find_all(&ntext[..off], &lex.affixes).is_empty();
            if said {
                return None;
            }
            let from = off + w.len();
            let close = ntext[from..]
                .find(|c: char| {
                    crate::punct::is_comma(c)
                        || crate::punct::is_semicolon(c)
                        || dyad_kb::punct().is(c, dyad_core::PunctClass::FullStop)
                })
                .map_or(ntext.len(), |i| from + i);
            return Some((norm.orig(ns + off), norm.orig(ns + close)));
        }
        at = off + w.len();
    }
    None
}

/// The spans of the sentences before the one at `at` in its paragraph, nearest first, at most
/// two back: as far as a place told before still sets the scene (discourse's reach).
fn sentences_before(doc: &Document, at: usize) -> impl Iterator<Item = Span> + '_ {
    let k = doc.sentence_at(at);
    let start = k.map_or(0, |k| doc.sentences[k].span.start);
    k.into_iter()
        .flat_map(|k| (k.saturating_sub(2)..k).rev())
        .map(|j| doc.sentences[j].span)
        .take_while(move |s| {
            doc.text
                .get(s.end..start)
                .is_some_and(|between| !between.contains('\n'))
        })
}

/// The one value `it` yields, however often; `None` if it yields none or several.
/// The country of the group a leader's phrase (`phrase`) is attached to by a word of leading
/// ("led by", «во главе с») right before it: that of the nearest actor named before the word,
/// within the sentence.
fn leader_of(
    norm: &Normalized,
    parts: &[Part],
    by_start: &[&Mention],
    entities: &[LinkedEntity],
    sentence: Span,
    phrase: Span,
) -> Option<dyad_core::Country> {
    let lex = crate::lexicon::part_at(parts, phrase.start).lex;
    if lex.words.led_by.is_empty() {
        return None;
    }
    let ns = norm.norm_pos(sentence.start);
    let before = norm.text()[ns..norm.norm_pos(phrase.start)].trim_end();
    let marker = lex
        .words
        .led_by
        .iter()
        .find(|w| ends_with_word(before, w))?;
    let marker_start = ns + before.len() - marker.len();
    by_start
        .iter()
        .filter(|m| {
            m.span.start >= sentence.start
                && norm.norm_pos(m.span.end) <= marker_start
                && !m.as_location
        })
        .filter_map(|m| entities[m.entity].roles.first().map(|r| r.actor.country))
        .last()
}

/// Is the name at `start..end` marked as the possessor of something: a possessive clitic after
/// it ("Haiti's", "Haiti’"), or a genitive marker before it ("of", Pashto «د چین») or after it
/// (Urdu «پاکستان کی»)?
fn possessor(norm: &Normalized, part: &Part, start: usize, end: usize) -> bool {
    let lex = part.lex;
    let rest = &norm.text()[norm.norm_pos(end)..];
    let clitic = lex.possessive_clitic_at(rest);
    let before = lex
        .cases_before(norm.text(), norm.norm_pos(start))
        .contains(&Case::Of);
    let after = rest.trim_start();
    let after = lex
        .markers_after
        .find_at_start(after, &lex.affixes)
        .is_some_and(|(_, _, p)| lex.markers_after.values(p).contains(&Case::Of));
    clitic || before || after
}

fn only<T: PartialEq>(mut it: impl Iterator<Item = T>) -> Option<T> {
    let first = it.next()?;
    it.all(|x| x == first).then_some(first)
}

/// The full CAMEO code of a phrase whose role words carry CAMEO agent codes (an imported agents
/// dictionary): its country's code with every agent's written on in order, after it (`~MED`)
/// or before it (`NGO~`), each once ("Danish Islamist media" DNKMUSMED, "MSF Arnor diplomat"
/// NGOARNGOV, "White House security officials" USAGOV).
fn agent_code(kb: &Kb, items: &[Item]) -> Option<String> {
    let agents: Vec<crate::lexicon::AgentCode> = items
        .iter()
        .filter_map(|it| match it.kind {
            ItemKind::Role(r) => r.agent,
            _ => None,
        })
        .collect();
    if agents.is_empty() {
        return None;
    }
    let mut code = items.iter().find_map(|it| {
        let e = kb.entity(it.entity()?);
        let role = e.roles.first()?;
        Some(
            role.cameo
                .clone()
                .unwrap_or_else(|| role.actor.country.to_string()),
        )
    })?;
    for a in agents {
        let has = (0..code.len())
            .step_by(3)
            .any(|i| code.get(i..i + a.letters().len()) == Some(a.letters()));
        if !has {
            code = a.apply(&code);
        }
    }
    Some(code)
}
