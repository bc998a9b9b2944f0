//! The event concepts every language must be able to say (`data/events/concepts.tsv`) and,
//! per language, the patterns of its `events.tsv` that say each (`data/lexicon/<lang>/
//! concepts.tsv`). The matcher never reads them; the built-in lists are checked by `cargo test`
//! (`the_built_in_concepts_load`), not at every start-up (the data is compiled in, and the check
//! parses every language's `events.tsv` again), and a bad row fails with its file and line: a row naming an unknown concept, a concept listed
//! twice, a pattern the language's `events.tsv` does not hold, a pattern of another PLOVER type
//! than its concept's, or one below the reporting weight. (`data/lexicon/coverage.py --concepts`
//! makes the same checks and tables the coverage.)

use crate::data::{file, files_under};
use crate::kb::KbError;
use dyad_core::EventType;
use std::collections::HashMap;
use std::path::Path;

/// The weight below which an event is not reported (the pipeline's default minimum
/// confidence): a pattern that says a concept must reach it.
pub const REPORTING_WEIGHT: f32 = 0.5;

/// One concept of `data/events/concepts.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    /// Its short English key ("arrest", "sign-agreement").
    pub key: String,
    pub kind: EventType,
    /// The PLOVER mode, if the concept has one.
    pub mode: Option<String>,
}

/// Every concept, and what each language with a `concepts.tsv` says of them.
#[derive(Debug, Default)]
pub struct Concepts {
    pub concepts: Vec<Concept>,
    /// Per language code: each concept it lists, with the patterns that say it (none for `-`:
    /// the language has no way to say it yet).
    pub said: HashMap<String, Vec<(usize, Vec<String>)>>,
}

/// A data tree's text files, by path relative to `data/`.
trait Source {
    fn get(&self, path: &str) -> Result<Option<String>, KbError>;
    /// The language codes that have a `lexicon/<lang>/concepts.tsv`, sorted.
    fn languages(&self) -> Result<Vec<String>, KbError>;
}

struct Builtin;

impl Source for Builtin {
    fn get(&self, path: &str) -> Result<Option<String>, KbError> {
        Ok(file(path).map(str::to_string))
    }

    fn languages(&self) -> Result<Vec<String>, KbError> {
        let mut out: Vec<String> = files_under("lexicon/")
            .filter_map(|(p, _)| {
                p.strip_prefix("lexicon/")?
                    .strip_suffix("/concepts.tsv")
                    .filter(|l| !l.contains('/'))
                    .map(str::to_string)
            })
            .collect();
        out.sort();
        Ok(out)
    }
}

struct Dir<'a>(&'a Path);

impl Source for Dir<'_> {
    fn get(&self, path: &str) -> Result<Option<String>, KbError> {
        let p = self.0.join(path);
        if !p.is_file() {
            return Ok(None);
        }
        std::fs::read_to_string(&p)
            .map(Some)
            .map_err(|e| KbError::new(path, 0, e.to_string()))
    }

    fn languages(&self) -> Result<Vec<String>, KbError> {
        let dir = self.0.join("lexicon");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(Vec::new());
        };
        let mut out: Vec<String> = entries
            .flatten()
            .filter(|e| e.path().join("concepts.tsv").is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect();
        out.sort();
        Ok(out)
    }
}

impl Concepts {
    /// The concepts compiled into the binary.
    pub fn builtin() -> Result<Concepts, KbError> {
        Self::load(&Builtin)
    }

    /// The concepts of a data tree on disk (`<dir>/events/concepts.tsv`,
    /// `<dir>/lexicon/<lang>/{concepts,events}.tsv`): for tests and for checking data before
    /// it is built in.
    pub fn from_dir(dir: &Path) -> Result<Concepts, KbError> {
        Self::load(&Dir(dir))
    }

    fn load(src: &dyn Source) -> Result<Concepts, KbError> {
        let path = "events/concepts.tsv";
        let contents = src
            .get(path)?
            .ok_or_else(|| KbError::new(path, 0, "missing: the event concepts"))?;
        let mut out = Concepts::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (line, f) in rows(&contents, "concept") {
            let err = |m: String| KbError::new(path, line, m);
            let [key, kind, mode, ..] = f[..] else {
                return Err(err(
                    "expected concept, type, mode, cameo, kind, gloss".into()
                ));
            };
            if key.is_empty() {
                return Err(err("no concept key".into()));
            }
            let kind: EventType = kind.parse().map_err(err)?;
            if index.insert(key.to_string(), out.concepts.len()).is_some() {
                return Err(err(format!("concept {key:?} listed twice")));
            }
            out.concepts.push(Concept {
                key: key.to_string(),
                kind,
                mode: (!mode.is_empty()).then(|| mode.to_string()),
            });
        }
        for lang in src.languages()? {
            let events_path = format!("lexicon/{lang}/events.tsv");
            let events = src
                .get(&events_path)?
                .ok_or_else(|| KbError::new(&events_path, 0, "missing: the language's events"))?;
            let patterns = patterns(&events_path, &events)?;
            let path = format!("lexicon/{lang}/concepts.tsv");
            let contents = src.get(&path)?.unwrap_or_default();
            let said = out.check_language(&path, &contents, &lang, &index, &patterns)?;
            out.said.insert(lang, said);
        }
        Ok(out)
    }

