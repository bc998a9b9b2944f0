//! The knowledge base proper: entities with dated actor codes, and one matcher over all names.

use crate::data::{files_under, tsv_rows};
use crate::language::Languages;
use crate::normalize::Normalized;
use crate::phrase::{Affixes, PhraseMatch, PhraseSet, PhraseSetBuilder};
use dyad_core::{ActorCode, Country, DateValue, DatedActor, EntityKind};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::HashMap;

/// A data file that cannot be read: fails at start-up with the file and line.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct KbError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl KbError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        KbError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// How a name refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// The entity's own name ("Pakistan", "Sergey Lavrov").
    Name,
    /// An adjective or people-noun of a country ("Pakistani", "Russians", "روسي").
    Demonym,
}

/// What a matched name points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef {
    pub entity: u32,
    pub kind: NameKind,
    /// An acronym ("US", "UK", "UAE"): matches only when written in capitals, so that "us"
    /// is not the United States.
    pub acronym: bool,
}

/// One entity of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct KbEntity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub roles: Vec<DatedActor>,
    pub coords: Option<(f64, f64)>,
    /// The country a place lies in (places have no actor code of their own).
    pub country: Option<Country>,
    pub population: u64,
    pub wikidata: Option<String>,
    /// Every name, as written in the data (for `kb lookup`).
    pub names: Vec<String>,
    /// Where the entity came from: `builtin` or the file it was imported from.
    pub origin: String,
}

impl KbEntity {
    pub fn new(id: &str, name: &str, kind: EntityKind) -> Self {
        KbEntity {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            roles: Vec::new(),
            coords: None,
            country: None,
            population: 0,
            wikidata: None,
            names: Vec::new(),
            origin: "builtin".to_string(),
        }
    }
}

/// Collects entities and names; later additions layer over earlier ones (same id: replaced).
#[derive(Debug, Default)]
pub struct KbBuilder {
    /// The languages whose rules apply to names (declension stems) and matching (clitics).
    languages: Languages,
    entities: Vec<KbEntity>,
    by_id: HashMap<String, usize>,
    names: Vec<(String, NameRef)>,
    capitals: HashMap<Country, String>,
    /// Countries whose people are named family name first (`kb/name_order.tsv`).
    family_first: std::collections::HashSet<Country>,
}

/// The compiled knowledge base.
#[derive(Debug)]
pub struct Kb {
    pub entities: Vec<KbEntity>,
    languages: Languages,
    by_id: HashMap<String, usize>,
    names: PhraseSet<NameRef>,
    countries: HashMap<Country, usize>,
    capitals: HashMap<Country, usize>,
    /// The same places as `capitals`, for a fast "is this a capital?".
    capital_places: std::collections::HashSet<usize>,
    name_count: usize,
    family_first: std::collections::HashSet<Country>,
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first (or last) day it covers.
pub fn parse_bound(s: &str, last: bool) -> Option<Date> {
    let v = DateValue::parse_iso(s)?;
    Some(if last { v.last_day() } else { v.first_day() })
}

#[derive(Deserialize)]
struct EntityFile {
    #[serde(default)]
    entity: Vec<EntityRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityRecord {
    id: String,
    kind: String,
    name: String,
    #[serde(default)]
    wikidata: Option<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    roles: Vec<RoleRecord>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleRecord {
    actor: String,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    title: Option<String>,
    /// The full CAMEO code of an imported role ("PSEREBHMS").
    #[serde(default)]
    cameo: Option<String>,
}

pub(crate) fn kind_of(s: &str) -> Option<EntityKind> {
    Some(match s {
        "person" => EntityKind::Person,
        "organization" | "organisation" => EntityKind::Organization,
        "group" => EntityKind::Group,
        "country" => EntityKind::Country,
        "place" => EntityKind::Place,
        _ => return None,
    })
}

impl KbBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an entity, or replaces the one with the same id (its names stay and new ones add).
    pub fn add_entity(&mut self, e: KbEntity) -> u32 {
        if let Some(&i) = self.by_id.get(&e.id) {
            let names = std::mem::take(&mut self.entities[i].names);
            self.entities[i] = e;
            self.entities[i].names.splice(0..0, names);
            return i as u32;
        }
        self.by_id.insert(e.id.clone(), self.entities.len());
        self.entities.push(e);
        (self.entities.len() - 1) as u32
    }

    pub fn entity_index(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).map(|&i| i as u32)
    }

