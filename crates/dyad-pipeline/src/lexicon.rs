//! The per-language word lists the entity, event and quote stages run on, compiled once from
//! `data/lexicon/<lang>/*.tsv` and `data/grammar/*.tsv` (formats in data/lexicon/README.md).

use crate::PipelineError;
use dyad_core::{Aux, EventType, Lang, Sector};
use dyad_kb::data::{file, files_under, tsv_rows};
use dyad_kb::{normalize_key, PhraseSet, PhraseSetBuilder};
use std::collections::{HashMap, HashSet};

/// Where an event pattern expects its actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
    Recip,
    Noun,
    /// A demand in reported speech: "Britain said the rebels must …": the speaker (the
    /// sentence's subject) is the source, the subject of the trigger's clause the target.
    Reported,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventRule {
    pub kind: EventType,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub voice: Voice,
    pub cameo: Option<String>,
    pub weight: f32,
    /// `<lang>/events.tsv:<line>`, reported with every event the rule makes.
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// Precedes or follows a person's name ("foreign minister").
    Title,
    /// An institution that acts ("defence ministry").
    Body,
    /// A collective ("officials", "militants").
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleRule {
    pub sector: Option<Sector>,
    pub kind: RoleKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechKind {
    Say,
    Source,
}

/// Everything known about one language.
#[derive(Debug)]
pub struct LangLexicon {
    pub events: PhraseSet<EventRule>,
    pub roles: PhraseSet<RoleRule>,
    pub speech: PhraseSet<SpeechKind>,
    pub aux: PhraseSet<Aux>,
    /// Normalised locative words before a place ("in") and after it (Urdu "میں").
    pub locative_before: PhraseSet<()>,
    pub locative_after: HashSet<String>,
    pub pronouns: HashSet<String>,
    pub conjunctions: HashSet<String>,
    /// Words that open a clause ("that", "أن", "что").
    pub clause: PhraseSet<()>,
    pub order: WordOrder,
}

/// Where subject and object stand around the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordOrder {
    Svo,
    Vso,
    Sov,
}

/// All languages' lexicons, and the CAMEO defaults per type and mode.
#[derive(Debug)]
pub struct Lexicon {
    langs: HashMap<Lang, LangLexicon>,
    cameo: HashMap<(EventType, String), String>,
}

fn data_err(file: &str, line: usize, message: impl Into<String>) -> PipelineError {
    PipelineError::Data {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

fn parse_sector(s: &str) -> Result<Option<Sector>, String> {
    match s {
        "" | "-" => Ok(None),
        s => s.parse().map(Some).map_err(|e| format!("{e}")),
    }
}

impl Lexicon {
    /// Compiles every language folder under `data/lexicon/`.
    pub fn builtin() -> Result<Self, PipelineError> {
        Self::builtin_with("")
    }

    /// The built-in lexicons plus extra English role rows (`pattern, sector, kind`, no header),
    /// such as an imported CAMEO agents dictionary.
    pub fn builtin_with(extra_en_roles: &str) -> Result<Self, PipelineError> {
        let mut per: HashMap<Lang, HashMap<&str, (&str, &str)>> = HashMap::new();
        for (path, contents) in files_under("lexicon/") {
            let mut parts = path.split('/').skip(1);
            let (Some(lang), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            let Some(lang) = Lang::from_code(lang) else {
                continue;
            };
            per.entry(lang)
                .or_default()
                .insert(name.trim_end_matches(".tsv"), (path, contents));
        }
        let grammar = |name: &str| file(&format!("grammar/{name}.tsv")).unwrap_or("");
        let mut langs = HashMap::new();
        for lang in Lang::ALL {
            let files = per.remove(lang).unwrap_or_default();
            let get = |k: &str| files.get(k).copied().unwrap_or(("", ""));
            let roles = get("roles");
            let joined;
            let roles = if *lang == Lang::En && !extra_en_roles.is_empty() {
                joined = format!("{}\n{extra_en_roles}", roles.1);
                (roles.0, joined.as_str())
            } else {
                roles
            };
            langs.insert(
                *lang,
                LangLexicon::from_tsv(
                    *lang,
                    get("events"),
                    roles,
                    get("speech"),
                    get("aux"),
                    &grammar,
                )?,
            );
        }
        let mut cameo = HashMap::new();
        let path = "events/cameo_defaults.tsv";
        for (line, f) in tsv_rows(file(path).unwrap_or("")) {
            let [t, mode, code] = f[..] else {
                return Err(data_err(path, line, "expected type, mode, cameo"));
            };
            let t: EventType = t.parse().map_err(|e: String| data_err(path, line, e))?;
            cameo.insert((t, mode.to_string()), code.to_string());
        }
        Ok(Lexicon { langs, cameo })
    }

    /// The lexicon of `lang`, or English for languages without data.
    pub fn get(&self, lang: Lang) -> &LangLexicon {
        self.langs
            .get(&lang)
            .filter(|l| !l.events.is_empty())
            .or_else(|| self.langs.get(&Lang::En))
            .expect("English lexicon is always built")
    }

    /// The CAMEO code for a type and mode when the pattern gives none.
    pub fn default_cameo(&self, kind: EventType, mode: Option<&str>) -> Option<&str> {
        mode.and_then(|m| self.cameo.get(&(kind, m.to_string())))
            .or_else(|| self.cameo.get(&(kind, String::new())))
            .map(String::as_str)
    }

    /// Number of phrases per language, for `dyad kb stats`.
    pub fn sizes(&self) -> Vec<(Lang, usize, usize, usize, usize)> {
        let mut v: Vec<_> = self
            .langs
            .iter()
            .map(|(l, x)| {
                (
                    *l,
                    x.events.len(),
                    x.roles.len(),
                    x.speech.len(),
                    x.aux.len(),
                )
            })
            .collect();
        v.sort_by_key(|x| x.0);
        v
    }
}

type Grammar<'a> = &'a dyn Fn(&str) -> &'static str;

impl LangLexicon {
    fn from_tsv(
        lang: Lang,
        events: (&str, &str),
        roles: (&str, &str),
        speech: (&str, &str),
        aux: (&str, &str),
        grammar: Grammar,
    ) -> Result<Self, PipelineError> {
        let mut ev = PhraseSetBuilder::new();
        let (path, contents) = events;
        for (line, f) in tsv_rows(contents) {
            if f.len() < 5 {
                return Err(data_err(
                    path,
                    line,
                    "expected pattern, type, mode, context, voice, cameo, weight",
                ));
            }
            let kind: EventType = f[1].parse().map_err(|e: String| data_err(path, line, e))?;
            let voice = match f[4] {
                "active" => Voice::Active,
                "passive" => Voice::Passive,
                "recip" => Voice::Recip,
                "noun" => Voice::Noun,
                "reported" => Voice::Reported,
                v => return Err(data_err(path, line, format!("unknown voice {v:?}"))),
            };
            let weight = match f.get(6).copied().unwrap_or("") {
                "" => 0.7,
                w => w
                    .parse::<f32>()
                    .map_err(|_| data_err(path, line, format!("bad weight {w:?}")))?,
            };
            let rule = EventRule {
                kind,
                mode: Some(f[2]).filter(|m| !m.is_empty()).map(str::to_string),
                context: f[3]
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect(),
                voice,
                cameo: f.get(5).filter(|c| !c.is_empty()).map(|c| c.to_string()),
                weight,
                id: format!("{}:{line}", path.trim_start_matches("lexicon/")),
            };
            ev.add(f[0], rule);
        }
        let mut ro = PhraseSetBuilder::new();
        let (path, contents) = roles;
        for (line, f) in tsv_rows(contents) {
            let [pattern, sector, kind, ..] = f[..] else {
                return Err(data_err(path, line, "expected pattern, sector, kind"));
            };
            let sector = parse_sector(sector).map_err(|e| data_err(path, line, e))?;
            let kind = match kind {
                "title" => RoleKind::Title,
                "body" => RoleKind::Body,
                "group" => RoleKind::Group,
                k => return Err(data_err(path, line, format!("unknown role kind {k:?}"))),
            };
            ro.add(pattern, RoleRule { sector, kind });
        }
        let mut sp = PhraseSetBuilder::new();
        let (path, contents) = speech;
        for (line, f) in tsv_rows(contents) {
            let [pattern, kind, ..] = f[..] else {
                return Err(data_err(path, line, "expected pattern, kind"));
            };
            let kind = match kind {
                "say" => SpeechKind::Say,
                "source" => SpeechKind::Source,
                k => return Err(data_err(path, line, format!("unknown speech kind {k:?}"))),
            };
            sp.add(pattern, kind);
        }
        let mut au = PhraseSetBuilder::new();
        let (path, contents) = aux;
        for (line, f) in tsv_rows(contents) {
            let [pattern, aux, ..] = f[..] else {
                return Err(data_err(path, line, "expected pattern, aux"));
            };
            let aux = match aux {
                "future" => Aux::Future,
                "negated" => Aux::Negated,
                "hypothetical" => Aux::Hypothetical,
                "historical" => Aux::Historical,
                a => return Err(data_err(path, line, format!("unknown aux {a:?}"))),
            };
            au.add(pattern, aux);
        }
        let words = |name: &str, pos: Option<&str>| -> Vec<String> {
            tsv_rows(grammar(name))
                .filter(|(_, f)| Lang::from_code(f[0]) == Some(lang))
                .filter(|(_, f)| pos.is_none_or(|p| f.get(2) == Some(&p)))
                .filter_map(|(_, f)| f.get(1).map(|w| normalize_key(w)))
                .collect()
        };
        let mut before = PhraseSetBuilder::new();
        for w in words("locative", Some("before")) {
            before.add(&w, ());
        }
        let mut clause = PhraseSetBuilder::new();
        for w in words("clause", None) {
            clause.add(&w, ());
        }
        let order = match words("word_order", None).first().map(String::as_str) {
            Some("vso") => WordOrder::Vso,
            Some("sov") => WordOrder::Sov,
            _ => WordOrder::Svo,
        };
        Ok(LangLexicon {
            clause: clause.build(),
            order,
            events: ev.build(),
            roles: ro.build(),
            speech: sp.build(),
            aux: au.build(),
            locative_before: before.build(),
            locative_after: words("locative", Some("after")).into_iter().collect(),
            pronouns: words("pronouns", None).into_iter().collect(),
            conjunctions: words("conjunctions", None).into_iter().collect(),
        })
    }
}