    /// Checks one language's `concepts.tsv` against the concepts and its patterns.
    fn check_language(
        &self,
        path: &str,
        contents: &str,
        lang: &str,
        index: &HashMap<String, usize>,
        patterns: &HashMap<String, (EventType, f32)>,
    ) -> Result<Vec<(usize, Vec<String>)>, KbError> {
        let mut said: Vec<(usize, Vec<String>)> = Vec::new();
        for (line, f) in rows(contents, "concept") {
            let err = |m: String| KbError::new(path, line, m);
            let [concept, list, ..] = f[..] else {
                return Err(err("expected concept, patterns[, note]".into()));
            };
            let Some(&i) = index.get(concept) else {
                return Err(err(format!(
                    "unknown concept {concept:?} (see data/events/concepts.tsv)"
                )));
            };
            if said.iter().any(|(j, _)| *j == i) {
                return Err(err(format!("concept {concept:?} listed twice")));
            }
            let want = self.concepts[i].kind;
            let mut own = Vec::new();
            if list != "-" {
                for p in list.split('|') {
                    match patterns.get(p) {
                        None => {
                            return Err(err(format!(
                                "pattern {p:?} is not in lexicon/{lang}/events.tsv"
                            )))
                        }
                        Some(&(kind, _)) if kind != want => {
                            return Err(err(format!(
                                "pattern {p:?} is {kind}, concept {concept:?} is {want}"
                            )))
                        }
                        Some(&(_, w)) if w < REPORTING_WEIGHT => {
                            return Err(err(format!(
                                "pattern {p:?} has weight {w}, below the reporting weight \
                                 {REPORTING_WEIGHT}"
                            )))
                        }
                        Some(_) => own.push(p.to_string()),
                    }
                }
            }
            said.push((i, own));
        }
        Ok(said)
    }

    /// The concepts `lang` lists, with their patterns (`None`: the language has no
    /// `concepts.tsv`).
    pub fn of_language(&self, lang: &str) -> Option<Vec<(&Concept, &[String])>> {
        self.said.get(lang).map(|v| {
            v.iter()
                .map(|(i, p)| (&self.concepts[*i], p.as_slice()))
                .collect()
        })
    }
}

/// The rows of a TSV file with their 1-based line numbers: no comments, blank lines or header
/// (the row whose first field is `header`, wherever it stands, as coverage.py reads them).
fn rows<'a>(contents: &'a str, header: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> {
    contents
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect::<Vec<_>>()))
        .filter(move |(_, f)| f[0] != header)
}

