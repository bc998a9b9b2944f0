//! What events are weighed by: PLOVER intensity scores per type and mode, and a named quad
//! mapping. Both are data (`data/relations/`), loaded once and passed in.

use crate::RelationsError;
use dyad_core::EventType;
use std::collections::HashMap;

const SCORES: &str = include_str!("../../../data/relations/plover_scores.tsv");
const QUADS: &str = include_str!("../../../data/relations/quads.tsv");
const SCORES_FILE: &str = "data/relations/plover_scores.tsv";
const QUADS_FILE: &str = "data/relations/quads.tsv";

/// The name of the score table, given with every output that uses it.
pub const SCORES_VERSION: &str = "plover-2.0-tab:ploverscores (ACCUSE -3)";

/// PLOVER intensity scores, −10..+10.
#[derive(Debug, Clone)]
pub struct Scores {
    by_type: HashMap<EventType, f64>,
    by_mode: HashMap<(EventType, String), f64>,
}

/// A quad class (1..=4) for every event type, under a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuadMap {
    pub name: String,
    quads: HashMap<EventType, u8>,
}

/// Scores and a quad mapping: everything a relations computation weighs events by.
#[derive(Debug, Clone)]
pub struct Model {
    pub scores: Scores,
    pub quads: QuadMap,
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn data_err(file: &str, line: usize, message: impl Into<String>) -> RelationsError {
    RelationsError::Data {
        file: file.into(),
        line,
        message: message.into(),
    }
}

impl Scores {
    /// The built-in table.
    pub fn builtin() -> Result<Scores, RelationsError> {
        Scores::parse(SCORES_FILE, SCORES)
    }

    /// Reads `type, mode, score` rows; every type needs its own (`-`) row.
    pub fn parse(file: &str, text: &str) -> Result<Scores, RelationsError> {
        let mut s = Scores {
            by_type: HashMap::new(),
            by_mode: HashMap::new(),
        };
        for (line, f) in rows(text) {
            let [kind, mode, score] = f[..] else {
                return Err(data_err(file, line, "want 3 tab-separated fields"));
            };
            let kind: EventType = kind.parse().map_err(|e: String| data_err(file, line, e))?;
            let score: f64 = score
                .parse()
                .ok()
                .filter(|x: &f64| (-10.0..=10.0).contains(x))
                .ok_or_else(|| data_err(file, line, format!("{score:?} is not in -10..10")))?;
            let dup = if mode == "-" {
                s.by_type.insert(kind, score).is_some()
            } else {
                s.by_mode
                    .insert((kind, mode.to_ascii_lowercase()), score)
                    .is_some()
            };
            if dup {
                return Err(data_err(file, line, "repeated row"));
            }
        }
        if let Some(t) = EventType::ALL.iter().find(|t| !s.by_type.contains_key(t)) {
            return Err(data_err(file, 0, format!("no score for {t}")));
        }
        Ok(s)
    }

    /// The score of an event of this type and mode; an unknown mode falls back to the type's.
    pub fn score(&self, kind: EventType, mode: Option<&str>) -> f64 {
        mode.and_then(|m| self.by_mode.get(&(kind, m.to_ascii_lowercase())))
            .or_else(|| self.by_type.get(&kind))
            .copied()
            .unwrap_or(0.0)
    }
}

impl QuadMap {
    /// The names of the built-in mappings; the first is the default.
    pub fn names() -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for (_, f) in rows(QUADS) {
            if let Some(n) = f.first().filter(|n| !names.iter().any(|x| x == *n)) {
                names.push(n.to_string());
            }
        }
        names
    }

    /// A built-in mapping by name; `None` gives the default.
    pub fn builtin(name: Option<&str>) -> Result<QuadMap, RelationsError> {
        let all = QuadMap::parse(QUADS_FILE, QUADS)?;
        match name {
            None => all
                .into_iter()
                .next()
                .ok_or_else(|| data_err(QUADS_FILE, 0, "no mapping")),
            Some(n) => all.into_iter().find(|m| m.name == n).ok_or_else(|| {
                RelationsError::Invalid(format!(
                    "unknown quad mapping {n:?} (known: {})",
                    QuadMap::names().join(", ")
                ))
            }),
        }
    }