    pub fn add_name(&mut self, entity: u32, name: &str, kind: NameKind) {
        let name = name.trim();
        if name.chars().count() < 2 {
            return;
        }
        if let Some(e) = self.entities.get_mut(entity as usize) {
            if !e.names.iter().any(|n| n == name) {
                e.names.push(name.to_string());
            }
        }
        let acronym = name.len() <= 5 && name.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        self.names.push((
            name.to_string(),
            NameRef {
                entity,
                kind,
                acronym,
            },
        ));
        // Languages that decline names ("Исламабад" → "в Исламабаде") match their stems.
        for stem in self.languages.name_stems(name) {
            self.names.push((
                stem,
                NameRef {
                    entity,
                    kind,
                    acronym: false,
                },
            ));
        }
    }

    /// The languages whose rules apply to the names added from now on.
    pub fn with_languages(mut self, languages: Languages) -> Self {
        self.languages = languages;
        self
    }

    /// Loads the built-in languages and every file under `data/kb/` embedded in the binary.
    pub fn with_builtin(mut self) -> Result<Self, KbError> {
        if self.languages.all().is_empty() {
            self.languages = Languages::builtin()?;
        }
        let files: Vec<_> = files_under("kb/").collect();
        let find = |name: &str| files.iter().find(|(p, _)| *p == name).map(|(_, c)| *c);
        if let Some(c) = find("kb/countries.tsv") {
            self.load_countries(c)?;
        }
        for f in ["kb/country_names.tsv", "kb/demonyms.tsv"] {
            if let Some(c) = find(f) {
                self.load_country_names(f, c)?;
            }
        }
        if let Some(c) = find("kb/places.tsv") {
            self.load_places("kb/places.tsv", c)?;
        }
        if let Some(c) = find("kb/name_order.tsv") {
            self.load_name_order("kb/name_order.tsv", c)?;
        }
        for (path, contents) in &files {
            if path.starts_with("kb/entities/") && path.ends_with(".toml") {
                self.load_entities_toml(path, contents, "builtin")?;
            }
        }
        Ok(self)
    }

    fn load_name_order(&mut self, file: &str, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            let [iso3, order, ..] = f[..] else {
                return Err(KbError::new(file, line, "expected iso3, order"));
            };
            let c: Country = iso3
                .parse()
                .map_err(|e| KbError::new(file, line, format!("{e}")))?;
            match order {
                "family-first" => {
                    self.family_first.insert(c);
                }
                o => {
                    return Err(KbError::new(
                        file,
                        line,
                        format!("order {o:?}: expected family-first"),
                    ))
                }
            }
        }
        Ok(())
    }