/// The type and weight of each pattern of an `events.tsv` (its columns: pattern, type, mode,
/// context, voice, cameo, weight; the lexicon loader checks the rest).
fn patterns(path: &str, contents: &str) -> Result<HashMap<String, (EventType, f32)>, KbError> {
    let mut out = HashMap::new();
    for (line, f) in rows(contents, "pattern") {
        let err = |m: String| KbError::new(path, line, m);
        // (A short row is the lexicon loader's to report; here it says nothing.)
        let [pattern, kind, _, _, _, _, weight, ..] = f[..] else {
            continue;
        };
        let kind: EventType = kind.parse().map_err(err)?;
        let weight: f32 = if weight.is_empty() {
            0.0
        } else {
            weight
                .parse()
                .map_err(|_| err(format!("weight {weight:?} is not a number")))?
        };
        out.insert(pattern.to_string(), (kind, weight));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONCEPTS: &str = "# the concepts\n\
        concept\ttype\tmode\tcameo\tkind\tgloss\n\
        meet\tCONSULT\t\t040\tboth\tmeet\n\
        arrest\tCOERCE\tarrest\t173\tverb\tarrest\n";

    const EVENTS: &str = "pattern\ttype\tmode\tcontext\tvoice\tcameo\tweight\n\
        # a comment\n\
        met with\tCONSULT\t\t\tactive\t040\t0.9\n\
        held talks\tCONSULT\t\t\tactive\t046\t0.8\n\
        detained\tCOERCE\tarrest\t\tpassive\t173\t0.9\n\
        rounded up\tCOERCE\tarrest\t\tactive\t173\t0.4\n";

    /// A data tree in a temporary directory with one language, `xx`, whose `concepts.tsv` is
    /// `lang` (none if `None`).
    fn tree(concepts: &str, lang: Option<&str>) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("events")).unwrap();
        std::fs::create_dir_all(dir.path().join("lexicon/xx")).unwrap();
        std::fs::write(dir.path().join("events/concepts.tsv"), concepts).unwrap();
        std::fs::write(dir.path().join("lexicon/xx/events.tsv"), EVENTS).unwrap();
        if let Some(l) = lang {
            std::fs::write(dir.path().join("lexicon/xx/concepts.tsv"), l).unwrap();
        }
        dir
    }

    fn error(concepts: &str, lang: &str) -> String {
        let dir = tree(concepts, Some(lang));
        match Concepts::from_dir(dir.path()) {
            Ok(_) => panic!("loaded: {lang:?}"),
            Err(e) => e.to_string(),
        }
    }

    const HEAD: &str = "concept\tpatterns\tnote\n";

    #[test]
    fn a_well_formed_language_list_loads_with_its_patterns() {
        let lang = format!("{HEAD}meet\tmet with|held talks\n# none yet\narrest\t-\tno verb yet\n");
        let dir = tree(CONCEPTS, Some(&lang));
        let c = Concepts::from_dir(dir.path()).unwrap();
        assert_eq!(c.concepts.len(), 2);
        assert_eq!(c.concepts[1].mode.as_deref(), Some("arrest"));
        let said = c.of_language("xx").unwrap();
        let listed: Vec<(&str, Vec<&str>)> = said
            .iter()
            .map(|(k, p)| (k.key.as_str(), p.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            listed,
            [("meet", vec!["met with", "held talks"]), ("arrest", vec![])]
        );
        // A list without a header: its first row is a row.
        let dir = tree(CONCEPTS, Some("meet\tmet with\n"));
        let c = Concepts::from_dir(dir.path()).unwrap();
        assert_eq!(c.of_language("xx").unwrap().len(), 1);
        // A language without a list says nothing, and is no error.
        let dir = tree(CONCEPTS, None);
        let c = Concepts::from_dir(dir.path()).unwrap();
        assert!(c.of_language("xx").is_none());
    }

    #[test]
    fn a_bad_language_row_fails_with_its_file_and_line() {
        let cases = [
            ("visit\tmet with\n", 2, "unknown concept \"visit\""),
            (
                "meet\tmet with\nmeet\theld talks\n",
                3,
                "concept \"meet\" listed twice",
            ),
            (
                "meet\tmeets with\n",
                2,
                "pattern \"meets with\" is not in lexicon/xx/events.tsv",
            ),
            (
                "arrest\tmet with\n",
                2,
                "pattern \"met with\" is CONSULT, concept \"arrest\" is COERCE",
            ),
            (
                "arrest\tdetained|rounded up\n",
                2,
                "below the reporting weight",
            ),
            ("meet\n", 2, "expected concept, patterns"),
        ];
        for (rows, line, want) in cases {
            let e = error(CONCEPTS, &format!("{HEAD}{rows}"));
            assert!(
                e.starts_with(&format!("lexicon/xx/concepts.tsv:{line}:")) && e.contains(want),
                "{rows:?}: {e}"
            );
        }
    }

    #[test]
    fn a_bad_concept_table_fails_with_its_file_and_line() {
        let lang = format!("{HEAD}meet\tmet with\n");
        let twice = format!("{CONCEPTS}meet\tCONSULT\t\t040\tverb\tmeet again\n");
        let e = error(&twice, &lang);
        assert!(
            e.starts_with("events/concepts.tsv:5:") && e.contains("listed twice"),
            "{e}"
        );
        let bad_type = CONCEPTS.replace("COERCE", "DETAIN");
        let e = error(&bad_type, &lang);
        assert!(
            e.starts_with("events/concepts.tsv:4:") && e.contains("DETAIN"),
            "{e}"
        );
        let dir = tempfile::tempdir().unwrap();
        let e = Concepts::from_dir(dir.path()).unwrap_err().to_string();
        assert!(e.starts_with("events/concepts.tsv:0: missing"), "{e}");
    }

    #[test]
    fn the_built_in_concepts_load() {
        let c = Concepts::builtin().unwrap();
        assert!(c.concepts.len() >= 100, "{}", c.concepts.len());
        assert!(c
            .concepts
            .iter()
            .any(|k| k.key == "meet" && k.kind == EventType::Consult));
    }
}