    /// Reads `mapping, type, quad` rows into mappings, in the order first named; each must
    /// cover every type.
    pub fn parse(file: &str, text: &str) -> Result<Vec<QuadMap>, RelationsError> {
        let mut out: Vec<QuadMap> = Vec::new();
        for (line, f) in rows(text) {
            let [name, kind, quad] = f[..] else {
                return Err(data_err(file, line, "want 3 tab-separated fields"));
            };
            let kind: EventType = kind.parse().map_err(|e: String| data_err(file, line, e))?;
            let quad: u8 = quad
                .parse()
                .ok()
                .filter(|q| (1..=4).contains(q))
                .ok_or_else(|| data_err(file, line, format!("quad {quad:?} is not 1..4")))?;
            let i = match out.iter().position(|m| m.name == name) {
                Some(i) => i,
                None => {
                    out.push(QuadMap {
                        name: name.into(),
                        quads: HashMap::new(),
                    });
                    out.len() - 1
                }
            };
            if out[i].quads.insert(kind, quad).is_some() {
                return Err(data_err(file, line, "repeated row"));
            }
        }
        for m in &out {
            if let Some(t) = EventType::ALL.iter().find(|t| !m.quads.contains_key(t)) {
                return Err(data_err(
                    file,
                    0,
                    format!("mapping {} has no quad for {t}", m.name),
                ));
            }
        }
        Ok(out)
    }

    pub fn quad(&self, kind: EventType) -> u8 {
        self.quads
            .get(&kind)
            .copied()
            .unwrap_or_else(|| kind.quad())
    }
}

impl Model {
    /// The built-in scores with a named (or the default) quad mapping.
    pub fn builtin(quads: Option<&str>) -> Result<Model, RelationsError> {
        Ok(Model {
            scores: Scores::builtin()?,
            quads: QuadMap::builtin(quads)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_from_the_manual() {
        let s = Scores::builtin().unwrap();
        for (t, mode, want) in [
            (EventType::Consult, Some("visit"), 4.0),
            (EventType::Consult, None, 2.5),
            (EventType::Consult, Some("unheard-of"), 2.5),
            (EventType::Assault, Some("unconventional"), -10.0),
            (EventType::Aid, None, 10.0),
            (EventType::Accuse, None, -3.0),
            (EventType::Accuse, Some("Allege"), -3.5),
            (EventType::Request, Some("change"), -1.0),
        ] {
            assert_eq!(s.score(t, mode), want, "{t} {mode:?}");
        }
    }

    #[test]
    fn quad_mappings_disagree_where_plover_does() {
        assert_eq!(
            QuadMap::names(),
            ["dyad-1", "plover-2.0-quad-table", "plover-2.0-summary"]
        );
        let d = QuadMap::builtin(None).unwrap();
        assert_eq!(d.name, "dyad-1");
        // The default agrees with what the extractor writes into each event.
        for t in EventType::ALL {
            assert_eq!(d.quad(*t), t.quad(), "{t}");
        }
        let table = QuadMap::builtin(Some("plover-2.0-quad-table")).unwrap();
        let summary = QuadMap::builtin(Some("plover-2.0-summary")).unwrap();
        let q = |m: &QuadMap| (m.quad(EventType::Protest), m.quad(EventType::Sanction));
        assert_eq!(q(&d), (3, 4));
        assert_eq!(q(&table), (4, 3));
        assert_eq!(q(&summary), (4, 4));
        assert!(QuadMap::builtin(Some("nope")).is_err());
    }

    #[test]
    fn bad_tables_name_file_and_line() {
        let e = Scores::parse("x.tsv", "type\tmode\tscore\nAGREE\t-\t11\n").unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:2: \"11\" is not in -10..10");
        let e = Scores::parse("x.tsv", "type\tmode\tscore\nAGREE\t-\t1\n").unwrap_err();
        assert!(e.to_string().contains("no score for CONSULT"), "{e}");
        let e = QuadMap::parse("q.tsv", "m\tt\tq\nx\tAGREE\t5\n").unwrap_err();
        assert_eq!(e.to_string(), "q.tsv:2: quad \"5\" is not 1..4");
        let e = QuadMap::parse("q.tsv", "m\tt\tq\nx\tHUG\t1\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("q.tsv:2: unknown PLOVER event type"),
            "{e}"
        );
    }
}