    fn load_countries(&mut self, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            let [iso3, _iso2, name, capital, ..] = f[..] else {
                return Err(KbError::new(
                    "kb/countries.tsv",
                    line,
                    "expected iso3, iso2, name, capital",
                ));
            };
            let c: Country = iso3
                .parse()
                .map_err(|e| KbError::new("kb/countries.tsv", line, format!("{e}")))?;
            let mut e = KbEntity::new(&format!("country:{iso3}"), name, EntityKind::Country);
            e.roles.push(DatedActor::always(ActorCode::new(c, None)));
            e.country = Some(c);
            let i = self.add_entity(e);
            self.add_name(i, name, NameKind::Name);
            if !capital.is_empty() {
                self.capitals.insert(c, capital.to_string());
            }
        }
        Ok(())
    }

    fn load_country_names(&mut self, file: &str, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            let [iso3, _lang, kind, name, ..] = f[..] else {
                return Err(KbError::new(file, line, "expected iso3, lang, kind, name"));
            };
            let Some(i) = self.entity_index(&format!("country:{iso3}")) else {
                return Err(KbError::new(file, line, format!("unknown country {iso3}")));
            };
            let kind = match kind {
                "name" => NameKind::Name,
                "demonym" => NameKind::Demonym,
                other => {
                    return Err(KbError::new(
                        file,
                        line,
                        format!("unknown name kind {other:?}"),
                    ))
                }
            };
            self.add_name(i, name, kind);
        }
        Ok(())
    }

    fn load_places(&mut self, file: &str, contents: &str) -> Result<(), KbError> {
        for (line, f) in tsv_rows(contents) {
            if f.len() < 7 {
                return Err(KbError::new(
                    file,
                    line,
                    "expected id, kind, iso3, lat, lon, population, name, names",
                ));
            }
            self.load_places_row(file, line, &f, f.get(7).copied().unwrap_or(""))?;
        }
        Ok(())
    }

    fn load_places_row(
        &mut self,
        file: &str,
        line: usize,
        f: &[&str],
        names: &str,
    ) -> Result<(), KbError> {
        let err = |m: String| KbError::new(file, line, m);
        // A sea, gulf or strait (kind `waters`) lies in no country: "-".
        let country: Option<Country> = match f[2] {
            "-" => None,
            c => Some(c.parse().map_err(|e| err(format!("{e}")))?),
        };
        let lat: f64 = f[3]
            .parse()
            .map_err(|_| err(format!("bad latitude {:?}", f[3])))?;
        let lon: f64 = f[4]
            .parse()
            .map_err(|_| err(format!("bad longitude {:?}", f[4])))?;
        let mut e = KbEntity::new(f[0], f[6], EntityKind::Place);
        e.coords = Some((lat, lon));
        e.country = country;
        e.population = f[5].parse().unwrap_or(0);
        let is_capital = f[1] == "capital";
        let i = self.add_entity(e);
        self.add_name(i, f[6], NameKind::Name);
        for n in names.split('|').filter(|n| !n.trim().is_empty()) {
            self.add_name(i, n, NameKind::Name);
        }
        if let Some(country) = country.filter(|_| is_capital) {
            self.capitals.insert(country, f[6].to_string());
        }
        Ok(())
    }

    /// Loads a TOML file of `[[entity]]` records (people, organisations, groups).
    pub fn load_entities_toml(
        &mut self,
        file: &str,
        contents: &str,
        origin: &str,
    ) -> Result<usize, KbError> {
        let parsed: EntityFile = toml::from_str(contents).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| contents[..s.start].lines().count().max(1));
            KbError::new(file, line, e.message().to_string())
        })?;
        let n = parsed.entity.len();
        for r in parsed.entity {
            let err = |m: String| KbError::new(file, 0, format!("entity {}: {m}", r.id));
            let kind = kind_of(&r.kind).ok_or_else(|| err(format!("unknown kind {:?}", r.kind)))?;
            let mut e = KbEntity::new(&r.id, &r.name, kind);
            e.wikidata = r.wikidata.clone();
            e.origin = origin.to_string();
            if let (Some(lat), Some(lon)) = (r.lat, r.lon) {
                e.coords = Some((lat, lon));
            }
            if let Some(c) = &r.country {
                e.country = Some(c.parse().map_err(|x| err(format!("{x}")))?);
            }
            for role in &r.roles {
                let actor: ActorCode = role.actor.parse().map_err(|x| err(format!("{x}")))?;
                let from = match &role.from {
                    Some(s) => {
                        Some(parse_bound(s, false).ok_or_else(|| err(format!("bad date {s:?}")))?)
                    }
                    None => None,
                };
                let to = match &role.to {
                    Some(s) => {
                        Some(parse_bound(s, true).ok_or_else(|| err(format!("bad date {s:?}")))?)
                    }
                    None => None,
                };
                e.roles.push(DatedActor {
                    title: role.title.clone(),
                    cameo: role.cameo.clone(),
                    ..DatedActor::between(actor, from, to)
                });
            }
            // A country's code is its first role's when the file names none.
            if e.kind == EntityKind::Country && e.country.is_none() {
                e.country = e.roles.first().map(|r| r.actor.country);
            }
            let i = self.add_entity(e);
            self.add_name(i, &r.name, NameKind::Name);
            for n in &r.names {
                self.add_name(i, n, NameKind::Name);
            }
        }
        Ok(n)
    }

    pub fn build(self) -> Kb {
        let mut names = PhraseSetBuilder::new().clitics_in(&self.languages.clitic_scripts());
        let name_count = self.names.len();
        for (n, r) in &self.names {
            names.add(n, *r);
        }
        let mut countries = HashMap::new();
        let mut capitals = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind == EntityKind::Country {
                if let Some(c) = e.country {
                    countries.insert(c, i);
                }
            }
        }
        for (c, cap) in &self.capitals {
            let found = self.entities.iter().enumerate().find(|(_, e)| {
                e.kind == EntityKind::Place && e.country == Some(*c) && e.name == *cap
            });
            if let Some((i, _)) = found {
                capitals.insert(*c, i);
            }
        }
        Kb {
            entities: self.entities,
            languages: self.languages,
            by_id: self.by_id,
            names: names.build(),
            countries,
            capital_places: capitals.values().copied().collect(),
            capitals,
            name_count,
            family_first: self.family_first,
        }
    }
}

/// How the name matcher reads a word as a name ([`Kb::read_word`]).
#[derive(Debug, Clone, PartialEq)]
pub struct WordReading {
    /// The folded span taken as the name: the word without a clitic written onto its front,
    /// with any ending. This is what `ambiguous_names` of a language lists.
    pub surface: String,
    /// What stands before it in the word (a clitic, or in a script without spaces the rest).
    pub clitic: String,
    /// The name as compiled: folded, `stem*` for a declined name's stem.
    pub pattern: String,
    /// The form rules that made the match, joined by `+`: `name` (a name as written),
    /// `clitic` (after a clitic of the language), `ending` (with an ending of the language),
    /// `stem` (a declining language's stem of a name, with any ending), `declined` (a short
    /// name with a case ending), `part` (inside a longer word).
    pub rule: String,
    pub refs: Vec<NameRef>,
}

/// Sizes of the knowledge base, for `dyad kb stats`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct KbStats {
    pub entities: usize,
    pub by_kind: Vec<(String, usize)>,
    pub names: usize,
    pub distinct_phrases: usize,
    pub dated_roles: usize,
}

impl Kb {
    /// The knowledge base compiled into the binary.
    pub fn builtin() -> Result<Kb, KbError> {
        Ok(KbBuilder::new().with_builtin()?.build())
    }

    pub fn entity(&self, i: u32) -> &KbEntity {
        &self.entities[i as usize]
    }

    pub fn by_id(&self, id: &str) -> Option<&KbEntity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    pub fn country(&self, c: Country) -> Option<&KbEntity> {
        self.countries.get(&c).map(|&i| &self.entities[i])
    }

    /// The capital city of a country, if the base knows it.
    pub fn capital(&self, c: Country) -> Option<&KbEntity> {
        self.capitals.get(&c).map(|&i| &self.entities[i])
    }

    /// Are the people of `c` named family name first (`kb/name_order.tsv`)?
    pub fn family_name_first(&self, c: Country) -> bool {
        self.family_first.contains(&c)
    }

    /// Is this place the capital of its country? (Capitals stand for governments.)
    pub fn is_capital(&self, i: u32) -> bool {
        self.capital_places.contains(&(i as usize))
    }

    /// The languages the knowledge base was built with.
    pub fn languages(&self) -> &Languages {
        &self.languages
    }

    /// Every name occurrence in a normalised text, with the affixes of the text's language.
    pub fn find_names(&self, norm: &Normalized, text: &str, affixes: &Affixes) -> Vec<PhraseMatch> {
        self.find_names_in(norm, text, 0, norm.text().len(), affixes)
    }

    /// Name occurrences starting in `[from, to)` of the normalised text.
    pub fn find_names_in(
        &self,
        norm: &Normalized,
        text: &str,
        from: usize,
        to: usize,
        affixes: &Affixes,
    ) -> Vec<PhraseMatch> {
        let mut found = self.names.find_in(norm, from, to, affixes);
        found.retain(|m| {
            !self.names.values(m.phrase).iter().all(|r| r.acronym)
                || !text[m.start..m.end].chars().any(char::is_lowercase)
        });
        self.extend_overlapping(norm, to, affixes, found)
    }

    /// A name a later word of which begins a longer name of the same entity runs on to its end:
    /// "صدر شی" then "شی جن پنگ" is one mention "صدر شی جن پنگ" (President Xi Jinping), so
    /// that what follows the name (a postposition) is read after all of it.
    fn extend_overlapping(
        &self,
        norm: &Normalized,
        to: usize,
        affixes: &Affixes,
        found: Vec<PhraseMatch>,
    ) -> Vec<PhraseMatch> {
        let n = norm.text();
        let entities = |p: usize| self.names.values(p).iter().map(|r| r.entity);
        let shares = |a: usize, b: usize| entities(a).any(|e| entities(b).any(|f| f == e));
        let mut out: Vec<PhraseMatch> = Vec::with_capacity(found.len());
        for (i, m) in found.iter().enumerate() {
            if out.last().is_some_and(|p| m.norm_start < p.norm_end) {
                continue; // Swallowed by the extension of the one before.
            }
            let mut m = *m;
            // Any word after the first may begin the longer name: "الشيخ تميم بن حمد" then
            // "تميم بن حمد آل ثاني" is one mention of the emir.
            let longer = n[m.norm_start..m.norm_end]
                .match_indices(' ')
                .map(|(i, _)| m.norm_start + i + 1)
                .find_map(|w| {
                    // A name is a few words: look no further than the longest could reach.
                    let end = n.floor_char_boundary((w + LONGEST_NAME).min(to));
                    self.names
                        .find_in(norm, w, end, affixes)
                        .into_iter()
                        .next()
                        .filter(|l| l.norm_start == w && l.norm_end > m.norm_end)
                        .filter(|l| shares(l.phrase, m.phrase))
                });
            // Not over another entity's name: "the Taliban government of Afghanistan" keeps
            // Afghanistan its own mention.
            let over_other = |l: &PhraseMatch| {
                found[i + 1..]
                    .iter()
                    .take_while(|x| x.norm_start < l.norm_end)
                    .any(|x| !shares(x.phrase, m.phrase))
            };
            if let Some(l) = longer.filter(|l| !over_other(l)) {
                m.end = l.end;
                m.norm_end = l.norm_end;
                m.stem_end = l.stem_end;
                m.phrase = l.phrase;
            }
            out.push(m);
        }
        out
    }

    /// Name occurrences in already-normalised text, as (start, end, phrase) in its offsets.
    pub fn find_names_folded(
        &self,
        norm_text: &str,
        affixes: &Affixes,
    ) -> Vec<(usize, usize, usize)> {
        self.names.find_all(norm_text, affixes)
    }

    pub fn name_refs(&self, phrase: usize) -> &[NameRef] {
        self.names.values(phrase)
    }

    /// Every way the name matcher reads `word`, written alone in language `lang`, as a name of
    /// the base: with the language's clitics, endings, name stems and declined forms, exactly
    /// as in a document (it is the same matcher). For finding the names that are also common
    /// words of a language (`dyad kb words`, `data/lang/gen/`). A language dyad has no data
    /// for reads whole words only.
    pub fn read_word(&self, word: &str, lang: dyad_core::Lang) -> Vec<WordReading> {
        let none = Affixes::none();
        let affixes = self.languages.get(lang).map_or(&none, |l| &l.affixes);
        let norm = crate::normalize(word);
        let n = norm.text();
        self.find_names(&norm, word, affixes)
            .into_iter()
            .map(|m| {
                let pattern = self.names.pattern(m.phrase);
                let mut refs = self.names.values(m.phrase).to_vec();
                // One entity may have the same name from several lists.
                let mut seen = std::collections::HashSet::new();
                refs.retain(|r| seen.insert((r.entity, r.kind)));
                let mut rule = Vec::new();
                let before = &n[..m.norm_start];
                let after = &n[m.norm_end..];
                // Inside a longer word, or after a clitic; an apostrophe or a hyphen beside
                // it ends the word («Türkiye'nin»).
                let glued_after = after.chars().next().is_some_and(crate::is_word_char);
                let glued_before = before.chars().next_back().is_some_and(crate::is_word_char);
                if affixes.is_prefix(before) {
                    rule.push("clitic");
                } else if glued_after || glued_before {
                    rule.push("part");
                }
                if pattern.ends_with('*') {
                    rule.push("stem");
                } else if m.stem_end < m.end {
                    rule.push("ending");
                }
                // A form the language's declension adds to a short name («Киева»): the pattern
                // is none of the entity's names as written.
                let written = |r: &NameRef| {
                    self.entity(r.entity)
                        .names
                        .iter()
                        .any(|x| crate::normalize_key(x) == pattern)
                };
                if !pattern.ends_with('*') && !refs.iter().any(written) {
                    rule.push("declined");
                }
                if rule.is_empty() {
                    rule.push("name");
                }
                WordReading {
                    surface: n[m.norm_start..m.norm_end].to_string(),
                    clitic: before.to_string(),
                    pattern,
                    rule: rule.join("+"),
                    refs,
                }
            })
            .collect()
    }

    /// Entities any of whose names equals `query` after normalisation, or contains it as a word.
    pub fn lookup(&self, query: &str) -> Vec<&KbEntity> {
        let n = crate::normalize(query);
        let mut seen = std::collections::BTreeSet::new();
        for m in self.names.find(&n, &Affixes::none()) {
            // `lookup` is case-insensitive on purpose: a user typing "us" means the acronym.
            for r in self.names.values(m.phrase) {
                seen.insert(r.entity);
            }
        }
        seen.into_iter().map(|i| self.entity(i)).collect()
    }

    pub fn stats(&self) -> KbStats {
        let mut by_kind: HashMap<&str, usize> = HashMap::new();
        for e in &self.entities {
            *by_kind.entry(e.kind.as_str()).or_default() += 1;
        }
        let mut by_kind: Vec<(String, usize)> = by_kind
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        by_kind.sort();
        KbStats {
            entities: self.entities.len(),
            by_kind,
            names: self.name_count,
            distinct_phrases: self.names.len(),
            dated_roles: self
                .entities
                .iter()
                .map(|e| {
                    e.roles
                        .iter()
                        .filter(|r| r.from.is_some() || r.to.is_some())
                        .count()
                })
                .sum(),
        }
    }
}

/// Bytes of normalised text a name's continuation is looked for in.
const LONGEST_NAME: usize = 160;

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Kb {
        let mut b = KbBuilder::new();
        b.load_countries(
            "iso3\tiso2\tname\tcapital\nRUS\tRU\tRussia\tMoscow\nPAK\tPK\tPakistan\tIslamabad\n",
        )
        .unwrap();
        b.load_country_names(
            "t",
            "iso3\tlang\tkind\tname\nRUS\ten\tdemonym\tRussian\nRUS\tru\tname\tросси*\n",
        )
        .unwrap();
        b.load_places("p", "id\tkind\tiso3\tlat\tlon\tpopulation\tname\tnames\ngeonames:1\tcapital\tPAK\t33.69\t73.06\t1000000\tIslamabad\tإسلام أباد|Исламабад\n").unwrap();
        b.load_entities_toml(
            "e.toml",
            r#"
[[entity]]
id = "taliban"
kind = "group"
name = "Taliban"
names = ["طالبان", "Талибан*"]
roles = [ { actor = "AFG.REB", to = "2021-08-14" }, { actor = "AFG.GOV", from = "2021-08-15" } ]
"#,
            "builtin",
        )
        .unwrap();
        b.build()
    }

    #[test]
    fn finds_names_across_scripts() {
        let kb = tiny();
        let text = "Russian envoy in Исламабад met Талибана; روسيا? no: России";
        let n = crate::normalize(text);
        let found: Vec<&str> = kb
            .find_names(&n, text, &Affixes::none())
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(found, ["Russian", "Исламабад", "Талибана", "России"]);
    }

    #[test]
    fn dated_roles() {
        let kb = tiny();
        let t = kb.by_id("taliban").unwrap();
        assert_eq!(t.roles.len(), 2);
        assert_eq!(t.roles[0].to, Some(jiff::civil::date(2021, 8, 14)));
        assert_eq!(
            kb.capital("PAK".parse().unwrap()).unwrap().name,
            "Islamabad"
        );
    }

    #[test]
    fn bad_data_names_file_and_line() {
        let mut b = KbBuilder::new();
        let e = b
            .load_countries("iso3\tiso2\tname\tcapital\nRUSSIA\tRU\tRussia\tMoscow\n")
            .unwrap_err();
        assert_eq!(e.line, 2);
        let e = b
            .load_entities_toml(
                "x.toml",
                "[[entity]]\nid = \"a\"\nkind = \"alien\"\nname = \"A\"\n",
                "t",
            )
            .unwrap_err();
        assert!(e.to_string().contains("unknown kind"));
    }
}
